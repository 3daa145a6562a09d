/**
 * People English press names with no title at all, only as the one who speaks or leads:
 * `Budi Harsono said …`, `"…," Maria Santos told reporters`, `according to Kao Lim Sorn, …`,
 * `the delegation was led by Tom Harwood.` A name here is two to five capitalised words that no
 * title, institution, document or sentence opener word is part of; the people extractor then
 * drops any that a known name, a titled name or a country covers.
 */
import { findCountryMentions } from "./countries.ts";
import { execAll } from "./lexicon-regex.ts";
import { type NameRun, nameEndingAt, parseNameRun } from "./person-names.ts";
import type { TextView } from "./text-view.ts";

/** Verbs after a speaker's name (`X said`, `X told reporters`). */
// Neither pattern opens on a look-behind (a regex that does is tried at every position of the
// text); the word boundary before is checked after a match instead.
const SPEAKS_AFTER =
  / (?:said|says|told|added|noted|stressed|emphasi[sz]ed|stated|explained|remarked|urged|affirmed|highlighted|underlined|underscored|announced|warned)(?![\p{L}\p{N}])/gu;
/** Words before a name (`said Maria Santos,`, `according to …`, `led by …`). */
const NAME_AFTER =
  /(?:said|says|[Aa]ccording to|led by|headed by|chaired by|co-chaired by|told by|quoted)\s(?=\p{Lu})/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may follow a name read after {@link NAME_AFTER}: punctuation or a preposition. */
const AFTER_NAME = /^(?:[,.;:)]|\s(?:on|in|at|of|who|from|and)\s|$)/u;

// Capitalised words that are never part of a person's name in this position.
const NEVER_IN_NAME = new Set([
  "Statement",
  "Declaration",
  "Communique",
  "Communiqué",
  "Report",
  "Agreement",
  "Charter",
  "Vision",
  "Plan",
  "Minister",
  "Ministers",
  "Ministry",
  "President",
  "Secretary",
  "Secretariat",
  "Spokesperson",
  "Spokesman",
  "Spokeswoman",
  "Chairman",
  "Chair",
  "Government",
  "Embassy",
  "Office",
  "Department",
  "Agency",
  "Council",
  "Committee",
  "Commission",
  "Bank",
  "Fund",
  "Forum",
  "Summit",
  "Meeting",
  "News",
  "Times",
  "Post",
  "Herald",
  "Daily",
  "Party",
  "Union",
  "Group",
  "Association",
  "Institute",
  "University",
  "Centre",
  "Center",
  "Parliament",
  "Assembly",
  "House",
  "Palace",
  "Court",
  "Police",
  "Army",
  "Navy",
  "Force",
  "Forces",
  "Command",
  "Prime",
  "Foreign",
  "Affairs",
  // `the Ministry of Foreign Affairs and International Cooperation said`.
  "Cooperation",
  "Co-operation",
  "Development",
  "Industry",
  "Investment",
  "Planning",
  "Trade",
  "Defence",
  "Defense",
  "Economic",
  "National",
  "General",
  "Deputy",
  "State",
  "Federation",
  "Republic",
  "Kingdom",
  "Islands",
  "Sea",
  "Strait",
  "Street",
  "Hotel",
  "Convention",
  "Photo",
  "Asia",
  "Southeast",
  "Pacific",
  "Europe",
  "America",
  "Africa",
  "Mekong",
  "Region",
  "Reuters",
  "Bernama",
  "Xinhua",
  "Kyodo",
  "Yonhap",
  "AFP",
]);
const OPENERS = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "You",
  "Our",
  "His",
  "Her",
  "Its",
  "Their",
  "But",
  "And",
  "Also",
  "Meanwhile",
  "However",
  "Earlier",
  "Later",
  "Then",
  "Both",
  "Officials",
  "Analysts",
  "Experts",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

const isPersonRun = (run: NameRun | null): run is NameRun =>
  run !== null &&
  run.tokens.length >= 2 &&
  run.tokens.length <= 5 &&
  !OPENERS.has(run.tokens[0] as string) &&
  !run.tokens.some((t) => NEVER_IN_NAME.has(t)) &&
  !run.tokens.every((t) => t.endsWith("."));

const WHITESPACE = /\s/u;
/** `the`, `a` or `an` right before: a noun phrase (`the Foreign Ministry`), not a name. */
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an)\s$/iu;

/** Names of speakers and leaders with no title, in text order, none overlapping a country. */
export function findSpeakerNames(view: TextView): NameRun[] {
  const { text } = view;
  const found = new Map<number, NameRun>();
  for (const m of execAll(SPEAKS_AFTER, text)) {
    if (m.index === 0 || WHITESPACE.test(text[m.index - 1] as string)) continue;
    const run = nameEndingAt(text, m.index);
    // `the Foreign Ministry said`, `a Thai official said`: only a name standing on its own.
    if (isPersonRun(run) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, run.start - 4), run.start)))
      found.set(run.start, run);
  }
  for (const m of execAll(NAME_AFTER, text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1] as string)) continue;
    const start = m.index + m[0].length;
    const run = parseNameRun(text, start);
    if (isPersonRun(run) && AFTER_NAME.test(text.slice(run.end, run.end + 7))) found.set(run.start, run);
  }
  const countries = findCountryMentions(view);
  return [...found.values()]
    .filter((r) => !countries.some((c) => c.start < r.end && c.end > r.start))
    .sort((a, b) => a.start - b.start);
}
