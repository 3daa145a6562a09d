import { ErrorCode } from "../errors.ts";
import { foldText, normalizeText } from "../extract/normalize.ts";

/** Longest accepted search text, in characters (after trimming). */
export const MAX_QUERY_LENGTH = 200;

/** A search input the caller must fix (empty, too long, no words, bad cursor or page size). */
export class SearchInputError extends Error {
  override name = "SearchInputError";
  readonly code = ErrorCode.BAD_USER_INPUT;
}

/** A search text taken apart once, for the SQL and for the snippets. */
export interface ParsedQuery {
  /** The text as searched: NFC, odd spaces folded, runs of spaces collapsed, trimmed. */
  text: string;
  /** Its words, as typed (diacritics kept). */
  words: string[];
  /** Its words folded (lower case, no diacritics): what snippets highlight. */
  folded: string[];
  /** The words that carry diacritics: an exact match of these ranks above a folded-only one. */
  marked: string[];
  /** Each marked word with its tone mark in the other accepted place (`hòa` ↔ `hoà`), or as is. */
  markedAlt: string[];
  /** Neighbouring word pairs (`"bộ trưởng"`), for the proximity bonus. */
  pairs: string[];
}

// Hyphens, underscores and dashes separate words, as in the database's seedgraph_fold().
const SEPARATORS = /[\s\-_‐‑–—]+/u;
// Punctuation around a word (`(AEM)`, `"Mỹ",`) is not part of it; inside (`3.0`) it is.
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Validates and splits a search text. Throws {@link SearchInputError} when it is empty, longer
 * than {@link MAX_QUERY_LENGTH} characters, or has no letter or digit to search for.
 */
export function parseQuery(raw: string): ParsedQuery {
  const text = normalizeText(raw).replace(/\s+/g, " ").trim();
  if (text.length === 0) throw new SearchInputError("the search text is empty");
  if ([...text].length > MAX_QUERY_LENGTH) {
    throw new SearchInputError(`the search text is longer than ${MAX_QUERY_LENGTH} characters`);
  }
  const words = text
    .split(SEPARATORS)
    .map((w) => w.replace(EDGE_PUNCTUATION, ""))
    .filter((w) => w.length > 0);
  if (words.length === 0) throw new SearchInputError("the search text has no word to search for");
  const folded = words.map((w) => foldText(w));
  const marked = words.filter((w, i) => folded[i] !== w.toLowerCase());
  return {
    text,
    words,
    folded,
    marked,
    markedAlt: marked.map(otherTonePlacement),
    pairs: words.slice(1).map((w, i) => `${words[i]} ${w}`),
  };
}

// A tone mark (grave, acute, tilde, hook, dot below) in decomposed form.
const TONE = "[\u0300\u0301\u0303\u0309\u0323]";
const TONE_MOVES: [RegExp, string][] = [
  [new RegExp(`([oO])(${TONE})([aAeE])$`), "$1$3$2"], // hòa → hoà
  [new RegExp(`([oO])([aAeE])(${TONE})$`), "$1$3$2"], // hoà → hòa
  [new RegExp(`(^|[^qQ])([uU])(${TONE})([yY])$`), "$1$2$4$3"], // thủy → thuỷ (not quý)
  [new RegExp(`(^|[^qQ])([uU])([yY])(${TONE})$`), "$1$2$4$3"], // thuỷ → thủy
];

/**
 * The same syllable with its tone mark on the other vowel of an open `oa`/`oe`/`uy` ending, the
 * two placements Vietnamese writing uses (`hòa` ↔ `hoà`, `thủy` ↔ `thuỷ`); other words unchanged.
 */
export function otherTonePlacement(word: string): string {
  const nfd = word.normalize("NFD");
  for (const [pattern, swap] of TONE_MOVES) {
    if (pattern.test(nfd)) return nfd.replace(pattern, swap).normalize("NFC");
  }
  return word;
}
