/**
 * Relations scored against their annotations (`tests/fixtures/press/relations/<part>/<name>.relations.json`
 * and `tests/fixtures/seeds/<seed>.relations.json`, written by reading the texts): who took part
 * in which meeting, and what happened to which agreement. A file with empty lists is an article
 * annotated as stating no relation; an article without a file is not scored.
 *
 * - `attendance`: (person, meeting) pairs, any way of taking part; `attendance+action`: and how
 *   (chaired, co-chaired, led a delegation, spoke, attended);
 * - `agreement actions`: (agreement, action); `+status+meeting`: and whether done or planned, and
 *   at which meeting (or none).
 * Meetings are compared by identity (series, partner, level, number), people by canonical name.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ArticleExtraction, extractArticle } from "../src/extract/index.ts";
import { type Counts, compare, personKey } from "./eval-score.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

interface GoldMeetingRef {
  series: string;
  partner: string | null;
  level: string;
  number: number | null;
}

/** The annotation of one article. */
export interface RelationsGold {
  file: string;
  participants: Array<{ person: string; meeting: GoldMeetingRef; action: string; evidence?: string }>;
  agreementActions: Array<{
    agreement: string;
    action: string;
    status: string;
    meeting: GoldMeetingRef | null;
    evidence?: string;
  }>;
  notes?: string;
}

export const RELATION_SETS = {
  seeds: { texts: path.join(ROOT, "seeds"), gold: path.join(ROOT, "tests/fixtures/seeds") },
  "press-dev": {
    texts: path.join(ROOT, "tests/fixtures/press/dev"),
    gold: path.join(ROOT, "tests/fixtures/press/relations/dev"),
  },
  "press-test": {
    texts: path.join(ROOT, "tests/fixtures/press/test"),
    gold: path.join(ROOT, "tests/fixtures/press/relations/test"),
  },
} as const;
export type RelationSet = keyof typeof RELATION_SETS;

export const RELATION_FIELDS = [
  "attendance",
  "attendance+action",
  "agreement actions",
  "agreement actions+status+meeting",
] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

const meetingRef = (m: GoldMeetingRef | null) =>
  m === null ? "-" : JSON.stringify([m.series, m.partner, m.level, m.number]);

/**
 * One article's relations as tuple strings per field, each tuple once, as for the extraction:
 * `TAC signed` annotated at two meetings is one (agreement, action) fact.
 */
export function tuplesOfGold(g: RelationsGold): Record<RelationField, string[]> {
  const distinct = (items: string[]) => [...new Set(items)];
  return {
    attendance: distinct(
      g.participants.map((p) => JSON.stringify([personKey(p.person), meetingRef(p.meeting)])),
    ),
    "attendance+action": distinct(
      g.participants.map((p) => JSON.stringify([personKey(p.person), meetingRef(p.meeting), p.action])),
    ),
    "agreement actions": distinct(g.agreementActions.map((a) => JSON.stringify([a.agreement, a.action]))),
    "agreement actions+status+meeting": distinct(
      g.agreementActions.map((a) => JSON.stringify([a.agreement, a.action, a.status, meetingRef(a.meeting)])),
    ),
  };
}

/** An extraction's relations as the same tuple strings as `tuplesOfGold`. */
export function tuplesOfExtraction(x: ArticleExtraction): Record<RelationField, string[]> {
  const byKey = new Map(x.meetings.map((m) => [m.key, m]));
  const ref = (key: string | null) => (key === null ? null : (byKey.get(key) ?? null));
  const distinct = (items: string[]) => [...new Set(items)];
  return {
    attendance: distinct(
      x.participants.map((p) => JSON.stringify([personKey(p.person), meetingRef(ref(p.meetingKey))])),
    ),
    "attendance+action": distinct(
      x.participants.map((p) =>
        JSON.stringify([personKey(p.person), meetingRef(ref(p.meetingKey)), p.action]),
      ),
    ),
    "agreement actions": distinct(x.agreementActions.map((a) => JSON.stringify([a.agreement, a.action]))),
    "agreement actions+status+meeting": distinct(
      x.agreementActions.map((a) =>
        JSON.stringify([a.agreement, a.action, a.status, meetingRef(ref(a.meetingKey))]),
      ),
    ),
  };
}

export interface RelationScore {
  cases: number;
  fields: Record<RelationField, Counts>;
  misses: Array<{ name: string; field: RelationField; missing: string[]; extra: string[] }>;
}

/**
 * Scores every annotated article of a set (extracting each now). A set may also be a folder of a
 * new batch: its texts there, its relations in `<folder>/relations`.
 */
export function scoreRelations(set: RelationSet | string): RelationScore {
  const { texts, gold } =
    set in RELATION_SETS
      ? RELATION_SETS[set as RelationSet]
      : { texts: path.resolve(set), gold: path.resolve(set, "relations") };
  const fields = Object.fromEntries(
    RELATION_FIELDS.map((f) => [f, { tp: 0, predicted: 0, expected: 0 }]),
  ) as Record<RelationField, Counts>;
  const misses: RelationScore["misses"] = [];
  const files = existsSync(gold)
    ? readdirSync(gold)
        .filter((f) => f.endsWith(".relations.json"))
        .sort()
    : [];
  for (const f of files) {
    const want = JSON.parse(readFileSync(path.join(gold, f), "utf8")) as RelationsGold;
    const x = extractArticle(readFileSync(path.join(texts, want.file), "utf8"));
    const expected = tuplesOfGold(want);
    const actual = tuplesOfExtraction(x);
    for (const field of RELATION_FIELDS) {
      const { tp, missing, extra } = compare(expected[field], actual[field]);
      const c = fields[field];
      c.tp += tp;
      c.predicted += actual[field].length;
      c.expected += expected[field].length;
      if (missing.length > 0 || extra.length > 0) misses.push({ name: want.file, field, missing, extra });
    }
  }
  return { cases: files.length, fields, misses };
}

const n3 = (x: number) => x.toFixed(3);

/** Prints a set's relation scores (and, with details, each article's misses); returns the record. */
export function reportRelations(
  set: RelationSet | string,
  details: boolean,
  f: { p: (c: Counts) => number; r: (c: Counts) => number; f1: (c: Counts) => number },
) {
  const score = scoreRelations(set);
  if (score.cases === 0) return null;
  console.log(`\n${set} relations — ${score.cases} annotated articles`);
  console.log(
    `  ${"field".padEnd(34)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}  tp/pred/exp`,
  );
  for (const field of RELATION_FIELDS) {
    const c = score.fields[field];
    console.log(
      `  ${field.padEnd(34)} ${n3(f.p(c)).padStart(6)} ${n3(f.r(c)).padStart(6)} ${n3(f.f1(c)).padStart(6)}  ${`${c.tp}/${c.predicted}/${c.expected}`.padStart(11)}`,
    );
  }
  if (details)
    for (const m of score.misses) {
      console.log(`  [${m.field}] ${m.name}`);
      for (const t of m.missing) console.log(`    - missing ${t}`);
      for (const t of m.extra) console.log(`    + extra   ${t}`);
    }
  return {
    cases: score.cases,
    fields: Object.fromEntries(
      RELATION_FIELDS.map((k) => {
        const c = score.fields[k];
        return [k, { p: Number(n3(f.p(c))), r: Number(n3(f.r(c))), f1: Number(n3(f.f1(c))), ...c }];
      }),
    ),
  };
}
