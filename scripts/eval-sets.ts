/**
 * The evaluation sets: each a folder of article files with `<name>.expected.json` beside them (the
 * seeds keep theirs in tests/fixtures/seeds). Extracts every file and pairs it with its expected
 * object, for scripts/eval.ts and the tests that gate on the scores.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../src/extract/index.ts";
import { type GoldArticle, toGoldJson } from "../src/extract/to-json.ts";
import type { CaseResult } from "./eval-score.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Set name → where its texts and its expected objects are. */
export const EVAL_SETS = {
  seeds: { texts: path.join(ROOT, "seeds"), expected: path.join(ROOT, "tests/fixtures/seeds") },
  fixtures: {
    texts: path.join(ROOT, "tests/fixtures/articles"),
    expected: path.join(ROOT, "tests/fixtures/articles"),
  },
  "press-dev": {
    texts: path.join(ROOT, "tests/fixtures/press/dev"),
    expected: path.join(ROOT, "tests/fixtures/press/dev"),
  },
  "press-test": {
    texts: path.join(ROOT, "tests/fixtures/press/test"),
    expected: path.join(ROOT, "tests/fixtures/press/test"),
  },
} as const;
export type EvalSet = keyof typeof EVAL_SETS;

/**
 * Every annotated article of a set, extracted now. A set may also be a folder of its own
 * (`npm run eval -- path/to/batch`): a new batch of press scored before any rule sees it.
 */
export function loadCases(set: EvalSet | string): CaseResult[] {
  const { texts, expected } =
    set in EVAL_SETS ? EVAL_SETS[set as EvalSet] : { texts: path.resolve(set), expected: path.resolve(set) };
  if (!existsSync(expected)) return [];
  return readdirSync(expected)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const want = JSON.parse(readFileSync(path.join(expected, f), "utf8")) as GoldArticle;
      const file = want.file ?? `${f.slice(0, -".expected.json".length)}.txt`;
      const actual = toGoldJson(file, extractArticle(readFileSync(path.join(texts, file), "utf8")));
      return { name: file, lang: want.lang ?? actual.lang, expected: want, actual };
    });
}
