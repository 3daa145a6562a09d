/**
 * What a person's name looks like in running text: a run of capitalised words, possibly with
 * initials (`S. Jaishankar`), hyphenated parts (`Cho Tae-yul`), `Jr.` and lower-case particles
 * inside (`Ursula von der Leyen`). Used after a title (`… Bộ trưởng Ngoại giao Takeshi Iwaya`)
 * and before an apposition (`Malaythong Kommasith, Minister of …`).
 */
import {
  HEADLINE_VERBS,
  INSTITUTION_WORDS,
  NAME_INTRODUCERS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
} from "./data/roles.ts";
import { NAME_END_COMPOUNDS, VIETNAMESE_SURNAMES } from "./data/vietnamese-names.ts";
import { execAll } from "./lexicon-regex.ts";

/** A run of name words and its span. */
export interface NameRun {
  start: number;
  end: number;
  name: string;
  tokens: string[];
}

const PARTICLES = new Set<string>(NAME_PARTICLES);
const NOT_NAME = new Set<string>(NOT_NAME_WORDS);
const HEADLINE_VERB = new Set<string>(HEADLINE_VERBS);
const INSTITUTION = new Set<string>(INSTITUTION_WORDS);
const SURNAMES = new Set<string>(VIETNAMESE_SURNAMES);
const INTRODUCERS = new Set<string>(
  NAME_INTRODUCERS.flatMap((w) => [w, (w[0] ?? "").toUpperCase() + w.slice(1)]),
);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const RAW_TOKEN = /^[\p{L}\p{M}'’.-]+/u;
const MAX_NAME_TOKENS = 6;
const END_COMPOUNDS = new Set<string>(NAME_END_COMPOUNDS);
const CAPS_FAMILY = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const GLUED_SENTENCE = /^([\p{L}\p{M}'’-]{2,}\.)\p{Lu}\p{Ll}/u;
const POSSESSIVE_END = /['’]s$/;
const NEXT_LOWER_CASE_WORD = /^ (\p{Ll}+)/u;

/**
 * The name starting at `start`: stops at a lower-case word, punctuation, an all-capitals token
 * (`ASEAN`) or a word that cannot open a name (`Tại`, `Hội`); null when there is none.
 */
export function parseNameRun(text: string, start: number, capsFamily = false): NameRun | null {
  const tokens: string[] = [];
  let caps = 0;
  const ends: number[] = [];
  let i = start;
  while (tokens.length < MAX_NAME_TOKENS) {
    const run = RAW_TOKEN.exec(text.slice(i, i + 40))?.[0];
    if (!run) break;
    // A full stop with no space after it (`Pelosi.Tại hội nghị`) still ends the name.
    const raw = GLUED_SENTENCE.exec(run)?.[1] ?? run;
    const possessive = POSSESSIVE_END.test(raw);
    const sentenceEnd =
      raw.endsWith(".") && !INITIALS.test(raw) && raw !== "Jr." && !(raw === "Ma." && tokens.length === 0);
    const core = possessive ? raw.slice(0, -2) : sentenceEnd ? raw.slice(0, -1) : raw;
    // `ABE Shinzo`: one family name in capitals, where the press of the country writes it so.
    const family = capsFamily && caps === 0 && CAPS_FAMILY.test(core) && !NOT_NAME.has(core);
    if (!family && !isNameToken(core, tokens.length) && !isLetterSyllable(core, tokens)) break;
    if (family) caps++;
    tokens.push(core);
    ends.push(i + core.length);
    i += raw.length;
    if (possessive || sentenceEnd || text[i] !== " ") break;
    i += 1;
  }
  // `Đoàn Đại biểu`: a name does not end on the first syllable of a compound noun.
  const next = NEXT_LOWER_CASE_WORD.exec(text.slice(i - 1, i + 20))?.[1];
  if (next && tokens.length > 0 && END_COMPOUNDS.has(`${tokens.at(-1)} ${next}`)) {
    tokens.pop();
    ends.pop();
  }
  // A name cannot end on a particle or an initial.
  while (tokens.length > 0 && !NAME_WORD.test(tokens.at(-1) as string) && tokens.at(-1) !== "Jr.") {
    tokens.pop();
    ends.pop();
  }
  const end = ends.at(-1);
  if (tokens.length === 0 || end === undefined || tokens.some((t) => INSTITUTION.has(t))) return null;
  if (caps > 0 && (tokens.length < 2 || !tokens.some((t) => NAME_WORD.test(t) && t !== t.toUpperCase()))) {
    return null;
  }
  // `Benedicto Ernesto R. Bitonio, Jr.`: the suffix after a comma belongs to the name, written
  // without the comma (`… Bitonio Jr.`).
  const suffix = tokens.length >= 2 ? COMMA_SUFFIX.exec(text.slice(end, end + 8)) : null;
  if (suffix)
    return {
      start,
      end: end + suffix[0].length,
      name: `${text.slice(start, end)} ${suffix[1]}.`,
      tokens: [...tokens, `${suffix[1]}.`],
    };
  return { start, end, name: text.slice(start, end), tokens };
}

const JR_SUFFIX = /^jr\.?$/i;

/**
 * The words of a name without a closing `Jr.` (any case, folded or not): `Bitonio` alone stands
 * for `Benedicto Ernesto R. Bitonio Jr.`, as a family name does for any name.
 */
export function withoutSuffix(words: readonly string[]): readonly string[] {
  return words.length > 2 && JR_SUFFIX.test(words.at(-1) as string) ? words.slice(0, -1) : words;
}

/** `, Jr.` right after a name (not `, Sr.`: `Jose Santos, Sr. Vice President of …`). */
const COMMA_SUFFIX = /^, (Jr)\.?(?![\p{L}\p{N}])/u;
const NON_SPACE_RUN = /[^\s]+/gu;

/** The longest name that ends exactly at `end` (words of address such as `H.E.` left out). */
export function nameEndingAt(text: string, end: number): NameRun | null {
  // The words before `end`, each with its start; a line break ends a word as a space does.
  const from = Math.max(0, end - 90);
  const words = [...execAll(NON_SPACE_RUN, text.slice(from, end))].slice(-(MAX_NAME_TOKENS + 1));
  for (const word of words) {
    if (INTRODUCERS.has(word[0])) continue;
    const run = parseNameRun(text, from + word.index);
    if (run && run.end === end) return run;
  }
  return null;
}

function isNameToken(token: string, index: number): boolean {
  // Only the first word is checked: `Sáng`, `Năm`, `Chính` are also given names (`Phạm Minh Chính`).
  if (index === 0 && (NOT_NAME.has(token) || INTRODUCERS.has(token))) return false;
  if (index > 0 && (PARTICLES.has(token) || token === "Jr." || token === "Jr")) return true;
  if (index > 0 && HEADLINE_VERB.has(token)) return false;
  // `Ma.`, the Filipino short form of Maria, opens a name (`Ma. Helen De La Vega`).
  if (index === 0 && token === "Ma.") return true;
  if (INITIALS.test(token)) return true;
  // All-capitals tokens are acronyms (`ASEAN`, `MJC`), not names.
  return NAME_WORD.test(token) && token !== token.toUpperCase();
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;

/**
 * A one-letter syllable inside a Vietnamese name (`Hầu A Lềnh`, `Giàng A Pao`), which the
 * all-capitals rule would take for an acronym.
 */
function isLetterSyllable(token: string, before: readonly string[]): boolean {
  return SINGLE_CAPITAL.test(token) && before.length > 0 && SURNAMES.has(before[0] as string);
}

/** The lower-case letter that opens a name or each of its hyphenated parts. */
const PART_INITIAL = /(^|-)\p{Ll}/gu;

/**
 * The canonical form of a name whose family name is printed in capitals: title case, family
 * name last for a given-name-first canonical order (`ABE Shinzo` → `Shinzo Abe`), first
 * otherwise (`KANG Kyung-wha` → `Kang Kyung-wha`); other names as printed.
 */
export function canonicalName(run: NameRun, familyLast: boolean): string {
  const k = run.tokens.findIndex((t) => CAPS_FAMILY.test(t));
  if (k < 0 || run.tokens.length < 2) return run.name;
  const family = (run.tokens[k] as string).toLowerCase().replace(PART_INITIAL, (c) => c.toUpperCase());
  const others = run.tokens.filter((_, i) => i !== k);
  return (familyLast ? [...others, family] : [family, ...others]).join(" ");
}
