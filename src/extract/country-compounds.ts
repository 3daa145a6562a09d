/**
 * Countries named by a one-syllable form inside a dashed compound of countries: `Mỹ-Trung`,
 * `Hàn-Trung-Nhật`, `Việt - Lào`, `Hàn-ASEAN`. Every part of the compound must be a country
 * (a full name already found, or a short form) or ASEAN, and one at least a full name or
 * ASEAN, so that `miền Trung - Tây Nguyên` or `Trung-Hàn` alone say nothing.
 */
import type { CountryMention } from "./countries.ts";
import { COMPOUND_SHORT_FORMS, LANGUAGE_WORDS } from "./data/countries.ts";
import { execAll } from "./lexicon-regex.ts";

const LANGUAGE_BEFORE = new RegExp(`(?:${LANGUAGE_WORDS.join("|")})\\s+$`, "iu");
// One step of a compound, to the left (`Mỹ-` before a part) and to the right (`-Nhật` after it).
const PART_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*\s?[-–—]\s?)$/u;
const PART_AFTER = /\s?[-–—]\s?\p{Lu}[\p{L}\p{M}]*(?![\p{L}\p{M}])/uy;
const WORD_AT = /\p{Lu}[\p{L}\p{M}]*/uy;
const UPPER_CASE_LETTER = /\p{Lu}/u;

const DASH = /[-–—]/g;
const FIRST_LETTERS = new Set(Object.keys(COMPOUND_SHORT_FORMS).map((f) => f[0] ?? ""));
const LAST_LETTERS = new Set(Object.keys(COMPOUND_SHORT_FORMS).map((f) => f.at(-1) ?? ""));

function shortFormEndsAt(text: string, end: number): boolean {
  return LAST_LETTERS.has(text[end - 1] ?? "");
}
const WORD_BEFORE_DASH = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)\s?$/u;
const WORD_AFTER_DASH = /^\s?(\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * The short-form mentions in compounds, given the full-name mentions already found (in text
 * order). Only the words on either side of a dash are read (a regex over the whole text, or
 * a search for every short form, would cost more than the rest of the gazetteer).
 */
export function findCompoundShortForms(text: string, mentions: readonly CountryMention[]): CountryMention[] {
  const out: CountryMention[] = [];
  const seen = new Set<number>();
  let byStart: Map<number, CountryMention> | null = null;
  for (const dash of execAll(DASH, text)) {
    const i = dash.index;
    // Most dashes join other words: a look at the letters next to it settles that.
    const next = text[i + 1] === " " ? text[i + 2] : text[i + 1];
    if (!FIRST_LETTERS.has(next ?? "") && !shortFormEndsAt(text, text[i - 1] === " " ? i - 1 : i)) continue;
    const left = WORD_BEFORE_DASH.exec(text.slice(Math.max(0, i - 8), i))?.[1];
    const right = WORD_AFTER_DASH.exec(text.slice(i + 1, i + 9))?.[1];
    const at = left && COMPOUND_SHORT_FORMS[left] ? i - left.length - (text[i - 1] === " " ? 1 : 0) : -1;
    const to = right && COMPOUND_SHORT_FORMS[right] ? i + 1 + (text[i + 1] === " " ? 1 : 0) : -1;
    const word = at >= 0 ? at : to;
    if (word < 0) continue;
    const parts = compoundAround(text, word);
    if (parts.length < 2 || seen.has(parts[0]?.start ?? -1)) continue;
    seen.add(parts[0]?.start ?? -1);
    byStart ??= new Map(mentions.map((m) => [m.start, m]));
    out.push(...shortFormsIn(text, parts, byStart));
  }
  return out;
}

/** The parts of the dashed compound that holds the word at `at`, in order. */
function compoundAround(text: string, at: number): { start: number; word: string }[] {
  let start = at;
  for (;;) {
    const before = PART_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (!before?.[1]) break;
    start -= before[1].length;
  }
  const parts: { start: number; word: string }[] = [];
  let pos = start;
  for (;;) {
    WORD_AT.lastIndex = pos;
    const word = WORD_AT.exec(text)?.[0];
    if (!word) break;
    parts.push({ start: pos, word });
    PART_AFTER.lastIndex = pos + word.length;
    const next = PART_AFTER.exec(text);
    if (!next) break;
    pos = pos + word.length + next[0].search(UPPER_CASE_LETTER);
  }
  return parts;
}

/** The short forms of one compound when all its parts are countries or ASEAN, one a full name. */
function shortFormsIn(
  text: string,
  parts: readonly { start: number; word: string }[],
  byStart: ReadonlyMap<number, CountryMention>,
): CountryMention[] {
  const first = parts[0]?.start ?? 0;
  if (LANGUAGE_BEFORE.test(text.slice(Math.max(0, first - 12), first))) return [];
  const found: CountryMention[] = [];
  let anchored = false;
  for (const { start, word } of parts) {
    const short = COMPOUND_SHORT_FORMS[word];
    if (byStart.has(start) || word === "ASEAN") anchored = true;
    else if (short) found.push({ code: short, start, end: start + word.length, territory: false });
    else return [];
  }
  return anchored ? found : [];
}
