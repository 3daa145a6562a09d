/**
 * Matching the known-people table (data/people.ts) against a text: full names and aliases
 * (`Sergei Lavrov`, `Iwaya Takeshi`, `Vương Nghị`) and distinctive family names (`Lavrov`),
 * in one prefix-tree pass over the folded view.
 */
import { PEOPLE, type PersonEntry } from "./data/people.ts";
import { OFFICIALS } from "./data/people-officials.ts";
import { NAME_PARTICLES } from "./data/roles.ts";
import {
  execAll,
  FOLDED_WORD_END,
  FOLDED_WORD_START,
  separatorView,
  spellingKey,
  trieSource,
} from "./lexicon-regex.ts";
import { canonicalTones, foldKey, foldText, normalizeText } from "./normalize.ts";
import type { TextView } from "./text-view.ts";

/** A place where the text names a known person. */
export interface KnownMention {
  start: number;
  end: number;
  entry: PersonEntry;
  /** Only the family name (`Lavrov`): evidence once the person is introduced, not on its own. */
  short: boolean;
}

const nameKey = (s: string) => spellingKey(canonicalTones(normalizeText(s))).toLowerCase();

const HYPHEN_BEFORE_CAPITAL = /-\p{Lu}/u;
const HYPHEN = /-/g;

/**
 * A transliterated or romanised name with and without the hyphens inside its words
 * (`Xéc-gây La-vrốp`, `Xécgây Lavrốp`, `Moon Jae-in`, `Moon Jaein`): the press writes both.
 */
function hyphenVariants(form: string): string[] {
  let variants = [""];
  for (const word of form.split(" ")) {
    const parts =
      word.includes("-") && !HYPHEN_BEFORE_CAPITAL.test(word) ? [word, word.replace(HYPHEN, "")] : [word];
    variants = variants.flatMap((v) => parts.map((w) => (v ? `${v} ${w}` : w)));
    if (variants.length > 8) return [form];
  }
  return variants;
}

// The table's own entries first: a spelling both hold is the first table's.
const KNOWN: readonly PersonEntry[] = [...PEOPLE, ...OFFICIALS];
const FORMS = new Map<PersonEntry, string[]>(
  KNOWN.map((e) => [e, [...new Set([e.name, ...e.aliases].flatMap(hyphenVariants))]]),
);
const BY_NAME = new Map<string, PersonEntry>();
const BY_FOLDED = new Map<string, PersonEntry>();
const BY_SHORT = new Map<string, PersonEntry>();
for (const entry of KNOWN) {
  for (const form of FORMS.get(entry) ?? []) {
    if (!BY_NAME.has(nameKey(form))) BY_NAME.set(nameKey(form), entry);
    if (!BY_FOLDED.has(foldKey(form))) BY_FOLDED.set(foldKey(form), entry);
  }
  for (const form of entry.shortForms ?? [])
    if (!BY_SHORT.has(nameKey(form))) BY_SHORT.set(nameKey(form), entry);
}
const ALL_FORMS = KNOWN.flatMap((e) => [...(FORMS.get(e) ?? []), ...(e.shortForms ?? [])]).map(foldText);
const NAME_RE = new RegExp(`${FOLDED_WORD_START}${trieSource(ALL_FORMS)}${FOLDED_WORD_END}`, "g");
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * The known-people entry for a name or alias (`Iwaya Takeshi`, `Vương Nghị`, `Sergei Lavrov`),
 * tolerant of case, spacing and tone-mark placement, then of missing diacritics; null if unknown.
 */
export function lookupPerson(name: string): PersonEntry | null {
  return BY_NAME.get(nameKey(name)) ?? BY_FOLDED.get(foldKey(name)) ?? null;
}

// A middle initial: one capital and a full stop (`Mark T. Esper`, `Antony J. Blinken`).
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * The known person a name written with middle initials is (`Mark T. Esper` → Mark Esper), when
 * the name without them is a known form; null otherwise (`Ahmed M. Saeed` stays a name of its own).
 */
export function lookupWithoutInitials(name: string): PersonEntry | null {
  const words = name.split(" ");
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !MIDDLE_INITIAL.test(w));
  return kept.length < words.length && kept.length >= 2 ? lookupPerson(kept.join(" ")) : null;
}

/** The entry a family name alone refers to (`Lavrov`), or null. */
export function lookupShortForm(word: string): PersonEntry | null {
  return BY_SHORT.get(nameKey(word)) ?? null;
}

const PARTICLES = new Set<string>(NAME_PARTICLES);

const WHITESPACE_RUN = /\s+/;

/**
 * Every word of a name is written with a capital, bar particles (`Ursula von der Leyen`):
 * `Hàn chính thức` is not the name `Hàn Chính`, nor `Tập cận` a leader.
 */
function capitalised(surface: string): boolean {
  for (const word of surface.split(WHITESPACE_RUN)) {
    const first = word[0] ?? "";
    if (first === first.toLowerCase() && first !== first.toUpperCase() && !PARTICLES.has(word)) return false;
  }
  return true;
}

const knownCache = new WeakMap<TextView, readonly KnownMention[]>();

/**
 * Every mention of a known person, in text order. The regex runs on folded text, so diacritics
 * must then agree — except for a name written entirely without them (`Bui Thanh Son` in English
 * press), which stands for the Vietnamese name. Every word of a name starts with a capital letter.
 */
export function findKnownPeople(view: TextView): readonly KnownMention[] {
  // Read by the people and by the meetings a partner's official attends: found once per view.
  const cached = knownCache.get(view);
  if (cached) return cached;
  const out: KnownMention[] = [];
  for (const m of execAll(NAME_RE, separatorView(view))) {
    const start = m.index;
    const end = start + m[0].length;
    const surface = view.canon.slice(start, end);
    if (!capitalised(surface)) continue;
    const key = spellingKey(surface).toLowerCase();
    const full =
      BY_NAME.get(key) ?? (PRINTABLE_ASCII.test(surface) ? BY_FOLDED.get(foldKey(surface)) : undefined);
    if (full) out.push({ start, end, entry: full, short: false });
    else {
      const short = BY_SHORT.get(key);
      if (short) out.push({ start, end, entry: short, short: true });
    }
  }
  knownCache.set(view, out);
  return out;
}
