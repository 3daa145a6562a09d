/**
 * Near-duplicate detection: two outlets covering the same event reuse whole runs of wording
 * (agency copy, ministry press releases). A MinHash signature over word 3-shingles estimates
 * the Jaccard similarity of two articles' shingle sets from 128 numbers per article, so a store
 * can compare a new article with every stored one without re-reading their texts.
 */

/** Number of values (bins) in a signature. */
export const FINGERPRINT_SIZE = 128;

/**
 * Estimated Jaccard similarity at or above which two articles are one story. Two outlets'
 * reports of one press release share roughly 30–60% of their 3-shingles (seeds 001/002: ~0.47);
 * articles on the same beat but another event (same ministers, same meeting names) stay under
 * ~0.08, so the threshold sits well clear of both.
 */
export const STORY_THRESHOLD = 0.25;

const SHINGLE = 3;
const EMPTY = 0xffffffff;
// One-permutation hashing: the top 7 bits of a shingle hash pick one of 128 bins, the low 25
// bits are the value whose minimum the bin keeps. One pass over the shingles instead of 128.
const BIN_SHIFT = 25;
const VALUE_MASK = (1 << BIN_SHIFT) - 1;

// Char code → folded letter code (lower case, no diacritics, đ → d), 0 for separators, for
// Latin with its extensions and the Vietnamese block. The signature only needs to be stable, so
// this avoids building folded strings for every article.
const LATIN_END = 0x250;
const VIET_START = 0x1e00;
const VIET_END = 0x1f00;
const COMBINING_MARKS = /\p{M}+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FOLD_CODE: Uint16Array = (() => {
  const table = new Uint16Array(VIET_END);
  const fill = (from: number, to: number) => {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      const base =
        ch === "đ" || ch === "Đ" ? "d" : ch.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
      table[c] = base.length === 1 && LETTER_OR_DIGIT.test(base) ? base.charCodeAt(0) : 0;
    }
  };
  fill(0, LATIN_END);
  fill(VIET_START, VIET_END);
  return table;
})();

function foldCode(c: number): number {
  if (c < LATIN_END || (c >= VIET_START && c < VIET_END)) return FOLD_CODE[c] as number;
  // General and CJK punctuation (quotes, dashes) separate words; other scripts count as letters.
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) ? 0 : c;
}

// foldCode for every UTF-16 unit, so that the per-character loop is one lookup.
const FOLD_ALL: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = foldCode(c);
  return table;
})();

/** MurmurHash3's finaliser: a bijective 32-bit mix. */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a hashes of the body's folded words, in order (a typed array: no per-word allocation). */
function wordHashes(body: string): Uint32Array {
  // A word takes at least one character and one separator, except the last.
  const out = new Uint32Array((body.length >> 1) + 1);
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < body.length; i++) {
    const c = FOLD_ALL[body.charCodeAt(i)] as number;
    if (c !== 0) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out[n++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h >>> 0;
  return out.subarray(0, n);
}

/** Calls `each` with the hash of every word 3-shingle of the body (one shingle for a shorter body). */
function forEachShingle(body: string, each: (hash: number) => void): void {
  const hashes = wordHashes(body);
  if (hashes.length > 0 && hashes.length < SHINGLE) each(mix(hashes.reduce((a, b) => a ^ b, 0)));
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    const a = hashes[i] as number;
    const b = hashes[i + 1] as number;
    const c = hashes[i + 2] as number;
    // Distinct odd multipliers keep the shingle hash order-sensitive ("a b c" ≠ "c b a").
    each(mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ c));
  }
}

/** Hashes of the body's word 3-shingles (a single shingle for a shorter body). */
export function shingleHashes(body: string): Set<number> {
  const out = new Set<number>();
  forEachShingle(body, (h) => out.add(h));
  return out;
}

/**
 * Fills empty bins from the nearest non-empty bin to the right, offset by the distance, so that
 * short texts still compare bin by bin (rotation densification).
 */
function densify(signature: number[]): void {
  const filled = signature.slice();
  const n = signature.length;
  if (filled.every((v) => v === EMPTY)) return;
  for (let i = 0; i < n; i++) {
    if (filled[i] !== EMPTY) continue;
    let j = i;
    let distance = 0;
    do {
      j = (j + 1) % n;
      distance++;
    } while (filled[j] === EMPTY);
    signature[i] = ((filled[j] as number) + distance * (VALUE_MASK + 1)) >>> 0;
  }
}

/**
 * MinHash signature of an article body: {@link FINGERPRINT_SIZE} unsigned 32-bit values over
 * the body's word 3-shingles (case, diacritics and punctuation folded away). Deterministic.
 * A body without words gets a signature of 0xffffffff that matches nothing.
 */
export function storyFingerprint(body: string): number[] {
  const signature = new Array<number>(FINGERPRINT_SIZE).fill(EMPTY);
  // A bin keeps a minimum, so a shingle seen twice changes nothing: no set of shingles needed.
  forEachShingle(body, (h) => {
    const bin = h >>> BIN_SHIFT;
    const value = h & VALUE_MASK;
    if (value < (signature[bin] as number)) signature[bin] = value;
  });
  densify(signature);
  return signature;
}

/**
 * Estimated Jaccard similarity (0..1) of the shingle sets behind two fingerprints: the share of
 * bins where they agree. Empty-body fingerprints are similar to nothing.
 */
export function storySimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0 || a[0] === EMPTY || b[0] === EMPTY) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
  }
  return same / n;
}

/** Whether two fingerprints belong to one story (similarity at or above {@link STORY_THRESHOLD}). */
export function sameStory(a: readonly number[], b: readonly number[]): boolean {
  return storySimilarity(a, b) >= STORY_THRESHOLD;
}
