import { ErrorCode, requestError } from "../../errors.ts";
import type { Agreement, Country } from "../../generated/prisma/client.ts";
import { PRESENT_SQL, presentSql } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadNodes } from "../derived.ts";
import type { Enums } from "./enums.ts";
import type { Refs } from "./refs.ts";

const ARTICLES_PER_MONTH = `
  SELECT to_char(published_at, 'YYYY-MM') AS month, count(*)::int AS n
    FROM article
   WHERE ${presentSql("article")} AND published_at IS NOT NULL AND date_precision IN ('day', 'month')
   GROUP BY 1 ORDER BY 1`;

const MEETINGS_PER_SERIES = `
  SELECT m.series::text AS series, count(*)::int AS n
    FROM meeting m
   WHERE EXISTS (SELECT 1 FROM article_meeting am JOIN article a ON a.id = am.article_id
                  WHERE am.meeting_id = m.id AND ${PRESENT_SQL})
   GROUP BY 1 ORDER BY 2 DESC, 1`;

const TOP_AGREEMENTS = `
  SELECT aa.agreement_code AS key, count(*)::int AS n
    FROM article_agreement aa JOIN article a ON a.id = aa.article_id AND ${PRESENT_SQL}
    JOIN agreement g ON g.code = aa.agreement_code AND g.kind::text = ANY($2::text[])
   GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $1`;

/** Agreements proper: what `topAgreements` counts unless told otherwise (no initiative, no plan). */
const AGREEMENTS_PROPER = ["FTA", "framework", "treaty"] as const;

const TOP_PARTNERS = `
  SELECT ac.country_code AS key, count(*)::int AS n
    FROM article_country ac
    JOIN article a ON a.id = ac.article_id AND ${PRESENT_SQL}
    JOIN country c ON c.code = ac.country_code AND c.dialogue_partner
   GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $1`;

const MAX_TOP = 100;

function topSize(first: number | null | undefined): number {
  const n = first ?? 10;
  if (n < 0 || n > MAX_TOP)
    throw requestError(ErrorCode.BAD_USER_INPUT, `first must be from 0 to ${MAX_TOP}`);
  return n;
}

/** `Stats` and the root field `stats`: counts over the present articles. */
export function addStatsFields(builder: Builder, enums: Enums, deps: SchemaDeps, refs: Refs): void {
  const { sql, prisma } = deps;
  const MonthCount = builder.objectRef<{ month: string; n: number }>("MonthCount").implement({
    description: "How many articles were published in one month.",
    fields: (t) => ({
      month: t.exposeString("month", { description: "The month, `2025-07`." }),
      articleCount: t.int({ description: "Articles published that month.", resolve: (r) => Number(r.n) }),
      count: t.int({
        description: "Articles published that month.",
        deprecationReason: "Use `articleCount`: every count of articles is named so.",
        resolve: (r) => Number(r.n),
      }),
    }),
  });
  const SeriesCount = builder.objectRef<{ series: string; n: number }>("SeriesCount").implement({
    description: "How many meetings of one series the articles report.",
    fields: (t) => ({
      series: t.field({
        type: enums.MeetingSeries,
        description: "The series.",
        resolve: (r) => r.series as never,
      }),
      meetingCount: t.int({ description: "Meetings of the series.", resolve: (r) => Number(r.n) }),
      count: t.int({
        description: "Meetings of the series.",
        deprecationReason: "Use `meetingCount`: every count is named after what it counts.",
        resolve: (r) => Number(r.n),
      }),
    }),
  });
  const AgreementCount = builder.objectRef<{ agreement: Agreement; n: number }>("AgreementCount").implement({
    description: "An agreement and how many articles cite it.",
    fields: (t) => ({
      agreement: t.field({
        type: refs.Agreement,
        description: "The agreement.",
        resolve: (r) => r.agreement,
      }),
      articleCount: t.int({ description: "Present articles citing it.", resolve: (r) => r.n }),
    }),
  });
  const CountryCount = builder.objectRef<{ country: Country; n: number }>("CountryCount").implement({
    description: "A country and how many articles name it.",
    fields: (t) => ({
      country: t.field({ type: refs.Country, description: "The country.", resolve: (r) => r.country }),
      articleCount: t.int({ description: "Present articles naming it.", resolve: (r) => r.n }),
    }),
  });
  const Stats = builder.objectRef<Record<string, never>>("Stats").implement({
    description: "Figures over the present articles (removed files do not count).",
    fields: (t) => ({
      articlesPerMonth: t.field({
        type: [MonthCount],
        description: "Articles per month of publication (articles dated to the day or month), oldest first.",
        resolve: () => sql.query<{ month: string; n: number }>(ARTICLES_PER_MONTH),
      }),
      meetingsPerSeries: t.field({
        type: [SeriesCount],
        description: "Reported meetings per series, most first.",
        resolve: () => sql.query<{ series: string; n: number }>(MEETINGS_PER_SERIES),
      }),
      topAgreements: t.field({
        type: [AgreementCount],
        description:
          "The agreements cited by the most articles, most first: by default agreements proper (FTAs, frameworks, treaties); `kinds: [initiative, plan]` for initiatives (APG, AZEC, ABMI …).",
        args: {
          first: t.arg.int({ description: "How many (default 10, at most 100)." }),
          kinds: t.arg({
            type: [enums.AgreementKind],
            required: true,
            defaultValue: [...AGREEMENTS_PROPER],
            description:
              "Only agreements of these kinds (default: agreements proper; an empty list matches none); every kind: `[FTA, framework, treaty, initiative, plan]`.",
          }),
        },
        resolve: async (_stats, args, ctx, info) => {
          const rows = await sql.query<{ key: string; n: number }>(TOP_AGREEMENTS, [
            topSize(args.first),
            args.kinds,
          ]);
          const found = await loadNodes(
            ctx,
            info,
            args,
            rows.map((r) => r.key),
            {
              path: ["agreement"],
              fetch: (query, codes) =>
                prisma.agreement.findMany({ ...query, where: { code: { in: codes as string[] } } }),
              keyOf: (a) => a.code,
            },
          );
          const byCode = new Map(found.map((a) => [a.code, a]));
          return rows.flatMap((r) => {
            const agreement = byCode.get(r.key);
            return agreement ? [{ agreement, n: Number(r.n) }] : [];
          });
        },
      }),
      topPartners: t.field({
        type: [CountryCount],
        description: "The dialogue partners named by the most articles, most first.",
        args: { first: t.arg.int({ description: "How many (default 10, at most 100)." }) },
        resolve: async (_stats, args, ctx, info) => {
          const rows = await sql.query<{ key: string; n: number }>(TOP_PARTNERS, [topSize(args.first)]);
          const found = await loadNodes(
            ctx,
            info,
            args,
            rows.map((r) => r.key),
            {
              path: ["country"],
              fetch: (query, codes) =>
                prisma.country.findMany({ ...query, where: { code: { in: codes as string[] } } }),
              keyOf: (c) => c.code,
            },
          );
          const byCode = new Map(found.map((c) => [c.code, c]));
          return rows.flatMap((r) => {
            const country = byCode.get(r.key);
            return country ? [{ country, n: Number(r.n) }] : [];
          });
        },
      }),
    }),
  });
  builder.queryField("stats", (t) =>
    t.field({ type: Stats, description: "Figures over the knowledge graph.", resolve: () => ({}) }),
  );
}
