import type { ArticleExtraction } from "../extract/index.ts";
import { otherIdOfKey, undatedStem } from "../extract/meeting-key.ts";
import { meetingTitle } from "../extract/meeting-title.ts";
import type { Evidence, MeetingFact, PartialDate } from "../extract/types.ts";
import { precisionOf } from "./dates.ts";

/** Stores fingerprints as signed 32-bit integers (PostgreSQL `integer`). */
export function toStoredFingerprint(fp: number[]): number[] {
  return fp.map((v) => v | 0);
}

/** A partial date's first day as `YYYY-MM-DD`, for a `date` field of the facts document. */
function isoDay(d: PartialDate | null): string | null {
  if (!d) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(d.year, 4)}-${pad(d.month ?? 1, 2)}-${pad(d.day ?? 1, 2)}`;
}

/**
 * One row per meeting key. An extraction names each meeting once; should a key come twice, the
 * first mention wins and later ones only fill what it left empty (the rule for stored meetings).
 */
function mergeMeetings(meetings: MeetingFact[]): MeetingFact[] {
  const byKey = new Map<string, MeetingFact>();
  for (const m of meetings) {
    const seen = byKey.get(m.key);
    if (!seen) {
      byKey.set(m.key, m);
      continue;
    }
    byKey.set(m.key, {
      ...seen,
      number: seen.number ?? m.number,
      year: seen.year ?? m.year,
      date: seen.date ?? m.date,
      endDate: seen.endDate ?? m.endDate,
      location: seen.location ?? m.location,
      online: seen.online || m.online,
      parentKey: seen.parentKey ?? m.parentKey,
    });
  }
  return [...byKey.values()];
}

/**
 * The canonical names stored with a meeting: `name` in English, `name_vi` in Vietnamese, and
 * whether they are the text's own wording (the save keeps one such name per meeting, see
 * save-article.sql). A meeting of series OTHER is named from the sub-series its key holds, so
 * that every article reporting it names it alike.
 */
function storedNames(m: MeetingFact): { name: string; name_vi: string; name_from_text: boolean } {
  const title = meetingTitle({ ...m, otherId: otherIdOfKey(m.key) });
  return { name: title.en, name_vi: title.vi, name_from_text: title.fromText === true };
}

/** Offsets of a piece of evidence, as the save stores them. */
function evidenceOffsets(e: Evidence) {
  return { start: e.start, end: e.end, sentence_start: e.sentenceStart, sentence_end: e.sentenceEnd };
}

type MentionKind = "meeting" | "agreement" | "country" | "person" | "topic" | "figure";

function mentionRows(x: ArticleExtraction) {
  const rows: Array<[MentionKind, string, Evidence]> = [
    ...x.meetings.flatMap((m) =>
      m.evidence.map((e) => ["meeting", m.key, e] as [MentionKind, string, Evidence]),
    ),
    ...x.agreements.flatMap((a) =>
      a.evidence.map((e) => ["agreement", a.code, e] as [MentionKind, string, Evidence]),
    ),
    ...x.countries.flatMap((c) =>
      c.evidence.map((e) => ["country", c.code, e] as [MentionKind, string, Evidence]),
    ),
    ...x.people.flatMap((p) =>
      p.evidence.map((e) => ["person", p.name, e] as [MentionKind, string, Evidence]),
    ),
    ...x.topics.flatMap((t) =>
      t.evidence.map((e) => ["topic", t.slug, e] as [MentionKind, string, Evidence]),
    ),
    ...x.figures.map((f) => ["figure", f.kind, f.evidence] as [MentionKind, string, Evidence]),
  ];
  // The sentence is stored as offsets into the body, not as text: one copy per article.
  return rows.map(([kind, key, e]) => ({ kind, key, text: e.text, ...evidenceOffsets(e) }));
}

/** Distinct by `key`, first occurrence kept (link tables have one row per article and entity). */
function distinctBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Where the meeting of each key is first mentioned. The save may complete a meeting's key (an
 * undated one takes a year or becomes the article's own), so a relation names its meeting by the
 * key and one of these spans: the stored meeting is the one the mention at that span points at.
 */
function meetingSpans(meetings: MeetingFact[]): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  for (const m of meetings) {
    const first = m.evidence[0];
    if (first && !spans.has(m.key)) spans.set(m.key, { start: first.start, end: first.end });
  }
  return spans;
}

/**
 * How the save function finds the stored meeting of an extractor's meeting key: the key and one
 * evidence span of it, or nulls when there is no key or the meeting has no evidence left (cut by
 * the extraction limits).
 */
function meetingRefs(meetings: MeetingFact[]) {
  const spans = meetingSpans(meetings);
  return (key: string | null) => {
    const span = key === null ? undefined : spans.get(key);
    return span
      ? { meeting_key: key, meeting_start: span.start, meeting_end: span.end }
      : { meeting_key: null, meeting_start: null, meeting_end: null };
  };
}

/**
 * The relations of one extraction (who took part in which meeting, what happened to which
 * agreement) as the save function reads them; one whose meeting cannot be placed (see
 * meetingRefs) is left out, as is its meeting for an agreement step.
 */
function relationRows(x: Pick<ArticleExtraction, "meetings" | "participants" | "agreementActions">) {
  const meetingRef = meetingRefs(x.meetings);
  return {
    participants: x.participants.flatMap((p) => {
      const meeting = meetingRef(p.meetingKey);
      if (meeting.meeting_key === null) return [];
      return [
        { person: p.person, ...meeting, action: p.action, role: p.role, ...evidenceOffsets(p.evidence) },
      ];
    }),
    agreement_actions: x.agreementActions.map((a) => ({
      agreement: a.agreement,
      action: a.action,
      status: a.status,
      ...meetingRef(a.meetingKey),
      ...evidenceOffsets(a.evidence),
    })),
  };
}

/**
 * The facts of one extraction as the JSON document the save statement reads with
 * `jsonb_to_recordset` (see save-statement.ts): one array per table, field names as there.
 */
export function factsDocument(x: ArticleExtraction) {
  const meetingRef = meetingRefs(x.meetings);
  return {
    meetings: mergeMeetings(x.meetings).map((m) => ({
      key: m.key,
      // Set when the year is unknown: the save completes the key (see save-statement.ts).
      undated_stem: undatedStem(m.key),
      series: m.series,
      level: m.level,
      partner: m.partner,
      number: m.number,
      year: m.year,
      date: isoDay(m.date),
      date_precision: precisionOf(m.date),
      end_date: isoDay(m.endDate),
      location: m.location,
      online: m.online,
      parent_key: m.parentKey,
      ...storedNames(m),
    })),
    agreements: distinctBy(x.agreements, (a) => a.code).map((a) => ({ code: a.code, version: a.version })),
    countries: distinctBy(x.countries, (c) => c.code).map((c) => ({ code: c.code })),
    topics: distinctBy(x.topics, (t) => t.slug).map((t) => ({ slug: t.slug })),
    people: distinctBy(x.people, (p) => p.name).map((p) => ({
      name: p.name,
      aliases: [...new Set([...p.aliases, p.name])].sort(),
      country: p.country,
      role: p.role,
    })),
    // A figure's meeting is found like a relation's (it stays null when it cannot be placed).
    figures: x.figures.map((f) => ({
      kind: f.kind,
      subject: f.subject,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      text: f.text,
      ...evidenceOffsets(f.evidence),
      ...meetingRef(f.meetingKey),
    })),
    mentions: mentionRows(x),
    ...relationRows(x),
  };
}
