import type { GraphQLResolveInfo } from "graphql";
import type { SqlExecutor } from "../../db/sql.ts";
import { PRESENT_SQL } from "../../store/present.ts";
import { fieldBatchName, groupByParent, loadBatched } from "../batch.ts";
import { type Builder, MAX_PAGE_SIZE, type SchemaDeps } from "../builder.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { checkPageArgs } from "../paging.ts";
import { evidenceColumns, evidenceOf, type ReportRow } from "../reports.ts";
import type { EvidenceSpan } from "./evidence.ts";
import type { EvidenceRefs } from "./refs.ts";

/** The kinds of entity with an `evidence` field, as the `mention` table names them. */
export type EvidenceKind = "meeting" | "person" | "agreement" | "country";

// The present articles linked to an entity of each kind, by the key `mention.entity_key` holds
// (`k.key`): through its link table, one row per article, so finding the newest few costs a sort
// of the entity's articles, not of its mentions (a country is named hundreds of thousands of
// times in a large corpus: reading every mention made one country's evidence take half a second).
const { Meeting, Person, Agreement, Country } = ARTICLE_LINKS;
const LINKED_ARTICLES: Record<EvidenceKind, { from: string; where: string }> = {
  meeting: {
    from: `meeting e JOIN ${Meeting.table} l ON l.${Meeting.column} = e.id`,
    where: "e.key = k.key",
  },
  person: { from: `person e JOIN ${Person.table} l ON l.${Person.column} = e.id`, where: "e.name = k.key" },
  agreement: { from: `${Agreement.table} l`, where: `l.${Agreement.column} = k.key` },
  country: { from: `${Country.table} l`, where: `l.${Country.column} = k.key` },
};

// The sentences of present articles that mention each entity of kind $3 whose key is in $1, one
// per sentence: every article's first sentence (newest article first), then every article's
// second, and so on, at most $2. Only the newest $2 articles can appear in that order, so only
// theirs are read. The key is what `mention.entity_key` holds: a meeting's key, a person's
// name, an agreement's or a country's code.
const evidenceOfEntities = (kind: EvidenceKind) => `
  WITH arts AS (
    SELECT k.key AS parent, top.id AS article_id, top.published_at
      FROM unnest($1::text[]) AS k(key)
      CROSS JOIN LATERAL (
        SELECT a.id, a.published_at
          FROM ${LINKED_ARTICLES[kind].from}
          JOIN article a ON a.id = l.article_id AND ${PRESENT_SQL}
         WHERE ${LINKED_ARTICLES[kind].where}
         ORDER BY a.published_at DESC NULLS LAST, a.id DESC
         LIMIT $2) top
  ),
  sentence AS (
    SELECT DISTINCT ON (arts.parent, mn.article_id, mn.sentence_start)
           arts.parent, ${evidenceColumns("mn")}, arts.published_at
      FROM arts
      JOIN mention mn ON mn.article_id = arts.article_id AND mn.kind = $3::"MentionKind"
                     AND mn.entity_key = arts.parent
     ORDER BY arts.parent, mn.article_id, mn.sentence_start, mn.start
  ),
  ranked AS (
    SELECT s.*, row_number() OVER (PARTITION BY parent ORDER BY nth, published_at DESC NULLS LAST, article_id DESC) AS n
      FROM (SELECT *, row_number() OVER (PARTITION BY parent, article_id ORDER BY sentence_start) AS nth
              FROM sentence) s
  )
  SELECT parent, article_id, start, "end", sentence_start, sentence_end FROM ranked WHERE n <= $2 ORDER BY parent, n`;

/** Sentences an `evidence` field gives when `first` is not given. */
export const EVIDENCE_DEFAULT = 10;

/**
 * The evidence of the entity of kind `kind` and key `key`: at most `first` sentences of present
 * articles mentioning it (see {@link evidenceOfEntities} for the order). One statement for every
 * entity of the field in the request, whatever their number.
 */
export async function loadEntityEvidence(
  ctx: object,
  info: GraphQLResolveInfo,
  args: { first?: number | null },
  sql: SqlExecutor,
  kind: EvidenceKind,
  key: string,
): Promise<EvidenceSpan[]> {
  const first = args.first ?? EVIDENCE_DEFAULT;
  checkPageArgs({ first });
  const rows = await loadBatched(ctx, fieldBatchName(info, args), key, async (keys: string[]) =>
    groupByParent(await sql.query<ReportRow>(evidenceOfEntities(kind), [keys, first, kind])),
  );
  return (rows ?? []).map(evidenceOf);
}

/** An entity type that gets an `evidence(first:)` field. */
export interface EvidenceOf {
  parent: "Meeting" | "Person" | "Agreement" | "Country";
  kind: EvidenceKind;
  /** The parent's key as `mention.entity_key` holds it. */
  keyOf: (parent: Record<string, unknown>) => string;
  /** What the articles do to the entity: `report the meeting`, `name the person` … */
  mentioning: string;
}

/**
 * Adds `<parent>.evidence(first:)`: the sentences of present articles that mention the entity, one
 * per sentence: each article's first (newest article first), then each article's second, and so
 * on; {@link EVIDENCE_DEFAULT} by default, at most `MAX_PAGE_SIZE`.
 */
export function addEvidenceField(
  builder: Builder,
  { sql }: SchemaDeps,
  refs: EvidenceRefs,
  of: EvidenceOf,
): void {
  builder.prismaObjectField(of.parent as "Meeting", "evidence", (t) =>
    t.field({
      type: [refs.Evidence],
      description: `Sentences of present articles that ${of.mentioning}, one per sentence: each article's first (newest article first), then each article's second, and so on.`,
      args: {
        first: t.arg.int({
          defaultValue: EVIDENCE_DEFAULT,
          description: `How many sentences (default ${EVIDENCE_DEFAULT}, at most ${MAX_PAGE_SIZE}).`,
        }),
      },
      resolve: (parent, args, ctx, info) =>
        loadEntityEvidence(ctx, info, args, sql, of.kind, of.keyOf(parent as never)),
    }),
  );
}
