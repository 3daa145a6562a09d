/**
 * Pattern helpers: `anchoredWordMatches` must find exactly what `wordMatches` finds for the
 * meeting-name pattern (it only skips places where no match can start), on every seed and
 * fixture text, so that a lexicon change that breaks the first-word list fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { anchoredWordMatches, firstWords, wordMatches } from "../../../src/extract/fold-pattern.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import {
  MEETING_NAME,
  MEETING_NAME_AT,
  MEETING_NAME_STARTS,
  meetingNameMatches,
} from "../../../src/extract/meeting-names.ts";
import { createTextView } from "../../../src/extract/text-view.ts";

const repoRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const files = [
  path.join(repoRoot, "seeds"),
  path.join(repoRoot, "tests/fixtures/articles"),
  path.join(repoRoot, "tests/fixtures/press/dev"),
  path.join(repoRoot, "tests/fixtures/press/test"),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(dir, f)),
);

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);

describe("meetingNameMatches", () => {
  it("finds the same names and list openers as the whole pattern at each word start", () => {
    for (const file of files) {
      const view = createTextView(extractArticle(readFileSync(file, "utf8")).text);
      const whole = [...anchoredWordMatches(view.fold, MEETING_NAME_STARTS, MEETING_NAME_AT)].map((m) => [
        m.index,
        m[0],
        m[1] !== undefined,
      ]);
      const branched = [...meetingNameMatches(view.fold)].map((m) => [m.index, m.text, m.name]);
      expect(branched, file).toEqual(whole);
    }
  }, 60_000); // extracts every article file: seconds on a loaded machine
});

describe("anchoredWordMatches", () => {
  it("finds the same meeting names as a full scan in every seed and fixture", () => {
    let names = 0;
    for (const file of files) {
      const view = createTextView(extractArticle(readFileSync(file, "utf8")).text);
      const full = spans(wordMatches(view.fold, MEETING_NAME));
      names += full.length;
      expect(spans(anchoredWordMatches(view.fold, MEETING_NAME_STARTS, MEETING_NAME_AT)), file).toEqual(full);
    }
    expect(names).toBeGreaterThan(100);
  }, 60_000); // extracts every article file too

  it("skips a start inside a word and a start inside the previous match", () => {
    const starts = /ab|b/g;
    const sticky = /a?bc?/y;
    expect(spans(anchoredWordMatches("xab abc b", starts, sticky))).toEqual([
      [4, "abc"],
      [8, "b"],
    ]);
  });
});

describe("firstWords", () => {
  it("gives each fragment's first word once", () => {
    expect(firstWords(["hoi nghi", "hoi dam", "asean - gcc", "rcep"])).toEqual(["hoi", "asean", "rcep"]);
  });

  it("refuses a fragment that does not open with a plain word", () => {
    expect(() => firstWords(["(?:the )?asean"])).toThrow(/does not start with a word/);
  });
});
