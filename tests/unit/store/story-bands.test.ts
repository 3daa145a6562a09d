import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../bench/random.ts";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { parseArticle } from "../../../src/extract/parse.ts";
import {
  FINGERPRINT_SIZE,
  STORY_THRESHOLD,
  storyFingerprint,
  storySimilarity,
} from "../../../src/extract/stories.ts";
import { toStoredFingerprint } from "../../../src/store/facts.ts";
import { STORY_BAND_ROWS, STORY_BANDS, storyBandKeys } from "../../../src/store/story-bands.ts";

const seedsDir = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) =>
    storyFingerprint(parseArticle(normalizeText(readFileSync(path.join(seedsDir, file), "utf8"))).body),
  );

const sharesBand = (a: readonly number[], b: readonly number[]) => {
  const kb = storyBandKeys(b);
  return storyBandKeys(a).some((k, band) => kb[band] === k);
};

describe("storyBandKeys", () => {
  it("packs each band's two bins into one signed 64-bit key, the first bin high", () => {
    const fp = Array.from({ length: FINGERPRINT_SIZE }, (_, i) => i + 1);
    fp[2] = 0xffffffff; // band 1 starts with a bin whose stored (signed) form is -1
    fp[3] = 0x80000000;
    const keys = storyBandKeys(fp);
    expect(keys).toHaveLength(STORY_BANDS);
    expect(STORY_BANDS * STORY_BAND_ROWS).toBe(FINGERPRINT_SIZE);
    expect(keys[0]).toBe((1n << 32n) | 2n);
    expect(keys[1]).toBe(-(1n << 32n) | 0x80000000n);
    expect(keys[63]).toBe((127n << 32n) | 128n);
    // Unsigned (extracted) and signed (stored) fingerprints give the same keys.
    expect(storyBandKeys(toStoredFingerprint(fp))).toEqual(keys);
  });

  it("gives an empty fingerprint no keys: it is similar to nothing", () => {
    expect(storyBandKeys(storyFingerprint(""))).toEqual([]);
    expect(storyBandKeys(toStoredFingerprint(storyFingerprint("")))).toEqual([]);
  });

  it("makes the seeds 001 and 002 candidates of each other", () => {
    const [, s001, s002] = seeds as [number[], number[], number[]];
    expect(storySimilarity(s001, s002)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(sharesBand(s001, s002)).toBe(true);
  });

  it("finds a pair at the threshold (32 of 128 bins agreeing) more than 99% of the time", () => {
    // Two fingerprints agreeing in exactly 32 bins chosen at random share a band with probability
    // 1 − C(64,32)·2³²/C(128,32) ≈ 0.9947; 4,000 trials estimate it within ±0.4% (3 sigma).
    const next = mulberry32(0x5eed);
    const trials = 4000;
    let found = 0;
    for (let t = 0; t < trials; t++) {
      const a = Array.from({ length: FINGERPRINT_SIZE }, () => Math.floor(next() * 2 ** 25));
      const b = a.map((v) => v + 1);
      const bins = [...a.keys()];
      for (let i = 0; i < 32; i++) {
        const j = i + Math.floor(next() * (bins.length - i));
        [bins[i], bins[j]] = [bins[j] as number, bins[i] as number];
        b[bins[i] as number] = a[bins[i] as number] as number;
      }
      expect(storySimilarity(a, b)).toBe(STORY_THRESHOLD);
      if (sharesBand(a, b)) found++;
    }
    expect(found / trials).toBeGreaterThan(0.99);
  });
});
