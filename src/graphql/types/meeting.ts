import { ErrorCode, requestError } from "../../errors.ts";
import type { Meeting as MeetingRow, Prisma } from "../../generated/prisma/client.ts";
import { LINKED_TO_PRESENT, PRESENT, PRESENT_SQL } from "../../store/present.ts";
import { searchMeetingIds } from "../../store/search.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadLinks, loadNodes, selectsOnlyTotalCount } from "../derived.ts";
import {
  agreementCode,
  countryCode,
  dateRange,
  meetingKey,
  textInput,
  withSearchInput,
  yearInput,
} from "../inputs.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { pageInMemory } from "../memory-page.ts";
import { PAGE_SIZE, perArgs } from "../paging.ts";
import { addArticlesConnection, viaJoinTable } from "./article-links.ts";
import { addEvidenceField } from "./entity-evidence.ts";
import type { Enums } from "./enums.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";
import { formatStoredDate } from "./scalars.ts";

/**
 * The `Meeting` domain type, all of it: the object and its connection, `Article.meetings`, the
 * meeting's relations (`articles`, `mentionedWithAgreements`, `mentionedWithPeople`, `related`,
 * `evidence`), the root fields `meeting(key:)` and `meetings`, and the `mentionedWithMeetings`
 * connections of agreements and people.
 */

/** `Meeting`, its `MeetingConnection` and `Article.meetings`. */
export function addMeetingType(builder: Builder, enums: Enums) {
  const Meeting = addMeetingObject(builder, enums);
  const MeetingConnection = builder.connectionObject(
    { type: Meeting, name: "MeetingConnection", description: "A page of meetings." },
    { name: "MeetingEdge", description: "A meeting in a page." },
  );
  builder.prismaObjectField("Article", "meetings", (t) =>
    t.field({
      type: [Meeting],
      description: "Meetings the article reports, held or planned.",
      select: (_args, _ctx, nested) => ({
        meetings: { select: { meeting: nested(true) }, orderBy: { meetingId: "asc" } },
      }),
      resolve: (a) => a.meetings.map((x) => x.meeting),
    }),
  );
  return { Meeting, MeetingConnection };
}

/**
 * The meeting's relations (`articles`, `mentionedWithAgreements`, `mentionedWithPeople`,
 * `related`, `evidence`) and the root fields `meeting(key:)` and `meetings`.
 */
export function addMeetingFields(
  builder: Builder,
  enums: Enums,
  deps: SchemaDeps,
  refs: Refs & EvidenceRefs,
): void {
  addArticlesConnection(
    builder,
    deps,
    refs,
    viaJoinTable(ARTICLE_LINKS.Meeting, "Articles reporting the meeting, newest first."),
  );
  addMeetingRelations(builder, deps, refs);
  addMeetingRoots(builder, enums, deps, refs);
}

function addMeetingObject(builder: Builder, enums: Enums) {
  return builder.prismaNode("Meeting", {
    description: "A meeting, one row however many articles report it (identified by `key`).",
    id: { field: "id" },
    nullable: true,
    fields: (t) => ({
      key: t.exposeString("key", {
        description:
          "Canonical key: `AMM-58`, `MEKONG_JAPAN-FM-16`, `ASEAN_PLUS_ONE-JP-FM-2025` …; a meeting whose year no article gives is its article's own: `ASEAN_PLUS_ONE-JP-FM-UNDATED-A42` (42: the article's id).",
      }),
      series: t.expose("series", { type: enums.MeetingSeries, description: "Which recurring meeting." }),
      level: t.expose("level", { type: enums.MeetingLevel, description: "Who meets." }),
      partner: t.relation("partner", {
        nullable: true,
        description: "The dialogue partner of an ASEAN+1 meeting.",
      }),
      number: t.exposeInt("number", {
        nullable: true,
        description: "Edition number, when the text states it.",
      }),
      year: t.exposeInt("year", { nullable: true, description: "Year, from evidence in the text." }),
      date: t.field({
        type: "PartialDate",
        nullable: true,
        description: "When it was (or will be) held, at the precision known.",
        select: { date: true, datePrecision: true },
        resolve: (m) => formatStoredDate(m.date, m.datePrecision),
      }),
      endDate: t.field({
        type: "PartialDate",
        nullable: true,
        description: "Last day, for a meeting over several days.",
        select: { endDate: true },
        resolve: (m) => formatStoredDate(m.endDate, "day"),
      }),
      location: t.exposeString("location", { nullable: true, description: "City, when the text gives it." }),
      online: t.exposeBoolean("online", { description: "Held online." }),
      parent: t.relation("parent", {
        nullable: true,
        description: "The meeting this one was held within (ASEAN+1 meetings within the AMM).",
      }),
      name: t.exposeString("name", {
        description:
          "Canonical English name (`58th ASEAN Foreign Ministers' Meeting`); the same as `nameEn`.",
      }),
      nameEn: t.exposeString("name", {
        description: "Canonical English name, from series, partner, level and edition.",
      }),
      nameVi: t.exposeString("nameVi", {
        description: "Canonical Vietnamese name (`Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58`).",
      }),
    }),
  });
}

/** The refs other domain types use to point at meetings. */
export type MeetingRefs = ReturnType<typeof addMeetingType>;

// ---- Root fields: `meeting(key:)` and `meetings`

interface MeetingFilterInput {
  series?: string | null;
  level?: string | null;
  partner?: string | null;
  number?: number | null;
  year?: number | null;
  from?: string | null;
  to?: string | null;
  agreement?: string | null;
  country?: string | null;
  text?: string | null;
}

/** Meetings some present article reports: a meeting known only from removed files is not listed. */
const REPORTED: Prisma.MeetingWhereInput = LINKED_TO_PRESENT;

const ORDERS: Record<string, Prisma.MeetingOrderByWithRelationInput[]> = {
  NEWEST: [
    { date: { sort: "desc", nulls: "last" } },
    { year: { sort: "desc", nulls: "last" } },
    { id: "desc" },
  ],
  OLDEST: [{ date: { sort: "asc", nulls: "last" } }, { year: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  KEY: [{ key: "asc" }],
};

/** Translates a `MeetingFilter` into a Prisma `where` (reported meetings only), validating it. */
async function meetingWhere(filter: MeetingFilterInput | null | undefined, { sql }: SchemaDeps) {
  const f = filter ?? {};
  const and: Prisma.MeetingWhereInput[] = [REPORTED];
  if (f.series) and.push({ series: f.series as never });
  if (f.level) and.push({ level: f.level as never });
  if (f.partner) and.push({ partnerCode: countryCode(f.partner) });
  if (f.number != null) {
    if (f.number < 1) throw requestError(ErrorCode.BAD_USER_INPUT, "number must be 1 or more");
    and.push({ number: f.number });
  }
  if (f.year != null) and.push({ year: yearInput(f.year) });
  if (f.from || f.to) and.push({ date: dateRange(f.from, f.to) });
  if (f.agreement) {
    const code = agreementCode(f.agreement);
    and.push({
      articles: { some: { article: { ...PRESENT, agreements: { some: { agreementCode: code } } } } },
    });
  }
  if (f.country) {
    const code = countryCode(f.country);
    const named = { article: { ...PRESENT, countries: { some: { countryCode: code } } } };
    and.push({ OR: [{ partnerCode: code }, { articles: { some: named } }] });
  }
  if (f.text) {
    const text = textInput(f.text, "text");
    and.push({ id: { in: await withSearchInput(() => searchMeetingIds(sql, text)) } });
  }
  return { AND: and };
}

/** `MeetingFilter`, `MeetingOrder` and the root fields `meeting(key:)` and `meetings`. */
function addMeetingRoots(builder: Builder, enums: Enums, deps: SchemaDeps, refs: Refs): void {
  const { prisma } = deps;
  const MeetingFilter = builder.inputType("MeetingFilter", {
    description: "Narrows a list of meetings; every field given must hold (AND).",
    fields: (t) => ({
      series: t.field({ type: enums.MeetingSeries, description: "Of this series." }),
      level: t.field({ type: enums.MeetingLevel, description: "At this level." }),
      partner: t.string({ description: "With this dialogue partner (ISO code, `JP`)." }),
      number: t.int({ description: "This edition number (`58` for AMM-58)." }),
      year: t.int({ description: "Held (or planned) in this year." }),
      from: t.field({ type: "PartialDate", description: "Held on or after the start of this date." }),
      to: t.field({ type: "PartialDate", description: "Held on or before the end of this date." }),
      agreement: t.string({ description: "Reported by an article citing this agreement (code)." }),
      country: t.string({ description: "With this partner, or reported by an article naming this country." }),
      text: t.string({ description: "Key or name matching this search text (accent-insensitive)." }),
    }),
  });
  const MeetingOrder = builder.enumType("MeetingOrder", {
    description: "Orders of meeting lists; ties are broken by id, so cursors stay stable.",
    values: {
      NEWEST: { description: "Latest date (or year) first; undated meetings last (the default)." },
      OLDEST: { description: "Earliest date (or year) first; undated meetings last." },
      KEY: { description: "By canonical key." },
    },
  });
  const whereOf = perArgs((args: { filter?: MeetingFilterInput | null }) => meetingWhere(args.filter, deps));
  builder.queryFields((t) => ({
    meeting: t.prismaField({
      type: refs.Meeting,
      nullable: true,
      description: "One meeting by canonical key (`AMM-58`); null when unknown.",
      args: { key: t.arg.string({ required: true, description: "Canonical key." }) },
      resolve: (query, _root, { key }) =>
        prisma.meeting.findUnique({ ...query, where: { key: meetingKey(key) } }),
    }),
    meetings: t.prismaConnection(
      {
        type: refs.Meeting,
        cursor: "id",
        ...PAGE_SIZE,
        description: "Meetings reported by present articles, latest first unless `orderBy` says otherwise.",
        args: {
          filter: t.arg({ type: MeetingFilter, description: "Only meetings matching every field given." }),
          orderBy: t.arg({ type: MeetingOrder, description: "Order (default NEWEST)." }),
        },
        totalCount: async (_parent, args) => prisma.meeting.count({ where: await whereOf(args) }),
        resolve: async (query, _parent, args) =>
          prisma.meeting.findMany({
            ...query,
            where: await whereOf(args),
            orderBy: ORDERS[args.orderBy ?? "NEWEST"] ?? ORDERS.NEWEST,
          }),
      },
      refs.MeetingConnection,
    ),
  }));
}

// ---- Relations: what the articles reporting a meeting also name, and related meetings

// Links from meetings to what the articles reporting them cite, with how many articles do.
const AGREEMENTS_OF_MEETINGS = `
  SELECT am.meeting_id AS parent, aa.agreement_code AS key, count(*)::int AS n
    FROM article_meeting am
    JOIN article a ON a.id = am.article_id AND ${PRESENT_SQL}
    JOIN article_agreement aa ON aa.article_id = am.article_id
   WHERE am.meeting_id = ANY($1::int[])
   GROUP BY 1, 2`;

const PEOPLE_OF_MEETINGS = `
  SELECT am.meeting_id AS parent, ap.person_id AS key, count(*)::int AS n
    FROM article_meeting am
    JOIN article a ON a.id = am.article_id AND ${PRESENT_SQL}
    JOIN article_person ap ON ap.article_id = am.article_id
   WHERE am.meeting_id = ANY($1::int[])
   GROUP BY 1, 2`;

// The parent, the children and the siblings (same parent) of each meeting.
const RELATED_MEETINGS = `
  SELECT m.id AS parent, m.parent_id AS key, 'PARENT' AS relation
    FROM meeting m WHERE m.id = ANY($1::int[]) AND m.parent_id IS NOT NULL
  UNION ALL
  SELECT c.parent_id, c.id, 'CHILD' FROM meeting c WHERE c.parent_id = ANY($1::int[])
  UNION ALL
  SELECT m.id, s.id, 'SIBLING'
    FROM meeting m JOIN meeting s ON s.parent_id = m.parent_id AND s.id <> m.id
   WHERE m.id = ANY($1::int[])`;

interface CountedLink {
  parent: number;
  key: string | number;
  n: number;
}

const RELATION_ORDER = ["PARENT", "CHILD", "SIBLING"];

/** Most cited first, then by key: a stable order for a short list. */
function byCount(a: CountedLink, b: CountedLink): number {
  return b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * `Meeting.mentionedWithAgreements`, `Meeting.mentionedWithPeople` (co-occurrence: what the
 * meeting's articles name, whatever they say about it), `Meeting.related` and `Meeting.evidence`
 * (derived, batched per request).
 */
function addMeetingRelations(builder: Builder, deps: SchemaDeps, refs: Refs & EvidenceRefs): void {
  const { sql, prisma } = deps;
  addEvidenceField(builder, deps, refs, {
    parent: "Meeting",
    kind: "meeting",
    keyOf: (m) => m.key as string,
    mentioning: "report the meeting",
  });
  const MeetingRelation = builder.enumType("MeetingRelation", {
    description: "How a related meeting relates to this one.",
    values: {
      PARENT: { description: "This meeting was held within it." },
      CHILD: { description: "It was held within this meeting." },
      SIBLING: { description: "Held within the same parent meeting." },
    },
  });
  const RelatedMeeting = builder.objectRef<{ relation: string; meeting: MeetingRow }>("RelatedMeeting");
  RelatedMeeting.implement({
    description: "A meeting related to another through the meeting it was held within.",
    fields: (t) => ({
      relation: t.field({
        type: MeetingRelation,
        description: "How it relates.",
        resolve: (r) => r.relation as never,
      }),
      meeting: t.field({
        type: refs.Meeting,
        description: "The related meeting.",
        resolve: (r) => r.meeting,
      }),
    }),
  });
  builder.prismaObjectFields("Meeting", (t) => ({
    mentionedWithAgreements: t.field({
      type: [refs.Agreement],
      description:
        "Agreements cited by the articles reporting this meeting, most cited first (co-occurrence: what happened to them at the meeting is `agreementActions`).",
      resolve: async (meeting, args, ctx, info) => {
        const links = await loadLinks<CountedLink>(ctx, info, args, sql, AGREEMENTS_OF_MEETINGS, meeting.id);
        return loadNodes(
          ctx,
          info,
          args,
          links.sort(byCount).map((l) => l.key),
          {
            path: [],
            fetch: (query, codes) =>
              prisma.agreement.findMany({ ...query, where: { code: { in: codes as string[] } } }),
            keyOf: (a) => a.code,
          },
        );
      },
    }),
    mentionedWithPeople: t.field({
      type: [refs.Person],
      description:
        "People named in the articles reporting this meeting, most often named first (co-occurrence: who took part is `participants`).",
      resolve: async (meeting, args, ctx, info) => {
        const links = await loadLinks<CountedLink>(ctx, info, args, sql, PEOPLE_OF_MEETINGS, meeting.id);
        return loadNodes(
          ctx,
          info,
          args,
          links.sort(byCount).map((l) => Number(l.key)),
          {
            path: [],
            fetch: (query, ids) =>
              prisma.person.findMany({ ...query, where: { id: { in: ids as number[] } } }),
            keyOf: (p) => p.id,
          },
        );
      },
    }),
    related: t.field({
      type: [RelatedMeeting],
      description: "The meeting it was held within, the meetings held within it, and their siblings.",
      resolve: async (meeting, args, ctx, info) => {
        const links = await loadLinks<{ parent: number; key: number; relation: string }>(
          ctx,
          info,
          args,
          sql,
          RELATED_MEETINGS,
          meeting.id,
        );
        links.sort(
          (a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) || a.key - b.key,
        );
        const meetings = await loadNodes(
          ctx,
          info,
          args,
          links.map((l) => Number(l.key)),
          {
            path: ["meeting"],
            fetch: (query, ids) =>
              prisma.meeting.findMany({ ...query, where: { id: { in: ids as number[] } } }),
            keyOf: (m) => m.id,
          },
        );
        const byId = new Map(meetings.map((m) => [m.id, m]));
        return links.flatMap((l) => {
          const related = byId.get(Number(l.key));
          return related ? [{ relation: l.relation, meeting: related as MeetingRow }] : [];
        });
      },
    }),
  }));
}

// ---- Meetings reached through the articles of an agreement or a person

/** A meeting reached through articles, with what it sorts by. */
interface MeetingLink {
  parent: string | number;
  key: number;
  /** Days since 1970-01-01 of the meeting's date, or null. */
  day: number | null;
  year: number | null;
}

/** Selects the meetings reported by present articles that also link to the parent. */
function meetingsVia(table: string, column: string, cast: string): string {
  return `
    SELECT DISTINCT l.${column} AS parent, m.id AS key, (m.date - DATE '1970-01-01') AS day, m.year
      FROM ${table} l
      JOIN article a ON a.id = l.article_id AND ${PRESENT_SQL}
      JOIN article_meeting am ON am.article_id = l.article_id
      JOIN meeting m ON m.id = am.meeting_id
     WHERE l.${column} = ANY($1::${cast}[])`;
}

/** Latest first, undated last, then by id: the order of `meetings` (NEWEST). */
function newestFirst(l: MeetingLink) {
  return [l.day === null ? null : -Number(l.day), l.year === null ? null : -Number(l.year), -Number(l.key)];
}

/**
 * Adds `<parent>.mentionedWithMeetings`: the meetings reported by the present articles that name
 * the parent (co-occurrence),
 * latest first, as a `MeetingConnection`. The list is derived (article → meeting), so it is read
 * whole for all parents in one statement and paged in memory with sort-key cursors.
 */
export function addMeetingsViaArticles(
  builder: Builder,
  { sql, prisma }: SchemaDeps,
  refs: Refs,
  via: { link: typeof ARTICLE_LINKS.Agreement | typeof ARTICLE_LINKS.Person; description: string },
): void {
  const { link } = via;
  const statement = meetingsVia(link.table, link.column, link.cast);
  builder.prismaObjectField(link.parent as "Agreement", "mentionedWithMeetings", (t) =>
    t.connection(
      {
        type: refs.Meeting,
        description: via.description,
        resolve: async (parent, args, ctx, info) => {
          const key = link.keyOf(parent as never);
          const links = await loadLinks<MeetingLink>(ctx, info, args, sql, statement, key);
          const page = pageInMemory(links, args, newestFirst);
          if (selectsOnlyTotalCount(info)) return { ...page, edges: [] };
          const meetings = await loadNodes(
            ctx,
            info,
            args,
            page.edges.map((e) => e.node.key),
            {
              path: ["edges", "node"],
              fetch: (query, ids) =>
                prisma.meeting.findMany({ ...query, where: { id: { in: ids as number[] } } }),
              keyOf: (m) => m.id,
            },
          );
          const byId = new Map(meetings.map((m) => [m.id, m]));
          const edges = page.edges.flatMap((e) => {
            const node = byId.get(Number(e.node.key));
            return node ? [{ cursor: e.cursor, node }] : [];
          });
          return { ...page, edges };
        },
      },
      refs.MeetingConnection,
    ),
  );
}
