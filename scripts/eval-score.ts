/**
 * Scoring an extraction against expected objects (the JSON shape `npm run extract` prints):
 * micro-averaged precision, recall and F1 per field, per language and per meeting series. Pure:
 * the caller loads the files (scripts/eval.ts) and the tests gate on the numbers.
 */
import type { GoldArticle, GoldMeeting } from "../src/extract/to-json.ts";

/** True positives, predicted and expected entries; multisets, so a tuple counted twice needs two. */
export interface Counts {
  tp: number;
  predicted: number;
  expected: number;
}

export const precision = (c: Counts) => (c.predicted === 0 ? (c.expected === 0 ? 1 : 0) : c.tp / c.predicted);
export const recall = (c: Counts) => (c.expected === 0 ? 1 : c.tp / c.expected);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** A meeting's identity: series, partner (ASEAN+1 and the like), level, edition. */
export const meetingTuple = (m: GoldMeeting) => JSON.stringify([m.series, m.partner, m.level, m.number]);
/** The identity plus the year and the place. */
export const meetingTupleDated = (m: GoldMeeting) =>
  JSON.stringify([m.series, m.partner, m.level, m.number, m.year, m.location]);

/**
 * A person's name as compared: case and hyphens between syllables are romanisation variants of
 * one name (`Lee Jae Myung` = `Lee Jae-myung`); diacritics and word order are not.
 */
export const personKey = (name: string) =>
  name.toLowerCase().replace(/[-‐‑]/g, " ").replace(/\s+/g, " ").trim();

/** The fields scored, each as a list of tuple strings of an article (null: not annotated). */
export const FIELDS = {
  meetings: (a: GoldArticle) => a.meetings?.map(meetingTuple) ?? null,
  "meetings+year+location": (a: GoldArticle) => a.meetings?.map(meetingTupleDated) ?? null,
  agreements: (a: GoldArticle) => a.agreements ?? null,
  countries: (a: GoldArticle) => a.countries ?? null,
  people: (a: GoldArticle) => a.people?.map((p) => personKey(p.name)) ?? null,
  "people+country": (a: GoldArticle) =>
    a.people?.map((p) => JSON.stringify([personKey(p.name), p.country])) ?? null,
} as const;
export type Field = keyof typeof FIELDS;

/** Matched, missing and extra entries of one list (multiset difference). */
export function compare(expected: readonly string[], actual: readonly string[]) {
  const left = new Map<string, number>();
  for (const t of actual) left.set(t, (left.get(t) ?? 0) + 1);
  const missing: string[] = [];
  for (const t of expected) {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    else missing.push(t);
  }
  const extra = [...left].flatMap(([t, n]) => Array<string>(n).fill(t));
  return { tp: expected.length - missing.length, missing, extra };
}

export interface CaseResult {
  name: string;
  lang: string;
  expected: GoldArticle;
  actual: GoldArticle;
}

export interface Miss {
  name: string;
  missing: string[];
  extra: string[];
}

/** Scores of one set of cases. */
export interface SetScore {
  cases: number;
  fields: Record<Field, Counts>;
  byLang: Record<string, Record<Field, Counts>>;
  /** Meetings (identity tuple) by series, counting a tuple under the series it names. */
  bySeries: Record<string, Counts>;
  misses: Record<Field, Miss[]>;
}

const zero = (): Counts => ({ tp: 0, predicted: 0, expected: 0 });
const zeroFields = () =>
  Object.fromEntries(Object.keys(FIELDS).map((f) => [f, zero()])) as Record<Field, Counts>;
const add = (into: Counts, tp: number, predicted: number, expected: number) => {
  into.tp += tp;
  into.predicted += predicted;
  into.expected += expected;
};

/** Scores every case; fields an expected object leaves null are not scored for it. */
export function scoreCases(cases: readonly CaseResult[]): SetScore {
  const fields = zeroFields();
  const byLang: Record<string, Record<Field, Counts>> = {};
  const bySeries: Record<string, Counts> = {};
  const misses = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, []])) as unknown as Record<
    Field,
    Miss[]
  >;
  for (const c of cases) {
    const langFields = byLang[c.lang] ?? zeroFields();
    byLang[c.lang] = langFields;
    for (const field of Object.keys(FIELDS) as Field[]) {
      const want = FIELDS[field](c.expected);
      if (want === null) continue;
      const got = FIELDS[field](c.actual) ?? [];
      const { tp, missing, extra } = compare(want, got);
      add(fields[field], tp, got.length, want.length);
      add(langFields[field], tp, got.length, want.length);
      if (missing.length > 0 || extra.length > 0) misses[field].push({ name: c.name, missing, extra });
    }
    if (c.expected.meetings) {
      const series = new Set([...c.expected.meetings, ...(c.actual.meetings ?? [])].map((m) => m.series));
      for (const s of series) {
        const want = c.expected.meetings.filter((m) => m.series === s).map(meetingTuple);
        const got = (c.actual.meetings ?? []).filter((m) => m.series === s).map(meetingTuple);
        const counts = bySeries[s] ?? zero();
        bySeries[s] = counts;
        add(counts, compare(want, got).tp, got.length, want.length);
      }
    }
  }
  return { cases: cases.length, fields, byLang, bySeries, misses };
}
