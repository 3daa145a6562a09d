/**
 * Finds names introduced by a title. A title chain (titles joined by `,` / `kiêm` / `and`) may
 * carry a country after it (Vietnamese: `Bộ trưởng Ngoại giao Nhật Bản`) or before it (English:
 * `Japanese Foreign Minister`, `Laos' Minister`), then an optional word of address, then the
 * name: `Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn`,
 * `Bộ trưởng Đầu tư, Thương mại và Công nghiệp Malaysia, ông Zafrul Abdul Aziz`.
 * The name may also stand before the title as an apposition:
 * `H.E. Malaythong Kommasith, Minister of Industry and Commerce of the Lao PDR`.
 */
import { type CountryMention, countryNameAt, findCountryMentions } from "./countries.ts";
import { MEETING_CITIES } from "./data/places.ts";
import {
  ENGLISH_MINISTRY_WORDS,
  FAMILY_NAME_IN_CAPITALS,
  FORMER_BEFORE_TITLE,
  NAME_INTRODUCERS,
  NOT_A_PERSON_BEFORE_TITLE,
  NOT_NAME_WORDS,
  ROLE_BY_COUNTRY,
  TITLES,
  type TitleEntry,
  VIETNAMESE_MINISTRY_NAMES,
} from "./data/roles.ts";
import { VIETNAMESE_LETTERS, VIETNAMESE_SURNAMES } from "./data/vietnamese-names.ts";
import {
  escapeRegex,
  execAll,
  FOLDED_WORD_END,
  FOLDED_WORD_START,
  separatorView,
  spellingKey,
  trieSource,
} from "./lexicon-regex.ts";
import { canonicalTones, foldText } from "./normalize.ts";
import { canonicalName, type NameRun, nameEndingAt, parseNameRun } from "./person-names.ts";
import type { TextView } from "./text-view.ts";

const CITY_NAMES = new Set(MEETING_CITIES.flatMap((c) => [c.name, ...c.aliases].map(foldText)));

/** A name introduced by a title. */
export interface TitledName {
  /** Span of the name alone. */
  start: number;
  end: number;
  name: string;
  tokens: string[];
  /** The chain of titles, in text order. */
  titles: TitleEntry[];
  /** Country the title phrase names or implies, if any. */
  country: string | null;
  /** The title is an international office: the person acts for no country. */
  international: boolean;
  /** The name in canonical form when it differs from the printed one (`ABE Shinzo`). */
  canonical?: string;
}

const TITLE_BY_KEY = new Map<string, TitleEntry>();
for (const t of TITLES) {
  for (const form of t.forms) {
    const key = spellingKey(canonicalTones(form)).toLowerCase();
    if (!TITLE_BY_KEY.has(key)) TITLE_BY_KEY.set(key, t);
  }
}
/**
 * English titles in the plural head a list of names (`Foreign Ministers Wang Yi, Kono and
 * Bishop`): the plural of each form whose last word is the office (`Foreign Minister`, not
 * `Minister of Trade`).
 */
const PLURAL_BY_KEY = new Map<string, TitleEntry>();
for (const t of TITLES) {
  if (t.exactCase) continue;
  for (const form of t.forms) {
    if (!/^[A-Z][A-Za-z -]*[a-z]$/.test(form) || / (?:of|for|to)\b/.test(form)) continue;
    const plural = form.endsWith("y") ? `${form.slice(0, -1)}ies` : `${form}s`;
    const key = spellingKey(plural).toLowerCase();
    if (!TITLE_BY_KEY.has(key) && !PLURAL_BY_KEY.has(key)) PLURAL_BY_KEY.set(key, t);
  }
}
const TITLE_RE = new RegExp(
  `${FOLDED_WORD_START}${trieSource([...TITLES.flatMap((t) => t.forms), ...PLURAL_BY_KEY.keys()].map(foldText))}${FOLDED_WORD_END}`,
  "g",
);
const CHAIN_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+kiêm\s+|\s+and\s+)$/i;
const BLOCKED_BEFORE = new RegExp(`(?:^|[^a-z])(?:${NOT_A_PERSON_BEFORE_TITLE.join("|")})\\s+$`);
const FORMER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${FORMER_BEFORE_TITLE.map(escapeRegex).join("|")})\\s*$`,
  "iu",
);
// Both `ông` and `Ông`; spelled out because the `i` flag would make the `\p{Lu}` look-ahead match
// lower case too.
const INTRODUCER_FORMS = NAME_INTRODUCERS.flatMap((w) => [w, (w[0] ?? "").toUpperCase() + w.slice(1)]);
// Longest first, so that `Dato Seri Paduka` is one word of address, not `Dato` and a name.
const INTRODUCER_SOURCE = [...INTRODUCER_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join("|");
// After the title: an acronym in brackets (`(USTR)`), a comma, a word of address, the name.
const INTRODUCER = new RegExp(
  `^(?: \\([^)]{1,15}\\))?,? +(?:(?:${INTRODUCER_SOURCE}) +){0,3}(?=\\p{Lu})`,
  "u",
);
const INTRODUCED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${INTRODUCER_SOURCE}) $`, "u");
const MINISTRY_AFTER = new RegExp(
  `^,? bo ${trieSource(VIETNAMESE_MINISTRY_NAMES.map(foldText))}${FOLDED_WORD_END}`,
);
const APPOSITION_ARTICLE = /(?:the|a|an) $/;
const SURNAMES = new Set<string>(VIETNAMESE_SURNAMES);
const CLAUSE_OPENERS = new Set(NOT_NAME_WORDS.map((w) => w.toLowerCase()));
const COUNTRY_LINK_AFTER = /^ (?:(?:of (?:the )?)|của )?/;
const COUNTRY_LINK_BEFORE = /^(?: |['’]s? )$/;
const POSTING_LINK = /^ (?:tại|ở|to|in) /;
// Up to eight words of a Vietnamese ministry's name, each compound opening with a capital (`Các
// vấn đề Hàng hải và Đầu tư`, `Lao động, Thương binh và Xã hội`); no punctuation but commas.
const VI_MINISTRY_WORD = "(?:\\p{Lu}\\p{Ll}*(?: (?!và )\\p{Ll}+)?|và|vấn đề)";
const VI_MINISTRY_GAP = new RegExp(`^ ${VI_MINISTRY_WORD}(?:,? ${VI_MINISTRY_WORD}){0,7} $`, "u");
const ASEAN_FULL_NAME =
  /^(?:Hiệp hội (?:các|Các) (?:quốc gia|Quốc gia) Đông Nam Á|(?:the )?Association of Southeast Asian Nations)(?: \(ASEAN\))?/u;
// A form of state before a country the finder names without it (`tại Vương quốc Campuchia`).
const STATE_FORM = /^(?:Vương quốc|Cộng hòa|Cộng hoà|Nhà nước|the Kingdom of|the Republic of) /;
const MINISTRY_WORD = `(?:${ENGLISH_MINISTRY_WORDS.join("|")})(?![\\p{L}])`;
// ` of Industry and Commerce`, ` for Export Promotion, International Trade and Economic Development`.
const MINISTRY_PHRASE = new RegExp(
  `^ (?:of|for) (${MINISTRY_WORD}(?:(?:,? and |, | )${MINISTRY_WORD})*)`,
  "u",
);
const MINISTRY_CONTINUATION = new RegExp(
  `^(?:,? and |, )${MINISTRY_WORD}(?:(?:,? and |, | )${MINISTRY_WORD})*`,
  "u",
);

/**
 * The English role for a title chain in a given country: components joined by `, `, with the
 * country's official form where it differs (`Minister of Foreign Affairs` → `Secretary of State`
 * for the US).
 */
export function roleFor(titles: readonly TitleEntry[], country: string | null): string | null {
  const overrides = (country && ROLE_BY_COUNTRY[country]) || {};
  const parts = [...new Set(titles.map((t) => overrides[t.role] ?? t.role))];
  return parts.length > 0 ? parts.join(", ") : null;
}

/** Every title-introduced name in the text, in text order. */
export function findTitledNames(view: TextView): TitledName[] {
  const mentions = findCountryMentions(view);
  const out: TitledName[] = [];
  for (const chain of titleChains(view)) {
    if (chain.plural) {
      out.push(...namesAfterPlural(view, mentions, chain));
      continue;
    }
    const named = nameAfterChain(view, mentions, chain) ?? nameBeforeChain(view, mentions, chain);
    if (named) out.push(named);
  }
  return out;
}

/** Titles joined by `,` / `kiêm` / `and`: `Phó Thủ tướng, Bộ trưởng Ngoại giao`. */
interface Chain {
  start: number;
  /** End of the last title (with any English ministry after it), before a country or name. */
  end: number;
  titles: TitleEntry[];
  /** Preceded by `cựu`, `former` …: the office is not the person's role. */
  former?: boolean;
  /** A title in the plural (`Foreign Ministers`), which heads a list of names. */
  plural?: boolean;
}

function titleChains(view: TextView): Chain[] {
  const chains: Chain[] = [];
  let current: Chain | null = null;
  for (const m of execAll(TITLE_RE, separatorView(view))) {
    const start = m.index;
    let end = start + m[0].length;
    const printed = spellingKey(view.canon.slice(start, end));
    const plural = PLURAL_BY_KEY.get(printed.toLowerCase());
    if (plural) {
      chains.push({ start, end, titles: [plural], plural: true });
      current = null;
      continue;
    }
    let title = TITLE_BY_KEY.get(printed.toLowerCase());
    if (!title || (title.exactCase && !title.forms.includes(printed))) continue;
    [title, end] = withEnglishMinistry(view.text, title, end);
    if (current && CHAIN_GAP.test(view.text.slice(current.end, start))) {
      current.titles.push(title);
      current.end = end;
      continue;
    }
    current = { start, end, titles: [title] };
    chains.push(current);
  }
  return chains.filter((c) => {
    if (BLOCKED_BEFORE.test(view.fold.slice(Math.max(0, c.start - 16), c.start))) return false;
    // A former office names the person but is not their role.
    if (FORMER_BEFORE.test(view.canon.slice(Math.max(0, c.start - 10), c.start))) c.former = true;
    return true;
  });
}

/**
 * English ministries are open-ended: `Minister of Export Promotion, International Trade and
 * Economic Development`, `Minister of Commerce and Industry`. A bare rank takes the ministry
 * that follows; a listed title (`Minister of Commerce`) takes any continuation (`and Industry`).
 */
function withEnglishMinistry(text: string, title: TitleEntry, end: number): [TitleEntry, number] {
  const after = text.slice(end, end + 160);
  if (title.takesMinistry) {
    const m = MINISTRY_PHRASE.exec(after);
    return m?.[1] ? [{ forms: [], role: `${title.role} of ${m[1]}` }, end + m[0].length] : [title, end];
  }
  const more = title.role.includes(" of ") ? MINISTRY_CONTINUATION.exec(after) : null;
  return more ? [{ ...title, forms: [], role: title.role + more[0] }, end + more[0].length] : [title, end];
}

/** The country a chain names: right after it (`… Nhật Bản`, `… of Japan`) or right before it. */
function chainCountry(
  view: TextView,
  mentions: CountryMention[],
  chain: Chain,
): { code: string | null; end: number } {
  const end = chain.end;
  const link = COUNTRY_LINK_AFTER.exec(view.text.slice(end, end + 10));
  // `Chủ tịch Thượng viện Cộng hòa Philippines …`: a form of state the finder leaves out.
  const linked = link ? end + link[0].length : -1;
  const state = link ? (STATE_FORM.exec(view.text.slice(linked, linked + 16))?.[0].length ?? 0) : 0;
  const after = link
    ? mentions.find((m) => m.start === linked || (state > 0 && m.start === linked + state))
    : undefined;
  if (after) return { code: after.code, end: postedEnd(view, mentions, after.end) };
  // `Bộ trưởng Điều phối Các vấn đề Hàng hải và Đầu tư Indonesia Luhut …`: a Vietnamese ministry
  // spelled out between the rank and the country, then the name.
  const spelled = mentions.find((m) => m.start > end && m.start <= end + 70);
  const gap = spelled ? view.text.slice(end, spelled.start) : "";
  if (spelled && VIETNAMESE_LETTERS.test(gap) && VI_MINISTRY_GAP.test(gap))
    return { code: spelled.code, end: postedEnd(view, mentions, spelled.end) };
  const before = mentions.find(
    (m) =>
      m.end <= chain.start &&
      m.end >= chain.start - 3 &&
      COUNTRY_LINK_BEFORE.test(view.text.slice(m.end, chain.start)),
  );
  const code = before?.code ?? chain.titles.find((t) => t.country)?.country ?? null;
  return { code, end: before ? postedEnd(view, mentions, end) : end };
}

/**
 * Past an ambassador's posting after the title and country: `Đại sứ Trung Quốc tại Việt Nam Hà
 * Vĩ`, `US Ambassador to Malaysia Edgard D. Kagan`, `Đại sứ Vương quốc Anh tại ASEAN Jon Lambe`.
 */
function postedEnd(view: TextView, mentions: CountryMention[], end: number): number {
  const posting = POSTING_LINK.exec(view.text.slice(end, end + 6));
  if (!posting) return end;
  const at = end + posting[0].length;
  const state = STATE_FORM.exec(view.text.slice(at, at + 16))?.[0].length ?? 0;
  const postedTo = mentions.find((m) => m.start === at || (state > 0 && m.start === at + state));
  if (postedTo) return postedTo.end;
  if (view.text.startsWith("ASEAN", at)) return at + "ASEAN".length;
  // `Đại sứ Indonesia tại Hiệp hội các quốc gia Đông Nam Á (ASEAN) Ade Padmo Sarwono`.
  const full = ASEAN_FULL_NAME.exec(view.text.slice(at, at + 80));
  return full ? at + full[0].length : end;
}

/** The name with its chain's titles; a former office gives no role (`cựu Thủ tướng`). */
function titled(chain: Chain, country: string | null, run: NameRun | null): TitledName | null {
  if (!run) return null;
  const international = chain.titles.some((t) => t.international);
  if (!country && !international && chain.titles.some((t) => t.needsCountry)) return null;
  const titles = chain.former ? [] : chain.titles;
  const { start, end, name, tokens } = run;
  return { start, end, name, tokens, titles, country: international ? null : country, international };
}

function nameAfterChain(view: TextView, mentions: CountryMention[], chain: Chain): TitledName | null {
  const { code, end: countryEnd } = chainCountry(view, mentions, chain);
  // A department head's ministry between title and name: `Vụ trưởng Vụ ASEAN, Bộ Ngoại giao Vũ Hồ`.
  const ministry = MINISTRY_AFTER.exec(separatorView(view).slice(countryEnd, countryEnd + 60));
  const end = countryEnd + (ministry?.[0].length ?? 0);
  const intro = INTRODUCER.exec(view.text.slice(end, end + 60));
  if (!intro) return null;
  const nameStart = end + intro[0].length;
  // `Thủ tướng Campuchia, Thái Lan …` lists countries, not a name.
  if (mentions.some((m) => m.start === nameStart)) return null;
  const order = code ? FAMILY_NAME_IN_CAPITALS[code] : undefined;
  const run = pastCountryWord(view, parseNameRun(view.text, nameStart, order !== undefined));
  // `…, Đoàn Việt Nam đã tham gia`: a delegation named after its country, not a person.
  if (run && mentions.some((m) => m.start < run.end && m.end > run.start)) return null;
  const named = titled(chain, code, run);
  if (named && run && order) {
    const canonical = canonicalName(run, order === "last");
    if (canonical !== run.name) named.canonical = canonical;
  }
  return named;
}

const LIST_GAP = /^(?:,? and |, )/;
const SPACE_BEFORE_CAPITAL = / (?=\p{Lu})/u;

/**
 * The names a plural title heads, at least two: `Foreign Ministers Wang Yi, Kono, Bishop and
 * Ri Yong-ho of China, Japan, Australia and North Korea, respectively`. A list of as many
 * countries after `of` gives each name its country, in order.
 */
function namesAfterPlural(view: TextView, mentions: CountryMention[], chain: Chain): TitledName[] {
  const runs: NameRun[] = [];
  let at = chain.end;
  for (let gap = SPACE_BEFORE_CAPITAL.exec(view.text.slice(at, at + 2)); gap; ) {
    const run = parseNameRun(view.text, at + gap[0].length);
    if (!run || mentions.some((m) => m.start < run.end && m.end > run.start)) break;
    runs.push(run);
    at = run.end;
    gap = LIST_GAP.exec(view.text.slice(at, at + 6));
  }
  if (runs.length < 2) return [];
  const countries = countryList(view, mentions, at);
  return runs.flatMap((run, i) => {
    const named = titled(chain, countries.length === runs.length ? (countries[i] as string) : null, run);
    return named ? [named] : [];
  });
}

const OF_THE = /^ of (?:the )?/;

/** The countries listed from `at` on after `of` (`of China, Japan and Canada`), in order. */
function countryList(view: TextView, mentions: CountryMention[], at: number): string[] {
  const of = OF_THE.exec(view.text.slice(at, at + 9));
  if (!of) return [];
  const codes: string[] = [];
  let next = at + of[0].length;
  for (let m = mentions.find((c) => c.start === next); m; m = mentions.find((c) => c.start === next)) {
    codes.push(m.code);
    const gap = LIST_GAP.exec(view.text.slice(m.end, m.end + 6));
    if (!gap) break;
    next = m.end + gap[0].length;
  }
  return codes;
}

/**
 * A country's name opening a longer run after a title, which the country finder read as the
 * first word of a name (`Bộ trưởng Năng lượng và Mỏ Lào Phoxay Xayyasone`): the name is what
 * follows it. A Vietnamese family name that is also a country word stays (`Thái Văn Long`).
 */
function pastCountryWord(view: TextView, run: NameRun | null): NameRun | null {
  if (!run || run.tokens.length < 3 || SURNAMES.has(run.tokens[0] as string)) return run;
  const country = countryNameAt(view, run.start);
  if (!country || view.text[run.start + country.length] !== " ") return run;
  const rest = parseNameRun(view.text, run.start + country.length + 1);
  return rest && rest.end === run.end ? rest : run;
}

/** What may stand between a country and the title after it: a space, or `'s ` / `' `. */
const POSSESSIVE_GAP = /^(?:['’]s?)? $/;
const WORD_BEFORE = /([\p{L}]+) $/u;
/** Only spaces, quotes, brackets, bullets or dashes: the name opens its sentence. */
const SENTENCE_OPENING = /^[\s"“‘'(*•–-]*$/u;

/**
 * `Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR`.
 * Only taken when the name is introduced (`H.E.`, `bà`) or the title names a country, so that a
 * place before a comma (`Tại Kuala Lumpur, Bộ trưởng …`) is not read as a name.
 */
function nameBeforeChain(view: TextView, mentions: CountryMention[], chain: Chain): TitledName | null {
  // The apposition may open with an article or the country (`…, the Minister`, `…, Vietnam's
  // Deputy Foreign Minister`, `…, Indonesian ambassador to Thailand`) before the title itself.
  const country = mentions.find(
    (m) =>
      m.end <= chain.start &&
      m.end >= chain.start - 3 &&
      POSSESSIVE_GAP.test(view.text.slice(m.end, chain.start)),
  );
  let head = country?.start ?? chain.start;
  const article = APPOSITION_ARTICLE.exec(view.text.slice(Math.max(0, head - 6), head));
  if (article) head -= article[0].length;
  if (view.text.slice(head - 2, head) !== ", ") return null;
  let run = nameEndingAt(view.text, head - 2);
  // `Ambassador Nguyen Hai Bang, Permanent Representative of …`: a title opening the run is no
  // part of the name (the name is also read after that title).
  const opening =
    run && run.tokens.length > 2
      ? TITLE_BY_KEY.get(spellingKey(run.tokens[0] ?? "").toLowerCase())
      : undefined;
  if (run && opening) {
    const rest = parseNameRun(view.text, run.start + (run.tokens[0]?.length ?? 0) + 1);
    run = rest && rest.end === run.end ? rest : run;
  }
  if (!run || mentions.some((m) => m.start < (run as NameRun).end && m.end > (run as NameRun).start))
    return null;
  // `Meanwhile, the Foreign Minister of Japan said`: one word before such an apposition is no name.
  if (head !== chain.start && run.tokens.length < 2) return null;
  // `Về Biển Đông, Ngoại trưởng Mỹ …`: a place or topic after a preposition, not a name.
  const wordBefore = WORD_BEFORE.exec(view.text.slice(Math.max(0, run.start - 12), run.start))?.[1];
  // English `and` / `by` before `Name, Title` join a person to a list or a verb, as a semicolon
  // joins the items of a list (`…; Nararya Soeprapto, ASEAN deputy secretary-general; …`).
  const joined =
    wordBefore === "and" || wordBefore === "by" || view.text.slice(run.start - 2, run.start) === "; ";
  if (wordBefore && !joined && CLAUSE_OPENERS.has(wordBefore.toLowerCase())) return null;
  const { code } = chainCountry(view, mentions, chain);
  const introduced = INTRODUCED_BEFORE.test(view.text.slice(Math.max(0, run.start - 16), run.start));
  // `co-chaired by Sidharto Reza Suryodipuro, Director-General for …`: a full name so joined;
  // `Lavaron Sangsanit, Director-General of …` opening its sentence, unless it is a city.
  const opens =
    SENTENCE_OPENING.test(view.text.slice(view.sentences.at(run.start).start, run.start)) &&
    !CITY_NAMES.has(foldText(run.name));
  if (!introduced && !code && !((joined || opens) && run.tokens.length >= 2)) return null;
  return titled(chain, code, run);
}
