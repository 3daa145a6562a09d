import { loadBatched } from "../batch.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadNodes } from "../derived.ts";
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
 * `Figure`, `Mention`, `Evidence` and the article fields that list them. A piece of evidence
 * stores where its sentence lies in the article's body, not the sentence itself (one copy of the
 * text per article, not one per mention); `sentence` cuts it from the body, read once per article
 * for every sentence a request asks for, in one statement.
 */
export function addEvidenceTypes(builder: Builder, { sql, prisma }: SchemaDeps, refs: Refs) {
  const cut = (ctx: object, articleId: number, from: number, to: number) =>
    loadBatched(ctx, "evidence:bodies", articleId, async (ids: number[]) => {
      const rows = await sql.query<{ id: number; body: string }>(
        "/* seedgraph:evidence-bodies */ SELECT id, body FROM article WHERE id = ANY($1::int[])",
        [ids],
      );
      return new Map(rows.map((r) => [Number(r.id), r.body]));
    }).then((body) => (body ?? "").slice(from, to));
  const sentenceOf = (e: SentenceSpan, ctx: object) => cut(ctx, e.articleId, e.sentenceStart, e.sentenceEnd);
  const Evidence = builder.objectRef<EvidenceSpan>("Evidence");
  Evidence.implement({
    description:
      "Where a present article states a relation or reports a meeting: the words and the sentence around them.",
    fields: (t) => ({
      article: t.field({
        type: refs.Article,
        description: "The article.",
        // One Prisma query, with the client's selection, for the articles of every piece of evidence.
        resolve: async (e, args, ctx, info) => {
          const [article] = await loadNodes(ctx, info, args, [e.articleId], {
            path: [],
            fetch: (query, ids) =>
              prisma.article.findMany({ ...query, where: { id: { in: ids as number[] } } }),
            keyOf: (a) => a.id,
            bare: { column: "id", node: (id) => ({ id: Number(id) }) as never },
          });
          if (!article) throw new Error(`article ${e.articleId} of a piece of evidence is gone`);
          return article;
        },
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
      kind: t.exposeString("kind", {
        description: "`trade_value`, `investment_value`, `project_value`, `plan_completion` or `other`.",
      }),
      subject: t.exposeString("subject", {
        nullable: true,
        description: "The partnership it is about (`ASEAN-US`).",
      }),
      value: t.exposeFloat("value", { description: "The amount in `unit` (10 triệu USD → 10000000)." }),
      unit: t.exposeString("unit", { description: "`USD`, `VND`, `%` …" }),
      qualifier: t.exposeString("qualifier", {
        nullable: true,
        description: "`more_than`, `less_than`, `about`, `up_to` or null when exact.",
      }),
      year: t.exposeInt("year", {
        nullable: true,
        description: "The year the amount refers to, when stated.",
      }),
      text: t.exposeString("text", { description: "The amount as written (`hơn 450 tỷ USD`)." }),
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
      kind: t.exposeString("kind", {
        description: "`meeting`, `agreement`, `country`, `person`, `topic` or `figure`.",
      }),
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
