import type { Agreement as AgreementRow, Meeting as MeetingRow } from "../../generated/prisma/client.ts";
import { PRESENT_SQL } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadLinks, loadNodes, nodesByCode } from "../derived.ts";
import { evidenceColumns, foldReports, type ReportRow } from "../reports.ts";
import type { Enums } from "./enums.ts";
import type { EvidenceSpan } from "./evidence.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";
import { formatStoredDate } from "./scalars.ts";

interface StepRow extends ReportRow {
  agreement_code: string;
  action: string;
  status: string;
  meeting_id: number | null;
  /** The step's date (`YYYY-MM-DD`, first day of the period) and its precision, or null. */
  day: string | null;
  precision: string | null;
}

const COLUMNS = `s.agreement_code, s.action::text AS action, s.status::text AS status, s.meeting_id,
       ${evidenceColumns("s")}`;
const NEWEST_REPORT_FIRST = `a.published_at DESC NULLS LAST, a.id DESC, s.start`;

// What happened to which agreement at each meeting, by agreement, action and status.
const STEPS_OF_MEETINGS = `
  SELECT s.meeting_id AS parent, ${COLUMNS}, NULL AS day, NULL AS precision
    FROM agreement_step s
    JOIN article a ON a.id = s.article_id AND ${PRESENT_SQL}
   WHERE s.meeting_id = ANY($1::int[])
   ORDER BY s.agreement_code, s.action, s.status, ${NEWEST_REPORT_FIRST}`;

// Each agreement's steps, oldest first: dated by their meeting (its date, else its year), else
// by the reporting article's publication date.
const STEPS_OF_AGREEMENTS = `
  SELECT s.agreement_code AS parent, ${COLUMNS}, to_char(d.day, 'YYYY-MM-DD') AS day, d.precision
    FROM agreement_step s
    JOIN article a ON a.id = s.article_id AND ${PRESENT_SQL}
    LEFT JOIN meeting m ON m.id = s.meeting_id
   CROSS JOIN LATERAL (
         SELECT CASE WHEN m.date IS NOT NULL AND m.date_precision <> 'unknown' THEN m.date
                     WHEN m.year IS NOT NULL THEN make_date(m.year, 1, 1)
                     WHEN m.id IS NULL AND a.date_precision <> 'unknown' THEN a.published_at END AS day,
                CASE WHEN m.date IS NOT NULL AND m.date_precision <> 'unknown' THEN m.date_precision::text
                     WHEN m.year IS NOT NULL THEN 'year'
                     WHEN m.id IS NULL AND a.date_precision <> 'unknown' THEN a.date_precision::text END
                  AS precision) d
   WHERE s.agreement_code = ANY($1::text[])
   ORDER BY d.day NULLS LAST, s.action, s.status, s.meeting_id NULLS LAST, d.precision, ${NEWEST_REPORT_FIRST}`;

/** One step of an agreement, across every present article reporting it. */
interface Step {
  action: string;
  status: string;
  evidence: EvidenceSpan[];
}

/**
 * `Meeting.agreementActions` and `Agreement.events`: what happened (or is to happen) to an
 * agreement, as the articles state it (not the agreements merely cited beside a meeting: that is
 * `Meeting.mentionedWithAgreements`). Read for every parent of the request in one statement, then
 * one Prisma query for the agreements (or meetings) with the client's selection.
 */
export function addAgreementStepFields(
  builder: Builder,
  enums: Enums,
  { sql, prisma }: SchemaDeps,
  refs: Refs & EvidenceRefs,
): void {
  const stepFields = {
    action: { type: enums.AgreementAction, description: "What happened." },
    status: { type: enums.ActionStatus, description: "Whether it has happened or is to happen." },
  };
  const AgreementActionItem = builder.objectRef<Step & { agreement: AgreementRow }>("AgreementActionItem");
  AgreementActionItem.implement({
    description:
      "What happened (or is to happen) to an agreement at a meeting, as present articles report it: one per agreement, action and status.",
    fields: (t) => ({
      agreement: t.field({
        type: refs.Agreement,
        description: "The agreement.",
        resolve: (s) => s.agreement,
      }),
      action: t.field({ ...stepFields.action, resolve: (s) => s.action as never }),
      status: t.field({ ...stepFields.status, resolve: (s) => s.status as never }),
      evidence: t.field({
        type: [refs.Evidence],
        description: "Where each article states it, newest article first.",
        resolve: (s) => s.evidence,
      }),
    }),
  });
  const AgreementEvent = builder.objectRef<Step & { meeting: MeetingRow | null; date: string | null }>(
    "AgreementEvent",
  );
  AgreementEvent.implement({
    description:
      "A step in an agreement's life (negotiated, signed, upgraded …), as present articles report it: one per action, status and meeting (or, without a meeting, publication date).",
    fields: (t) => ({
      action: t.field({ ...stepFields.action, resolve: (s) => s.action as never }),
      status: t.field({ ...stepFields.status, resolve: (s) => s.status as never }),
      meeting: t.field({
        type: refs.Meeting,
        nullable: true,
        description: "The meeting at or by which it happened (or is to happen), when the text says so.",
        resolve: (s) => s.meeting,
      }),
      date: t.field({
        type: "PartialDate",
        nullable: true,
        description:
          "The meeting's date (else its year); without a meeting, the reporting article's publication date. Null when neither is known.",
        resolve: (s) => s.date,
      }),
      evidence: t.field({
        type: [refs.Evidence],
        description: "Where each article states it, newest article first.",
        resolve: (s) => s.evidence,
      }),
    }),
  });
  const stepAgreements = nodesByCode(
    (query, codes) => prisma.agreement.findMany({ ...query, where: { code: { in: codes } } }),
    ["agreement"],
  );
  builder.prismaObjectField("Meeting", "agreementActions", (t) =>
    t.field({
      type: [AgreementActionItem],
      description:
        "What happened (or is to happen) to agreements at this meeting: signed, concluded, upgraded, negotiated, reviewed, discussed; by agreement code.",
      resolve: async (meeting, args, ctx, info) => {
        const rows = await loadLinks<StepRow>(ctx, info, args, sql, STEPS_OF_MEETINGS, meeting.id);
        const steps = foldReports(rows, (r) => `${r.agreement_code}|${r.action}|${r.status}`);
        const agreements = await loadNodes(
          ctx,
          info,
          args,
          steps.map((s) => s.first.agreement_code),
          stepAgreements,
        );
        const byCode = new Map(agreements.map((g) => [g.code, g as AgreementRow]));
        return steps.flatMap(({ first, evidence }) => {
          const agreement = byCode.get(first.agreement_code);
          return agreement ? [{ action: first.action, status: first.status, evidence, agreement }] : [];
        });
      },
    }),
  );
  builder.prismaObjectField("Agreement", "events", (t) =>
    t.field({
      type: [AgreementEvent],
      description:
        "The agreement's timeline as present articles report it (negotiated, signed, upgraded …, done or planned), oldest first; undated steps last.",
      resolve: async (agreement, args, ctx, info) => {
        const rows = await loadLinks<StepRow>(ctx, info, args, sql, STEPS_OF_AGREEMENTS, agreement.code);
        const steps = foldReports(
          rows,
          (r) => `${r.action}|${r.status}|${r.meeting_id ?? `${r.day}|${r.precision}`}`,
        );
        const ids = steps.flatMap((s) => (s.first.meeting_id === null ? [] : [Number(s.first.meeting_id)]));
        const meetings = await loadNodes(ctx, info, args, [...new Set(ids)], {
          path: ["meeting"],
          fetch: (query, keys) =>
            prisma.meeting.findMany({ ...query, where: { id: { in: keys as number[] } } }),
          keyOf: (m) => m.id,
        });
        const byId = new Map(meetings.map((m) => [m.id, m as MeetingRow]));
        return steps.map(({ first, evidence }) => ({
          action: first.action,
          status: first.status,
          meeting: first.meeting_id === null ? null : (byId.get(Number(first.meeting_id)) ?? null),
          date:
            first.day === null || first.precision === null
              ? null
              : formatStoredDate(new Date(`${first.day}T00:00:00Z`), first.precision),
          evidence,
        }));
      },
    }),
  );
}
