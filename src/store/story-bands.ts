import { FINGERPRINT_SIZE } from "../extract/stories.ts";

/**
 * Locality-sensitive hashing of story fingerprints (banding). The 128 bins are cut into
 * {@link STORY_BANDS} bands of {@link STORY_BAND_ROWS} adjacent bins; two articles become
 * candidates for one story when all bins of at least one band agree, and only candidates get the
 * exact similarity check.
 *
 * Why 64 bands of 2: the story threshold (0.25) is low, so bands must be short. Two articles whose
 * fingerprints agree in exactly 32 of 128 bins (similarity 0.25, the threshold itself) share no
 * complete band with probability C(64,32)·2³² / C(128,32) ≈ 0.53%, so they are found 99.47% of the
 * time; at 36 agreeing bins (0.28) 99.91%, at 40 (0.31) 99.99%, at 48 (0.375) 1 − 3·10⁻⁷, and the
 * seeds 001/002 (about 0.47, 60 bins) 1 − 4·10⁻¹⁴. Seen from the underlying Jaccard similarity J
 * instead (bins agreeing independently with probability J): 1 − (1 − J²)⁶⁴, 98.4% at J = 0.25.
 * Bands of 3 would find a pair at 0.25 only about half the time. The cost is candidates among
 * unrelated articles on the same beat (J ≈ 0.05: 15% of them), each checked exactly in SQL.
 *
 * The packing is repeated in SQL by the migration that backfilled existing articles
 * (prisma/migrations/20261122050000_story_bands): keep both in step.
 */
export const STORY_BANDS = 64;
/** Bins per band. */
export const STORY_BAND_ROWS = 2;

if (STORY_BANDS * STORY_BAND_ROWS !== FINGERPRINT_SIZE)
  throw new Error("story bands must cover the fingerprint");

/**
 * The band keys of a fingerprint (stored or unsigned values alike): for band b, bin 2b in the high
 * 32 bits and bin 2b+1 in the low 32 bits, as a signed 64-bit value. An empty fingerprint (first
 * bin 0xffffffff) is similar to nothing and has no keys.
 */
export function storyBandKeys(fingerprint: readonly number[]): bigint[] {
  if (fingerprint.length !== FINGERPRINT_SIZE || ((fingerprint[0] as number) | 0) === -1) return [];
  const keys: bigint[] = [];
  for (let b = 0; b < STORY_BANDS; b++) {
    const high = BigInt((fingerprint[2 * b] as number) | 0);
    const low = BigInt((fingerprint[2 * b + 1] as number) >>> 0);
    keys.push(BigInt.asIntN(64, (high << 32n) | low));
  }
  return keys;
}
