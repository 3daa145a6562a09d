import { ErrorCode } from "../errors.ts";
import { foldText, normalizeText } from "../extract/normalize.ts";

/** Longest accepted search text, in characters (after trimming). */
export const MAX_QUERY_LENGTH = 200;

/** A search input the caller must fix (empty, too long, no words, bad cursor or page size). */
export class SearchInputError extends Error {
  override name = "SearchInputError";
  readonly code = ErrorCode.BAD_USER_INPUT;
}

/** Most words a search uses; later words are left out (a pasted headline is found by its first 16). */
export const MAX_WORDS = 16;
/** Most quoted phrases a search uses; later quotes are read as plain words. */
export const MAX_PHRASES = 4;

/** A word typed with diacritics, and the same word with the other tone placement (or as is). */
export type MarkedWord = [typed: string, otherPlacement: string];

/**
 * A part of the search text that may name an entity: a quoted phrase, or the whole text when it
 * has no quotes. The database decides whether it names one (search-sql.ts); if not, the words of
 * a quoted part must stand side by side and those of the unquoted whole text anywhere.
 */
export interface QueryPart {
  /** As typed (NFC, spaces collapsed), without its quotes. */
  text: string;
  quoted: boolean;
  /** Its words that carry diacritics. */
  marked: MarkedWord[];
}

/** A search text taken apart once, for the SQL and for the snippets. */
export interface ParsedQuery {
  /** The text as searched: NFC, odd spaces folded, runs of spaces collapsed, trimmed, cut after {@link MAX_WORDS} words. */
  text: string;
  /** Its words, as typed (diacritics kept), quoted or not. */
  words: string[];
  /** Its words folded (lower case, no diacritics). */
  folded: string[];
  /** The words that carry diacritics: an exact match of these ranks above a folded-only one. */
  marked: string[];
  /** Each marked word with its tone mark in the other accepted place (`hòa` ↔ `hoà`), or as is. */
  markedAlt: string[];
  /** The quoted phrases, or the whole text as one unquoted part when it has no quotes. */
  parts: QueryPart[];
  /** The words outside quotes when there are quotes (each required, anywhere), as typed. */
  loose: string[];
  /** Those of them that carry diacritics. */
  looseMarked: MarkedWord[];
}

// Hyphens, underscores and dashes separate words, as in the database's seedgraph_fold().
const SEPARATORS = /[\s\-_‐‑–—]+/u;
// Punctuation around a word (`(AEM)`, `"Mỹ",`) is not part of it; inside (`3.0`) it is.
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Straight, curly and angle quotes open and close a phrase, in any combination.
const QUOTE = /["“”„«»]/u;

/** The words of a text as search reads them: split at spaces and dashes, punctuation around each left out. */
export function splitWords(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((w) => w.replace(EDGE_PUNCTUATION, ""))
    .filter((w) => w.length > 0);
}

function markedWords(words: readonly string[]): MarkedWord[] {
  return words.filter((w) => foldText(w) !== w.toLowerCase()).map((w) => [w, otherTonePlacement(w)]);
}

interface Segment {
  text: string;
  quoted: boolean;
  words: string[];
}

// The text cut at quote marks (a quote left open runs to the end), each piece with its words,
// keeping the first MAX_WORDS words; quotes past MAX_PHRASES are plain text.
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let budget = MAX_WORDS;
  let quoted = false;
  let phrases = 0;
  for (const piece of text.split(QUOTE)) {
    const inQuotes = quoted && phrases < MAX_PHRASES;
    if (quoted) phrases++;
    quoted = !quoted;
    let words = splitWords(piece);
    if (words.length === 0 || budget === 0) continue;
    let kept = piece.trim();
    if (words.length > budget) {
      words = words.slice(0, budget);
      kept = cutAfterWords(kept, budget);
    }
    budget -= words.length;
    const last = out.at(-1);
    // Unquoted pieces side by side (around a quote past the limit) are one piece.
    if (!inQuotes && last && !last.quoted) {
      last.text = `${last.text} ${kept}`;
      last.words.push(...words);
    } else out.push({ text: kept, quoted: inQuotes, words });
  }
  return out;
}

// `text` up to the end of its n-th word (words as splitWords counts them).
function cutAfterWords(text: string, n: number): string {
  const word = /[^\s\-_‐‑–—]+/gu;
  let seen = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (m[0].replace(EDGE_PUNCTUATION, "").length > 0 && ++seen === n)
      return text.slice(0, m.index + m[0].length);
  }
  return text;
}

/**
 * Validates and splits a search text. Throws {@link SearchInputError} when it is empty, longer
 * than {@link MAX_QUERY_LENGTH} characters, or has no letter or digit to search for.
 */
export function parseQuery(raw: string): ParsedQuery {
  const whole = normalizeText(raw).replace(/\s+/g, " ").trim();
  if (whole.length === 0) throw new SearchInputError("the search text is empty");
  if ([...whole].length > MAX_QUERY_LENGTH) {
    throw new SearchInputError(`the search text is longer than ${MAX_QUERY_LENGTH} characters`);
  }
  const pieces = segments(whole);
  const words = pieces.flatMap((p) => p.words);
  if (words.length === 0) throw new SearchInputError("the search text has no word to search for");
  const quoted = pieces.some((p) => p.quoted);
  const text = quoted
    ? pieces.map((p) => (p.quoted ? `"${p.text}"` : p.text)).join(" ")
    : (pieces[0]?.text ?? "");
  const folded = words.map((w) => foldText(w));
  const marked = words.filter((w, i) => folded[i] !== w.toLowerCase());
  const loose = quoted ? pieces.filter((p) => !p.quoted).flatMap((p) => p.words) : [];
  return {
    text,
    words,
    folded,
    marked,
    markedAlt: marked.map(otherTonePlacement),
    parts: pieces
      .filter((p) => p.quoted || !quoted)
      .map((p) => ({ text: p.text, quoted: p.quoted, marked: markedWords(p.words) })),
    loose,
    looseMarked: markedWords(loose),
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
