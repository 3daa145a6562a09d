/**
 * Regular-expression sources from lexicon fragments written for the folded view (lower case,
 * no diacritics). Fragments may hold regex syntax; three spellings are made flexible: ` - `
 * matches any dash with any spacing, a space any run of whitespace, and `'` an optional
 * straight or curly apostrophe (`Ministers’ Meeting`, `Ministers Meeting`).
 */
import { DASH_CLASS, FOLDED_WORD_END, FOLDED_WORD_START } from "./lexicon-regex.ts";
import type { TextView } from "./text-view.ts";

/** Word boundaries for the folded view (lower-case ASCII for Vietnamese); no `u` flag needed. */
export const FOLD_START = FOLDED_WORD_START;
export const FOLD_END = FOLDED_WORD_END;

/** The regex source of one folded fragment. */
export function fragmentSource(fragment: string): string {
  return fragment
    .split(" - ")
    .map((part) => part.replace(/'/g, "['’]?").replace(/ /g, "\\s+"))
    .join(`\\s*${DASH_CLASS}\\s*`);
}

/** One alternation of fragments, longest first so that a longer name wins over its prefix. */
export function alternation(fragments: Iterable<string>): string {
  return [...new Set(fragments)]
    .sort((a, b) => b.length - a.length)
    .map(fragmentSource)
    .join("|");
}

/** Escapes plain words (no regex syntax) and joins them, longest first. */
export function wordAlternation(words: Iterable<string>): string {
  return alternation([...words].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The matches of a global regex that start a word (no letter or digit just before). Patterns
 * leave the left boundary to this check on purpose: an assertion in front of a large
 * alternation keeps the engine from skipping ahead by first characters. After a rejected hit
 * the search resumes one character later, so a word inside it is still found.
 */
export function* wordMatches(source: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[0] === "" || WORD_CHAR.test(source[m.index - 1] ?? "")) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

const lowerViews = new WeakMap<TextView, string>();

/**
 * The tone-canonical view in lower case, diacritics kept (`năm` apart from `Nam`), for terms
 * whose folded form is another word. Built once per view. Null in the rare text where lower
 * casing changes the length (offsets would drift).
 */
export function lowerCanon(view: TextView): string | null {
  let lower = lowerViews.get(view);
  if (lower === undefined) {
    lower = view.canon.toLowerCase();
    lowerViews.set(view, lower);
  }
  return lower.length === view.text.length ? lower : null;
}
