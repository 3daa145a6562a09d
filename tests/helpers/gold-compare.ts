/**
 * Field-by-field comparison of an extraction (in the printed JSON shape, see to-json.ts) with a
 * golden object: one test per field, and for list fields a failure that names exactly which
 * entries are missing and which are extra.
 */
import { describe, expect, it } from "vitest";
import type { GoldArticle, GoldFigure, GoldMeeting, GoldPerson } from "../../src/extract/to-json.ts";

/** Scalar fields compared for equality. */
export const SCALAR_FIELDS = ["title", "published", "source", "url", "lang"] as const;
/** List fields compared as sets of tuples. */
export const SET_FIELDS = ["meetings", "agreements", "countries", "people", "figures"] as const;

type SetField = (typeof SET_FIELDS)[number];

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

export interface SetDiff {
  missing: string[];
  extra: string[];
}

/** Entries of `expected` absent from `actual` and vice versa, as tuple strings. */
export function diffField<F extends SetField>(field: F, expected: GoldArticle, actual: GoldArticle): SetDiff {
  const tuple = TUPLES[field] as (entry: unknown) => string;
  const want = new Set((expected[field] as unknown[]).map(tuple));
  const got = new Set(((actual[field] ?? []) as unknown[]).map(tuple));
  return {
    missing: [...want].filter((t) => !got.has(t)).sort(),
    extra: [...got].filter((t) => !want.has(t)).sort(),
  };
}

/**
 * Registers one `describe` for a case with one `it` per field that `expected` holds. `extract`
 * runs once, lazily, so a crash shows up in every field's test rather than at collection.
 */
export function describeGoldCase(name: string, expected: GoldArticle, extract: () => GoldArticle): void {
  let cached: GoldArticle | undefined;
  const actual = () => {
    cached ??= extract();
    return cached;
  };
  describe(name, () => {
    for (const field of SCALAR_FIELDS) {
      if (!(field in expected)) continue;
      it(field, () => {
        expect(actual()[field], `${name}: ${field}`).toEqual(expected[field]);
      });
    }
    for (const field of SET_FIELDS) {
      if (!(field in expected)) continue;
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
