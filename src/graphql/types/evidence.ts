import type { GraphQLResolveInfo } from "graphql";
import type { PrismaClient } from "../../db/client.ts";
import type { SqlExecutor } from "../../db/sql.ts";
import { loadBatched } from "../batch.ts";
import type { Builder, BuilderTypes, SchemaDeps } from "../builder.ts";
import { loadNodes } from "../derived.ts";
import { type Enums, figureKindOf, figureUnitOf } from "./enums.ts";
import type { Refs } from "./refs.ts";

interface SentenceSpan {
  articleId: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Where an article states a relation or reports a meeting (offsets into its body). */
export interface EvidenceSpan extends SentenceSpan {
  start: number;
  end: number;
}

/**
 * Cuts `from`–`to` out of an article's body. The bodies of every piece of evidence a request cuts
 * (relations', figures', mentions') are read once each, in one statement.
 */
export function bodyCutter(sql: SqlExecutor) {
  return (ctx: object, articleId: number, from: number, to: number) =>
    loadBatched(ctx, "evidence:bodies", articleId, async (ids: number[]) => {
      const rows = await sql.query<{ id: number; body: string }>(
        "/* seedgraph:evidence-bodies */ SELECT id, body FROM article WHERE id = ANY($1::int[])",
        [ids],
      );
      return new Map(rows.map((r) => [Number(r.id), r.body]));
    }).then((body) => (body ?? "").slice(from, to));
}

/**
 * Resolves the article of a piece of evidence: one Prisma query, with the client's selection, for
 * the articles of every piece of evidence the field lists in the request.
 */
export function evidenceArticle(prisma: PrismaClient) {
  return async (e: { articleId: number }, args: object, ctx: object, info: GraphQLResolveInfo) => {
    const [article] = await loadNodes(ctx, info, args, [e.articleId], {
      path: [],
      fetch: (query, ids) => prisma.article.findMany({ ...query, where: { id: { in: ids as number[] } } }),
      keyOf: (a) => a.id,
      bare: { column: "id", node: (id) => ({ id: Number(id) }) as never },
    });
    if (!article) throw new Error(`article ${e.articleId} of a piece of evidence is gone`);
    return article;
  };
}

/** What an amount is, as a figure row and a figure fact both hold it. */
export interface Amount {
  kind: string;
  subject: string | null;
  value: number;
  unit: string;
  qualifier: string | null;
  year: number | null;
}

// The field makers the shared fields use: a Prisma object's builder has them too.
type FieldBuilder<T> = Pick<
  PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>, T>,
  "field" | "string" | "float" | "int"
>;

/** The fields `Figure` (one report) and `FigureFact` (every report of it) share. */
export function amountFields<T extends Amount>(t: FieldBuilder<T>, enums: Enums) {
  return {
    kind: t.field({
      type: enums.FigureKind,
      description: "What the amount measures.",
      resolve: (f) => figureKindOf(f.kind),
    }),
    subject: t.string({
      nullable: true,
      description:
        "The partnership or grouping it is about (`ASEAN-US`, `ASEAN+3`, `VN-JP`, `EAS`); null when unclear.",
      resolve: (f) => f.subject,
    }),
    value: t.float({
      description: "The amount in `unit` (hơn 450 tỷ USD → 450000000000).",
      resolve: (f) => f.value,
    }),
    unit: t.field({
      type: enums.FigureUnit,
      description: "The unit of `value`: a currency, PERCENT, or OTHER (then see `unitText`).",
      resolve: (f) => figureUnitOf(f.unit) as never,
    }),
    unitText: t.string({
      description: "The unit as stored: an ISO currency code or `%`.",
      resolve: (f) => f.unit,
    }),
    qualifier: t.string({
      nullable: true,
      description: "`more_than`, `less_than`, `about`, `up_to`, or null when exact.",
      resolve: (f) => f.qualifier,
    }),
    year: t.int({
      nullable: true,
      description: "The year the amount refers to, when stated.",
      resolve: (f) => f.year,
    }),
  };
}

/**
 * `Figure`, `Mention`, `Evidence` and the article fields that list them. A piece of evidence
 * stores where its sentence lies in the article's body, not the sentence itself (one copy of the
 * text per article, not one per mention); `sentence` cuts it from the body, read once per article
 * for every sentence a request asks for, in one statement.
 */
export function addEvidenceTypes(builder: Builder, enums: Enums, { sql, prisma }: SchemaDeps, refs: Refs) {
  const cut = bodyCutter(sql);
  const sentenceOf = (e: SentenceSpan, ctx: object) => cut(ctx, e.articleId, e.sentenceStart, e.sentenceEnd);
  const Evidence = builder.objectRef<EvidenceSpan>("Evidence");
  Evidence.implement({
    description:
      "Where a present article states a relation or names an entity (reports a meeting, names a person or a country, cites an agreement): the words and the sentence around them.",
    fields: (t) => ({
      article: t.field({
        type: refs.Article,
        description: "The article.",
        resolve: evidenceArticle(prisma),
      }),
      text: t.string({
        description: "The words stating it.",
        resolve: (e, _args, ctx) => cut(ctx, e.articleId, e.start, e.end),
      }),
      start: t.exposeInt("start", {
        description: "Offset of `text` in the article's body (UTF-16 code units).",
      }),
      end: t.exposeInt("end", { description: "End offset (exclusive)." }),
      sentence: t.string({
        description: "The sentence around it.",
        resolve: (e, _args, ctx) => sentenceOf(e, ctx),
      }),
    }),
  });
  const Figure = builder.prismaObject("Figure", {
    description: "An amount an article reports, with the sentence it comes from.",
    fields: (t) => ({
      ...amountFields(t, enums),
      text: t.exposeString("text", { description: "The amount as written (`hơn 450 tỷ USD`)." }),
      meeting: t.relation("meeting", {
        nullable: true,
        description: "The meeting the article says it was reported at, when it says so.",
      }),
      start: t.exposeInt("start", { description: "Offset of `text` in the article's body." }),
      end: t.exposeInt("end", { description: "End offset (exclusive) in the article's body." }),
      sentence: t.string({
        description: "The sentence it comes from.",
        resolve: (f, _args, ctx) => sentenceOf(f, ctx),
      }),
    }),
  });
  const Mention = builder.prismaObject("Mention", {
    description: "Evidence: where an article mentions an entity.",
    fields: (t) => ({
      kind: t.expose("kind", { type: enums.MentionKind, description: "What it names." }),
      entityKey: t.exposeString("entityKey", {
        description: "The entity: meeting key, agreement code, country code, person name or topic slug.",
      }),
      text: t.exposeString("text", { description: "The matched text." }),
      start: t.exposeInt("start", { description: "Offset in the article's body (UTF-16 code units)." }),
      end: t.exposeInt("end", { description: "End offset (exclusive)." }),
      sentence: t.string({
        description: "The sentence around it.",
        resolve: (m, _args, ctx) => sentenceOf(m, ctx),
      }),
    }),
  });
  builder.prismaObjectField("Article", "figures", (t) =>
    t.relation("figures", {
      type: Figure,
      description: "Amounts the article reports, in text order.",
      query: { orderBy: { start: "asc" } },
    }),
  );
  builder.prismaObjectField("Article", "mentions", (t) =>
    t.relation("mentions", {
      type: Mention,
      description: "Every piece of evidence in the article, in text order.",
      query: { orderBy: [{ start: "asc" }, { id: "asc" }] },
    }),
  );
  return { Figure, Mention, Evidence };
}
