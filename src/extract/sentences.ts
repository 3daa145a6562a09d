import { execAll } from "./lexicon-regex.ts";

/** A span of text: `start` inclusive, `end` exclusive, both UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace
// and an upper-case letter, digit or opening quote, or at a line break; not at the full stop of a
// title before a name (`H.E. Jurin Laksanawisit`, `Mr. Agus …`, `Dr. Siri …`, `TS. …`), which
// would cut the name from what the sentence says of it (the relations read both together).
const TITLE_BEFORE_NAME =
  "(?<!(?<![\\p{L}.])(?:Mr|Mrs|Ms|Mdm|Dr|Prof|H\\.E|Sen|Gen|Amb|Hon|Capt|Col|Lt|TS|ThS|PGS|GS|Ông|Bà|U\\.S|U\\.K|\\p{Lu}))";
const BOUNDARY = new RegExp(`${TITLE_BEFORE_NAME}[.!?…]+["'”’)\\]]*(?=\\s+["“‘(]?[\\p{Lu}\\d])|\\n+`, "gu");
const WHITESPACE = /\s/;

/**
 * Longest sentence span, in UTF-16 units. Extractors look at a fact's whole sentence (the date,
 * place or cue governing it), so a text with no full stop — one sentence of two megabytes — made
 * each fact cost the whole text: quadratic time. A longer run of text is cut into pieces of at
 * most this length at a space (the longest sentence of the seeds and fixtures is 485).
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Splits a text into sentence spans (trimmed, never empty, at most MAX_SENTENCE_CHARS each). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && WHITESPACE.test(text[s] as string)) s++;
    while (e > s && WHITESPACE.test(text[e - 1] as string)) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(text, s);
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && WHITESPACE.test(text[s] as string)) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of execAll(BOUNDARY, text)) {
    const end = m.index + (m[0].startsWith("\n") ? 0 : m[0].length);
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

/**
 * Where to end a piece of an over-long sentence starting at `s`: after the last space in its
 * second half, else at the limit itself (never between the two halves of a surrogate pair).
 */
function cutPoint(text: string, s: number): number {
  const limit = s + MAX_SENTENCE_CHARS;
  for (let i = limit; i > s + MAX_SENTENCE_CHARS / 2; i--)
    if (WHITESPACE.test(text[i] as string)) return trimEnd(text, s, i);
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function trimEnd(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && WHITESPACE.test(text[end - 1] as string)) end--;
  return end;
}

/** Finds sentences by offset in O(log n). Build once per text. */
export class SentenceIndex {
  readonly spans: Span[];
  constructor(readonly text: string) {
    this.spans = splitSentences(text);
  }

  /** The sentence containing `offset` (or the nearest one before it). */
  at(offset: number): Span {
    const spans = this.spans;
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((spans[mid] as Span).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return spans[lo] ?? { start: 0, end: this.text.length };
  }

  /** The sentence text containing `offset`. */
  sentenceAt(offset: number): string {
    const s = this.at(offset);
    return this.text.slice(s.start, s.end);
  }
}
