/** A span of text: `start` inclusive, `end` exclusive, both UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace
// and an upper-case letter, digit or opening quote, or at a line break. Abbreviations such as
// "TP." or "U.S." are rare in this press and a short split there costs little.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["“‘(]?[\p{Lu}\d])|\n+/gu;

/** Splits a text into sentence spans (trimmed, never empty). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + (m[0].startsWith("\n") ? 0 : m[0].length);
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
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
