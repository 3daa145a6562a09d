import type { Meeting as MeetingRow } from "../../generated/prisma/client.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadLinks, loadNodes } from "../derived.ts";
import { PRESENT_SQL } from "../present.ts";
import { addEvidenceField } from "./entity-evidence.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";

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
export function addMeetingRelations(builder: Builder, deps: SchemaDeps, refs: Refs & EvidenceRefs): void {
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
