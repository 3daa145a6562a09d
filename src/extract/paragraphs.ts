/**
 * Paragraphs of a cleaned body (one per line; the parser joins them with a blank line). Bullets
 * such as `* Tại Hội nghị ASEAN-Nhật Bản, …` scope a paragraph, so several extractors look at
 * the paragraph around a fact as well as its sentence.
 */
import { execAll } from "./lexicon-regex.ts";
import type { Span } from "./sentences.ts";
import type { TextView } from "./text-view.ts";

const cache = new WeakMap<TextView, Span[]>();
const LINE = /[^\n]+/g;

/** The paragraph spans of a view, in order, trimmed and never empty. Cached per view. */
export function paragraphSpans(view: TextView): Span[] {
  const cached = cache.get(view);
  if (cached) return cached;
  const spans: Span[] = [];
  for (const m of execAll(LINE, view.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (m[0].length > lead) spans.push({ start: m.index + lead, end: m.index + m[0].length - trail });
  }
  cache.set(view, spans);
  return spans;
}

/** The paragraph containing `offset` (or the nearest one before it). */
export function paragraphAt(view: TextView, offset: number): Span {
  const spans = paragraphSpans(view);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as Span).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: view.text.length };
}
