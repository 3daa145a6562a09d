/**
 * Every `tests/fixtures/articles/<case>.txt` with a `<case>.expected.json` beside it, compared
 * field by field like the golden seeds. Fields absent from an expectation are not checked.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { type GoldArticle, toGoldJson } from "../../../src/extract/to-json.ts";
import { describeGoldCase } from "../../helpers/gold-compare.ts";

const fixturesDir = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../fixtures/articles");

const cases = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.slice(0, -".txt".length))
      .filter((name) => existsSync(path.join(fixturesDir, `${name}.expected.json`)))
      .sort()
  : [];

if (cases.length === 0) it.todo("add fixtures under tests/fixtures/articles");

for (const name of cases) {
  const expected = JSON.parse(
    readFileSync(path.join(fixturesDir, `${name}.expected.json`), "utf8"),
  ) as GoldArticle;
  const file = `${name}.txt`;
  describeGoldCase(name, expected, () =>
    toGoldJson(file, extractArticle(readFileSync(path.join(fixturesDir, file), "utf8"))),
  );
}
