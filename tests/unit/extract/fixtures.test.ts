/**
 * Every `tests/fixtures/articles/<case>.txt` with a `<case>.expected.json` beside it.
 *
 * A quality gate, not a demand for perfection: header fields and the catalog-like lists
 * (countries, agreements, people) must match each fixture exactly, while meetings and figures,
 * where rules legitimately miss now and then, are scored over all fixtures together
 * (micro-averaged precision, recall and F1) against floors. A one-line scorecard is printed;
 * a score below its floor fails with every fixture's missing and extra entries.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { type GoldArticle, toGoldJson } from "../../../src/extract/to-json.ts";
import {
  describeGoldCase,
  looseMeetingTuple,
  SCALAR_FIELDS,
  Score,
  type SetField,
  tuplesOf,
} from "../../helpers/gold-compare.ts";

const fixturesDir = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../fixtures/articles");

const names = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.slice(0, -".txt".length))
      .filter((name) => existsSync(path.join(fixturesDir, `${name}.expected.json`)))
      .sort()
  : [];

interface Case {
  name: string;
  expected: GoldArticle;
  actual: () => GoldArticle;
}

const cases: Case[] = names.map((name) => {
  const expected = JSON.parse(
    readFileSync(path.join(fixturesDir, `${name}.expected.json`), "utf8"),
  ) as GoldArticle;
  let cached: GoldArticle | undefined;
  const actual = () => {
    const file = `${name}.txt`;
    cached ??= toGoldJson(file, extractArticle(readFileSync(path.join(fixturesDir, file), "utf8")));
    return cached;
  };
  return { name, expected, actual };
});

/** Fields every fixture must match exactly. */
const EXACT_SETS: readonly SetField[] = ["countries", "agreements", "people"];

/** Scored fields: how a case becomes tuples, and the F1 the fixtures together must reach. */
interface Scored {
  label: string;
  field: SetField;
  floor: number;
  tuples: (a: GoldArticle) => string[];
}

const scored = (field: SetField, floor: number): Scored => ({
  label: field,
  field,
  floor,
  tuples: (a) => tuplesOf(field, a),
});

const SCORED: readonly Scored[] = [
  scored("meetings", 0.95),
  {
    label: "meetings (series, partner, number)",
    field: "meetings",
    floor: 0.97,
    tuples: (a) => (a.meetings ?? []).map(looseMeetingTuple),
  },
  scored("figures", 0.85),
  // Catalog-like lists: exact per fixture above, and scored too so the scorecard shows them.
  scored("countries", 0.95),
  scored("agreements", 0.95),
  scored("people", 0.95),
];

if (cases.length === 0) it.todo("add fixtures under tests/fixtures/articles");

for (const c of cases) {
  describeGoldCase(c.name, c.expected, c.actual, { scalar: SCALAR_FIELDS, sets: EXACT_SETS });
}

describe.runIf(cases.length > 0)("fixture scores (micro-averaged over all fixtures)", () => {
  // Scored lazily and once, so an extractor crash fails the tests rather than the collection.
  const scores = new Map<Scored, Score>();
  const scoreOf = (spec: Scored) => {
    let score = scores.get(spec);
    if (!score) {
      score = new Score();
      for (const c of cases) {
        if (spec.field in c.expected) score.add(c.name, spec.tuples(c.expected), spec.tuples(c.actual()));
      }
      scores.set(spec, score);
    }
    return score;
  };

  it("prints a scorecard", () => {
    const line = SCORED.map((s) => `${s.label} F1 ${scoreOf(s).f1.toFixed(3)}`).join(" | ");
    console.log(`fixtures (${cases.length}): ${line}`);
    expect(scores.size).toBe(SCORED.length);
  });

  for (const spec of SCORED) {
    it(`${spec.label}: F1 >= ${spec.floor}`, () => {
      const score = scoreOf(spec);
      if (score.f1 < spec.floor) console.log(`${spec.label}: ${score.summary()}\n${score.details()}`);
      expect(score.f1, `${spec.label}: ${score.summary()}\n${score.details()}`).toBeGreaterThanOrEqual(
        spec.floor,
      );
    });
  }
});
