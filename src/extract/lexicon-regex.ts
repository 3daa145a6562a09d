/**
 * Turns lexicon entries (names as printed) into regular-expression sources that tolerate the
 * spacing and dash variants of real press: `ASEAN-Trung Quốc`, `ASEAN - Trung Quốc`,
 * `ASEAN – Trung Quốc`, `Ả Rập Xê-út` / `Ả-rập Xê-út` all match one entry. Large lexicons are
 * compiled into a prefix tree (`(?:a(?:n|nh)…)`) rather than a flat alternation: the regex
 * engine then rejects most positions after one character instead of trying every name, which
 * keeps a few-hundred-name gazetteer around a tenth of a millisecond per article.
 *
 * Prefix-tree regexes run on {@link separatorView}: the folded view with every dash turned into
 * a space, so that a separator is a literal ` +` — a character class there makes V8 four to five
 * times slower on a large tree.
 */
import type { TextView } from "./text-view.ts";

/** Any dash a Vietnamese or English text uses between two names. */
export const DASH_CLASS = "[-‐‑‒–—−]";

/** Not preceded by a letter or digit (a Unicode-aware `\b` for the start of a match). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
/** Not followed by a letter or digit (a Unicode-aware `\b` for the end of a match). */
export const WORD_END = "(?![\\p{L}\\p{N}])";

// The folded view is lower-case ASCII for all Vietnamese text, so a plain character class does
// for word boundaries there; it avoids the `u` flag, whose per-position lookbehind costs 3–4×.
const FOLDED_WORD_CHAR = "[a-z0-9\\u00c0-\\u024f\\u0370-\\u04ff\\u1e00-\\u1eff]";
/** Word-start guard for regexes run on the folded (or separator) view; `u` flag optional. */
export const FOLDED_WORD_START = `(?<!${FOLDED_WORD_CHAR})`;
/** Word-end guard for regexes run on the folded (or separator) view; `u` flag optional. */
export const FOLDED_WORD_END = `(?!${FOLDED_WORD_CHAR})`;

/** Separator between two words for regexes run on {@link separatorView} (dashes are spaces there). */
export const SPACED_SEPARATOR = " +";
/** Separator between two words for regexes run on the plain folded view: any spaces and dashes. */
export const ANY_SEPARATOR = "[\\s\\-‐‑‒–—−]+";

/**
 * The matches of a global regex over `text`, as `text.matchAll(re)` gives them. `matchAll`
 * first copies the regex, and copying a prefix-tree regex of several thousand characters costs
 * more than scanning an article with it (V8 looks the copy up by its whole source); worse, V8
 * forgets a copy's compiled code after two full collections, so the first article after a quiet
 * spell compiled every copied pattern again (3 ms of seed 003's 7 ms after four collections,
 * `--trace-regexp-parser`). This drives `re` itself instead; the extractor and the file reader never
 * call `matchAll`. Its `lastIndex` is set before every step, so a loop over one call's
 * matches may use `re` (or start another such loop) in its body.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError("execAll needs a global regex");
  let next = 0;
  for (;;) {
    re.lastIndex = next;
    const m = re.exec(text);
    if (m === null) return;
    next = re.lastIndex;
    // An empty match moves on one character (one code point with the `u` flag), as matchAll does.
    if (m[0] === "") next = advance(text, next, re.unicode);
    yield m;
  }
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const SEPARATORS = /(\s*[-‐‑‒–—−]\s*|\s+|['’])/;
const SEPARATOR_TOKEN = "\u0001";
const APOSTROPHE_TOKEN = "\u0002";
const END = "";

/** Escapes a literal for use inside a regular expression (with or without the `u` flag). */
export function escapeRegex(literal: string): string {
  return literal.replace(SPECIAL, "\\$&");
}

/** A separator part of a split name: a dash with any spacing, or whitespace alone. */
const SEPARATOR_PART = /^\s*[-‐‑‒–—−]\s*$|^\s+$/;

/** Splits a name into characters and separator tokens (spaces or dash, apostrophe). */
function tokenize(name: string): string[] {
  const out: string[] = [];
  for (const part of name.trim().split(SEPARATORS)) {
    if (part === "") continue;
    if (SEPARATOR_PART.test(part)) out.push(SEPARATOR_TOKEN);
    else if (part === "'" || part === "’") out.push(APOSTROPHE_TOKEN);
    else out.push(...part);
  }
  return out;
}

function tokenPattern(token: string, separator: string): string {
  if (token === SEPARATOR_TOKEN) return separator;
  if (token === APOSTROPHE_TOKEN) return "['’]";
  return escapeRegex(token);
}

type TrieNode = Map<string, TrieNode>;

function emitTrie(node: TrieNode, separator: string): string {
  const branches: string[] = [];
  for (const [token, child] of node) {
    if (token !== END) branches.push(tokenPattern(token, separator) + emitTrie(child, separator));
  }
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  // Greedy optional tail: the longest name is tried first, shorter ones on backtracking.
  return node.has(END) ? `(?:${body})?` : body;
}

/**
 * One regex source matching any of `names` (no anchors or boundaries), built as a prefix tree.
 * Pass folded names. Between two words any spaces or dashes match; `separator` says how, for
 * the view the regex will run on (default {@link SPACED_SEPARATOR}, for {@link separatorView}).
 * The longest name that matches at a position wins, as long as the surrounding pattern lets it.
 */
export function trieSource(names: Iterable<string>, separator = SPACED_SEPARATOR): string {
  const root: TrieNode = new Map();
  for (const name of names) {
    const tokens = tokenize(name);
    if (tokens.length === 0) continue;
    let node = root;
    for (const token of tokens) {
      let next = node.get(token);
      if (!next) {
        next = new Map();
        node.set(token, next);
      }
      node = next;
    }
    node.set(END, new Map());
  }
  return `(?:${emitTrie(root, separator)})`;
}

const separatorViews = new WeakMap<TextView, string>();

const DASH_OR_TAB = /[-‐‑‒–—−\t]/g;

/**
 * The folded view (lower case, no diacritics) with dashes and tabs turned into spaces: same
 * length, so offsets carry over. Built once per view and shared by every gazetteer.
 */
export function separatorView(view: TextView): string {
  let spaced = separatorViews.get(view);
  if (spaced === undefined) {
    spaced = view.fold.replace(DASH_OR_TAB, " ");
    separatorViews.set(view, spaced);
  }
  return spaced;
}

const NEEDS_SPELLING_FIX = /^\s|\s$|\s\s|[^\S ]|[-‐‑‒–—−’]/;
/** A dash with any spacing around it, or a run of whitespace. */
const SEPARATOR_VARIANT = /\s*[-‐‑‒–—−]\s*|\s+/g;
const CURLY_APOSTROPHE = /[’]/g;

/**
 * Collapses separator variants (spaces, dashes, apostrophes) so that every spelling a prefix
 * tree accepts gives the same key: `Ả-rập  Xê – út` → `Ả rập Xê út`.
 */
export function spellingKey(text: string): string {
  if (!NEEDS_SPELLING_FIX.test(text)) return text;
  return text.replace(SEPARATOR_VARIANT, " ").replace(CURLY_APOSTROPHE, "'").trim();
}
