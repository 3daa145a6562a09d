import type { Builder, SchemaDeps } from "../builder.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { addArticlesConnection, viaJoinTable } from "./article-links.ts";
import type { Enums } from "./enums.ts";
import { addMeetingRelations } from "./meeting-relations.ts";
import { addMeetingRoots } from "./meeting-roots.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";
import { formatStoredDate } from "./scalars.ts";

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
