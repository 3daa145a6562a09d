import { foldText } from "./normalize.ts";
import type { Lang } from "./types.ts";

// Letters that only Vietnamese uses among the two languages (tone marks, ă â đ ê ô ơ ư).
const VI_LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const OTHER = 0;
const LETTER = 1;
const VI_LETTER = 2;
// Char class by code for Latin and the Vietnamese block, so a sample is scanned in one pass.
const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x1f00);
  const mark = (from: number, to: number) => table.fill(LETTER, from, to + 1);
  mark(0x41, 0x5a);
  mark(0x61, 0x7a);
  mark(0xc0, 0x24f);
  mark(0x1e00, 0x1eff);
  table[0xd7] = OTHER;
  table[0xf7] = OTHER;
  for (const ch of VI_LETTERS + VI_LETTERS.toUpperCase()) table[ch.charCodeAt(0)] = VI_LETTER;
  return table;
})();

// Frequent function words, folded, for text typed without diacritics.
const VI_WORDS = new Set([
  "cua",
  "va",
  "cac",
  "nhung",
  "duoc",
  "trong",
  "voi",
  "cho",
  "la",
  "co",
  "nay",
  "mot",
  "da",
  "khong",
  "nguoi",
  "tai",
]);
const EN_WORDS = new Set([
  "the",
  "of",
  "and",
  "to",
  "in",
  "is",
  "for",
  "on",
  "with",
  "that",
  "by",
  "as",
  "at",
  "a",
]);

/** Characters looked at: the language of an article is clear from its first paragraphs. */
const SAMPLE = 1000;
/** Share of Vietnamese-only letters above which a text is Vietnamese (real prose is ~25%). */
const VI_LETTER_SHARE = 0.04;

const NON_WORD_RUN = /[^a-z0-9]+/;

/**
 * Guesses the language of a text, Vietnamese or English, from the share of Vietnamese letters,
 * falling back to counting function words when the text carries no diacritics. Defaults to
 * Vietnamese for empty text.
 */
export function detectLang(text: string): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let viLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = CLASS[sample.charCodeAt(i)] ?? OTHER;
    if (c !== OTHER) letters++;
    if (c === VI_LETTER) viLetters++;
  }
  if (letters === 0) return "vi";
  if (viLetters / letters >= VI_LETTER_SHARE) return "vi";
  let vi = 0;
  let en = 0;
  for (const word of foldText(sample).split(NON_WORD_RUN)) {
    if (VI_WORDS.has(word)) vi++;
    else if (EN_WORDS.has(word)) en++;
  }
  return vi > en ? "vi" : "en";
}
