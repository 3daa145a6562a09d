import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { parseArticle } from "../../../src/extract/parse.ts";
import {
  FINGERPRINT_SIZE,
  STORY_THRESHOLD,
  sameStory,
  storyFingerprint,
  storySimilarity,
} from "../../../src/extract/stories.ts";

const seedsDir = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => ({
    file,
    fingerprint: storyFingerprint(
      parseArticle(normalizeText(readFileSync(path.join(seedsDir, file), "utf8"))).body,
    ),
  }));

const pairs = seeds.flatMap((a, i) => seeds.slice(i + 1).map((b) => [a, b] as const));
// Seed 002 is another outlet's report of the afternoon seed 001 covers; no other pair is.
const SAME_STORY = new Set(["001|002"]);

describe("story fingerprints of the seeds", () => {
  it.each(pairs.map(([a, b]) => [a.file.slice(0, 3), b.file.slice(0, 3), a, b] as const))(
    "%s and %s",
    (ka, kb, a, b) => {
      const expected = SAME_STORY.has(`${ka}|${kb}`);
      const similarity = storySimilarity(a.fingerprint, b.fingerprint);
      expect(sameStory(a.fingerprint, b.fingerprint), `similarity ${similarity.toFixed(3)}`).toBe(expected);
      // A margin either side of the threshold, so the grouping does not hang on hash luck.
      if (expected) expect(similarity).toBeGreaterThanOrEqual(STORY_THRESHOLD + 0.1);
      else expect(similarity).toBeLessThanOrEqual(STORY_THRESHOLD - 0.1);
    },
  );
});

describe("storyFingerprint", () => {
  const text =
    "Các bộ trưởng ASEAN nhất trí tăng cường hợp tác kinh tế số, chuỗi cung ứng và chuyển đổi xanh trong khu vực.";

  it("is deterministic and has a fixed size", () => {
    const a = storyFingerprint(text);
    expect(a).toHaveLength(FINGERPRINT_SIZE);
    expect(storyFingerprint(text)).toEqual(a);
    expect(a.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it("ignores case, diacritics, tone placement and punctuation", () => {
    const variant = text.toUpperCase().replace(/,/g, " ;").normalize("NFD").replace(/\p{M}/gu, "");
    expect(storySimilarity(storyFingerprint(text), storyFingerprint(variant))).toBe(1);
    expect(
      storySimilarity(
        storyFingerprint("hoà bình và ổn định khu vực"),
        storyFingerprint("hòa bình và ổn định khu vực"),
      ),
    ).toBe(1);
  });

  it("depends on word order", () => {
    const reversed = text.split(" ").reverse().join(" ");
    expect(storySimilarity(storyFingerprint(text), storyFingerprint(reversed))).toBeLessThan(0.2);
  });

  it("makes an empty body similar to nothing, itself included", () => {
    const empty = storyFingerprint("");
    expect(storySimilarity(empty, empty)).toBe(0);
    expect(storySimilarity(empty, storyFingerprint(text))).toBe(0);
  });

  it("compares short texts too", () => {
    expect(storySimilarity(storyFingerprint("ASEAN họp"), storyFingerprint("ASEAN họp"))).toBe(1);
    expect(storySimilarity(storyFingerprint("ASEAN họp"), storyFingerprint("EU họp"))).toBeLessThan(
      STORY_THRESHOLD,
    );
  });
});
