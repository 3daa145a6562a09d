import { ErrorCode, requestError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { searchMeetingIds } from "../../store/search.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import {
  agreementCode,
  countryCode,
  dateRange,
  meetingKey,
  textInput,
  withSearchInput,
  yearInput,
} from "../inputs.ts";
import { PAGE_SIZE, perArgs } from "../paging.ts";
import { LINKED_TO_PRESENT, PRESENT } from "../present.ts";
import type { Enums } from "./enums.ts";
import type { Refs } from "./refs.ts";

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
export function addMeetingRoots(builder: Builder, enums: Enums, deps: SchemaDeps, refs: Refs): void {
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
