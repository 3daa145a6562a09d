import type { Builder, SchemaDeps } from "../builder.ts";
import { PAGE_SIZE } from "../paging.ts";
import { formatStoredDate } from "./scalars.ts";

/** `Article`: one ingested file, with its root fields `article` and `articles`. */
export function addArticleType(builder: Builder, { prisma }: SchemaDeps): void {
  builder.prismaNode("Article", {
    description: "A news article ingested from one file in the seeds folder.",
    id: { field: "id" },
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
          "Cleaned text: the paragraphs, then the photo captions (without credits); no crawler header, " +
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

  builder.queryFields((t) => ({
    article: t.prismaField({
      type: "Article",
      nullable: true,
      description: "One article by global id; null when there is none.",
      args: { id: t.arg.globalID({ required: true }) },
      resolve: (query, _root, { id }) =>
        id.typename === "Article" && /^\d+$/.test(id.id)
          ? prisma.article.findUnique({ ...query, where: { id: Number(id.id) } })
          : null,
    }),
    articles: t.prismaConnection(
      {
        type: "Article",
        cursor: "id",
        ...PAGE_SIZE,
        description: "Articles present in the seeds folder, newest first (undated last, then by id).",
        totalCount: () => prisma.article.count({ where: { removedAt: null } }),
        resolve: (query) =>
          prisma.article.findMany({
            ...query,
            where: { removedAt: null },
            orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
          }),
      },
      { description: "A page of articles." },
      { description: "An article in a page." },
    ),
  }));
}
