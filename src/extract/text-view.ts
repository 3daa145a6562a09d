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

/** Builds the matching views of a cleaned text. */
export function createTextView(text: string): TextView {
  return { text, canon: canonicalTones(text), fold: foldText(text), sentences: new SentenceIndex(text) };
}

/** Evidence for `text.slice(start, end)` with its sentence. */
export function evidenceAt(view: TextView, start: number, end: number): Evidence {
  return { start, end, text: view.text.slice(start, end), sentence: view.sentences.sentenceAt(start) };
}
