/**
 * Countries named in an article body. One precompiled prefix-tree regex runs over the folded view
 * (fast, case- and diacritic-blind); each hit is then checked against the tone-canonical text for
 * diacritics (`Nga`, not `ngà`), letter case (`US`, `Nga` but not `nga`) and person names
 * (`Nguyễn Tuấn Anh`, a byline `Anh Minh`). Regions and bodies that contain a country name
 * (`Ấn Độ Dương`, `Bán đảo Triều Tiên`) are in the same regex and, being longer, win and are
 * then dropped.
 */
import { findCompoundShortForms } from "./country-compounds.ts";
import {
  BYLINE_GIVEN_NAMES,
  CAPITALS_FOR_GOVERNMENTS,
  COUNTRIES,
  COUNTRY_PRECEDERS,
  type CountryEntry,
  LOOKUP_ONLY_NAMES,
  NAME_LIKE_COUNTRY_WORDS,
  NOT_COUNTRIES,
  PLACE_WORDS_BEFORE_CAPITAL,
} from "./data/countries.ts";
import { HONORIFICS, VIETNAMESE_SURNAMES } from "./data/vietnamese-names.ts";
import {
  ANY_SEPARATOR,
  execAll,
  FOLDED_WORD_END,
  FOLDED_WORD_START,
  separatorView,
  spellingKey,
  trieSource,
} from "./lexicon-regex.ts";
import { canonicalTones, foldKey, foldText, normalizeText } from "./normalize.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { CountryFact } from "./types.ts";

/** One place in the text where a country is named. */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
  /** True for Hong Kong, Taiwan, Macao: named, but not a sovereign state. */
  territory: boolean;
}

interface Surface {
  /** null for a NOT_COUNTRIES form. */
  code: string | null;
  /** Acronyms (`US`, `EU`) must match letter case exactly. */
  exactCase: boolean;
  /** The form as written (spacing normalised): a look-alike's capitals must be capitals. */
  form: string;
  /** Mixed-case acronyms accepted as printed (`RoK` beside `ROK`). */
  exactForms?: Set<string>;
  /** A capital standing for its government: not after a word of place (`tại Washington`). */
  capital?: boolean;
  /** A name lookups resolve but the text scan never reads (LOOKUP_ONLY_NAMES: `Georgia`). */
  lookupOnly?: boolean;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const BY_CODE = new Map<string, CountryEntry>(COUNTRIES.map((e) => [e.code, e]));
const NAME_LIKE = new Set(NAME_LIKE_COUNTRY_WORDS);
const PRECEDERS = new Set(COUNTRY_PRECEDERS);
const SURNAMES = new Set<string>(VIETNAMESE_SURNAMES);
const HONORIFIC_WORDS = new Set<string>(HONORIFICS);
const GIVEN_NAMES = new Set(BYLINE_GIVEN_NAMES);
const LOOKUP_ONLY = new Set(LOOKUP_ONLY_NAMES);

const surfaceKey = (s: string) => spellingKey(canonicalTones(normalizeText(s))).toLowerCase();

// English demonyms ending in -n / -i also name the country in the plural (`Americans`).
const AN_OR_I_ENDING = /[a-z](?:an|i)$/;
const pluralise = (d: string) => (AN_OR_I_ENDING.test(d) ? [d, `${d}s`] : [d]);

function buildSurfaces(): Map<string, Surface> {
  const map = new Map<string, Surface>();
  for (const form of NOT_COUNTRIES) {
    map.set(surfaceKey(form), { code: null, exactCase: false, form: spellingKey(canonicalTones(form)) });
  }
  for (const e of COUNTRIES) {
    const forms = [e.vi, e.en, ...e.aliases, ...e.demonyms.flatMap(pluralise)];
    for (const form of forms) {
      const key = surfaceKey(form);
      const known = map.get(key);
      if (!known) {
        const lookupOnly = LOOKUP_ONLY.has(form) || undefined;
        map.set(key, { code: e.code, exactCase: ACRONYM.test(form), form, lookupOnly });
      } else if (known.exactCase && known.code === e.code) {
        known.exactForms = new Set([...(known.exactForms ?? []), form]);
      }
    }
  }
  for (const { code, forms } of CAPITALS_FOR_GOVERNMENTS) {
    for (const form of forms) {
      const key = surfaceKey(form);
      if (!map.has(key)) map.set(key, { code, exactCase: false, form, capital: true });
    }
  }
  return map;
}

const SURFACES = buildSurfaces();
const FOLDED = new Map<string, string | null>();
for (const [key, s] of SURFACES) if (!FOLDED.has(foldKey(key))) FOLDED.set(foldKey(key), s.code);

const ALL_FORMS = [
  ...NOT_COUNTRIES,
  ...CAPITALS_FOR_GOVERNMENTS.flatMap((c) => c.forms),
  ...COUNTRIES.flatMap((e) => [e.vi, e.en, ...e.aliases, ...e.demonyms.flatMap(pluralise)]).filter(
    (form) => !LOOKUP_ONLY.has(form),
  ),
];
const FOLDED_FORMS = ALL_FORMS.map(foldText);
const COUNTRY_RE = new RegExp(`${FOLDED_WORD_START}${trieSource(FOLDED_FORMS)}${FOLDED_WORD_END}`, "g");
// For other extractors, who match on the plain folded view: dashes there are still dashes.
const PATTERN = `${FOLDED_WORD_START}${trieSource(FOLDED_FORMS, ANY_SEPARATOR)}${FOLDED_WORD_END}`;

/**
 * Regex source (for the folded view `TextView.fold`, with or without the `u` flag) that matches any
 * country name, alias or demonym — and the look-alike regions in NOT_COUNTRIES, so that the
 * longest form wins. Resolve each hit with {@link countryAtSpan}, which applies the diacritic,
 * letter-case and person-name checks and returns null for regions.
 */
export function countryNamePattern(): string {
  return PATTERN;
}

let nameAt: RegExp | null = null;

/**
 * The country or region name the folded view holds exactly at `at` (`lao` in `… và Mỏ Lào
 * Phoxay`), or null: the one sticky copy of {@link countryNamePattern} the name finders share.
 */
export function countryNameAt(view: TextView, at: number): string | null {
  nameAt ??= new RegExp(PATTERN, "y");
  nameAt.lastIndex = at;
  return nameAt.exec(view.fold)?.[0] ?? null;
}

/**
 * The country named by `view.text.slice(start, end)` (a hit of {@link countryNamePattern}), or
 * null when the span is a region, a lower-case word, a person's name or not a name at all.
 * Territories (Hong Kong, Taiwan) resolve to their code; see {@link countryByCode}.
 */
export function countryAtSpan(view: TextView, start: number, end: number): string | null {
  const surface = surfaceAt(view, start, end);
  return surface === "region" ? null : surface;
}

/**
 * What the span names: a country code, `region` (a NOT_COUNTRIES look-alike, written with its
 * capitals), or null (no gazetteer form with these diacritics and this letter case).
 */
function surfaceAt(view: TextView, start: number, end: number): string | "region" | null {
  const matched = view.canon.slice(start, end);
  // The canonical view is already normalised and tone-canonical: only spacing is left to fold.
  const key = spellingKey(matched);
  const surface = SURFACES.get(key.toLowerCase());
  if (!surface) return null;
  if (surface.code === null) return capitalsKept(key, surface.form) ? "region" : null;
  if (surface.lookupOnly || !caseFits(matched, surface)) return null;
  if (
    NAME_LIKE.has(matched) &&
    (isPartOfPersonName(view.canon, start) || isBylineName(view.canon, start, end))
  )
    return null;
  if (surface.capital && isPlaceAt(view.canon, start)) return null;
  return surface.code;
}

/** A run of spaces and dashes between two words of a name. */
const SEPARATOR_RUN = /[\s\-‐‑‒–—−]+/g;

/**
 * The country (or region) at a regex hit. The regex ran on folded text, so its longest hit may
 * not survive the diacritic and case checks (`Đức có` is not the place `Đức Cơ`, `Đức phổ biến`
 * not `Đức Phổ`); the shorter forms it starts with are then tried (`Đức`).
 */
function resolveHit(view: TextView, start: number, end: number): { code: string | null; end: number } | null {
  const whole = surfaceAt(view, start, end);
  if (whole !== null) return { code: whole === "region" ? null : whole, end };
  const text = view.canon.slice(start, end);
  const cuts = [...execAll(SEPARATOR_RUN, text)].map((m) => m.index).reverse();
  for (const cut of cuts) {
    const surface = surfaceAt(view, start, start + cut);
    if (surface !== null) return { code: surface === "region" ? null : surface, end: start + cut };
  }
  return null;
}

/**
 * Country code for a Vietnamese or English name, alias or demonym: `Hoa Kỳ` → `US`,
 * `Liên minh châu Âu` → `EU`, `Russian` → `RU`. Tolerant of letter case, tone-mark placement
 * and (as a fallback) missing diacritics; regions such as `Ấn Độ Dương` give null.
 */
export function lookupCountry(name: string): string | null {
  const key = surfaceKey(name);
  const exact = SURFACES.get(key);
  if (exact) return exact.code;
  return FOLDED.get(foldKey(key)) ?? null;
}

/** The gazetteer entry for an ISO code (or `EU`). */
export function countryByCode(code: string): CountryEntry | undefined {
  return BY_CODE.get(code.toUpperCase());
}

const mentionCache = new WeakMap<TextView, CountryMention[]>();

/**
 * Every place a country (or territory) is named, in text order, after letter-case and
 * person-name checks. Cached per view, so several extractors can share it.
 */
export function findCountryMentions(view: TextView): CountryMention[] {
  const cached = mentionCache.get(view);
  if (cached) return cached;
  const mentions: CountryMention[] = [];
  const spaced = separatorView(view);
  // Not execAll: after a hit that is no name (`liên bang Nga`, lower case) or a shorter one, the
  // scan goes on from its next word (`Nga`) or the shorter name's end, not past the whole hit.
  for (let at = 0; ; ) {
    COUNTRY_RE.lastIndex = at;
    const m = COUNTRY_RE.exec(spaced);
    if (m === null) break;
    const end = m.index + m[0].length;
    const hit = resolveHit(view, m.index, end);
    if (!hit) {
      const space = spaced.indexOf(" ", m.index);
      at = space > m.index && space < end ? space : end;
      continue;
    }
    at = hit.end;
    if (!hit.code) continue;
    mentions.push({
      code: hit.code,
      start: m.index,
      end: hit.end,
      territory: !!BY_CODE.get(hit.code)?.territory,
    });
  }
  const compounds = findCompoundShortForms(view.canon, mentions);
  if (compounds.length > 0) {
    mentions.push(...compounds);
    mentions.sort((a, b) => a.start - b.start);
  }
  mentionCache.set(view, mentions);
  return mentions;
}

// `US$890.2 trillion`, `982.3 billion U.S. dollars`: a currency, not the country.
const CURRENCY_AFTER = /^\s?(?:\$|dollars?(?![a-z]))/u;

/**
 * The sovereign states (and the EU) named in a cleaned article body, one fact per code in order
 * of first mention, each with every mention as evidence. Territories are left out.
 */
export function extractCountries(view: TextView): CountryFact[] {
  const byCode = new Map<string, CountryFact>();
  for (const m of findCountryMentions(view)) {
    if (m.territory || CURRENCY_AFTER.test(view.fold.slice(m.end, m.end + 10))) continue;
    let fact = byCode.get(m.code);
    if (!fact) {
      fact = { code: m.code, evidence: [] };
      byCode.set(m.code, fact);
    }
    fact.evidence.push(evidenceAt(view, m.start, m.end));
  }
  return [...byCode.values()];
}

/** Every capital letter of the look-alike's written form is a capital in the text too. */
function capitalsKept(text: string, form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const ch = form[i] as string;
    if (ch !== ch.toLowerCase() && text[i] === text[i]?.toLowerCase()) return false;
  }
  return true;
}

const WHITESPACE_RUN = /\s+/g;

function caseFits(matched: string, surface: Surface): boolean {
  if (surface.exactCase) {
    const compact = matched.replace(WHITESPACE_RUN, "");
    return ACRONYM.test(compact) || !!surface.exactForms?.has(compact);
  }
  const first = matched[0] ?? "";
  return first !== first.toLowerCase();
}

const PLACE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${PLACE_WORDS_BEFORE_CAPITAL.join("|")})\\s+(?:the\\s+)?$`,
  "iu",
);

/** `tại Washington`, `in Beijing`, `thủ đô Washington`: the city is a place here. */
function isPlaceAt(text: string, start: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

const SENTENCE_OPENER = /[.!?:;"“(*•\n-]/;

// A byline or photo credit: a name of two to four capitalised words alone on its line, or after
// `Ảnh:`, `Bài và ảnh:`, `Theo`, and ending the line (or before `(`, `)`, `/`, a dash).
const NAME_RUN_BEFORE = /(?<![\p{L}\p{M}])(?:\p{Lu}\p{Ll}* ){0,3}$/u;
const NAME_RUN_AFTER = /^(?: \p{Lu}\p{Ll}*(?![\p{L}\p{M}])){0,3}/u;
const CREDIT_LABEL = /(?:^|[^\p{L}])(?:(?:[Ảả]nh|Bài|Tin)(?:\s*(?:và|,)\s*ảnh)?\s*:)\s*$/u;
const BYLINE_END = /^[ \t]*(?:$|[\n()/–—-])/;
// What may follow the country word on a byline (checked first: most mentions fail it at once).
const BYLINE_NEXT = /[ \t]*(?:$|[\n()/–—-])| \p{Lu}/uy;

/**
 * True when a one-syllable country word is part of the name on a byline or photo credit:
 * `Anh Minh` or `Tuấn Anh` on a line of their own, `(Ảnh: Tuấn Anh)`, `Theo Anh Thư`. A word
 * after the country word must be a given name (`Anh Quốc` on its line is still England).
 */
function isBylineName(text: string, start: number, end: number): boolean {
  BYLINE_NEXT.lastIndex = end;
  if (!BYLINE_NEXT.test(text)) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const runBefore = NAME_RUN_BEFORE.exec(text.slice(Math.max(lineStart, start - 40), start))?.[0] ?? "";
  let before = runBefore.split(" ").filter((w) => w !== "");
  const lead = text.slice(lineStart, start - runBefore.length);
  let credited = CREDIT_LABEL.test(lead);
  if (before[0] === "Theo") {
    before = before.slice(1);
    credited = true;
  }
  if (!credited && lead.trim() !== "") return false;
  const runAfter = NAME_RUN_AFTER.exec(text.slice(end, end + 40))?.[0] ?? "";
  const after = runAfter.split(" ").filter((w) => w !== "");
  const others = before.length + after.length;
  if (others === 0 || others > 3) return false;
  if (!BYLINE_END.test(text.slice(end + runAfter.length, end + runAfter.length + 4))) return false;
  if (after.length > 0 && !GIVEN_NAMES.has(after[0] as string)) return false;
  return !before.some((w) => PRECEDERS.has(w));
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;

/**
 * True when a one-syllable country word continues a person's name: `ông Anh`,
 * `Nguyễn Tuấn Anh`, `Nguyễn Sinh Nhật Tân`. A capitalised word that belongs to a title or an
 * organisation (`Bộ Ngoại Giao Nga`) or opens the sentence (`Tại Nga`) does not make it a name.
 */
function isPartOfPersonName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!before.endsWith(" ")) return false;
  // Up to three words right before, separated by single spaces (a comma or dash ends the run).
  const run = before.slice(0, -1).split(" ").slice(-3);
  const last = run[run.length - 1] ?? "";
  if (HONORIFIC_WORDS.has(last.toLowerCase())) return true;
  const capitalised: string[] = [];
  for (let i = run.length - 1; i >= 0; i--) {
    const w = run[i] as string;
    if (!CAPITALISED_WORD.test(w)) break;
    capitalised.unshift(w);
  }
  if (capitalised.length === 0) return false;
  if (PRECEDERS.has(last)) return false;
  if (capitalised.some((w) => SURNAMES.has(w))) return true;
  if (capitalised.length > 1) return true;
  const runStart = start - 1 - last.length;
  const opener = text.slice(0, runStart).trimEnd().slice(-1);
  return !(opener === "" || SENTENCE_OPENER.test(opener));
}
