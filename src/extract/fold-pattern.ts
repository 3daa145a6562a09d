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

const APOSTROPHE = /'/g;
const SPACE = / /g;

/** The regex source of one folded fragment. */
export function fragmentSource(fragment: string): string {
  return fragment
    .split(" - ")
    .map((part) => part.replace(APOSTROPHE, "['’]?").replace(SPACE, "\\s+"))
    .join(`\\s*${DASH_CLASS}\\s*`);
}

/** One alternation of fragments, longest first so that a longer name wins over its prefix. */
export function alternation(fragments: Iterable<string>): string {
  return [...new Set(fragments)]
    .sort((a, b) => b.length - a.length)
    .map(fragmentSource)
    .join("|");
}

/** A character with a meaning in regex syntax. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Escapes plain words (no regex syntax) and joins them, longest first. */
export function wordAlternation(words: Iterable<string>): string {
  return alternation([...words].map((w) => w.replace(REGEX_SPECIAL, "\\$&")));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The matches of a global regex that start a word (no letter or digit just before). Patterns
 * leave the left boundary to this check on purpose: an assertion in front of a large
 * alternation keeps the engine from skipping ahead by first characters. After a rejected hit
 * the search resumes one character later, so a word inside it is still found. Only matches
 * lying inside `[from, to)` are reported.
 */
export function* wordMatches(
  source: string,
  re: RegExp,
  from = 0,
  to = source.length,
): Generator<RegExpExecArray> {
  // Searching a prefix keeps a miss from scanning the rest of the text (the prefix is a cheap
  // view in V8, and the character before `from` stays visible to the boundary check).
  const text = to < source.length ? source.slice(0, to) : source;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "" || WORD_CHAR.test(source[m.index - 1] ?? "")) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

const LEADING_WORD = /^[a-z0-9]+/;

/**
 * The first word of each fragment (`hoi nghi bo truong` → `hoi`): every match of a pattern
 * built from these fragments starts with one of them. Throws for a fragment that does not
 * start with a plain word, so that a lexicon change cannot silently lose matches.
 */
export function firstWords(fragments: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const f of fragments) {
    const word = LEADING_WORD.exec(f)?.[0];
    if (!word) throw new Error(`fragment does not start with a word: ${f}`);
    words.add(word);
  }
  return [...words];
}

/**
 * The same matches as {@link wordMatches}, for a sticky regex (`y` flag) whose every match
 * starts with a word `starts` finds (a global regex of first words): the sticky regex is only
 * tried where one of those words begins a word. A large pattern is then run at a few hundred
 * places instead of at every character.
 */
export function* anchoredWordMatches(
  source: string,
  starts: RegExp,
  sticky: RegExp,
): Generator<RegExpExecArray> {
  let taken = 0;
  starts.lastIndex = 0;
  for (let s = starts.exec(source); s; s = starts.exec(source)) {
    const at = s.index;
    starts.lastIndex = at + 1;
    if (at < taken || WORD_CHAR.test(source[at - 1] ?? "")) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(source);
    if (!m || m[0] === "") continue;
    taken = at + m[0].length;
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
