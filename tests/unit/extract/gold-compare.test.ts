/**
 * The scoring behind the fixture quality gate: it must be able to fail, so its arithmetic is
 * checked here on small hand-made cases.
 */
import { describe, expect, it } from "vitest";
import { diffTuples, looseMeetingTuple, Score } from "../../helpers/gold-compare.ts";

describe("diffTuples", () => {
  it("counts a tuple expected twice and found once as one missing entry", () => {
    expect(diffTuples(["a", "a", "b"], ["a", "c"])).toEqual({ missing: ["a", "b"], extra: ["c"] });
  });

  it("finds nothing missing or extra in equal multisets in any order", () => {
    expect(diffTuples(["b", "a", "a"], ["a", "b", "a"])).toEqual({ missing: [], extra: [] });
  });
});

describe("Score", () => {
  it("micro-averages precision, recall and F1 over cases and keeps each case's misses", () => {
    const score = new Score();
    score.add("one", ["a", "b", "c", "d"], ["a", "b", "c", "x"]);
    score.add("two", ["e"], ["e"]);
    expect([score.truePositives, score.predicted, score.expected]).toEqual([4, 5, 5]);
    expect(score.f1).toBeCloseTo(0.8);
    expect(score.misses.map((m) => m.name)).toEqual(["one"]);
    expect(score.details()).toContain("- missing d");
    expect(score.summary()).toBe("P 0.800 R 0.800 F1 0.800 (4/5/5)");
  });

  it("scores empty expectations and predictions as perfect, and predictions of nothing as zero", () => {
    expect(new Score().f1).toBe(1);
    const none = new Score();
    none.add("case", ["a"], []);
    expect(none.f1).toBe(0);
  });
});

describe("looseMeetingTuple", () => {
  it("keeps series, partner and edition only", () => {
    const m = {
      series: "AMM",
      partner: null,
      level: "foreign_ministers",
      number: 58,
      year: 2025,
      date: "2025-07-08",
      location: "Kuala Lumpur",
    };
    expect(looseMeetingTuple(m)).toBe(
      looseMeetingTuple({ ...m, level: "other", date: null, location: null }),
    );
    expect(looseMeetingTuple(m)).not.toBe(looseMeetingTuple({ ...m, number: 57 }));
  });
});
