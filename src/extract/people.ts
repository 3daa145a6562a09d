/**
 * People named in an article body. Two sources: names introduced by a title
 * (`Bộ trưởng Ngoại giao Nhật Bản Takeshi Iwaya`, see person-titles.ts), which also give the
 * role and often the country, and bare mentions of people in the known-people table
 * (`Anwar Ibrahim`). Spellings of one person merge under the canonical name (`Iwaya Takeshi` →
 * `Takeshi Iwaya`); later short references (`Phó Thủ tướng Sơn`, `ông Lavrov`) and repeats of
 * the name add evidence. Names without a title and outside the table (bylines, photo credits)
 * are never people.
 */
import { findCountryMentions } from "./countries.ts";
import type { PersonEntry } from "./data/people.ts";
import { FAMILY_NAME_FIRST_COUNTRIES, NAME_INTRODUCERS } from "./data/roles.ts";
import { VIETNAMESE_LETTERS, VIETNAMESE_SURNAMES } from "./data/vietnamese-names.ts";
import {
  findKnownPeople,
  type KnownMention,
  lookupPerson,
  lookupShortForm,
  lookupWithoutInitials,
} from "./known-people.ts";
import { escapeRegex, execAll } from "./lexicon-regex.ts";
import { findAddressedNames } from "./person-addressed.ts";
import { withoutSuffix } from "./person-names.ts";
import { findPossessiveNames } from "./person-possessive.ts";
import { findSpeakerNames } from "./person-speech.ts";
import { findTitledNames, roleFor, type TitledName } from "./person-titles.ts";
import { firstIndexWhere, startingWithin } from "./sorted.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { PersonFact } from "./types.ts";

export { lookupPerson } from "./known-people.ts";

const SURNAMES = new Set<string>(VIETNAMESE_SURNAMES);
const FAMILY_NAME_FIRST = new Set<string>(FAMILY_NAME_FIRST_COUNTRIES);
const ADDRESSED = new RegExp(`(?:^|[^\\p{L}])(?:${NAME_INTRODUCERS.map(escapeRegex).join("|")}) $`, "iu");
/** Forms of address opening a name found on its own (`Her Excellency Josephine Teo, Minister …`). */
const ADDRESS_FIRST = new RegExp(`^(?:(?:${NAME_INTRODUCERS.map(escapeRegex).join("|")}) )+`, "u");

/** The forms of address opening `name` when a name of two words or more follows them, else "". */
function addressOpening(name: string): string {
  const m = ADDRESS_FIRST.exec(name);
  return m && name.slice(m[0].length).includes(" ") ? m[0] : "";
}

interface Person {
  name: string;
  entry: PersonEntry | null;
  surfaces: Set<string>;
  spans: { start: number; end: number }[];
  /** The starts of `spans`, so that a repeat is told apart in constant time. */
  starts: Set<number>;
  titled: TitledName[];
}

/**
 * The people named in a cleaned article body, in order of first mention: canonical name, the
 * surface forms seen, country, English role (from the fullest title the text gives) and every
 * mention as evidence.
 */
export function extractPeople(view: TextView): PersonFact[] {
  const people = new People();
  const mentions = findKnownPeople(view);
  const known = mentions.filter((m) => !m.short);
  const consumed = new Set<KnownMention>();
  const shortRefs: TitledName[] = [];
  for (const t of findTitledNames(view)) {
    // Known mentions are in text order and do not overlap: the first ending after the title's
    // start is the only one that can overlap it.
    const hit = known[firstIndexWhere(known, (m) => m.end > t.start)];
    if (hit && hit.start < t.end) {
      consumed.add(hit);
      people.add(hit.entry.name, hit.entry, t.start, t.end, t);
    } else if (t.tokens.length > 1) {
      // `Bộ trưởng Trần Tuấn` where the page is cut, after `Trần Tuấn Anh`: the known person
      // whose name it opens, not a second person.
      const whole = known.find((m) => m.entry.name.startsWith(`${t.name} `));
      if (whole) people.add(whole.entry.name, whole.entry, t.start, t.end, t);
      else people.add(malayName(t.canonical ?? t.name, t.country), null, t.start, t.end, t);
    } else shortRefs.push(t);
  }
  const covered = people.coverage();
  for (const t of findPossessiveNames(view)) {
    if (covered(t.start, t.end)) continue;
    const hit = known[firstIndexWhere(known, (m) => m.end > t.start)];
    if (hit && hit.start < t.end) continue;
    people.add(t.name, null, t.start, t.end, t);
  }
  const titledStarts = new Set(people.all().flatMap((p) => p.spans.map((s) => s.start)));
  for (const t of findAddressedNames(view, titledStarts)) {
    const hit = known[firstIndexWhere(known, (m) => m.end > t.start)];
    if (!(hit && hit.start < t.end)) people.add(malayName(t.name, null), null, t.start, t.end, t);
  }
  const named = people.coverage();
  for (const r of findSpeakerNames(view)) {
    if (named(r.start, r.end)) continue;
    const hit = known[firstIndexWhere(known, (m) => m.end > r.start)];
    if (!(hit && hit.start < r.end)) people.add(r.name, null, r.start, r.end, null);
  }
  for (const m of known) if (!consumed.has(m)) people.add(m.entry.name, m.entry, m.start, m.end, null);
  for (const t of shortRefs) resolveShortRef(people, t);
  addShortForms(view, people, mentions);
  addRepeats(view, people);
  return people.list().map((person) => toFact(view, person));
}

// Malay and Bruneian forms of address inside a name (`Hajah May Fa’ezah binti Haji Ahmad
// Ariffin`, `Awang Halbi Haji Md Yussof`), and `bin`/`binti` where they stand with one of them or
// the person is Malaysian or Bruneian; an Arabic `bin` (`Mohammed bin Salman`) stays.
const MALAY_HONORIFICS = new Set(["Haji", "Hajah", "Hj", "Hj.", "Awang", "Dayang", "Paduka"]);
const MALAY_PATRONYMIC = new Set(["bin", "binti", "Bin", "Binti"]);

function malayName(name: string, country: string | null): string {
  const words = name.split(" ");
  const honorific = words.some((w) => MALAY_HONORIFICS.has(w));
  if (!honorific && country !== "MY" && country !== "BN") return name;
  const kept = words.filter((w) => !MALAY_HONORIFICS.has(w) && !MALAY_PATRONYMIC.has(w));
  return kept.length >= 2 ? kept.join(" ") : name;
}

class People {
  private readonly byName = new Map<string, Person>();
  /** The people each single word may refer to (see `byWord`). */
  private readonly byShortWord = new Map<string, Person[]>();

  add(
    name: string,
    entry: PersonEntry | null,
    start: number,
    end: number,
    titled: TitledName | null,
    text?: string,
  ) {
    // `Her Excellency Josephine Teo`: the form of address is not part of the name.
    const address = entry === null ? addressOpening(name) : "";
    if (address) {
      // The name may have been rewritten (`Awang Dr Haji …` → `Dr …`): only a printed form of
      // address moves the start.
      if (text?.startsWith(address)) start += address.length;
      name = name.slice(address.length);
    }
    // `Mark T. Esper`: a known person written with a middle initial is that person (the form
    // written stays one of their aliases).
    const written = name;
    const initialled = entry === null ? lookupWithoutInitials(name) : null;
    if (initialled) [name, entry] = [initialled.name, initialled];
    let person = this.byName.get(name);
    if (!person) {
      person = { name, entry, surfaces: new Set([name]), spans: [], starts: new Set(), titled: [] };
      this.byName.set(name, person);
      const words = withoutSuffix(name.split(" "));
      const country = entry?.country ?? titled?.country ?? null;
      // A surname alone refers back to the person: the last word, or the first for names
      // written family name first (`ông Park` after `Park Jin`, `ông Vương` after `Vương Văn Đào`).
      const family = country && FAMILY_NAME_FIRST.has(country) ? [words[0] as string] : [];
      for (const word of new Set([words.at(-1) as string, ...family, ...(entry?.shortForms ?? [])])) {
        const list = this.byShortWord.get(word);
        if (list) list.push(person);
        else this.byShortWord.set(word, [person]);
      }
    }
    if (!person.starts.has(start)) {
      person.starts.add(start);
      person.spans.push({ start, end });
    }
    if (titled) person.titled.push(titled);
    const surface = text ?? titled?.name ?? written;
    person.surfaces.add(surface.slice(addressOpening(surface).length));
  }

  /** The one person a single word refers to: a Vietnamese given name or a known family name. */
  byWord(word: string): Person | undefined {
    const matches = this.byShortWord.get(word) ?? [];
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * Whether some person's evidence, as it is now, covers a span (`Iwaya` inside `Takeshi
   * Iwaya`): the spans in order of start with the furthest end reached so far, so each question
   * is a binary search instead of a pass over every span.
   */
  coverage(): (start: number, end: number) => boolean {
    const spans = this.all()
      .flatMap((p) => p.spans)
      .sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const s of spans) reach.push(Math.max(s.end, reach.at(-1) ?? Number.NEGATIVE_INFINITY));
    return (start, end) => {
      const before = firstIndexWhere(spans, (s) => s.start >= end) - 1;
      return before >= 0 && (reach[before] as number) > start;
    };
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  list(): Person[] {
    // A loop, not Math.min(...starts): a name repeated 200,000 times would overflow the stack.
    const first = new Map<Person, number>();
    for (const p of this.all()) {
      let min = Number.POSITIVE_INFINITY;
      for (const s of p.spans) if (s.start < min) min = s.start;
      first.set(p, min);
    }
    return this.all().sort((a, b) => (first.get(a) as number) - (first.get(b) as number));
  }
}

/** `Phó Thủ tướng Sơn`, `Ngoại trưởng Lavrov`: a title and one word naming someone. */
function resolveShortRef(people: People, t: TitledName) {
  const word = t.tokens[0] as string;
  const person = people.byWord(word);
  if (person) return people.add(person.name, person.entry, t.start, t.end, t, word);
  const known = lookupShortForm(word) ?? lookupPerson(word);
  if (known) return people.add(known.name, known, t.start, t.end, t, word);
  // A one-word foreign name (many Indonesians have one) after a title that names the country.
  if (t.country && t.country !== "VN" && word.length >= 4 && !VIETNAMESE_LETTERS.test(word)) {
    people.add(word, null, t.start, t.end, t);
  }
}

/**
 * Family names of known people: evidence for someone already found (`Lavrov` after
 * `Sergey Lavrov`), or a person of their own after a word of address (`ông Lavrov`) or when
 * the press uses the name alone (`Trump 2.0`).
 */
function addShortForms(view: TextView, people: People, mentions: readonly KnownMention[]) {
  const found = new Set(people.all().flatMap((p) => (p.entry ? [p.entry] : [])));
  // The spans added below are these mentions, which do not overlap one another.
  const covered = people.coverage();
  for (const m of mentions) {
    if (!m.short || covered(m.start, m.end)) continue;
    const addressed = ADDRESSED.test(view.text.slice(Math.max(0, m.start - 6), m.start));
    if (found.has(m.entry) || addressed || m.entry.alone) {
      people.add(m.entry.name, m.entry, m.start, m.end, null, view.text.slice(m.start, m.end));
    }
  }
}

/**
 * Repeats of every name already found, wherever the text gives it again without a title (as
 * whole words; a repeat overlapping the one before it is not counted).
 */
function addRepeats(view: TextView, people: People) {
  const surfaces = people
    .all()
    .flatMap((person) => [...person.surfaces].map((surface) => ({ person, surface, key: wordKey(surface) })))
    .filter((x) => x.surface.split(" ").length >= 2 && x.key !== null);
  const starts = wordRunStarts(
    view.text,
    surfaces.flatMap((x) => (x.key ? [x.key] : [])),
  );
  for (const { person, surface, key } of surfaces) {
    let next = 0;
    for (const i of starts.get(key?.key ?? "") ?? []) {
      if (i < next || !view.text.startsWith(surface, i)) continue;
      next = i + surface.length;
      if (isWholeWord(view.text, i, next)) people.add(person.name, person.entry, i, next, null, surface);
    }
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A name's words (letters and digits) as one key, or null when it does not open with a word. */
function wordKey(surface: string): WordKey | null {
  const words = [...execAll(WORD, surface)];
  if (words.length === 0 || words[0]?.index !== 0) return null;
  return { key: words.map((w) => w[0]).join("\0"), first: words[0]?.[0] as string, words: words.length };
}

interface WordKey {
  key: string;
  first: string;
  words: number;
}

/**
 * Where each run of `n` words starts in the text, by the run's key (see wordKey), for the names
 * asked for. A whole-word repeat of a name starts where the name's words start in that order, so
 * finding every name's repeats costs a search for each first word (one pass over the text's
 * words when there are many) and then the repeats themselves, not a pass over the text per name.
 */
function wordRunStarts(text: string, keys: readonly WordKey[]): Map<string, number[]> {
  const lengths = new Map<string, Set<number>>();
  for (const k of keys) {
    const set = lengths.get(k.first);
    if (set) set.add(k.words);
    else lengths.set(k.first, new Set([k.words]));
  }
  const starts = new Map<string, number[]>();
  const record = (at: number, first: string) => {
    for (const n of lengths.get(first) ?? []) {
      const key = wordsFrom(text, at, n);
      if (key === null) continue;
      const list = starts.get(key);
      if (list) list.push(at);
      else starts.set(key, [at]);
    }
  };
  if (lengths.size <= FEW_FIRST_WORDS) {
    for (const first of lengths.keys())
      for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1))
        if (isWholeWord(text, i, i + first.length)) record(i, first);
  } else {
    for (const m of execAll(WORD, text)) if (lengths.has(m[0])) record(m.index, m[0]);
  }
  return starts;
}

/** Up to this many distinct first words, each is found with indexOf (native, fast). */
const FEW_FIRST_WORDS = 32;
const WORD_AT = /[\p{L}\p{N}]+/uy;
const GAP_AT = /[^\p{L}\p{N}]+/uy;

/** The key of the `n` words from `at` (a word start), or null when the text ends first. */
function wordsFrom(text: string, at: number, n: number): string | null {
  let key = "";
  WORD_AT.lastIndex = at;
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      GAP_AT.lastIndex = WORD_AT.lastIndex;
      if (!GAP_AT.exec(text)) return null;
      WORD_AT.lastIndex = GAP_AT.lastIndex;
    }
    const w = WORD_AT.exec(text);
    if (!w) return null;
    key += k > 0 ? `\0${w[0]}` : w[0];
  }
  return key;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWholeWord(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT.test(text[start - 1] ?? "") && !LETTER_OR_DIGIT.test(text[end] ?? "");
}

function toFact(view: TextView, person: Person): PersonFact {
  const country = countryOf(view, person);
  const spans = [...person.spans].sort((a, b) => a.start - b.start);
  return {
    name: person.name,
    aliases: [...person.surfaces],
    country,
    role: roleOf(person, country),
    evidence: spans.map((s) => evidenceAt(view, s.start, s.end)),
  };
}

/**
 * The role from the fullest title the text gives (most offices, then a named ministry, then the
 * first). A bare rank (`Bộ trưởng Nguyễn Hồng Diên`) is completed from the table when the
 * person's known office has that rank.
 */
function roleOf(person: Person, country: string | null): string | null {
  const score = (t: TitledName) =>
    t.titles.length * 2 + (t.titles.some((x) => x.role.includes(" of ")) ? 1 : 0);
  const best = person.titled.reduce<TitledName | undefined>(
    (b, t) => (!b || score(t) > score(b) ? t : b),
    undefined,
  );
  if (!best) return null;
  const role = roleFor(best.titles, country);
  if (best.titles.length !== 1 || !role || role.includes(" of ")) return role;
  return person.entry?.roles?.find((r) => r.startsWith(`${role} of `)) ?? role;
}

/** Table country, else the title's, else VN for a Vietnamese name, else the sentence's. */
function countryOf(view: TextView, person: Person): string | null {
  if (person.entry) return person.entry.country;
  if (person.titled.some((t) => t.international)) return null;
  const fromTitle = person.titled.find((t) => t.country)?.country;
  if (fromTitle) return fromTitle;
  if (looksVietnamese(person.name)) return "VN";
  const at = person.titled[0]?.start ?? person.spans[0]?.start;
  return at === undefined ? null : sentenceCountry(view, at);
}

function looksVietnamese(name: string): boolean {
  const words = name.split(" ");
  return words.length >= 2 && SURNAMES.has(words[0] as string) && VIETNAMESE_LETTERS.test(name);
}

/** `ASEAN-` right before a country: the partner of an ASEAN pair. */
const ASEAN_DASH_BEFORE = /asean\s*[-–—]\s*$/;

/**
 * The country a sentence is about when a title names none: the only country it names, or the
 * partner in an `ASEAN-X` phrase (`Tại Hội nghị ASEAN-Hàn Quốc, Thứ trưởng … Park Yoon Joo`).
 */
function sentenceCountry(view: TextView, offset: number): string | null {
  const span = view.sentences.at(offset);
  const inSentence = startingWithin(findCountryMentions(view), span.start, span.end).filter(
    (m) => m.end <= span.end && !m.territory,
  );
  const codes = new Set(inSentence.map((m) => m.code));
  if (codes.size === 1) return inSentence[0]?.code ?? null;
  const partner = inSentence.find((m) =>
    ASEAN_DASH_BEFORE.test(view.fold.slice(Math.max(0, m.start - 8), m.start)),
  );
  return partner?.code ?? null;
}
