import { canonicalTones, foldText } from "./normalize.ts";
import { SentenceIndex } from "./sentences.ts";
import type { Evidence } from "./types.ts";

/**
 * One cleaned text with the views every extractor matches against, built once per article.
 * All views have the same length as `text`, so offsets are shared.
 */
export interface TextView {
  /** The cleaned body the user sees; offsets refer to it. */
  text: string;
  /** Tone-canonical, case kept: for case-sensitive name matching (`Nga`, `Mỹ`). */
  canon: string;
  /** Lower case, diacritics folded: for keyword matching. */
  fold: string;
  sentences: SentenceIndex;
}

/**
 * The folded view cut a little after `end`, to run a global regex over one sentence: on the
 * whole view, a regex finding nothing more in the sentence would scan the rest of the text, for
 * every fact (quadratic in a text of many facts). The margin keeps a match that starts before
 * `end` (and its look-ahead) whole; V8 makes the cut as a view of the text, without copying.
 */
export function foldBefore(view: TextView, end: number): string {
  const cut = end + 64;
  return cut < view.fold.length ? view.fold.slice(0, cut) : view.fold;
}

/** Builds the matching views of a cleaned text. */
export function createTextView(text: string): TextView {
  return { text, canon: canonicalTones(text), fold: foldText(text), sentences: new SentenceIndex(text) };
}

/** Evidence for `text.slice(start, end)` with its sentence (widened to cover the match). */
export function evidenceAt(view: TextView, start: number, end: number): Evidence {
  const s = view.sentences.at(start);
  const sentenceStart = Math.min(s.start, start);
  const sentenceEnd = Math.max(s.end, end);
  return {
    start,
    end,
    text: view.text.slice(start, end),
    sentence: view.text.slice(sentenceStart, sentenceEnd),
    sentenceStart,
    sentenceEnd,
  };
}
