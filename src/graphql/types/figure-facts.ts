import type { ArgBuilder } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import { ErrorCode, requestError } from "../../errors.ts";
import { SUBJECT_GROUPINGS } from "../../extract/data/figures.ts";
import { PRESENT_SQL } from "../../store/present.ts";
import { fieldBatchName, groupByParent, loadBatched } from "../batch.ts";
import {
  type Builder,
  type BuilderTypes,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type SchemaDeps,
} from "../builder.ts";
import { loadNodes } from "../derived.ts";
import { countryCode, meetingKey, textInput, yearInput } from "../inputs.ts";
import { decodeCursor, encodeCursor, type SortKey } from "../memory-page.ts";
import { checkPageArgs } from "../paging.ts";
import { evidenceColumns, type ReportRow } from "../reports.ts";
import type { Enums } from "./enums.ts";
import { type Amount, amountFields, bodyCutter, evidenceArticle } from "./evidence.ts";
import type { Refs } from "./refs.ts";

// A figure is one fact however many articles report it: the rows of present articles with the
// same kind, subject, value, unit, qualifier and year are its sources. Facts are grouped, ordered
// and paged in SQL (the figure table grows with the corpus), for every parent of a request in one
// statement; the page's facts come back with their sources, at most MAX_PAGE_SIZE each.

/** Groupings whose code holds a dash (`IMT-GT`): their parts are no countries (`GT`). */
const GROUPING_SUBJECTS = SUBJECT_GROUPINGS.map((g) => g.code).filter((code) => code.includes("-"));

/** SQL: whether the subject `subject` names the country `code` (`ASEAN-US`, `VN-US`, `US`). */
const names = (subject: string, code: string) =>
  `(${code} = ANY(string_to_array(${subject}, '-')) AND ${subject} <> ALL($8::text[]))`;

// A fact's sort key, without nulls so that a cursor is one row comparison: the year, newest first
// and unknown last, then the value, largest first, then kind, unit, subject and qualifier.
const SORT_KEY = `undated, year_key, value_key, kind, unit, subject_key, qualifier_key`;
/** The sort key's columns of the relation aliased `alias` (a fact's identity, without nulls). */
const keyOf = (alias: string) =>
  SORT_KEY.split(", ")
    .map((c) => `${alias}.${c}`)
    .join(", ");

/**
 * $1 the parents (country codes; '' for the root field: every figure), $2 kind, $3 subject,
 * $4 year, $5 partner, $6 meeting key (each null for any), $7 the sort key after which the page
 * starts (null for the first page), $8 grouping subjects, $9 page size, $10 sources per fact.
 * One row per source of each fact of the page (`fact` numbers the page's facts from 1), and for a
 * parent with no fact on its page one row with the counts alone. Reports are grouped into facts
 * by their sort key alone (each fact keeping its reports' ids); a page is the first facts after the
 * cursor (a top-N sort, not a sort of every fact), and only its reports are read again, to order
 * them and give their evidence.
 */
const FACTS = `/* seedgraph:figure-facts */
  WITH parent AS (SELECT DISTINCT unnest($1::text[]) AS parent),
  report AS (
    SELECT p.parent, f.id, f.meeting_id, (f.year IS NULL)::int AS undated, -coalesce(f.year, 0) AS year_key, -f.value AS value_key,
           f.kind, f.unit, coalesce(f.subject, '') AS subject_key, coalesce(f.qualifier, '') AS qualifier_key
      FROM parent p
      JOIN figure f ON p.parent = '' OR ${names("f.subject", "p.parent")}
      JOIN article a ON a.id = f.article_id AND ${PRESENT_SQL}
     WHERE ($2::text IS NULL OR f.kind = $2) AND ($3::text IS NULL OR f.subject = $3)
       AND ($4::int IS NULL OR f.year = $4) AND ($5::text IS NULL OR ${names("f.subject", "$5")})
  ),
  fact AS (
    SELECT parent, ${SORT_KEY}, count(*) AS source_count, array_agg(id) AS ids,
           $7::jsonb IS NOT NULL AND (${SORT_KEY}) <= (($7->>0)::int, ($7->>1)::int, ($7->>2)::float8,
             $7->>3, $7->>4, $7->>5, $7->>6) AS seen
      FROM report
     GROUP BY parent, ${SORT_KEY}
    HAVING $6::text IS NULL OR bool_or(meeting_id = (SELECT id FROM meeting WHERE key = $6))
  ),
  place AS (
    SELECT parent, count(*) AS total, count(*) FILTER (WHERE seen) AS before FROM fact GROUP BY parent
  ),
  page AS (
    SELECT g.*, row_number() OVER (PARTITION BY g.parent ORDER BY ${keyOf("g")}) AS fact
      FROM parent p
     CROSS JOIN LATERAL (
           SELECT * FROM fact WHERE fact.parent = p.parent AND NOT fact.seen ORDER BY ${SORT_KEY} LIMIT $9) g
  ),
  source AS (
    SELECT g.parent, g.fact, f.id,
           row_number() OVER (PARTITION BY g.parent, g.fact
                              ORDER BY a.published_at DESC NULLS LAST, f.article_id DESC, f.start) AS nth
      FROM page g CROSS JOIN LATERAL unnest(g.ids) AS r(id)
      JOIN figure f ON f.id = r.id JOIN article a ON a.id = f.article_id
  )
  SELECT p.parent, coalesce(pl.total, 0)::int AS total, coalesce(pl.before, 0)::int AS before,
         g.fact::int AS fact, g.undated, g.year_key, g.value_key, g.kind, g.unit, g.subject_key,
         g.qualifier_key, g.source_count::int AS source_count, f.subject, f.value, f.qualifier, f.year,
         f.meeting_id, ${evidenceColumns("f")}
    FROM parent p
    LEFT JOIN place pl ON pl.parent = p.parent
    LEFT JOIN page g ON g.parent = p.parent
    LEFT JOIN source s ON s.parent = g.parent AND s.fact = g.fact AND s.nth <= $10
    LEFT JOIN figure f ON f.id = s.id
   ORDER BY p.parent, g.fact, s.nth`;

interface FactRow extends ReportRow, Amount {
  total: number;
  before: number;
  fact: number | null;
  undated: number;
  year_key: number;
  value_key: number;
  subject_key: string;
  qualifier_key: string;
  source_count: number;
  meeting_id: number | null;
}

/** One report of a figure: the article, where it states the amount, the meeting it names. */
export interface FigureSourceData {
  articleId: number;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  meetingId: number | null;
}

/** One figure fact and its sources (at most {@link MAX_PAGE_SIZE}, newest article first). */
interface FigureFactData extends Amount {
  sourceCount: number;
  sources: FigureSourceData[];
}

interface FigureFilterInput {
  kind?: string | null;
  partner?: string | null;
  subject?: string | null;
  year?: number | null;
  meeting?: string | null;
}

/** The sort key of a fact's row, as its cursor holds it. */
const sortKeyOf = (r: FactRow): SortKey => [
  Number(r.undated),
  Number(r.year_key),
  Number(r.value_key),
  r.kind,
  r.unit,
  r.subject_key,
  r.qualifier_key,
];

const CURSOR_TYPES = ["number", "number", "number", "string", "string", "string", "string"];

/** The sort key inside a figures cursor; BAD_USER_INPUT for anything else. */
function afterKey(cursor: string | null | undefined): SortKey | null {
  if (cursor == null) return null;
  const key = decodeCursor(cursor);
  const integers = [key[0], key[1]].every((v) => Number.isInteger(v));
  if (key.length !== CURSOR_TYPES.length || !integers || key.some((v, i) => typeof v !== CURSOR_TYPES[i]))
    throw requestError(ErrorCode.BAD_USER_INPUT, `invalid cursor: ${cursor.slice(0, 80)}`);
  return key;
}

/** The statement's parameters after the parents: the filter, checked and normalised. */
function filterParams(f: FigureFilterInput): unknown[] {
  return [
    f.kind ?? null,
    f.subject == null ? null : textInput(f.subject, "subject").toUpperCase(),
    f.year == null ? null : yearInput(f.year),
    f.partner == null ? null : countryCode(f.partner),
    f.meeting == null ? null : meetingKey(f.meeting),
  ];
}

interface FactsArgs {
  filter?: FigureFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/** Folds one parent's rows into a page of facts. */
function pageOf(rows: FactRow[], first: number) {
  const head = rows[0];
  const total = Number(head?.total ?? 0);
  const before = Number(head?.before ?? 0);
  const facts = new Map<number, { key: SortKey; fact: FigureFactData }>();
  for (const r of rows) {
    if (r.fact === null) continue;
    const source: FigureSourceData = {
      articleId: Number(r.article_id),
      start: Number(r.start),
      end: Number(r.end),
      sentenceStart: Number(r.sentence_start),
      sentenceEnd: Number(r.sentence_end),
      meetingId: r.meeting_id === null ? null : Number(r.meeting_id),
    };
    const seen = facts.get(Number(r.fact));
    if (seen) {
      seen.fact.sources.push(source);
      continue;
    }
    facts.set(Number(r.fact), {
      key: sortKeyOf(r),
      fact: {
        kind: r.kind,
        subject: r.subject,
        value: Number(r.value),
        unit: r.unit,
        qualifier: r.qualifier,
        year: r.year === null ? null : Number(r.year),
        sourceCount: Number(r.source_count),
        sources: [source],
      },
    });
  }
  const edges = [...facts.values()].map(({ key, fact }) => ({ cursor: encodeCursor(key), node: fact }));
  return {
    edges,
    pageInfo: {
      hasNextPage: before + first < total,
      hasPreviousPage: before > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** Sources a fact lists when `first` is not given. */
const SOURCES_DEFAULT = 10;

/**
 * `FigureFact`, `FigureSource`, the root field `figures` and `Country.figures`: the amounts the
 * articles report, one fact however many articles report it, with every report as a source.
 */
export function addFigureFactFields(builder: Builder, enums: Enums, deps: SchemaDeps, refs: Refs): void {
  const { sql, prisma } = deps;
  const cut = bodyCutter(sql);
  const FigureSource = builder.objectRef<FigureSourceData>("FigureSource");
  FigureSource.implement({
    description:
      "One present article's report of a figure: the amount as written, its sentence, its meeting.",
    fields: (t) => ({
      article: t.field({ type: refs.Article, description: "The article.", resolve: evidenceArticle(prisma) }),
      text: t.string({
        description: "The amount as the article writes it (`hơn 450 tỷ USD`).",
        resolve: (s, _args, ctx) => cut(ctx, s.articleId, s.start, s.end),
      }),
      start: t.exposeInt("start", {
        description: "Offset of `text` in the article's body (UTF-16 code units).",
      }),
      end: t.exposeInt("end", { description: "End offset (exclusive)." }),
      sentence: t.string({
        description: "The sentence it comes from.",
        resolve: (s, _args, ctx) => cut(ctx, s.articleId, s.sentenceStart, s.sentenceEnd),
      }),
      meeting: t.field({
        type: refs.Meeting,
        nullable: true,
        description: "The meeting the article says it was reported at, when it says so.",
        // One Prisma query, with the client's selection, for the meetings of every source.
        resolve: async (s, args, ctx, info) => {
          if (s.meetingId === null) return null;
          const [meeting] = await loadNodes(ctx, info, args, [s.meetingId], {
            path: [],
            fetch: (query, ids) =>
              prisma.meeting.findMany({ ...query, where: { id: { in: ids as number[] } } }),
            keyOf: (m) => m.id,
          });
          return meeting ?? null;
        },
      }),
    }),
  });
  const FigureFact = builder.objectRef<FigureFactData>("FigureFact");
  FigureFact.implement({
    description:
      "An amount the articles report, once however many present articles report it: the reports with the same kind, subject, value, unit, qualifier and year are its sources.",
    fields: (t) => ({
      ...amountFields(t, enums),
      sourceCount: t.exposeInt("sourceCount", {
        description:
          "How many reports present articles make of it (an article stating it twice reports it twice).",
      }),
      sources: t.field({
        type: [FigureSource],
        description: `The reports, newest article first (\`sourceCount\` counts them all).`,
        args: {
          first: t.arg.int({
            defaultValue: SOURCES_DEFAULT,
            description: `How many (default ${SOURCES_DEFAULT}, at most ${MAX_PAGE_SIZE}).`,
          }),
        },
        resolve: (f, args) => {
          checkPageArgs({ first: args.first });
          return f.sources.slice(0, args.first ?? SOURCES_DEFAULT);
        },
      }),
    }),
  });
  const FigureFactConnection = builder.connectionObject(
    { type: FigureFact, name: "FigureFactConnection", description: "A page of figure facts." },
    { name: "FigureFactEdge", description: "A figure fact in a page." },
  );
  const FigureFilter = builder.inputType("FigureFilter", {
    description: "Narrows a list of figure facts; every field given must hold (AND).",
    fields: (t) => ({
      kind: t.field({ type: enums.FigureKind, description: "Of this kind." }),
      partner: t.string({
        description:
          "About a partnership naming this country (ISO code): `US` finds `ASEAN-US`, `VN-US` and `US` (not `ASEAN+3`).",
      }),
      subject: t.string({ description: "About exactly this subject (`ASEAN-US`, `ASEAN+3`, `EAS`)." }),
      year: t.int({ description: "Referring to this year." }),
      meeting: t.string({
        description: "Reported at this meeting (key) by at least one source; the fact keeps all its sources.",
      }),
    }),
  });
  const factsArgs = (arg: ArgBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>>) => ({
    filter: arg({ type: FigureFilter, description: "Only facts matching every field." }),
    first: arg.int({
      description: `Facts from the start, or after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
    }),
    after: arg.string({ description: "Start after the fact with this cursor." }),
  });
  /** The page of facts of `parent` ('' for all), read with every other parent of the request. */
  const factsOf = async (parent: string, args: FactsArgs, ctx: object, info: GraphQLResolveInfo) => {
    checkPageArgs({ first: args.first });
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = afterKey(args.after);
    const params = filterParams(args.filter ?? {});
    const rows = await loadBatched(ctx, fieldBatchName(info, args), parent, async (parents: string[]) =>
      groupByParent(
        await sql.query<FactRow & { parent: string }>(FACTS, [
          parents,
          ...params,
          after === null ? null : JSON.stringify(after),
          GROUPING_SUBJECTS,
          first,
          MAX_PAGE_SIZE,
        ]),
      ),
    );
    return pageOf(rows ?? [], first);
  };
  const description = (whose: string) =>
    `${whose}, one fact however many present articles report it, with its sources: by year (newest first, unknown last), then by value (largest first).`;
  builder.queryField("figures", (t) =>
    t.field({
      type: FigureFactConnection,
      description: description(
        "Amounts the articles report (trade, investment, project values, plan completion)",
      ),
      args: factsArgs(t.arg),
      resolve: (_root, args, ctx, info) => factsOf("", args, ctx, info),
    }),
  );
  builder.prismaObjectField("Country", "figures", (t) =>
    t.field({
      type: FigureFactConnection,
      description: description(
        "Amounts reported about a partnership naming the country (`ASEAN-US`, `VN-US`, `US` for `US`)",
      ),
      args: factsArgs(t.arg),
      resolve: (country, args, ctx, info) => factsOf(country.code, args, ctx, info),
    }),
  );
}
