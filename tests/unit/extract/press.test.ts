/**
 * The extractor on real press (tests/fixtures/press): the development part the rules are tuned on
 * and the test part they never are, each held to floors on F1 per field, so that a change that
 * loses real-press quality fails here. `npm run eval -- press-dev --details` shows what is missed.
 * The floors are the scores measured when they were set, rounded down; raise them as rules improve.
 */
import { describe, expect, it } from "vitest";
import { type Field, f1, personKey, scoreCases } from "../../../scripts/eval-score.ts";
import { type EvalSet, loadCases } from "../../../scripts/eval-sets.ts";

const FLOORS: Record<"press-dev" | "press-test", Partial<Record<Field, number>>> = {
  "press-dev": {
    meetings: 0.85,
    // 0.57 until batch r21 (never tuned on) joined: 0.569 with it; 0.60 since the place rules of
    // 1.8.31; 0.59 since batches r25 and r26 (year and place 0.32 and 0.52 on first reading) joined;
    // 0.58 since batch r33 (0.526 on first reading) joined: 0.5899.
    "meetings+year+location": 0.58,
    agreements: 0.96,
    countries: 0.99,
    // 0.97 until batch r20 (never tuned on) joined: 0.968 with it.
    people: 0.96,
  },
  "press-test": {
    meetings: 0.75,
    "meetings+year+location": 0.48,
    // 0.95 until batch r29 (never tuned on) joined: 0.948 with it (agreement names cut by the page's end).
    agreements: 0.94,
    countries: 0.99,
    people: 0.88,
  },
};

for (const set of Object.keys(FLOORS) as Array<keyof typeof FLOORS>) {
  describe(set, () => {
    const score = scoreCases(loadCases(set as EvalSet));

    it("has annotated articles in both languages", () => {
      expect(score.cases).toBeGreaterThanOrEqual(set === "press-dev" ? 550 : 182);
      expect(Object.keys(score.byLang).sort()).toEqual(["en", "vi"]);
    });

    for (const [field, floor] of Object.entries(FLOORS[set]) as Array<[Field, number]>) {
      it(`${field}: F1 >= ${floor}`, () => {
        expect(f1(score.fields[field]), `${set} ${field}`).toBeGreaterThanOrEqual(floor);
      });
    }
  });
}

describe("the scorer's person names", () => {
  it("treats case and syllable hyphens as one name, diacritics and order as different", () => {
    expect(personKey("Lee Jae Myung")).toBe(personKey("Lee Jae-myung"));
    expect(personKey("Phạm Minh Chính")).not.toBe(personKey("Pham Minh Chinh"));
    expect(personKey("Shinzo Abe")).not.toBe(personKey("Abe Shinzo"));
  });
});
