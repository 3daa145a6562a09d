import type { Builder, SchemaDeps } from "../builder.ts";
import { noRow, numericId } from "../inputs.ts";
import { PAGE_SIZE, perArgs } from "../paging.ts";
import { type ArticleFilterInput, addArticleFilter, articleOrderBy, articleWhere } from "./article-filter.ts";
import type { Enums } from "./enums.ts";
import { formatStoredDate } from "./scalars.ts";

/**
 * `Article`: one ingested file, with its root fields `article` and `articles`. Returns the shared
 * `ArticleConnection` every other type's `articles` field pages with.
 */
export function addArticleType(builder: Builder, enums: Enums, deps: SchemaDeps) {
  const refs = addArticleObjects(builder);
  const { ArticleFilter } = addArticleRoots(builder, enums, deps, refs.ArticleConnection);
  return { ...refs, ArticleFilter };
}

function addArticleObjects(builder: Builder) {
  const Article = builder.prismaNode("Article", {
    description: "A news article ingested from one file in the seeds folder.",
    id: { field: "id" },
    // node(id:) answers null for an unknown id instead of failing (so does every node type).
    nullable: true,
    // Select mode: a list of titles does not load bodies and fingerprints.
    select: { id: true },
    fields: (t) => ({
      path: t.exposeString("path", { description: "Path of the file, relative to the seeds folder." }),
      title: t.exposeString("displayTitle", {
        description: "The headline; for a file without one, the lead's first sentence (see `hasHeadline`).",
      }),
      hasHeadline: t.boolean({
        description: "Whether the file prints a headline (false: `title` was derived from the lead).",
        select: { title: true },
        resolve: (a) => a.title !== null,
      }),
      lead: t.exposeString("lead", { nullable: true, description: "The first paragraph." }),
      body: t.exposeString("body", {
        description:
          "Cleaned text: the paragraphs, then the photo captions (without credits), then the headline; no crawler header, " +
          "bylines, source lines or site chrome. Every evidence offset refers to it.",
      }),
      lang: t.exposeString("lang", { description: "Language code: `vi` or `en`." }),
      publishedOn: t.field({
        type: "PartialDate",
        nullable: true,
        description: "Publication date at the precision the file gives; null when it gives none.",
        select: { publishedAt: true, datePrecision: true },
        resolve: (a) => formatStoredDate(a.publishedAt, a.datePrecision),
      }),
      source: t.relation("source", { nullable: true, description: "The outlet, when the file names it." }),
      url: t.exposeString("url", {
        nullable: true,
        description: "The original address, when the file gives it.",
      }),
      author: t.exposeString("author", {
        nullable: true,
        description: "The byline, when the file gives one.",
      }),
      wordCount: t.exposeInt("wordCount", { description: "Words in `body`." }),
      contentHash: t.exposeString("contentHash", { description: "sha256 of the file's bytes (hex)." }),
      extractorVersion: t.exposeString("extractorVersion", {
        description: "Version of the extractor that produced this article's facts.",
      }),
      ingestedAt: t.expose("ingestedAt", {
        type: "DateTime",
        description: "When the file was first ingested.",
      }),
      updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When its content last changed." }),
      removedAt: t.expose("removedAt", {
        type: "DateTime",
        nullable: true,
        description: "When its file disappeared from the seeds folder; null while it exists.",
      }),
    }),
  });
  const ArticleConnection = builder.connectionObject(
    { type: Article, name: "ArticleConnection", description: "A page of articles." },
    { name: "ArticleEdge", description: "An article in a page." },
  );
  return { Article, ArticleConnection };
}

/** The refs other domain types use to point at articles. */
export type ArticleRefs = ReturnType<typeof addArticleObjects>;
type ArticleConnectionRef = ArticleRefs["ArticleConnection"];

function addArticleRoots(
  builder: Builder,
  enums: Enums,
  deps: SchemaDeps,
  ArticleConnection: ArticleConnectionRef,
) {
  const { prisma } = deps;
  const { ArticleFilter, ArticleOrder } = addArticleFilter(builder, enums);
  const whereOf = perArgs((args: { filter?: ArticleFilterInput | null }) => articleWhere(args.filter, deps));
  builder.queryFields((t) => ({
    article: t.prismaField({
      type: "Article",
      nullable: true,
      description: "One article by id (also a removed one, with `removedAt` set); null when there is none.",
      args: { id: t.arg.id({ required: true, description: "Article id (or its number)." }) },
      resolve: (query, _root, args) => {
        const id = numericId(args.id, "Article");
        return id === null ? noRow(query) : prisma.article.findUnique({ ...query, where: { id } });
      },
    }),
    articles: t.prismaConnection(
      {
        type: "Article",
        cursor: "id",
        ...PAGE_SIZE,
        description: "Articles present in the seeds folder, newest first unless `orderBy` says otherwise.",
        args: {
          filter: t.arg({ type: ArticleFilter, description: "Only articles matching every field given." }),
          orderBy: t.arg({ type: ArticleOrder, description: "Order (default NEWEST)." }),
        },
        totalCount: async (_parent, args) => prisma.article.count({ where: await whereOf(args) }),
        resolve: async (query, _parent, args) =>
          prisma.article.findMany({
            ...query,
            where: await whereOf(args),
            orderBy: articleOrderBy(args.orderBy),
          }),
      },
      ArticleConnection,
    ),
  }));
  return { ArticleFilter };
}
