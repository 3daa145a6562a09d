/**
 * Meeting names: the compiled patterns that find them on the folded view, and what a matched
 * name says by itself — series, partner, OTHER sub-series, level and edition numbers. What the
 * surrounding text adds is meeting-mentions.ts's and meeting-context.ts's job.
 */
import { countryNamePattern } from "./countries.ts";
import {
  ACRONYM_HEADS,
  CONSULTATION_OPENERS,
  EN_CORES,
  EN_FIXED_NAMES,
  EN_LEVEL_WORDS,
  EN_NAME_MODIFIERS,
  EN_NOUNS,
  GENERIC_MINISTER_CUES,
  LEVEL_CUES,
  MEETING_ACRONYMS,
  NAMED_OTHER_MEETINGS,
  ONLINE_NAME_CUES,
  PARTNER_MEETING_OPENERS,
  PARTNER_NOUNS,
  PARTNER_PRINTED_ACRONYMS,
  PARTNER_SHORT_FORMS,
  PLUS_ONE_PATTERN,
  SECTOR_MEETINGS,
  SECTOR_OFFICIALS,
  SERIES_BY_LEVEL,
  SERIES_SIGNATURES,
  SERIES_VOCABULARY,
  SUMMIT_IN_SERIES_NAME,
  VI_CORES,
  VI_FIXED_NAMES,
  VI_HEAD_MODIFIERS,
  VI_HEADS,
  VI_LEVEL_SUFFIXES,
  VI_LEVEL_WORDS,
} from "./data/meetings.ts";
import { EN_ORDINALS, VI_FIRST, VI_ORDINALS } from "./data/ordinals.ts";
import {
  alternation,
  FOLD_END,
  FOLD_START,
  firstWords,
  fragmentSource,
  wordAlternation,
} from "./fold-pattern.ts";
import { DASH_CLASS, trieSource } from "./lexicon-regex.ts";
import { partnerAt } from "./partner-lists.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingLevel, MeetingSeries } from "./types.ts";

/** What a name says about the meeting it names. */
export interface NameIdentity {
  series: MeetingSeries;
  partner: string | null;
  /** Sub-series of OTHER (`ACF`, `ADMM`), else null. */
  otherId: string | null;
  /** A level the sub-series fixes (a sectoral meeting is `other`); undefined: read the name. */
  level?: MeetingLevel;
  /** The level of a sub-series' ministers when the name says only `Ministers'` (RCEP: trade). */
  ministersLevel?: MeetingLevel;
  /** `ASEAN+1` whose partners are listed around it. */
  plusOne: boolean;
  /** Where the partner's name ends, when it runs past the matched name (`… ASEAN và Trung Quốc`). */
  partnerEnd?: number;
}

const SERIES_INFO = new Map(SERIES_VOCABULARY.map((s) => [s.series, s]));
const DASH_OR_PLUS = `\\s*(?:${DASH_CLASS}|\\+)\\s*`;
// `ASEAN-USTR Consultation`: the partner's trade ministry printed where its name would stand.
const PARTNER_MINISTRIES = Object.keys(PARTNER_PRINTED_ACRONYMS)
  .filter((a) => a.length > 3)
  .map((a) => a.toLowerCase())
  .join("|");
const MINISTRY_RE = new RegExp(`^(?:${PARTNER_MINISTRIES})$`, "u");
const ASEAN_SUFFIX = `(?:\\s*\\+\\s*[13](?!\\p{N})|[\\s-]+plus[\\s-]+(?:three|one)|${DASH_OR_PLUS}(?:${countryNamePattern()}|(?:${PARTNER_MINISTRIES})(?![a-z])))?`;
const ACRONYM_PAREN = "(?:\\s*\\([a-z0-9+&\\s–-]{2,16}\\))?";
const VI_ORDINAL_WORDS = wordAlternation(Object.keys(VI_ORDINALS));
// `đầu tiên của năm 2018`: the first of the year, not the series' first edition.
const NOT_FIRST_EDITION = "(?!\\s+(?:cua|trong)\\s+nam)";
const VI_EDITION = `lan\\s+thu\\s+(?:\\d{1,3}|${VI_ORDINAL_WORDS})(?![\\p{L}\\p{N}])|(?:${alternation(VI_FIRST)})${NOT_FIRST_EDITION}|lan\\s+\\d{1,3}(?!\\p{N})`;
/**
 * An edition printed bare after the name (`chuỗi Hội nghị cấp cao ASEAN 38 và 39`): one or two
 * digits, not a date, a year, a time or a count of countries or days.
 */
const BARE_EDITION =
  "\\d{1,2}(?![\\p{L}\\p{N}/:–-])(?![.,]\\d)(?!\\s+(?:nuoc|thanh\\s+vien|quoc\\s+gia|ngay|thang|nam|gio|doi\\s+tac|nha|countries|nations|members|member|days|years|leaders|partners|%))";
/** `… và 45`, `…, 45`, `… và lần thứ 45`: further editions named together. */
const MORE_EDITIONS = "(?:\\s*(?:,|va|and|[-–])\\s*(?:lan\\s+thu\\s+)?\\d{1,3}(?![\\p{L}\\p{N}]))*";
/** ASEAN's full name in Vietnamese, with or without its acronym after it. */
const ASEAN_LONG = "hiep\\s+hoi\\s+cac\\s+quoc\\s+gia\\s+dong\\s+nam\\s+a(?:\\s*\\(asean\\))?";
/** ASEAN's full English name, with or without its acronym after it. */
const ASEAN_LONG_EN = "association\\s+of\\s+southeast\\s+asian\\s+nations(?:\\s*\\(\\s*asean\\s*\\))?";
export const WITH = "\\s+(?:voi|with)\\s+";

// Partners in names are checked against the gazetteer after the match (identifyName): the
// name patterns take up to three words there, which keeps the country pattern out of them.
const PARTNER_WORDS = "[a-z]+(?:\\s+[a-z]+){0,2}?";
/** `Ấn Độ - ASEAN`, `India-ASEAN`: the partner named first. */
const PARTNER_FIRST = `${PARTNER_WORDS}\\s*${DASH_CLASS}\\s*asean(?![\\p{L}\\p{N}])`;
const PARTNER_FIRST_CHECK = `${countryNamePattern()}\\s*${DASH_CLASS}\\s*(?:asean|association)(?![\\p{L}\\p{N}])`;
/** `ASEAN Korea Summit`: an English pair with no dash. */
// Not a verb or a function word (`Japan and ASEAN held a summit`: no `ASEAN held a` pair).
const NOT_A_PARTNER = [
  "held",
  "holds",
  "hold",
  "will",
  "has",
  "have",
  "had",
  "is",
  "was",
  "are",
  "were",
  "and",
  "to",
  "for",
  "in",
  "on",
  "at",
  "with",
  "also",
  "member",
  "members",
  "countries",
  "nations",
  "states",
  "chair",
  "secretariat",
  "its",
  "their",
  "a",
  "an",
  "the",
];
const EN_SPACED_PAIR = `asean\\s+(?!(?:${wordAlternation([...firstWords([...EN_LEVEL_WORDS, ...EN_NOUNS, ...EN_NAME_MODIFIERS]), ...NOT_A_PARTNER])})(?![a-z]))[a-z]+(?:\\s+[a-z]+)?`;
const PAREN_TAG = "(?:\\s*\\((?:[a-z]{2,6}|asean\\s*\\+\\s*3)\\))?";
// `ASEAN Plus Three (China, Japan, Republic of Korea) Summit`: the members spelled out after a core.
// `China-ASEAN (10+1) Trade Ministers' Meeting`: or the format in numbers.
const CORE_PAREN = "(?:\\s*\\((?:[a-z][a-z ,&.'-]{1,47}|10\\s*\\+\\s*\\d{1,2})\\))?";

// Named cores come before `asean`: `ASEAN - GCC` must not stop at `ASEAN`.
// The level words as a prefix tree: a flat alternation of its 150 words was a third of the time
// spent in the Vietnamese name pattern.
const VI_LEVEL_TRIE = trieSource(VI_LEVEL_WORDS, "\\s+");
const VI_NAME = [
  `(?:${alternation(VI_HEADS)})`,
  `(?:\\s+(?:${alternation(VI_HEAD_MODIFIERS)}|${VI_EDITION}))*`,
  // `Cuộc họp của Bộ trưởng Kinh tế ASEAN - Ấn Độ`: `của` may stand before the level.
  // `Hội nghị các nhà Lãnh đạo ASEAN`: `các`, `các nhà` before the level.
  `(?:(?:\\s+cua)?\\s+(?:cac\\s+(?:nha\\s+)?)?${VI_LEVEL_TRIE}(?:\\s+(?:${alternation(VI_LEVEL_SUFFIXES)}))*)?`,
  // `Hội nghị Quan chức cao cấp (SOM) các nước ASEAN`: the acronym may precede the core.
  `(?:\\s*\\([a-z]{2,6}\\))?\\s+(?:cac\\s+nuoc\\s+|cua\\s+)?`,
  // `Hội nghị thượng đỉnh đặc biệt giữa ASEAN và Mỹ`: the two sides after `giữa`.
  // `Hội nghị Bộ trưởng GTVT ASEAN và Trung Quốc lần thứ 20`: the pair joined by `và`, before its
  // edition (tried before `asean` alone, which would end the name there).
  `(?:${alternation(VI_CORES)}|asean\\s+va\\s+(?:${countryNamePattern()})(?=\\s+lan\\s+thu\\s)|(?:asean|${ASEAN_LONG})${ASEAN_SUFFIX}|${PARTNER_FIRST}|giua\\s+asean\\s+(?:va|voi)\\s+${PARTNER_WORDS}(?![\\p{L}\\p{N}]))`,
].join("");
// `Hội nghị lần thứ 19 giữa các Bộ trưởng Kinh tế ASEAN và Trung Quốc`: a meeting between two sides.
const VI_BETWEEN_NAME = [
  `(?:${alternation(VI_HEADS)})`,
  `(?:\\s+(?:${alternation(VI_HEAD_MODIFIERS)}|${VI_EDITION}))*`,
  `\\s+giua\\s+(?:cac\\s+)?${VI_LEVEL_TRIE}\\s+asean\\s+(?:va|voi)\\s+${PARTNER_WORDS}(?![\\p{L}\\p{N}])`,
].join("");
const EN_NAME = `(?:${alternation(EN_CORES)}|(?:asean|${ASEAN_LONG_EN})${ASEAN_SUFFIX}|${EN_SPACED_PAIR})${CORE_PAREN}(?:\\s+(?:${alternation(EN_NAME_MODIFIERS)}))?(?:\\s+(?:${alternation(EN_LEVEL_WORDS)}))?(?:\\s+(?:${alternation(EN_NAME_MODIFIERS)}))?${PAREN_TAG}\\s+(?:${alternation(EN_NOUNS)})`;
const FIXED_NAME = alternation([...VI_FIXED_NAMES, ...EN_FIXED_NAMES]);
const LIST_OPENER = [
  // `tham vấn cấp Bộ trưởng Kinh tế giữa ASEAN với …`: the level and ASEAN may come before the list.
  `(?:${alternation(CONSULTATION_OPENERS)})(?:\\s+(?:${alternation(ONLINE_NAME_CUES)}))?(?:\\s+cap\\s+${VI_LEVEL_TRIE})?(?:\\s+giua\\s+asean)?${WITH}`,
  // `meetings with ASEAN's seven Dialogue Partners, which include …`: the owner may come first.
  `(?:${alternation(PARTNER_MEETING_OPENERS)})${WITH}(?=(?:(?:the\\s+)?(?:asean|grouping|bloc)['’]s\\s+)?(?:\\w+\\s+)?(?:${alternation(PARTNER_NOUNS.filter((n) => n !== "the"))})[\\s,])`,
].join("|");

/**
 * Full names (group 1: `Hội nghị Bộ trưởng Kinh tế ASEAN (AEM)`, `ASEAN-India Foreign
 * Ministers' Meeting`) and list openers (group 2: `tham vấn với`, `cuộc họp với đối tác`) on the
 * folded view. No left boundary: use with wordMatches (see there why), or, faster, run
 * {@link MEETING_NAME_AT} where {@link MEETING_NAME_STARTS} finds a first word
 * (anchoredWordMatches): the same matches.
 */
export const MEETING_NAME = new RegExp(
  `(?:((?:${VI_NAME}|${VI_BETWEEN_NAME}|${EN_NAME}|${FIXED_NAME})${ACRONYM_PAREN})|(${LIST_OPENER}))`,
  "gu",
);
/**
 * The words every {@link MEETING_NAME} match starts with (each alternative of the pattern opens
 * with one of these lexicons), and the pattern as a sticky regex to try at each of them.
 */
export const MEETING_NAME_STARTS = new RegExp(
  trieSource(
    firstWords([
      ...VI_HEADS,
      ...EN_CORES,
      "asean",
      "association",
      ...VI_FIXED_NAMES,
      ...EN_FIXED_NAMES,
      ...CONSULTATION_OPENERS,
      ...PARTNER_MEETING_OPENERS,
    ]),
  ),
  "g",
);
export const MEETING_NAME_AT = new RegExp(MEETING_NAME.source, "uy");
// The pattern's alternatives, each tried only where one of its own first words begins: a large
// alternation tried whole at each of a few hundred starts was the extractor's costliest regex
// (about a tenth of its time); each branch keeps the pattern's order, so the first that matches
// is the alternative MEETING_NAME_AT would take. Checked equal to it in fold-pattern.test.ts.
const BRANCHES: readonly { re: RegExp; name: boolean }[] = [
  { re: new RegExp(`((?:${VI_NAME}|${VI_BETWEEN_NAME})${ACRONYM_PAREN})`, "uy"), name: true },
  { re: new RegExp(`((?:${EN_NAME})${ACRONYM_PAREN})`, "uy"), name: true },
  { re: new RegExp(`((?:${FIXED_NAME})${ACRONYM_PAREN})`, "uy"), name: true },
  { re: new RegExp(`(${LIST_OPENER})`, "uy"), name: false },
];
const BRANCH_FRAGMENTS: readonly (readonly string[])[] = [
  VI_HEADS,
  [...EN_CORES, "asean", "association"],
  [...VI_FIXED_NAMES, ...EN_FIXED_NAMES],
  [...CONSULTATION_OPENERS, ...PARTNER_MEETING_OPENERS],
];
const BRANCH_WORDS: readonly string[][] = BRANCH_FRAGMENTS.map((f) => firstWords(f));

/** A fragment's first two plain words (not followed by regex syntax). */
const FIRST_TWO_WORDS = /^([a-z0-9]+) ([a-z0-9]+)(?=$| |[^a-z0-9 (?|\\[])/;
const FIRST_WORD = /^[a-z0-9]+/;

/**
 * The literal words each branch's fragments open with (two when the fragment starts with two
 * plain words: `hoi nghi`, `cac cuoc`; else one: `asean`, `eas`), as a sticky prefix tree: a
 * branch is tried only where the text opens with one of them, so `các nước` or `hội đàm` never
 * runs the Vietnamese name pattern.
 */
const BRANCH_PREFIXES: readonly RegExp[] = BRANCH_FRAGMENTS.map((fragments) => {
  const prefixes = fragments.map((f) => {
    const two = FIRST_TWO_WORDS.exec(f);
    return two ? `${two[1]} ${two[2]}` : (FIRST_WORD.exec(f)?.[0] ?? "");
  });
  return new RegExp(trieSource(prefixes, "\\s+"), "y");
});
const BRANCHES_BY_WORD = new Map<string, number[]>();
BRANCH_WORDS.forEach((words, i) => {
  for (const w of words) BRANCHES_BY_WORD.set(w, [...(BRANCHES_BY_WORD.get(w) ?? []), i]);
});
const WORD_AT = /[a-z0-9]+/y;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** One meeting name (`name`) or list opener found by {@link meetingNameMatches}. */
export interface NameMatch {
  index: number;
  text: string;
  name: boolean;
}

/** The branches whose first words the word at `at` begins with, in the pattern's order. */
function branchesAt(fold: string, at: number): number[] {
  WORD_AT.lastIndex = at;
  const word = WORD_AT.exec(fold)?.[0] ?? "";
  const found = new Set<number>();
  for (let k = 1; k <= word.length; k++)
    for (const b of BRANCHES_BY_WORD.get(word.slice(0, k)) ?? []) found.add(b);
  return [...found].sort((a, b) => a - b);
}

/**
 * The matches {@link MEETING_NAME} gives at word starts (what anchoredWordMatches finds with
 * {@link MEETING_NAME_AT}), trying at each start only the alternatives that can begin there.
 */
export function* meetingNameMatches(fold: string): Generator<NameMatch> {
  let taken = 0;
  const starts = MEETING_NAME_STARTS;
  starts.lastIndex = 0;
  for (let s = starts.exec(fold); s; s = starts.exec(fold)) {
    const at = s.index;
    starts.lastIndex = at + 1;
    if (at < taken || LETTER_OR_DIGIT.test(fold[at - 1] ?? "")) continue;
    for (const b of branchesAt(fold, at)) {
      const prefix = BRANCH_PREFIXES[b] as RegExp;
      prefix.lastIndex = at;
      if (!prefix.test(fold)) continue;
      const branch = BRANCHES[b] as (typeof BRANCHES)[number];
      branch.re.lastIndex = at;
      const m = branch.re.exec(fold);
      if (!m || m[0] === "") continue;
      taken = at + m[0].length;
      yield { index: at, text: m[0], name: branch.name };
      break;
    }
  }
}

/** Acronyms as printed (`AEM-57`, `ARF`), with an edition or a partner after them. */
export const MEETING_ACRONYM = new RegExp(
  // `the PMC 10+1 with China`: a format, not an edition.
  `(${wordAlternation(MEETING_ACRONYMS.map((a) => a.acronym))})(?![\\p{L}\\p{N}])(?:\\s*[-–]\\s*(\\d{1,3})(?!\\p{N})|\\s+(\\d{1,3})(?!\\p{N})(?!\\s*\\+\\s*\\d))?`,
  "gu",
);
/** Behind an acronym: a head word (group 1) and an ordinal (group 2, number in group 3). */
export const ACRONYM_LEAD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:(${wordAlternation(ACRONYM_HEADS)})\\s+)?((\\d{1,3})(?:st|nd|rd|th)\\s+(?:(?:ASEAN|Asean)\\s+)?)?$`,
  "u",
);

const regexOf = (forms: readonly string[]) => new RegExp(alternation(forms), "u");
const SIGNATURES = SERIES_SIGNATURES.map((s) => ({
  series: s.series,
  re: new RegExp(fragmentSource(s.pattern), "u"),
}));
const NAMED = NAMED_OTHER_MEETINGS.map((o) => ({
  ...o,
  re: regexOf([...o.names, ...o.cores, ...(o.viCores ?? [])]),
}));
const SECTORS = SECTOR_MEETINGS.map((o) => ({ id: o.id, re: regexOf(o.forms) }));
const SECTORS_OFFICIALS = SECTOR_OFFICIALS.map((o) => ({
  id: o.id,
  re: new RegExp(`(?:${alternation(o.forms)})(?![a-z])`, "u"),
}));
const LEVELS = LEVEL_CUES.map((c) => ({ level: c.level, re: regexOf(c.forms) }));
export const GENERIC_MINISTER = new RegExp(
  `${FOLD_START}(?:${alternation(GENERIC_MINISTER_CUES)})${FOLD_END}`,
  "u",
);
const PLUS_ONE = new RegExp(fragmentSource(PLUS_ONE_PATTERN), "u");
// `ASEAN – X`, `ASEAN và X`, and ASEAN's full name with its acronym (`Hiệp hội Các quốc gia Đông
// Nam Á (ASEAN) - Mỹ`).
const ASEAN_SEPARATOR = new RegExp(
  `(?:asean\\)?|hiep\\s+hoi\\s+cac\\s+quoc\\s+gia\\s+dong\\s+nam\\s+a|association\\s+of\\s+southeast\\s+asian\\s+nations)(?:${DASH_OR_PLUS}|\\s+(?:va|voi)\\s+)`,
  "u",
);
const PARTNER_FIRST_RE = new RegExp(PARTNER_FIRST_CHECK, "u");
const SHORT_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(PARTNER_SHORT_FORMS).join("|")})\\s*${DASH_CLASS}\\s*ASEAN(?![\\p{L}\\p{N}])`,
  "u",
);
const DASH_BEFORE = new RegExp(`${DASH_CLASS}\\s*$`, "u");
const PARTNER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${countryNamePattern()})\\s*${DASH_CLASS}\\s*$`,
  "u",
);
const ASEAN_SPACE = /(?<![\p{L}\p{N}])asean\s+(?=\p{L})/u;
const PAIR_FOLLOWS = new RegExp(`^${DASH_OR_PLUS}\\p{L}`, "u");
const SERIES_NAME_SUMMIT = new RegExp(fragmentSource(SUMMIT_IN_SERIES_NAME), "u");
const PAREN_ACRONYM = /\(([a-z]+(?:\s+[a-z]+)?)\)/u;

const EDITION_IN = new RegExp(
  `lan\\s+thu\\s+(\\d{1,3}|${VI_ORDINAL_WORDS})(?![\\p{L}\\p{N}])|(${alternation(VI_FIRST)})${NOT_FIRST_EDITION}|\\([a-z\\s]*?[-–]?\\s*(\\d{1,3})\\)|lan\\s+(\\d{1,3})|^[ \\t](${BARE_EDITION})`,
  "u",
);
// `(AEM) lần thứ 57`, `lần thứ 44 và 45`, `lần thứ 57 (AMM-57)`, `ASEAN+3 (Hàn Quốc, Trung Quốc và
// Nhật Bản) lần thứ 21`: editions and acronyms after a name.
const EDITION_AFTER = new RegExp(
  // `… ASEAN - Trung Quốc về hợp tác an toàn thực phẩm (SPS) lần thứ 6`: a topic before the edition.
  `["”’']?(?:\\s+(?:hep|khong\\s+chinh\\s+thuc|thuong\\s+nien))?(?:\\s+ve\\s+(?:[^.;:,()\\n]|,\\s(?!hoi\\s+nghi|cuoc|meeting)){3,80}?)?(?:\\s*\\([^()\\n]{1,48}\\))?(?:\\s+(?:da\\s+)?(?:duoc\\s+)?to\\s+chuc(?=\\s+lan\\s+dau\\s+tien))?(?:\\s*,?\\s*|-)((?:${VI_EDITION})${MORE_EDITIONS}|(?<!\\s)[ \\t]${BARE_EDITION}${MORE_EDITIONS}|(?<=asean-)\\d{2}(?![\\p{L}\\p{N}]))(?:\\s*\\([^()\\n]{1,16}\\))?`,
  "uy",
);
// The edition told after the name in English: `met for the 37th time`, `held its ninth meeting`,
// `will convene for the 58th time`, `held their 21st consultations`, `, now in its 47th edition`.
const TIMES_AFTER = new RegExp(
  `^(?:\\s+on\\s+[^.;:,()\\n]{3,80}?)?(?:\\s*\\([^()\\n]{1,16}\\))?(?:\\s+(?:(?:was|were|is|will\\s+be|has\\s+been|will)\\s+)?(?:(?:held|convened|convene|convenes|met|meet|meets|gathered|opened)\\s+for\\s+the|(?:held|holds|opened|convened)\\s+(?:its|their))|\\s*,\\s*now\\s+in\\s+its)\\s+(?:(\\d{1,3})(?:st|nd|rd|th)|(${wordAlternation(Object.keys(EN_ORDINALS))}))\\s+(?:annual\\s+)?(?:time|meeting|session|conference|summit|consultations?|edition)(?![\\p{L}])`,
  "u",
);
// `58th`, `the first`, `44th and 45th`, `10th annual`, `Eighth meeting on` before an English name.
const ORDINAL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,3})(?:st|nd|rd|th)\\s*(?:,\\s*|\\s+and\\s+)(?:the\\s+)?)?(?:(\\d{1,3})(?:st|nd|rd|th)|(${wordAlternation(Object.keys(EN_ORDINALS))}))\\s+(?:annual\\s+|edition\\s+of\\s+(?:the\\s+)?|(meeting\\s+(?:of|on)\\s+(?:the\\s+)?))?$`,
  "u",
);

/** `the 43 ASEAN Summit` (group 1: the number), as Indonesian English prints an edition. */
const CARDINAL_BEFORE = /(?<![\p{L}\p{N}])the\s+(\d{2})\s+$/u;
/** A name ending on one meeting (`… Summit`, `… Meeting`), not a plural or a body. */
const SINGULAR_MEETING_END = /(?:summit|meeting|retreat)(?![\p{L}\p{N}])/u;
const SUMMIT_WORD = /summit|cap cao|thuong dinh/u;

// `the 15th Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area (BIMP-EAGA)
// Summit`: the ordinal (group 1) before a growth area's members, spelled out with dashes.
const MEMBERS_BEFORE =
  /(?<![\p{L}\p{N}])(\d{1,3})(?:st|nd|rd|th)\s+(?:[a-z]+(?:\s+[a-z]+)?\s*[-–]\s*){2,}[a-z]+(?:\s+[a-z]+){0,2}\s+$/u;

/** The level a meeting's name states (`Bộ trưởng Ngoại giao` → foreign ministers), else null. */
function levelFromName(nameFold: string): MeetingLevel | null {
  return LEVELS.find((l) => l.re.test(nameFold))?.level ?? null;
}

/** The OTHER sub-series a name belongs to (`Diễn đàn Kết nối ASEAN` → `ACF`), else null. */
export function otherIdFromName(nameFold: string): string | null {
  return (NAMED.find((o) => o.re.test(nameFold)) ?? SECTORS.find((s) => s.re.test(nameFold)))?.id ?? null;
}

const identity = (series: MeetingSeries, extra: Partial<NameIdentity> = {}): NameIdentity => ({
  series,
  partner: SERIES_INFO.get(series)?.partner ?? null,
  otherId: null,
  plusOne: false,
  ...extra,
});

/**
 * Where a name found from `ASEAN` starts when a partner is named before it (`India-ASEAN
 * Summit`, `the 17th China-ASEAN Summit`); else `start`.
 */
export function partnerFirstStart(view: TextView, start: number): number {
  if (!view.fold.startsWith("asean", start) && !view.fold.startsWith("association", start)) return start;
  // Most names have no dash before them: test that before running the gazetteer backwards.
  if (!DASH_BEFORE.test(view.fold.slice(Math.max(0, start - 4), start))) return start;
  const from = Math.max(0, start - 40);
  const before = PARTNER_BEFORE.exec(view.fold.slice(from, start));
  return before && partnerAt(view, from + before.index) ? from + before.index : start;
}

// `… Meeting on Transnational Crime`, `… về Quản lý thiên tai`: a sector; not a day, a date or a
// time (`the 55th ASEAN Foreign Ministers' Meeting on Wednesday`).
const ON_TOPIC =
  /^\s+(?:on|ve)\s(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|\d|the\s+\d|(?:this|that|its|their|his|her)\s|behalf|sidelines|schedule|time|track|course)(?![a-z]))/u;
const SECOND_PARTNER = /^\s*[-–]\s*/u;
const ASEAN_END = /asean$/u;

/** Series, partner and sub-series of the name at `[start, end)`; null when it names no meeting we know. */
export function identifyName(view: TextView, start: number, end: number): NameIdentity | null {
  const id = identifyNameAlone(view, start, end);
  const onTopic = ON_TOPIC.test(view.fold.slice(end, end + 16));
  // `Hội nghị Bộ trưởng ASEAN về Quản lý thiên tai`: ASEAN's ministers of a sector.
  if (!id && onTopic) {
    const nameFold = view.fold.slice(start, end);
    if (GENERIC_MINISTER.test(nameFold) && ASEAN_END.test(nameFold))
      return identity("OTHER", { otherId: "AMM_ON", level: "other" });
  }
  // `ASEAN Ministerial Meeting on Transnational Crime`, `ASEAN Senior Officials Meeting on …`:
  // sectoral meetings of their own, not the AMM or the ASEAN SOM.
  if (id && (id.series === "AMM" || id.series === "SOM") && onTopic)
    return identity("OTHER", {
      otherId: `${id.series}_ON`,
      level: id.series === "SOM" ? "senior_officials" : "other",
    });
  return id;
}

const WITH_DIALOGUE_PARTNERS = /^\s+with\s+(?:the\s+|its\s+)?dialogue\s+partners/u;

function identifyNameAlone(view: TextView, start: number, end: number): NameIdentity | null {
  const nameFold = view.fold.slice(start, end);
  const named = NAMED.find((o) => o.re.test(nameFold));
  if (named)
    return identity("OTHER", {
      otherId: named.id,
      partner: named.partner,
      level: named.level ?? undefined,
      ministersLevel: named.ministersLevel,
    });
  const signature = SIGNATURES.find((s) => s.re.test(nameFold));
  // `ASEAN Ministerial Meeting … with Dialogue Partners` is the PMC.
  if (signature?.series === "AMM" && WITH_DIALOGUE_PARTNERS.test(view.fold.slice(end, end + 40)))
    return identity("PMC");
  // `the ASEAN Digital Senior Officials' Meeting`: a sector's word just before the name.
  const sectorBefore =
    signature?.series === "SOM"
      ? SECTORS_OFFICIALS.find((o) => o.re.test(view.fold.slice(Math.max(0, start - 40), end)))
      : undefined;
  if (sectorBefore) return identity("OTHER", { otherId: sectorBefore.id, level: "senior_officials" });
  if (signature) return identity(signature.series);
  if (PLUS_ONE.test(nameFold)) return identity("ASEAN_PLUS_ONE", { plusOne: true });
  const first = PARTNER_FIRST_RE.exec(nameFold);
  const firstHit = first ? partnerAt(view, start + first.index) : null;
  if (firstHit) return identity("ASEAN_PLUS_ONE", { partner: firstHit.code });
  const short = SHORT_FIRST.exec(view.canon.slice(start, end));
  const shortCode = short ? PARTNER_SHORT_FORMS[short[1] ?? ""] : undefined;
  if (shortCode) return identity("ASEAN_PLUS_ONE", { partner: shortCode });
  const spaced = ASEAN_SPACE.exec(nameFold);
  const spacedHit = spaced ? partnerAt(view, start + spaced.index + spaced[0].length) : null;
  if (spacedHit) return identity("ASEAN_PLUS_ONE", { partner: spacedHit.code, partnerEnd: spacedHit.end });
  const separator = ASEAN_SEPARATOR.exec(nameFold);
  if (separator) {
    // `ASEAN – X`: a meeting with partner X; a name that is no partner (`ASEAN – GCC`) is skipped.
    const hit = partnerAt(view, start + separator.index + separator[0].length);
    // `ASEAN-USTR Consultation`: a trade ministry for a partner is its economic ministers' meeting.
    const ministry = hit !== null && MINISTRY_RE.test(view.fold.slice(hit.start, hit.end));
    // `ASEAN - Úc - New Zealand`, `ASEAN-Australia-New Zealand`: with two partners, no ASEAN+1.
    const dash = hit ? SECOND_PARTNER.exec(view.fold.slice(hit.end, hit.end + 4)) : null;
    const second = hit && dash ? partnerAt(view, hit.end + dash[0].length) : null;
    if (hit && second && second.code !== hit.code)
      return identity("OTHER", { otherId: `ASEAN_${hit.code}_${second.code}`, partnerEnd: second.end });
    return hit
      ? identity("ASEAN_PLUS_ONE", {
          partner: hit.code,
          partnerEnd: hit.end,
          level: ministry ? "economic_ministers" : undefined,
        })
      : null;
  }
  const officials = SECTORS_OFFICIALS.find((s) => s.re.test(nameFold));
  if (officials) return identity("OTHER", { otherId: officials.id, level: "senior_officials" });
  const sector = SECTORS.find((s) => s.re.test(nameFold));
  if (sector) return identity("OTHER", { otherId: sector.id, level: "other" });
  const acronym = MEETING_ACRONYMS.find((a) => a.acronym.toLowerCase() === PAREN_ACRONYM.exec(nameFold)?.[1]);
  if (acronym)
    return identity(acronym.series, { otherId: acronym.otherId ?? null, level: acronym.level ?? undefined });
  // `Hội nghị Cấp cao ASEAN – Hội đồng Hợp tác vùng Vịnh`: a pair with a non-partner, not a summit.
  if (PAIR_FOLLOWS.test(view.fold.slice(end, end + 8))) return null;
  const level = levelFromName(nameFold);
  const series = level === null ? undefined : SERIES_BY_LEVEL[level];
  return series ? identity(series) : null;
}

/**
 * The level a name gives: fixed by its sub-series, else its level words, else `other` for a
 * sectoral ministry (`Bộ trưởng Tài chính ASEAN+3`), else the series' default; a named OTHER
 * meeting of ministers of no stated portfolio (`Hội nghị Bộ trưởng Hợp tác Mekong - Sông Hằng`)
 * gets null: the context decides.
 */
export function nameLevel(id: NameIdentity, name: string): MeetingLevel | null {
  if (id.level) return id.level;
  // `Hội nghị Bộ trưởng Cấp cao Đông Á`: the summit in the series' name is no level.
  const nameFold = name.replace(SERIES_NAME_SUMMIT, " ");
  const cue = levelFromName(nameFold);
  if (cue) return cue;
  if (SECTORS.some((s) => s.re.test(nameFold))) return "other";
  const info = SERIES_INFO.get(id.series);
  const fallback = info?.defaultLevel ?? null;
  // Ministers of no stated portfolio: the series' own (Mekong–Japan: foreign ministers); of a
  // summit series (EAS), the context says which.
  if (info?.ministersLevel && GENERIC_MINISTER.test(nameFold)) return info.ministersLevel;
  if ((id.series === "OTHER" || fallback === "leaders") && GENERIC_MINISTER.test(nameFold))
    return id.ministersLevel ?? null;
  return fallback;
}

const WHITESPACE_RUN = /\s+/g;
const LEADING_DIGIT = /^\d/;
/** `-41`, ` và 37`, `, lần thứ 45`: further editions right after the first. */
const FURTHER_EDITIONS = /^(?:\s*(?:,|va|and|[-–])\s*(?:lan\s+thu\s+)?\d{1,3})+/u;
const EDITION_NUMBER = /\d{1,3}/g;

function editionsIn(fold: string): number[] {
  const m = EDITION_IN.exec(fold);
  if (!m) return [];
  if (m[2] !== undefined) return [1];
  const value = (m[1] ?? m[3] ?? m[4] ?? m[5])?.replace(WHITESPACE_RUN, " ");
  const first =
    value === undefined ? undefined : LEADING_DIGIT.test(value) ? Number(value) : VI_ORDINALS[value];
  if (first === undefined) return [];
  const rest = fold.slice(m.index + m[0].length).match(FURTHER_EDITIONS);
  // `lần thứ 40-41`, `36 và 37`: later editions close after the first, not a date or a count.
  const more = (rest?.[0].match(EDITION_NUMBER) ?? []).map(Number).filter((n) => n > first && n <= first + 3);
  return [first, ...more];
}

/** A name widened over an English ordinal before it and a Vietnamese edition after it. */
export interface NameSpan {
  start: number;
  end: number;
  /** Editions named (`lần thứ 44 và 45` → [44, 45]); empty when none. */
  numbers: number[];
}

const TWO_DIGITS = /^\d{2}$/u;

/** Widens the name at `[start, end)` over the editions and acronyms around it. */
export function widenName(view: TextView, start: number, end: number): NameSpan {
  let numbers = editionsIn(view.fold.slice(start, end));
  EDITION_AFTER.lastIndex = end;
  const after = EDITION_AFTER.exec(view.fold);
  if (after) {
    if (numbers.length === 0) numbers = editionsIn(after[1] ?? "");
    // `Hội nghị cấp cao ASEAN-47`: the edition joined to the name by a dash.
    if (numbers.length === 0 && TWO_DIGITS.test(after[1] ?? "")) numbers = [Number(after[1])];
    end += after[0].length;
  }
  // `… met for the 37th time`, `… held its ninth meeting`, `… was held for the 12th time`.
  if (numbers.length === 0) {
    const times = TIMES_AFTER.exec(view.fold.slice(end, end + 90));
    const n = times ? (times[1] !== undefined ? Number(times[1]) : EN_ORDINALS[times[2] ?? ""]) : undefined;
    if (n !== undefined) numbers = [n];
  }
  const ordinal = ORDINAL_BEFORE.exec(view.fold.slice(Math.max(0, start - 32), start));
  // `The first meeting of the ASEAN Summit` is its first session, not the first summit.
  const before = ordinal?.[4] !== undefined && SUMMIT_WORD.test(view.fold.slice(start, end)) ? null : ordinal;
  // `the 43 ASEAN Summit`: a bare number before ASEAN's own name, the name a singular meeting's
  // (`Over the 40 ASEAN Summits`, `the 27 ASEAN Regional Forum participants` are counts).
  const cardinal =
    before ||
    numbers.length > 0 ||
    !view.fold.startsWith("asean", start) ||
    !SINGULAR_MEETING_END.test(view.fold.slice(start, end + 1))
      ? null
      : CARDINAL_BEFORE.exec(view.fold.slice(Math.max(0, start - 12), start));
  if (cardinal && Number(cardinal[1]) >= 12) {
    numbers = [Number(cardinal[1])];
    start -= cardinal[0].length - 4;
  }
  const members = before ? null : MEMBERS_BEFORE.exec(view.fold.slice(Math.max(0, start - 100), start));
  if (members) {
    if (numbers.length === 0) numbers = [Number(members[1])];
    start -= members[0].length;
  }
  if (before) {
    const last = before[2] !== undefined ? Number(before[2]) : EN_ORDINALS[before[3] ?? ""];
    if (numbers.length === 0 && last !== undefined) {
      numbers = before[1] === undefined ? [last] : [Number(before[1]), last];
    }
    start -= before[0].length;
  }
  return { start, end, numbers: [...new Set(numbers)] };
}
