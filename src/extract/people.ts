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
import { NAME_INTRODUCERS } from "./data/roles.ts";
import { VIETNAMESE_LETTERS, VIETNAMESE_SURNAMES } from "./data/vietnamese-names.ts";
import { findKnownPeople, type KnownMention, lookupPerson, lookupShortForm } from "./known-people.ts";
import { escapeRegex } from "./lexicon-regex.ts";
import { findTitledNames, roleFor, type TitledName } from "./person-titles.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { PersonFact } from "./types.ts";

export { lookupPerson } from "./known-people.ts";

const SURNAMES = new Set<string>(VIETNAMESE_SURNAMES);
const ADDRESSED = new RegExp(`(?:^|[^\\p{L}])(?:${NAME_INTRODUCERS.map(escapeRegex).join("|")}) $`, "iu");

interface Person {
  name: string;
  entry: PersonEntry | null;
  surfaces: Set<string>;
  spans: { start: number; end: number }[];
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
    const hit = known.find((m) => m.start < t.end && m.end > t.start);
    if (hit) {
      consumed.add(hit);
      people.add(hit.entry.name, hit.entry, t.start, t.end, t);
    } else if (t.tokens.length > 1) people.add(t.name, null, t.start, t.end, t);
    else shortRefs.push(t);
  }
  for (const m of known) if (!consumed.has(m)) people.add(m.entry.name, m.entry, m.start, m.end, null);
  for (const t of shortRefs) resolveShortRef(people, t);
  addShortForms(view, people, mentions);
  addRepeats(view, people);
  return people.list().map((person) => toFact(view, person));
}

class People {
  private readonly byName = new Map<string, Person>();

  add(
    name: string,
    entry: PersonEntry | null,
    start: number,
    end: number,
    titled: TitledName | null,
    text?: string,
  ) {
    let person = this.byName.get(name);
    if (!person) {
      person = { name, entry, surfaces: new Set([name]), spans: [], titled: [] };
      this.byName.set(name, person);
    }
    if (!person.spans.some((s) => s.start === start)) person.spans.push({ start, end });
    if (titled) person.titled.push(titled);
    person.surfaces.add(text ?? titled?.name ?? name);
  }

  /** The one person a single word refers to: a Vietnamese given name or a known family name. */
  byWord(word: string): Person | undefined {
    const matches = [...this.byName.values()].filter(
      (p) => p.name.split(" ").at(-1) === word || (p.entry?.shortForms ?? []).includes(word),
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** True when some person's evidence already covers this span (`Iwaya` inside `Takeshi Iwaya`). */
  covers(start: number, end: number): boolean {
    return this.all().some((p) => p.spans.some((s) => s.start < end && s.end > start));
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  list(): Person[] {
    const first = (p: Person) => Math.min(...p.spans.map((s) => s.start));
    return this.all().sort((a, b) => first(a) - first(b));
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
 * `Sergey Lavrov`), or a person of their own after a word of address (`ông Lavrov`).
 */
function addShortForms(view: TextView, people: People, mentions: KnownMention[]) {
  const found = new Set(people.all().flatMap((p) => (p.entry ? [p.entry] : [])));
  for (const m of mentions) {
    if (!m.short || people.covers(m.start, m.end)) continue;
    const addressed = ADDRESSED.test(view.text.slice(Math.max(0, m.start - 6), m.start));
    if (found.has(m.entry) || addressed) {
      people.add(m.entry.name, m.entry, m.start, m.end, null, view.text.slice(m.start, m.end));
    }
  }
}

/** Repeats of every name already found, wherever the text gives it again without a title. */
function addRepeats(view: TextView, people: People) {
  for (const person of people.all()) {
    for (const surface of person.surfaces) {
      if (surface.split(" ").length < 2) continue;
      for (let i = view.text.indexOf(surface); i >= 0; i = view.text.indexOf(surface, i + surface.length)) {
        if (isWholeWord(view.text, i, i + surface.length))
          people.add(person.name, person.entry, i, i + surface.length, null, surface);
      }
    }
  }
}

function isWholeWord(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[start - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "");
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

/**
 * The country a sentence is about when a title names none: the only country it names, or the
 * partner in an `ASEAN-X` phrase (`Tại Hội nghị ASEAN-Hàn Quốc, Thứ trưởng … Park Yoon Joo`).
 */
function sentenceCountry(view: TextView, offset: number): string | null {
  const span = view.sentences.at(offset);
  const inSentence = findCountryMentions(view).filter(
    (m) => m.start >= span.start && m.end <= span.end && !m.territory,
  );
  const codes = new Set(inSentence.map((m) => m.code));
  if (codes.size === 1) return inSentence[0]?.code ?? null;
  const partner = inSentence.find((m) =>
    /asean\s*[-–—]\s*$/.test(view.fold.slice(Math.max(0, m.start - 8), m.start)),
  );
  return partner?.code ?? null;
}
