/**
 * Comparison of an extraction (in the printed JSON shape, see to-json.ts) with a golden object:
 * field by field for the seeds (one test per field, and for list fields a failure that names
 * exactly which entries are missing and which are extra), and as micro-averaged precision,
 * recall and F1 over many fixtures, where rules may legitimately miss an entry or two.
 */
import { describe, expect, it } from "vitest";
import type { GoldArticle, GoldFigure, GoldMeeting, GoldPerson } from "../../src/extract/to-json.ts";

/** Scalar fields compared for equality. */
export const SCALAR_FIELDS = ["title", "published", "source", "url", "lang"] as const;
/** List fields compared as sets of tuples. */
export const SET_FIELDS = ["meetings", "agreements", "countries", "people", "figures"] as const;

export type SetField = (typeof SET_FIELDS)[number];

// Each entry becomes one JSON tuple string, so set membership is exact and the failure output
// shows the entry as data.
const TUPLES: { [F in SetField]: (entry: GoldArticle[F][number]) => string } = {
  meetings: (m: GoldMeeting) =>
    JSON.stringify([m.series, m.partner, m.level, m.number, m.year, m.date, m.location]),
  agreements: (code: string) => JSON.stringify(code),
  countries: (code: string) => JSON.stringify(code),
  people: (p: GoldPerson) => JSON.stringify([p.name, p.country, p.role]),
  figures: (f: GoldFigure) =>
    JSON.stringify([f.kind, f.subject, f.value, f.unit, f.qualifier, f.year ?? null, f.text]),
};

/**
 * A meeting as its identity only (series, partner, edition), ignoring level, year, date and
 * place: scores whether the right meetings were found at all.
 */
export const looseMeetingTuple = (m: GoldMeeting): string => JSON.stringify([m.series, m.partner, m.number]);

/** The tuple strings of a list field of `article` (an absent field is an empty list). */
export function tuplesOf<F extends SetField>(field: F, article: GoldArticle): string[] {
  const tuple = TUPLES[field] as (entry: unknown) => string;
  return ((article[field] ?? []) as unknown[]).map(tuple);
}

export interface SetDiff {
  missing: string[];
  extra: string[];
}

/** Entries of `expected` absent from `actual` and vice versa, as tuple strings. */
export function diffField<F extends SetField>(field: F, expected: GoldArticle, actual: GoldArticle): SetDiff {
  const want = new Set(tuplesOf(field, expected));
  const got = new Set(tuplesOf(field, actual));
  return {
    missing: [...want].filter((t) => !got.has(t)).sort(),
    extra: [...got].filter((t) => !want.has(t)).sort(),
  };
}

/**
 * Multiset difference of two tuple lists: a tuple expected twice and found once is one missing
 * entry (two unnumbered meetings with one partner at different levels collapse in a loose tuple).
 */
export function diffTuples(expected: readonly string[], actual: readonly string[]): SetDiff {
  const left = new Map<string, number>();
  for (const t of actual) left.set(t, (left.get(t) ?? 0) + 1);
  const missing: string[] = [];
  for (const t of expected) {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    else missing.push(t);
  }
  const extra = [...left].flatMap(([t, n]) => Array<string>(n).fill(t));
  return { missing: missing.sort(), extra: extra.sort() };
}

/** Micro-averaged counts over many cases, with the misses of each case kept for reporting. */
export class Score {
  truePositives = 0;
  expected = 0;
  predicted = 0;
  readonly misses: { name: string; diff: SetDiff }[] = [];

  /** Adds one case: its expected and actual tuples. */
  add(name: string, expected: readonly string[], actual: readonly string[]): void {
    const diff = diffTuples(expected, actual);
    this.expected += expected.length;
    this.predicted += actual.length;
    this.truePositives += expected.length - diff.missing.length;
    if (diff.missing.length > 0 || diff.extra.length > 0) this.misses.push({ name, diff });
  }

  get precision(): number {
    return this.predicted === 0 ? (this.expected === 0 ? 1 : 0) : this.truePositives / this.predicted;
  }

  get recall(): number {
    return this.expected === 0 ? 1 : this.truePositives / this.expected;
  }

  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }

  /** `P 0.986 R 0.947 F1 0.966 (71/72/75)`: true positives / predicted / expected. */
  summary(): string {
    const f = (x: number) => x.toFixed(3);
    return `P ${f(this.precision)} R ${f(this.recall)} F1 ${f(this.f1)} (${this.truePositives}/${this.predicted}/${this.expected})`;
  }

  /** One block per case that missed or added an entry. */
  details(): string {
    return this.misses
      .map(({ name, diff }) =>
        [
          `  ${name}`,
          ...diff.missing.map((t) => `    - missing ${t}`),
          ...diff.extra.map((t) => `    + extra   ${t}`),
        ].join("\n"),
      )
      .join("\n");
  }
}

/**
 * Registers one `describe` for a case with one `it` per field that `expected` holds, among
 * `fields` (all by default). `extract` runs once, lazily, so a crash shows up in every field's
 * test rather than at collection.
 */
export function describeGoldCase(
  name: string,
  expected: GoldArticle,
  extract: () => GoldArticle,
  fields: { scalar?: readonly string[]; sets?: readonly SetField[] } = {},
): void {
  let cached: GoldArticle | undefined;
  const actual = () => {
    cached ??= extract();
    return cached;
  };
  const scalars = fields.scalar ?? SCALAR_FIELDS;
  const sets = fields.sets ?? SET_FIELDS;
  describe(name, () => {
    for (const field of SCALAR_FIELDS) {
      if (!(field in expected) || !scalars.includes(field)) continue;
      it(field, () => {
        expect(actual()[field], `${name}: ${field}`).toEqual(expected[field]);
      });
    }
    for (const field of SET_FIELDS) {
      if (!(field in expected) || !sets.includes(field)) continue;
      it(field, () => {
        const diff = diffField(field, expected, actual());
        expect(
          diff,
          `${name}: ${field} — missing: ${diff.missing.length}, extra: ${diff.extra.length}`,
        ).toEqual({
          missing: [],
          extra: [],
        });
      });
    }
  });
}
