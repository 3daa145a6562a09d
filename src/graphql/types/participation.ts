import type { GraphQLResolveInfo } from "graphql";
import type { Meeting as MeetingRow, Person as PersonRow } from "../../generated/prisma/client.ts";
import { PRESENT_SQL } from "../../store/present.ts";
import type { Builder, BuilderTypes, SchemaDeps } from "../builder.ts";
import { loadLinks, loadNodes } from "../derived.ts";
import { evidenceColumns, foldReports, type ReportRow } from "../reports.ts";
import type { Enums } from "./enums.ts";
import type { EvidenceSpan } from "./evidence.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";

interface ParticipationRow extends ReportRow {
  meeting_id: number;
  person_id: number;
  action: string;
  role: string | null;
}

const COLUMNS = `p.meeting_id, p.person_id, p.action::text AS action, p.role, ${evidenceColumns("p")}`;

// Within one (meeting, person), the most specific action first (the enum's order), then the
// newest article: the first row gives the action, the first role given is the role.
const REPORT_ORDER = `p.action, a.published_at DESC NULLS LAST, a.id DESC, p.start`;

// Participants of each meeting: by the most specific action any article states, then by name.
const PARTICIPANTS_OF_MEETINGS = `
  SELECT p.meeting_id AS parent, ${COLUMNS}
    FROM participation p
    JOIN article a ON a.id = p.article_id AND ${PRESENT_SQL}
    JOIN person pe ON pe.id = p.person_id
   WHERE p.meeting_id = ANY($1::int[])
   ORDER BY min(p.action) OVER (PARTITION BY p.meeting_id, p.person_id), pe.name, pe.id, ${REPORT_ORDER}`;

// Meetings each person took part in: latest first, undated last (the order of `meetings`).
const MEETINGS_OF_PEOPLE = `
  SELECT p.person_id AS parent, ${COLUMNS}
    FROM participation p
    JOIN article a ON a.id = p.article_id AND ${PRESENT_SQL}
    JOIN meeting m ON m.id = p.meeting_id
   WHERE p.person_id = ANY($1::int[])
   ORDER BY m.date DESC NULLS LAST, m.year DESC NULLS LAST, m.id DESC, ${REPORT_ORDER}`;

/** One person's part in one meeting, across every present article reporting it. */
interface PartTaken {
  action: string;
  role: string | null;
  evidence: EvidenceSpan[];
}

function partsTaken(rows: ParticipationRow[], keyOf: (r: ParticipationRow) => number) {
  return foldReports(rows, (r) => String(keyOf(r))).map((fact) => ({
    key: Number(keyOf(fact.first)),
    action: fact.first.action,
    role: fact.rows.find((r) => r.role !== null)?.role ?? null,
    evidence: fact.evidence,
  }));
}

type FieldBuilder<T> = PothosSchemaTypes.ObjectFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>,
  T
>;

/** The fields `Participant` and `Participation` share: how, in which role, and the evidence. */
function partFields<T extends PartTaken>(t: FieldBuilder<T>, enums: Enums, refs: EvidenceRefs) {
  return {
    action: t.field({
      type: enums.ParticipantAction,
      description: "How they took part: the most specific action any article states.",
      resolve: (p) => p.action as never,
    }),
    role: t.string({
      nullable: true,
      description: "The role an article gives them (first the one stating the most specific action).",
      resolve: (p) => p.role,
    }),
    evidence: t.field({
      type: [refs.Evidence],
      description:
        "Where each article states it: the most specific statement first, then the newest article.",
      resolve: (p) => p.evidence,
    }),
  };
}

/**
 * `Meeting.participants` and `Person.meetings`: who took part in a meeting and how, as the
 * articles state it (not who is merely named beside it: that is `mentionedWith…`). One entry per
 * person and meeting, however many articles report it; read for every parent of the request in
 * one statement, then one Prisma query for the people (or meetings) with the client's selection.
 */
export function addParticipationFields(
  builder: Builder,
  enums: Enums,
  { sql, prisma }: SchemaDeps,
  refs: Refs & EvidenceRefs,
): void {
  const Participant = builder.objectRef<PartTaken & { node: PersonRow }>("Participant");
  Participant.implement({
    description: "A person who took part in a meeting, as present articles report it (one per person).",
    fields: (t) => ({
      person: t.field({ type: refs.Person, description: "The person.", resolve: (p) => p.node }),
      ...partFields(t, enums, refs),
    }),
  });
  const Participation = builder.objectRef<PartTaken & { node: MeetingRow }>("Participation");
  Participation.implement({
    description: "A meeting a person took part in, as present articles report it (one per meeting).",
    fields: (t) => ({
      meeting: t.field({ type: refs.Meeting, description: "The meeting.", resolve: (p) => p.node }),
      ...partFields(t, enums, refs),
    }),
  });
  // One statement for the participations of every parent, one Prisma query for their people
  // (or meetings); a part whose node is gone is left out.
  const resolveParts =
    <N extends { id: number }>(
      statement: string,
      keyOf: (r: ParticipationRow) => number,
      field: "person" | "meeting",
      fetch: (query: object, ids: number[]) => Promise<N[]>,
    ) =>
    async (parent: { id: number }, args: object, ctx: object, info: GraphQLResolveInfo) => {
      const rows = await loadLinks<ParticipationRow>(ctx, info, args, sql, statement, parent.id);
      const parts = partsTaken(rows, keyOf);
      const nodes = await loadNodes(
        ctx,
        info,
        args,
        parts.map((p) => p.key),
        { path: [field], fetch: (query, ids) => fetch(query, ids as number[]), keyOf: (n) => n.id },
      );
      const byId = new Map(nodes.map((n) => [n.id, n]));
      return parts.flatMap((p) => {
        const node = byId.get(p.key);
        return node ? [{ ...p, node }] : [];
      });
    };
  builder.prismaObjectField("Meeting", "participants", (t) =>
    t.field({
      type: [Participant],
      description:
        "People who took part in the meeting (chaired, co-chaired, led a delegation, spoke, attended), as present articles state it; the most specific part first, then by name.",
      resolve: resolveParts(
        PARTICIPANTS_OF_MEETINGS,
        (r) => r.person_id,
        "person",
        (query, ids) => prisma.person.findMany({ ...query, where: { id: { in: ids } } }),
      ),
    }),
  );
  builder.prismaObjectField("Person", "meetings", (t) =>
    t.field({
      type: [Participation],
      description:
        "Meetings the person took part in, as present articles state it, latest first (meetings merely reported beside them: `mentionedWithMeetings`).",
      resolve: resolveParts(
        MEETINGS_OF_PEOPLE,
        (r) => r.meeting_id,
        "meeting",
        (query, ids) => prisma.meeting.findMany({ ...query, where: { id: { in: ids } } }),
      ),
    }),
  );
}
