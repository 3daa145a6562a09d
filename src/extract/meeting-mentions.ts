/**
 * Finds the places where a text names a meeting and reads what the name itself says: series,
 * partner, level, edition number, online, and whether the mention frames other meetings
 * (`Trong khuôn khổ …`) or stands for a series of events (`… và các Hội nghị liên quan`).
 * What the context adds (level of `Hội nghị ASEAN-Nhật Bản`, date, place, year) is
 * meeting-context.ts's job.
 *
 * One combined regex over the folded view finds full names (`Hội nghị Bộ trưởng Kinh tế ASEAN
 * (AEM) lần thứ 57`, `58th ASEAN Foreign Ministers’ Meeting`) and list openers (`tham vấn
 * với …`, `cuộc họp với đối tác …`); a second one over the printed text finds acronyms with an
 * edition (`AEM-57`).
 */
import { countryNamePattern } from "./countries.ts";
import {
  ACRONYM_HEADS,
  CONSULTATION_OPENERS,
  EN_CORES,
  EN_FIXED_NAMES,
  EN_LEVEL_WORDS,
  EN_NOUNS,
  FRAME_CUES,
  LEVEL_CUES,
  MEETING_ACRONYMS,
  NAMED_OTHER_MEETINGS,
  ONLINE_NAME_CUES,
  PARTNER_MEETING_OPENERS,
  PARTNER_NOUNS,
  PLUS_ONE_PATTERN,
  PLUS_THREE_PARTNERS,
  PROPOSAL_CUES,
  SECTOR_MEETINGS,
  SERIES_BY_LEVEL,
  SERIES_SIGNATURES,
  SERIES_VOCABULARY,
  UMBRELLA_AFTER,
  UMBRELLA_BEFORE,
  VI_CORES,
  VI_FIXED_NAMES,
  VI_HEAD_MODIFIERS,
  VI_HEADS,
  VI_LEVEL_SUFFIXES,
  VI_LEVEL_WORDS,
} from "./data/meetings.ts";
import { EN_ORDINALS, VI_FIRST, VI_ORDINALS } from "./data/ordinals.ts";
import { alternation, FOLD_START, fragmentSource, wordAlternation, wordMatches } from "./fold-pattern.ts";
import { DASH_CLASS } from "./lexicon-regex.ts";
import { type PartnerList, partnerAt, readPartnerList } from "./partner-lists.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingLevel, MeetingSeries } from "./types.ts";

/** One place where the text names a meeting. */
export interface MeetingMention {
  start: number;
  end: number;
  series: MeetingSeries;
  partner: string | null;
  /** Level the name gives; null when only the context can tell (`Hội nghị ASEAN-Nhật Bản`). */
  level: MeetingLevel | null;
  number: number | null;
  /** Sub-series of OTHER (`ACF`, `ADMM`), else null. */
  otherId: string | null;
  online: boolean;
  /** Named as the frame of other meetings (`Trong khuôn khổ …`, `on the sidelines of …`). */
  frame: boolean;
  /** Names a series of events (`chuỗi hoạt động …`, `… và các Hội nghị liên quan`). */
  umbrella: boolean;
  /** End of the mention with its `… và các Hội nghị liên quan` tail, if any. */
  tailEnd: number;
  /** Named by acronym only (`AEM-57`). */
  byAcronym: boolean;
  /** A consultation read from a partner list: only a meeting where ASEAN is in view. */
  needsAnchor: boolean;
  /** One partner of a list (`ASEAN+1 với Nhật Bản, Nga …`): its span runs from the list's head. */
  listed: boolean;
}

type Identity = Pick<MeetingMention, "series" | "partner" | "otherId"> & { plusOne: boolean };

const INFO = new Map(SERIES_VOCABULARY.map((s) => [s.series, s]));
const DASH_OR_PLUS = `\\s*(?:${DASH_CLASS}|\\+)\\s*`;
const ASEAN_SUFFIX = `(?:\\s*\\+\\s*[13](?!\\p{N})|\\s+plus\\s+(?:three|one)|${DASH_OR_PLUS}${countryNamePattern()})?`;
const ACRONYM_PAREN = "(?:\\s*\\([a-z0-9+&\\s–-]{2,16}\\))?";
const VI_ORDINAL_WORDS = wordAlternation(Object.keys(VI_ORDINALS));
const VI_EDITION = `lan\\s+thu\\s+(?:\\d{1,3}|${VI_ORDINAL_WORDS})(?![\\p{L}\\p{N}])|${alternation(VI_FIRST)}`;

const VI_NAME = [
  `(?:${alternation(VI_HEADS)})`,
  `(?:\\s+(?:${alternation(VI_HEAD_MODIFIERS)}|${VI_EDITION}))*`,
  `(?:\\s+(?:cac\\s+)?(?:${alternation(VI_LEVEL_WORDS)})(?:\\s+(?:${alternation(VI_LEVEL_SUFFIXES)}))*)?`,
  `\\s+(?:asean${ASEAN_SUFFIX}|${alternation(VI_CORES)})`,
].join("");
const EN_NAME = `(?:asean${ASEAN_SUFFIX}|${alternation(EN_CORES)})(?:\\s+(?:${alternation(EN_LEVEL_WORDS)}))?\\s+(?:${alternation(EN_NOUNS)})`;
const FIXED_NAME = alternation([...VI_FIXED_NAMES, ...EN_FIXED_NAMES]);
const WITH = "\\s+(?:voi|with)\\s+";
const LIST_OPENER = [
  `(?:${alternation(CONSULTATION_OPENERS)})(?:\\s+(?:${alternation(ONLINE_NAME_CUES)}))?${WITH}`,
  `(?:${alternation(PARTNER_MEETING_OPENERS)})${WITH}(?=(?:${alternation(PARTNER_NOUNS.filter((n) => n !== "the"))})\\s)`,
].join("|");
// The left word boundary is checked by wordMatches (see there why).
const MAIN = new RegExp(
  `(?:((?:${VI_NAME}|${EN_NAME}|${FIXED_NAME})${ACRONYM_PAREN})|(${LIST_OPENER}))`,
  "gu",
);
// Acronyms match as printed (`AEM-57`); their head word or ordinal is looked up behind them.
const ACRONYMS = new RegExp(
  `(${wordAlternation(MEETING_ACRONYMS.map((a) => a.acronym))})(?![\\p{L}\\p{N}])(?:\\s*[-–]\\s*(\\d{1,3})(?!\\p{N})|\\s+(\\d{1,3})(?!\\p{N}))?`,
  "gu",
);
const ACRONYM_LEAD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:(${wordAlternation(ACRONYM_HEADS)})\\s+)?((\\d{1,3})(?:st|nd|rd|th)\\s+)?$`,
  "u",
);

const SIGNATURES = SERIES_SIGNATURES.map((s) => ({
  series: s.series,
  re: new RegExp(fragmentSource(s.pattern), "u"),
}));
const NAMED_OTHER = NAMED_OTHER_MEETINGS.map((o) => ({
  id: o.id,
  re: new RegExp(alternation(o.forms), "u"),
}));
const SECTORS = SECTOR_MEETINGS.map((o) => ({ id: o.id, re: new RegExp(alternation(o.forms), "u") }));
const LEVELS = LEVEL_CUES.map((c) => ({ level: c.level, re: new RegExp(alternation(c.forms), "u") }));
const PLUS_ONE = new RegExp(fragmentSource(PLUS_ONE_PATTERN), "u");
const ASEAN_SEPARATOR = new RegExp(`asean${DASH_OR_PLUS}`, "u");
const PAIR_FOLLOWS = new RegExp(`^${DASH_OR_PLUS}\\p{L}`, "u");
const PAREN_ACRONYM = /\(([a-z]+(?:\s+[a-z]+)?)\)/u;
const ONLINE_NAME = new RegExp(alternation(ONLINE_NAME_CUES), "u");

const EDITION_IN = new RegExp(
  `lan\\s+thu\\s+(\\d{1,3}|${VI_ORDINAL_WORDS})(?![\\p{L}\\p{N}])|(${alternation(VI_FIRST)})|\\([a-z\\s]*?[-–]?\\s*(\\d{1,3})\\)`,
  "u",
);
const EDITION_AFTER = new RegExp(
  `(?:\\s*\\([^()\\n]{1,16}\\))?\\s*,?\\s*(?:${VI_EDITION}|lan\\s+\\d{1,3}(?!\\p{N}))`,
  "uy",
);
const ORDINAL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,3})(?:st|nd|rd|th)|(${wordAlternation(Object.keys(EN_ORDINALS))}))\\s+$`,
  "u",
);
const FRAME_BEFORE = new RegExp(`(?:${alternation(FRAME_CUES)})\\s+(?:(?:cua|the)\\s+)?$`, "u");
const UMBRELLA_BEFORE_RE = new RegExp(`(?:${alternation(UMBRELLA_BEFORE)})\\s+$`, "u");
const UMBRELLA_AFTER_RE = new RegExp(`^\\s*,?\\s*(?:${alternation(UMBRELLA_AFTER)})`, "u");
const PROPOSAL_BEFORE = new RegExp(
  `${FOLD_START}(?:${alternation(PROPOSAL_CUES)})\\s+(?:(?:an?|the|mot)\\s+)?$`,
  "u",
);
const LIST_AFTER_NAME = new RegExp(WITH, "uy");

/** The level a meeting's name states (`Bộ trưởng Ngoại giao` → foreign ministers), else null. */
export function levelFromName(nameFold: string): MeetingLevel | null {
  return LEVELS.find((l) => l.re.test(nameFold))?.level ?? null;
}

/** The OTHER sub-series a name belongs to (`Diễn đàn Kết nối ASEAN` → `ACF`), else null. */
export function otherIdFromName(nameFold: string): string | null {
  return (
    (NAMED_OTHER.find((o) => o.re.test(nameFold)) ?? SECTORS.find((s) => s.re.test(nameFold)))?.id ?? null
  );
}

const identity = (series: MeetingSeries, extra: Partial<Identity> = {}): Identity => ({
  series,
  partner: INFO.get(series)?.partner ?? null,
  otherId: null,
  plusOne: false,
  ...extra,
});

/** Series, partner and sub-series of a matched name; null when it is not a meeting we know. */
function classify(view: TextView, start: number, end: number): Identity | null {
  const nameFold = view.fold.slice(start, end);
  const signature = SIGNATURES.find((s) => s.re.test(nameFold));
  if (signature) return identity(signature.series);
  const named = NAMED_OTHER.find((o) => o.re.test(nameFold));
  if (named) return identity("OTHER", { otherId: named.id });
  if (PLUS_ONE.test(nameFold)) return identity("ASEAN_PLUS_ONE", { plusOne: true });
  const separator = ASEAN_SEPARATOR.exec(nameFold);
  if (separator) {
    // `ASEAN – X`: a meeting with partner X; a name that is no partner (`ASEAN – GCC`) is skipped.
    const hit = partnerAt(view, start + separator.index + separator[0].length);
    return hit ? identity("ASEAN_PLUS_ONE", { partner: hit.code }) : null;
  }
  const sector = SECTORS.find((s) => s.re.test(nameFold));
  if (sector) return identity("OTHER", { otherId: sector.id });
  const acronym = MEETING_ACRONYMS.find((a) => a.acronym.toLowerCase() === PAREN_ACRONYM.exec(nameFold)?.[1]);
  if (acronym) return identity(acronym.series, { otherId: acronym.otherId ?? null });
  // `Hội nghị Cấp cao ASEAN – Hội đồng Hợp tác vùng Vịnh`: a pair with a non-partner, not a summit.
  if (PAIR_FOLLOWS.test(view.fold.slice(end, end + 8))) return null;
  const level = levelFromName(nameFold);
  const series = level === null ? undefined : SERIES_BY_LEVEL[level];
  return series ? identity(series) : null;
}

function editionIn(fold: string): number | null {
  const m = EDITION_IN.exec(fold);
  if (!m) return null;
  if (m[2] !== undefined) return 1;
  const value = (m[1] ?? m[3])?.replace(/\s+/g, " ");
  if (value === undefined) return null;
  return /^\d/.test(value) ? Number(value) : (VI_ORDINALS[value] ?? null);
}

/** Widens a name over an English ordinal before it and a Vietnamese edition after it. */
function widen(
  view: TextView,
  start: number,
  end: number,
): { start: number; end: number; number: number | null } {
  let number = editionIn(view.fold.slice(start, end));
  EDITION_AFTER.lastIndex = end;
  const after = EDITION_AFTER.exec(view.fold);
  if (after) {
    number ??= editionIn(after[0]);
    end += after[0].length;
  }
  const before = ORDINAL_BEFORE.exec(view.fold.slice(Math.max(0, start - 24), start));
  if (before) {
    number ??= before[1] !== undefined ? Number(before[1]) : (EN_ORDINALS[before[2] ?? ""] ?? null);
    start -= before[0].length;
  }
  return { start, end, number };
}

function baseMention(
  start: number,
  end: number,
  id: Identity,
  fields: Partial<MeetingMention>,
): MeetingMention {
  return {
    start,
    end,
    series: id.series,
    partner: id.partner,
    level: null,
    number: null,
    otherId: id.otherId,
    online: false,
    frame: false,
    umbrella: false,
    byAcronym: false,
    needsAnchor: false,
    listed: false,
    tailEnd: end,
    ...fields,
  };
}

function nameMentions(view: TextView, matchStart: number, matchEnd: number): MeetingMention[] {
  const nameFold = view.fold.slice(matchStart, matchEnd);
  const id = classify(view, matchStart, matchEnd);
  if (!id) return [];
  const { start, end, number } = widen(view, matchStart, matchEnd);
  const level = levelFromName(nameFold) ?? INFO.get(id.series)?.defaultLevel ?? null;
  const fields = { level, number, online: ONLINE_NAME.test(nameFold) };
  if (!id.plusOne) return [baseMention(start, end, id, fields)];
  LIST_AFTER_NAME.lastIndex = matchEnd;
  const opener = LIST_AFTER_NAME.exec(view.fold);
  const list = opener ? readPartnerList(view, matchEnd + opener[0].length) : null;
  return (list?.partners ?? []).map((p) =>
    baseMention(start, p.end, { ...id, partner: p.code }, { ...fields, number: null, listed: true }),
  );
}

const PLUS_THREE_KEY = [...PLUS_THREE_PARTNERS].sort().join();

function isPlusThree(list: PartnerList): boolean {
  const codes = [...new Set(list.partners.map((p) => p.code))].sort().join();
  return codes === PLUS_THREE_KEY && (list.count === 3 || list.groupCue);
}

function listMentions(view: TextView, start: number, openerEnd: number): MeetingMention[] {
  const list = readPartnerList(view, openerEnd);
  if (!list) return [];
  const fields = {
    online: ONLINE_NAME.test(view.fold.slice(start, openerEnd)),
    needsAnchor: true,
    listed: true,
  };
  if (isPlusThree(list)) return [baseMention(start, list.end, identity("ASEAN_PLUS_THREE"), fields)];
  const seen = new Set<string>();
  return list.partners
    .filter((p) => !seen.has(p.code) && seen.add(p.code))
    .map((p) => baseMention(start, p.end, identity("ASEAN_PLUS_ONE", { partner: p.code }), fields));
}

function acronymMentions(view: TextView, taken: readonly MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of view.canon.matchAll(ACRONYMS)) {
    const acronym = MEETING_ACRONYMS.find((a) => a.acronym === m[1]?.replace(/\s+/g, " "));
    const lead = ACRONYM_LEAD.exec(view.canon.slice(Math.max(0, m.index - 24), m.index));
    if (!acronym || !lead) continue;
    const start = m.index - (lead[2]?.length ?? 0);
    const end = m.index + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const widened = widen(view, start, end);
    const number = lead[3] ?? m[2] ?? m[3];
    const edition = number === undefined ? widened.number : Number(number);
    if (lead[1] === undefined && edition === null) continue;
    const id = identity(acronym.series, { otherId: acronym.otherId ?? null });
    out.push(baseMention(start, widened.end, id, { level: acronym.level, number: edition, byAcronym: true }));
  }
  return out;
}

/** Marks frames and umbrellas; false for a name that only proposes a mechanism. */
function placeInSentence(view: TextView, m: MeetingMention): boolean {
  const sentence = view.sentences.at(m.start);
  const before = view.fold.slice(Math.max(sentence.start, m.start - 60), m.start);
  if (PROPOSAL_BEFORE.test(before)) return false;
  m.frame = FRAME_BEFORE.test(before);
  const tail = UMBRELLA_AFTER_RE.exec(view.fold.slice(m.end, m.end + 48));
  m.umbrella = UMBRELLA_BEFORE_RE.test(before) || tail !== null;
  m.tailEnd = m.end + (tail?.[0].length ?? 0);
  return true;
}

/** Every meeting the text names, in text order (a list gives one mention per partner). */
export function findMeetingMentions(view: TextView): MeetingMention[] {
  const mentions: MeetingMention[] = [];
  for (const m of wordMatches(view.fold, MAIN)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) mentions.push(...nameMentions(view, m.index, end));
    else mentions.push(...listMentions(view, m.index, end));
  }
  mentions.push(...acronymMentions(view, mentions));
  return mentions.filter((m) => placeInSentence(view, m)).sort((a, b) => a.start - b.start || a.end - b.end);
}
