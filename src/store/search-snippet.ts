import { canonicalTones, foldText } from "../extract/normalize.ts";

/** Opening and closing marks around a matched word in a snippet. */
export const HIGHLIGHT_OPEN = "«";
export const HIGHLIGHT_CLOSE = "»";

/** Longest snippet, in characters, before the ellipses. */
export const SNIPPET_LENGTH = 160;

interface Span {
  start: number;
  end: number;
  term: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Context kept before the first match of the window.
const LEAD = Math.floor(SNIPPET_LENGTH / 5);
// What may stand between the words of a phrase term (as between the words of a search).
const BETWEEN_WORDS = "[\\s\\-_‐‑–—]+";
const UPPER = /\p{Lu}/u;
/** Marks a term to be matched with its diacritics, in any case (see {@link writtenForm}). */
export const AS_WRITTEN = "=";

/**
 * A text in lower case with its diacritics, tone marks placed as most press places them (`Hoà`
 * → `hòa`), one character per character so offsets carry over: the form an {@link AS_WRITTEN}
 * term is compared with.
 */
export function writtenForm(text: string): string {
  let lower = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    lower += l.length === ch.length ? l : ch;
  }
  return canonicalTones(lower);
}

// A text in the three forms terms are matched in.
interface Forms {
  text: string;
  folded: string;
  written: string | null;
}

function forms(text: string): Forms {
  return { text, folded: foldText(text), written: null };
}

function termPattern(words: string): RegExp {
  const escaped = words.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join(BETWEEN_WORDS), "gu");
}

// Whole-word occurrences of the terms: a folded term (`hoa ky`) in the folded text, a term with a
// capital letter (`US`) exactly as written, an AS_WRITTEN term (`=hoa kỳ`) in the written form —
// all with the original's offsets. A term of several words matches them with spaces or dashes
// between.
function findSpans(f: Forms, terms: readonly string[]): Span[] {
  const spans: Span[] = [];
  terms.forEach((term, index) => {
    let target = f.folded;
    let words = term;
    if (term.startsWith(AS_WRITTEN)) {
      f.written ??= writtenForm(f.text);
      target = f.written;
      words = term.slice(AS_WRITTEN.length);
    } else if (UPPER.test(term)) target = f.text;
    if (words.length === 0) return;
    const pattern = termPattern(words);
    for (let m = pattern.exec(target); m; m = pattern.exec(target)) {
      const end = m.index + m[0].length;
      if (WORD_CHAR.test(target[m.index - 1] ?? " ") || WORD_CHAR.test(target[end] ?? " ")) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      spans.push({ start: m.index, end, term: index });
    }
  });
  return spans.sort((x, y) => x.start - y.start || y.end - x.end);
}

// The window start (a span start) whose following characters hold the most distinct terms.
// Each term's starts are searched (binary search) for one inside the window, so a long text
// where a term occurs thousands of times costs n log n, not a pass over every span per span.
function bestWindow(spans: Span[]): number {
  const byTerm = new Map<number, number[]>();
  for (const s of spans) {
    const starts = byTerm.get(s.term);
    if (starts) starts.push(s.start);
    else byTerm.set(s.term, [s.start]);
  }
  const terms = [...byTerm].map(([term, starts]) => {
    const length = spans.find((s) => s.term === term) as Span;
    return { starts: starts.sort((a, b) => a - b), length: length.end - length.start };
  });
  let best = { start: 0, terms: -1 };
  for (const first of spans) {
    const limit = first.start + SNIPPET_LENGTH - LEAD;
    let found = 0;
    for (const t of terms) {
      const at = t.starts[firstAtOrAfter(t.starts, first.start)];
      if (at !== undefined && at + t.length <= limit) found++;
    }
    if (found > best.terms) best = { start: first.start, terms: found };
  }
  return best.start;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Snaps [from, to) outwards to word boundaries without passing the text's ends.
function snap(text: string, from: number, to: number): [number, number] {
  let start = Math.max(0, from);
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? "")) start--;
  let end = Math.min(text.length, to);
  while (end < text.length && WORD_CHAR.test(text[end] ?? "")) end++;
  return [start, end];
}

/**
 * The part of `text` around the best cluster of the `terms` (folded words or phrases; see
 * findSpans for the others), with each run of matched words (only spaces between them) wrapped in
 * «…» — cut from the original text, so diacritics and case are as written. `…` marks a cut. Null
 * when no term occurs in `text`.
 */
export function highlightSnippet(text: string, terms: readonly string[]): string | null {
  return highlightForms(forms(text), terms);
}

function highlightForms(f: Forms, terms: readonly string[]): string | null {
  const text = f.text;
  const spans = findSpans(f, terms);
  if (spans.length === 0) return null;
  const from = bestWindow(spans) - LEAD;
  const [start, end] = snap(text, from, from + SNIPPET_LENGTH);
  let out = "";
  let at = start;
  for (const span of spans) {
    if (span.start < at || span.end > end) continue; // overlapping or outside the window
    const gap = text.slice(at, span.start);
    // Neighbouring matches separated by spaces only share one pair of marks.
    if (at > start && out.endsWith(HIGHLIGHT_CLOSE) && /^[ ]+$/.test(gap)) {
      out = `${out.slice(0, -HIGHLIGHT_CLOSE.length)}${gap}${text.slice(span.start, span.end)}${HIGHLIGHT_CLOSE}`;
    } else {
      out += `${gap}${HIGHLIGHT_OPEN}${text.slice(span.start, span.end)}${HIGHLIGHT_CLOSE}`;
    }
    at = span.end;
  }
  out += text.slice(at, end);
  const flat = out.replace(/\s+/g, " ").trim();
  return `${start > 0 ? "… " : ""}${flat}${end < text.length ? " …" : ""}`;
}

/**
 * The snippet for a hit whose searchable fields are `fields` (most important first): from the
 * field where the most distinct terms occur (the earlier field on a tie), or the first field
 * shortened when none does (a misspelling found by trigram similarity).
 */
export function pickSnippet(fields: readonly (string | null)[], terms: readonly string[]): string {
  let best: { snippet: string; terms: number } | null = null;
  for (const field of fields) {
    if (!field) continue;
    const f = forms(field);
    const found = terms.filter((t) => findSpans(f, [t]).length > 0).length;
    if (found === 0 || (best && found <= best.terms)) continue;
    const snippet = highlightForms(f, terms);
    if (snippet) best = { snippet, terms: found };
  }
  if (best) return best.snippet;
  const first = (fields.find((f) => f) ?? "").replace(/\s+/g, " ").trim();
  return first.length > SNIPPET_LENGTH ? `${first.slice(0, SNIPPET_LENGTH)} …` : first;
}
