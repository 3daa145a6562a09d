/**
 * The five seed articles against their expected extraction (tests/fixtures/seeds/), field by field.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { type GoldArticle, toGoldJson } from "../../../src/extract/to-json.ts";
import { describeGoldCase } from "../../helpers/gold-compare.ts";
import { SEED_GOLD } from "../../helpers/seed-gold.ts";

const repoRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const seedsDir = path.join(repoRoot, "seeds");
const gold = SEED_GOLD as GoldArticle[];

describe("golden seeds", () => {
  it("has a golden object for every seed file and a seed file for every golden object", () => {
    const seeds = readdirSync(seedsDir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    expect(gold.map((g) => g.file).sort()).toEqual(seeds);
  });
});

for (const expected of gold) {
  describeGoldCase(expected.file, expected, () =>
    toGoldJson(expected.file, extractArticle(readFileSync(path.join(seedsDir, expected.file), "utf8"))),
  );
}
