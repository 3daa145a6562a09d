/**
 * Meetings press describes instead of naming them (issue #13): `economic ministers of ASEAN
 * countries and the Republic of Korea discussed … at their consultation meeting` is the ASEAN–
 * Korea economic ministers' consultation; `ASEAN foreign ministers met online with China, Japan
 * and Korea` the ASEAN+3 foreign ministers' meeting. Only sentences that name ASEAN and speak of
 * a meeting count.
 */
import { findCountryMentions } from "./countries.ts";
import {
  ANNIVERSARY_SUMMIT,
  ASEAN_SIDE_MET,
  ASEAN_WRITTEN,
  COUNTERPARTS_AFTER,
  COUNTERPARTS_OPENER,
  DESCRIBED_ASEAN_LAST,
  DESCRIBED_ASEAN_MEETINGS,
  DESCRIBED_ASEAN_SIDE,
  DESCRIBED_BLOC_MEETINGS,
  DESCRIBED_MEETING_WORDS,
  DESCRIBED_MINISTERS,
  DESCRIBED_PARTNER_SIDE,
  DESCRIBED_PARTNERS_FIRST,
  MECHANISM_LIST_CUES,
  MEETING_ACRONYMS,
  MEETINGS_WITH_EACH,
  MET_WITH,
  PAIR_MEETING_BEFORE,
  PAIR_SUMMIT_AFTER,
  PARTNER_SIDE_VERBS,
  PLUS_THREE_PARTNERS,
  PMC_BEFORE,
  SECTOR_MEETINGS,
  SECTOR_OF_DESCRIBED,
  VI_PAIR_MEETS,
} from "./data/meetings.ts";
import { alternation, FOLD_END, FOLD_START, fragmentSource } from "./fold-pattern.ts";
import { findKnownPeople } from "./known-people.ts";
import { execAll } from "./lexicon-regex.ts";
import { foldText } from "./normalize.ts";
import {
  isAseanMember,
  isDialoguePartner,
  type PartnerHit,
  pairIdentity,
  partnerAt,
  readPartnerList,
} from "./partner-lists.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingLevel, MeetingSeries } from "./types.ts";

export interface DescribedMeeting {
  start: number;
  end: number;
  series: MeetingSeries;
  partner: string | null;
  /** Null: the sentence's context decides. */
  level: MeetingLevel | null;
  /** Sub-series of OTHER (`INTERFACE_AIPA`), else absent. */
  otherId?: string;
  /** Edition, when the description gives it (`the grouping's 34th Summit`). */
  number?: number;
}

// `the 35th summit of the Association of Southeast Asian Nations`, `the grouping's 34th Summit`,
// `The 32nd summit and related meetings of the Association …`, `ASEAN … launched its 38th and
// 39th summits`, `the 47th meeting of the Association of Southeast Asian Nations (ASEAN)`: an
// ASEAN Summit described with its editions. Group 1 or 3: the first edition; 2 or 4: a second.
const ORDINAL = "(\\d{1,3})(?:st|nd|rd|th)";
const AND_ORDINAL = `(?:\\s+(?:and|&)\\s+(?:the\\s+)?${ORDINAL})?`;
const ASEAN_BY_NAME =
  "(?:asean|association\\s+of\\s+southeast\\s+asian\\s+nations)(?:\\s*\\(\\s*asean\\s*\\))?";
// `the 56th meeting of ASEAN foreign ministers` is their meeting, not the summit.
const NOT_MINISTERS =
  "(?!\\s+(?:foreign|economic|finance|defen[cs]e|trade|energy|labou?r|health|agriculture|transport|tourism|senior|deputy|ministers?|officials|secretary|secretaries|member|nations?|countries|states)(?![a-z]))";
// `the 60th Meeting of the ASEAN Sub-Committee on …`: a bare `meeting of` is the summit only
// when the grouping's name ends the phrase.
const NAME_ENDS =
  "(?=\\s*(?:[,.;:!?)]|$|\\s(?:in|on|at|which|that|was|is|will|has|had|held|opened|began|begins|this|last|next|from|under|with|where|when)(?![a-z])))";
const NUMBERED_SUMMIT = new RegExp(
  `${FOLD_START}(?:${ORDINAL}${AND_ORDINAL}\\s+(?:summits?(?:\\s+and\\s+related\\s+(?:meetings|summits))?\\s+of\\s+(?:the\\s+)?${ASEAN_BY_NAME}${NOT_MINISTERS}|meeting\\s+of\\s+(?:the\\s+)?${ASEAN_BY_NAME}${NAME_ENDS})|(?:grouping|bloc|association|asean|its)['’]?s?\\s+${ORDINAL}${AND_ORDINAL}\\s+summits?)${FOLD_END}`,
  "gu",
);

// `… and also Summits with China, Japan, Republic of Korea, Russia, and the United States`, `ASEAN
// 1+Summits with China, Japan …`, `các hội nghị cấp cao liên quan với lãnh đạo các đối tác đối
// thoại của ASEAN là Trung Quốc, Nhật Bản …`: one leaders' summit with each partner listed.
const SUMMITS_WITH = new RegExp(
  `${FOLD_START}(?:(?:related\\s+)?summits\\s+with\\s+(?:(?:its|their)\\s+)?(?:(?:dialogue\\s+)?partners,?\\s+|(?:a\\s+range\\s+of\\s+|several\\s+|other\\s+)?(?:countries|partners|dialogue\\s+partners)(?:\\s+and\\s+organi[sz]ations)?,?\\s+(?:including|such\\s+as|namely|like)\\s+)?|cac\\s+hoi\\s+nghi\\s+(?:cap\\s+cao|thuong\\s+dinh)(?:\\s+lien\\s+quan)?\\s+(?:voi|cung)\\s+(?:(?:cac\\s+)?(?:lanh\\s+dao|nha\\s+lanh\\s+dao)\\s+)?)`,
  "gu",
);

function summitsWithPartners(
  view: TextView,
  near: ReadonlyArray<{ start: number; end: number }>,
): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  if (!view.fold.includes("summits") && !view.fold.includes("cac hoi nghi")) return out;
  for (const m of scanAsean(SUMMITS_WITH, view, near)) {
    // `summits with … Japan, the Republic of Korea, the United Nations and the United States`:
    // the UN among them is the ASEAN–UN summit, and the list goes on after it.
    const list = readPartnerList(view, m.index + m[0].length, true);
    out.push(...onePerPartner(m.index, distinct(list?.partners ?? []), "leaders"));
  }
  return out;
}

const ASEAN_NAMED = /asean|southeast asian/u;
const SUMMIT_WORDS = /summit|leaders|president|prime minister/u;
const SUMMIT_HELD = /(?<![a-z])(?:summit|thuong dinh|cap cao)(?![a-z])/u;

const COMMA_THEN = /^,\s*/;
const MEETING_OF = /meeting\s+of/;

function numberedSummits(view: TextView): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  if (!view.fold.includes("summit") && !view.fold.includes("meeting of")) return out;
  for (const m of execAll(NUMBERED_SUMMIT, view.fold)) {
    if (!sentenceHolds(view, m.index, ASEAN_NAMED)) continue;
    // `the 24th Meeting of ASEAN, China, Japan and South Korea Tourism Ministers`: ASEAN opens a
    // list of parties, the meeting is theirs, not the summit (`the 47th meeting of ASEAN,
    // Malaysia said`, one country after the comma, is still the summit).
    if (MEETING_OF.test(m[0])) {
      const after = COMMA_THEN.exec(view.fold.slice(m.index + m[0].length, m.index + m[0].length + 4));
      const list = after ? readPartnerList(view, m.index + m[0].length + after[0].length) : null;
      if (list && list.partners.length >= 2) continue;
    }
    const editions = [m[1] ?? m[3], m[2] ?? m[4]].filter((n) => n !== undefined);
    for (const n of editions)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        series: "ASEAN_SUMMIT",
        partner: null,
        level: "leaders",
        number: Number(n),
      });
  }
  return out;
}

// `dự ASEAN 33`, `chaired ASEAN 46`, `HNCC ASEAN 36`, `ASEAN leaders wrapped up their 42nd summit`:
// the ASEAN Summit by its edition alone. The bare number is read only after a word that attends,
// chairs or hosts it (or `HNCC`), and only as an edition of the summits held since 2017 (30–69).
const BARE_EDITION =
  /(?<![\p{L}\p{N}])(?:(?:HNCC|Hội nghị cấp cao|dự|tham dự|chủ trì|tại|attend|attended|attends|attending|chaired|chairs|chairing|hosted|hosts|hosting|host|at|for|of)\s+)ASEAN[- ]?([3-6]\d)(?![\p{L}\p{N}+])(?!\s*(?:countries|nations|members|member))/gu;
// Run natively first: most texts print no `ASEAN 46` at all.
const HAS_BARE_EDITION = /ASEAN[- ]?[3-6]\d/u;
const LEADERS_THEIR_SUMMIT = new RegExp(
  `${FOLD_START}(?:asean|southeast asian) leaders [^.;\\n]{0,60}?(?<![a-z])their ${ORDINAL}${AND_ORDINAL}\\s+summits?${FOLD_END}`,
  "gu",
);

function bareEditions(view: TextView): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  const summit = (start: number, end: number, n: string | undefined) => {
    if (n !== undefined)
      out.push({ start, end, series: "ASEAN_SUMMIT", partner: null, level: "leaders", number: Number(n) });
  };
  for (const m of HAS_BARE_EDITION.test(view.text) ? execAll(BARE_EDITION, view.text) : []) {
    const at = m.index + m[0].lastIndexOf("ASEAN");
    summit(at, m.index + m[0].length, m[1]);
  }
  if (!view.fold.includes("their")) return out;
  for (const m of execAll(LEADERS_THEIR_SUMMIT, view.fold)) {
    summit(m.index, m.index + m[0].length, m[1]);
    summit(m.index, m.index + m[0].length, m[2]);
  }
  return out;
}

// A numbered meeting of an ASEAN body no lexicon lists: `The 22nd ASEAN Chiefs of Defence Forces
// Meeting (ACDFM-22)`, `the 34th meeting of the ASEAN Senior Officials on the Environment
// (ASOEN)`, `The 21st ASEAN Conference on Civil Service Matters`, `Hội nghị Tư lệnh Quốc phòng các
// nước ASEAN lần thứ 21`. Series OTHER under the body's acronym, else its words; names the
// lexicons know are found as names first and override these.
const BODY_WORD = "(?:[A-Z][\\w'’&-]*|of|on|for|and|the|in)";
// `the 25th Meeting of the ASEAN Socio-Cultural Community Council`, `the 45th meeting of the
// High-Level Task Force on ASEAN Economic Integration`: a body named after `meeting of`, with ASEAN
// among its first words; `the 32nd ASEAN Coordinating Council`: a council numbered without
// `Meeting`.
const BODY_WITH_ASEAN = `(?:(?:ASEAN|Senior)(?:\\s+${BODY_WORD}){1,9}|[A-Z][\\w'’&-]*(?:\\s+${BODY_WORD}){0,5}?\\s+ASEAN(?:\\s+${BODY_WORD}){0,9})`;
const EN_BODY_MEETING = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3})(?:st|nd|rd|th)\\s+(?:(?:[Mm]eeting|[Ss]ession|[Cc]onference)\\s+of\\s+(?:the\\s+)?(${BODY_WITH_ASEAN})|ASEAN\\s+(${BODY_WORD}(?:\\s+${BODY_WORD}){0,8}?)\\s+(?:Meeting|Conference)(?![\\p{L}])|ASEAN\\s+((?:Meeting|Conference)\\s+on(?:\\s+${BODY_WORD}){1,8})|ASEAN\\s+((?:[A-Z][\\w'’&-]*\\s+){1,4}Council)(?![\\p{L}]|\\s+(?:Meeting|Conference|of|for|on)))(?:\\s*\\(([A-Z][A-Za-z0-9&+]{1,11})(?:[-\\s]\\d{1,3}|-[A-Z]{1,4})?\\))?`,
  "gu",
);
// Native checks before the patterns, which most texts give nothing to.
const EN_BODY_CUE = /\d(?:st|nd|rd|th)\s+(?:[Mm]eeting|[Ss]ession|[Cc]onference|ASEAN)/u;
/** `Hội nghị` and a body's capitalised words (group 1), the head of both Vietnamese body patterns. */
const VI_BODY_HEAD =
  "(?<![\\p{L}\\p{N}])Hội nghị ((?:\\p{Lu}\\p{Ll}*)(?:(?:\\s+-\\s+|\\s+)(?:\\p{Lu}\\p{Ll}*|\\p{Ll}+)){0,7}?)\\s+";
const VI_BODY_MEETING = new RegExp(
  `${VI_BODY_HEAD}(?:các nước\\s+)?ASEAN\\s+lần thứ\\s+(\\d{1,3})(?:\\s*\\(([A-Z][A-Za-z0-9&+]{1,11})(?:[-\\s]\\d{1,3})?\\))?`,
  "gu",
);
/**
 * The edition first (`Hội nghị lần thứ 45 Nhóm Đặc trách cấp cao về hội nhập kinh tế ASEAN
 * (HLTF-EI)`): group 1 the edition, 2 the body's words up to ASEAN, 3 its acronym.
 */
const VI_BODY_MEETING_EDITION_FIRST =
  /(?<![\p{L}\p{N}])Hội nghị lần thứ\s+(\d{1,3})\s+(?:của\s+)?(\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}\p{Ll}*|\p{Ll}+)){0,10}?)\s+(?:các nước\s+)?ASEAN(?![\p{L}+])(?:\s*\(([A-Z][A-Za-z0-9&+]{1,11})(?:[-\s]\d{1,3}|-[A-Z]{1,4})?\))?/gu;
/** A body's meeting with partners (group 2: `+3`; group 3: a partner's name; group 4: the edition). */
const VI_BODY_PAIR_MEETING = new RegExp(
  `${VI_BODY_HEAD}ASEAN\\s*(?:(\\+\\s*3)|[+\\-–]\\s*(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}))\\s+lần thứ\\s+(\\d{1,3})(?![\\p{L}\\p{N}])`,
  "gu",
);
// Bodies of the main series, read by their own rules.
const MAIN_SERIES_WORDS =
  /(?:Foreign|Economic|Leaders|Summit|Regional Forum|Ngoại giao|Kinh tế|Cấp cao|Thượng đỉnh|Lãnh đạo)/u;
const OFFICIALS_WORDS = /(?:Senior|Officials|Officers|Quan chức)/u;

const KNOWN_OTHER_IDS = new Map<string, string>([
  ...SECTOR_MEETINGS.map((m) => [m.id, m.id] as const),
  ...MEETING_ACRONYMS.flatMap((a) => (a.otherId ? [[a.acronym, a.otherId] as const] : [])),
]);

const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/**
 * The community councils and the Coordinating Council the lexicons know, by their words after
 * `ASEAN` (`the 32nd ASEAN Coordinating Council`, `the 25th Meeting of the ASEAN Socio-Cultural
 * Community Council`): the same sub-series and level as their named meetings, so both meet.
 */
const COUNCILS: ReadonlyArray<{ words: RegExp; id: string; level: MeetingLevel }> = [
  { words: /^Coordinating Council$/u, id: "ACC", level: "other" },
  { words: /^Political[-‐–\s]+Security Community Council$/u, id: "APSC_COUNCIL", level: "other" },
  { words: /^Socio[-‐–\s]+Cultural Community Council$/u, id: "ASCC_COUNCIL", level: "other" },
  { words: /^Economic Community Council$/u, id: "AECC", level: "economic_ministers" },
];
const LEADING_ASEAN = /^ASEAN\s+/u;
/** A place after a body's name (`… Agriculture and Forestry in Hanoi`): not part of the name. */
const PLACE_AFTER = /\s+in\s+\p{Lu}.*$/u;
/** A sector the lexicons know, by the words of its ministers (`Ministers on Agriculture and Forestry`). */
const SECTOR_BY_WORDS = SECTOR_MEETINGS.map((m) => ({
  id: m.id,
  re: new RegExp(`(?:^|[^a-z])(?:${alternation(m.forms)})(?![a-z])`, "u"),
}));
/** The sector a body's words name, by its ministers' words, else undefined. */
function sectorOf(words: string): string | undefined {
  const folded = foldText(words);
  return SECTOR_BY_WORDS.find((x) => x.re.test(folded))?.id;
}
/** A body named before `ASEAN` (`High-Level Task Force on ASEAN Economic Integration`). */
const ASEAN_INSIDE = /^(?!ASEAN)\S.*\sASEAN(?:\s|$)/u;

function bodyMeetings(view: TextView): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  const push = (m: RegExpExecArray, words: string, n: string | undefined, acronym: string | undefined) => {
    if (n === undefined) return;
    // Only a body named from ASEAN on can be a main series' (`… of the ASEAN Economic Ministers`):
    // `the High-Level Task Force on ASEAN Economic Integration` is none.
    const own = words.replace(LEADING_ASEAN, "").replace(PLACE_AFTER, "");
    const council = COUNCILS.find((c) => c.words.test(own));
    if (!council && !ASEAN_INSIDE.test(words) && MAIN_SERIES_WORDS.test(own)) return;
    const sector = council ? undefined : sectorOf(own);
    // A body the lexicons know by its acronym (`AMAF`) keeps that sub-series, so its mentions meet.
    const known = council?.id ?? (acronym === undefined ? undefined : KNOWN_OTHER_IDS.get(acronym)) ?? sector;
    const slug = own.replace(NON_WORD_RUN, "_").toUpperCase().slice(0, 40);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      series: "OTHER",
      partner: null,
      level: council?.level ?? (OFFICIALS_WORDS.test(words) ? "senior_officials" : "other"),
      otherId: known ?? `BODY_${acronym ?? slug}`,
      number: Number(n),
    });
  };
  if (!view.text.includes("ASEAN")) return out;
  if (EN_BODY_CUE.test(view.text))
    for (const m of execAll(EN_BODY_MEETING, view.text))
      push(m, m[2] ?? m[3] ?? m[4] ?? m[5] ?? "", m[1], m[6]);
  if (view.text.includes("lần thứ")) {
    for (const m of execAll(VI_BODY_MEETING, view.text)) push(m, m[1] ?? "", m[2], m[3]);
    for (const m of execAll(VI_BODY_MEETING_EDITION_FIRST, view.text)) push(m, m[2] ?? "", m[1], m[3]);
    // `Hội nghị Cơ quan Du lịch Quốc gia ASEAN+3 lần thứ 42`, `… ASEAN+Ấn Độ lần thứ 29`: a body's
    // meeting with China, Japan and Korea, or with one partner (level `other`, or its officials').
    for (const m of execAll(VI_BODY_PAIR_MEETING, view.text)) {
      const words = m[1] ?? "";
      if (MAIN_SERIES_WORDS.test(words)) continue;
      const level = OFFICIALS_WORDS.test(words) ? "senior_officials" : "other";
      const number = Number(m[4]);
      const at = { start: m.index, end: m.index + m[0].length, level, number } as const;
      if (m[2] !== undefined) {
        out.push({ ...at, series: "ASEAN_PLUS_THREE", partner: null });
        continue;
      }
      const hit = partnerAt(view, m.index + m[0].lastIndexOf(m[3] as string));
      if (!hit) continue;
      const { series, partner, otherId } = pairIdentity("ASEAN_PLUS_ONE", hit.code);
      out.push({ ...at, series, partner, ...(otherId ? { otherId } : {}) });
    }
  }
  return out;
}

// ASEAN leaders' interface meetings with other bodies (`the Asean Leaders' Interface with
// Representatives of Asean Youth`, `các phiên đối thoại giữa Lãnh đạo các nước ASEAN với đại diện
// AIPA, Thanh niên, ABAC và HLTF`): one OTHER leaders' meeting per body. Folded.
const INTERFACE_BODIES: ReadonlyArray<{ id: string; re: RegExp }> = [
  {
    id: "AIPA",
    source:
      "aipa|(?:asean\\s+)?inter(?:\\s*[-–]\\s*|\\s+)?parliamentary\\s+assembly(?:\\s+of(?=\\s*\\())?|dai\\s+hoi\\s+dong\\s+lien\\s+nghi\\s+vien\\s+asean",
  },
  { id: "YOUTH", source: "(?:asean\\s+)?youth|thanh\\s+nien(?:\\s+asean)?" },
  {
    id: "ABAC",
    source:
      "abac|asean\\s*[-–]?\\s*bac|(?:asean\\s+)?business\\s+advisory\\s+council|hoi\\s+dong\\s+tu\\s+van\\s+kinh\\s+doanh\\s+asean",
  },
  { id: "HLTF", source: "hltf|high\\s*[-–]\\s*level\\s+task\\s+force|nhom\\s+dac\\s+trach\\s+cao\\s+cap" },
  { id: "CSO", source: "civil\\s+society(?:\\s+organi[sz]ations)?|to\\s+chuc\\s+xa\\s+hoi\\s+dan\\s+su" },
].map((b) => ({ id: b.id, re: new RegExp(`^(?:${b.source})(?![a-z])`, "u") }));
// `the meetings President Jokowi will chair are a plenary session and a meeting with
// representatives of the Inter-Parliamentary Assembly of (AIPA), ASEAN Youth and …`: at a summit.
const INTERFACE_HEAD = new RegExp(
  `${FOLD_START}(?:(?:asean\\s+)?leaders['’]?\\s*interface(?:\\s+(?:meetings?|sessions?))?\\s+with\\s+(?:the\\s+)?(?:representatives\\s+of\\s+(?:the\\s+)?)?|(?:a\\s+|the\\s+)?meetings?\\s+with\\s+(?:the\\s+)?representatives\\s+of\\s+(?:the\\s+)?|(?:cac\\s+)?(?:(?:phien|cuoc)\\s+)?(?:doi\\s+thoai|gap\\s+go)\\s+giua\\s+(?:cac\\s+)?lanh\\s+dao\\s+(?:(?:cac\\s+)?nuoc\\s+)?asean\\s+(?:voi|va)\\s+(?:(?:cac\\s+)?dai\\s+dien\\s+)?)`,
  "gu",
);
// `the AIPA Leaders' Interface`: the body before the words.
const INTERFACE_AFTER_BODY = new RegExp(
  `${FOLD_START}(aipa|asean\\s*[-–]?\\s*bac|abac)\\s+leaders['’]?\\s*interface`,
  "gu",
);
// `, AIPA và ABAC`, `, với đại diện Thanh niên ASEAN và với …`: the next body of the list.
const LIST_LINK =
  /^\s*(?:,\s*(?:va\s+)?|va\s+|and\s+)(?:voi\s+)?(?:(?:(?:cac\s+)?dai dien|representatives of)\s+)?(?:the\s+)?/u;
// `(AIPA)` after the spelled name.
const BRACKETED_ACRONYM = /^\s*\([a-z -]{2,12}\)/u;

/** The body an interface is held with, at the start of `text`, and the length of its name. */
function interfaceBodyAt(text: string): { id: string; length: number } | null {
  for (const b of INTERFACE_BODIES) {
    const hit = b.re.exec(text);
    if (hit) return { id: b.id, length: hit[0].length };
  }
  return null;
}

function leadersInterfaces(view: TextView): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  // Most texts hold none of the words: look for them first, natively.
  if (
    !view.fold.includes("interface") &&
    !view.fold.includes("lanh dao") &&
    !view.fold.includes("representatives of")
  )
    return out;
  for (const m of execAll(INTERFACE_HEAD, view.fold)) {
    if (m[0].startsWith("meeting") || m[0].startsWith("a ") || m[0].startsWith("the ")) {
      if (!sentenceHolds(view, m.index, SUMMIT_WORDS)) continue;
    }
    let at = m.index + m[0].length;
    for (;;) {
      const body = interfaceBodyAt(view.fold.slice(at, at + 80));
      if (!body) break;
      at += body.length;
      out.push({
        start: m.index,
        end: at,
        series: "OTHER",
        partner: null,
        level: "leaders",
        otherId: `INTERFACE_${body.id}`,
      });
      // `(AIPA)` after the spelled name.
      const bracket = BRACKETED_ACRONYM.exec(view.fold.slice(at, at + 16));
      if (bracket) at += bracket[0].length;
      const link = LIST_LINK.exec(view.fold.slice(at, at + 30));
      if (!link) break;
      at += link[0].length;
    }
  }
  for (const m of execAll(INTERFACE_AFTER_BODY, view.fold)) {
    const id = m[1]?.includes("aipa") ? "AIPA" : "ABAC";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      series: "OTHER",
      partner: null,
      level: "leaders",
      otherId: `INTERFACE_${id}`,
    });
  }
  return out;
}

const MINISTERS = DESCRIBED_MINISTERS.map((d) => `(${alternation(d.forms)})`).join("|");
const PAIR = new RegExp(`${FOLD_START}(?:${MINISTERS})\\s+${fragmentSource(DESCRIBED_ASEAN_SIDE)}`, "gu");
const VI_MEETS = new RegExp(fragmentSource(VI_PAIR_MEETS), "u");
// `Finance ministers and central bank governors of Japan, China, South Korea and ASEAN`.
const PARTNERS_FIRST = new RegExp(
  `${FOLD_START}(?:${MINISTERS})${fragmentSource(DESCRIBED_PARTNERS_FIRST)}`,
  "gu",
);
const ASEAN_LAST = new RegExp(
  `^${fragmentSource(DESCRIBED_ASEAN_LAST)}${fragmentSource(ASEAN_WRITTEN)}${FOLD_END}`,
  "u",
);
// `the ASEAN Economic Ministers (AEM) and the Ministers from Australia and New Zealand`
const ASEAN_FIRST = new RegExp(
  `${FOLD_START}asean\\s+(?:${MINISTERS})(?:\\s*\\([a-z]{2,5}\\))?${fragmentSource(DESCRIBED_PARTNER_SIDE)}`,
  "gu",
);
const PAIR_AFTER = new RegExp(`^\\s+and\\s+(?:the\\s+)?${fragmentSource(ASEAN_WRITTEN)}`, "u");
// `ASEAN leaders and India held a commemorative summit`: the leaders of one side named with it.
const PAIR_BEFORE = new RegExp(
  `${fragmentSource(ASEAN_WRITTEN)}(?:\\s+leaders)?\\s+and\\s+(?:the\\s+)?$`,
  "u",
);
const SUMMIT_AFTER = new RegExp(`^${fragmentSource(PAIR_SUMMIT_AFTER)}`, "u");
const MECHANISMS = new RegExp(`${FOLD_START}(?:${alternation(MECHANISM_LIST_CUES)})${FOLD_END}`, "u");
const ASEAN_OWN = new RegExp(`${FOLD_START}(?:${alternation(DESCRIBED_ASEAN_MEETINGS)})${FOLD_END}`, "gu");
const BLOC_OWN = new RegExp(`${FOLD_START}(?:${alternation(DESCRIBED_BLOC_MEETINGS)})${FOLD_END}`, "gu");
const SERIES_OF_WORD: Readonly<Record<string, { series: MeetingSeries; level: MeetingLevel }>> = {
  foreign: { series: "AMM", level: "foreign_ministers" },
  economic: { series: "AEM", level: "economic_ministers" },
  trade: { series: "AEM", level: "economic_ministers" },
  leaders: { series: "ASEAN_SUMMIT", level: "leaders" },
  summit: { series: "ASEAN_SUMMIT", level: "leaders" },
  "senior officials": { series: "SOM", level: "senior_officials" },
  "quan chuc": { series: "SOM", level: "senior_officials" },
  "ngoai giao": { series: "AMM", level: "foreign_ministers" },
  "ngoai truong": { series: "AMM", level: "foreign_ministers" },
  "kinh te": { series: "AEM", level: "economic_ministers" },
  "lanh dao": { series: "ASEAN_SUMMIT", level: "leaders" },
};
const MEETING_BEFORE = new RegExp(`${FOLD_START}${fragmentSource(PAIR_MEETING_BEFORE)}$`, "u");
const ANNIVERSARY = new RegExp(`${FOLD_START}${fragmentSource(ANNIVERSARY_SUMMIT)}`, "gu");
const ASEAN_DASH = /^asean\s*[-‐‑‒–—−]\s*/u;
const DASH_ASEAN = /^\s*[-‐‑‒–—−]\s*asean(?![a-z])/u;
const MET = new RegExp(`${FOLD_START}${fragmentSource(MET_WITH)}`, "gu");
const MEETING_WORD = new RegExp(`${FOLD_START}(?:${alternation(DESCRIBED_MEETING_WORDS)})${FOLD_END}`, "u");
const PLUS_THREE = [...PLUS_THREE_PARTNERS].sort().join();
const ASEAN_SIDE = ASEAN_SIDE_MET.map((d) => `(${alternation(d.forms)})`).join("|");
// `Wang Yi held a summit on Thursday with foreign ministers of ASEAN`: up to three words between;
// not the ministers of ASEAN's partners (`the foreign ministers of Asean Dialogue Partners`).
const PARTNER_SIDE = new RegExp(
  `${FOLD_START}(?:${alternation(PARTNER_SIDE_VERBS)})(?:\\s+[a-z]+){0,3}?\\s+(?:(?:with|voi)\\s+)?(?:${ASEAN_SIDE})${FOLD_END}(?!\\s+(?:dialogue\\s+)?partners|\\s+doi\\s+tac)`,
  "gu",
);
const WITH_EACH = new RegExp(`${FOLD_START}(?:${MEETINGS_WITH_EACH})`, "gu");
const COUNTERPARTS = new RegExp(`${FOLD_START}${fragmentSource(COUNTERPARTS_OPENER)}`, "gu");
const COUNTERPARTS_END = new RegExp(`${fragmentSource(COUNTERPARTS_AFTER)}${FOLD_END}`, "uy");
const ASEAN_SUBJECT = /asean|southeast asian|top diplomats|ministers/u;

function sentenceHolds(view: TextView, at: number, re: RegExp | string): boolean {
  const s = view.sentences.at(at);
  const text = view.fold.slice(s.start, s.end);
  return typeof re === "string" ? text.includes(re) : re.test(text);
}

const distinct = (partners: PartnerHit[]) => {
  const seen = new Set<string>();
  return partners.filter((p) => !seen.has(p.code) && seen.add(p.code));
};

/** The level the minister group of a {@link PAIR} or {@link ASEAN_FIRST} match names. */
const ministersLevel = (m: RegExpExecArray) =>
  DESCRIBED_MINISTERS[m.slice(1).findIndex((g) => g !== undefined)]?.level ?? null;

/**
 * One ASEAN+1 meeting per partner listed after `start`, or one ASEAN+3 meeting when the partners
 * are exactly China, Japan and Korea (`… and Ministers from the People's Republic of China, Japan
 * and the Republic of Korea`).
 */
function plusOneOrThree(
  start: number,
  partners: PartnerHit[],
  level: MeetingLevel | null,
): DescribedMeeting[] {
  const last = partners.at(-1);
  if (
    last &&
    partners
      .map((p) => p.code)
      .sort()
      .join() === PLUS_THREE
  )
    return [{ start, end: last.end, series: "ASEAN_PLUS_THREE", partner: null, level }];
  return onePerPartner(start, partners, level);
}

/** One ASEAN+1 meeting with each partner listed, running from `start` to that partner. */
function onePerPartner(
  start: number,
  partners: PartnerHit[],
  level: MeetingLevel | null,
): DescribedMeeting[] {
  return partners.map((p) => {
    const { series, partner, otherId } = pairIdentity("ASEAN_PLUS_ONE", p.code);
    return { start, end: p.end, series, partner, level, ...(otherId ? { otherId } : {}) };
  });
}

/**
 * The dialogue partners on the other side of `[start, end)`: those named before it in its
 * sentence (`US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov … to
 * hold meetings with the ASEAN foreign ministers`), else the first named after it
 * (`… với ngoại trưởng các nước ASEAN, ông Blinken khẳng định Washington …`).
 */
function partnerSide(
  view: TextView,
  start: number,
  end: number,
  after = true,
): { code: string; end: number }[] {
  const s = view.sentences.at(start);
  const partners = findCountryMentions(view).filter(
    (c) => !c.territory && !isAseanMember(c.code) && c.start >= s.start && c.end <= s.end,
  );
  let before: { code: string; start: number; end: number }[] = partners.filter((c) => c.end <= start);
  // `Rubio met his ASEAN counterparts`: a known partner official named before, by their country.
  if (before.length === 0)
    before = findKnownPeople(view)
      .filter((p) => p.start >= s.start && p.end <= start && p.entry.country !== null)
      .map((p) => ({ code: p.entry.country as string, start: p.start, end: p.end }))
      .filter((p) => isDialoguePartner(p.code));
  const chosen = before.length > 0 || !after ? before : partners.filter((c) => c.start >= end).slice(0, 1);
  const seen = new Set<string>();
  return chosen.filter((c) => !seen.has(c.code) && seen.add(c.code));
}

// `ASEAN and EU trade ministers met online`, `ASEAN and Japanese leaders met …`: the pair named
// first, then who meets. Group 1: the ministers' or leaders' word, after the partner.
const ASEAN_AND = /(?<![\p{L}\p{N}])asean\s+and\s+/gu;
const PAIR_WHO_MET =
  /^\s+(foreign|economic|trade|defen[cs]e|leaders)(?:\s+ministers)?\s+(?:met|held\s+(?:talks|a\s+(?:special\s+)?meeting|consultations)|gathered|convened|will\s+meet)(?![a-z])/u;
const PAIR_LEVEL: Readonly<Record<string, MeetingLevel>> = {
  foreign: "foreign_ministers",
  economic: "economic_ministers",
  trade: "economic_ministers",
  defence: "other",
  defense: "other",
  leaders: "leaders",
};

/** A dash or `and` ending the text (what joins a partner to the `ASEAN` after it). */
const DASH_OR_AND_BEFORE = /(?:[-‐‑‒–—−]|(?<![a-z])and)\s*$/u;
/** Nothing but a dash or `and`, with any spacing. */
const DASH_OR_AND_ONLY = /^\s*(?:[-‐‑‒–—−]|and)\s*$/u;

/** A dialogue partner joined by a dash or `and` right before `at` (`Japan-` + `ASEAN …`). */
function partnerJustBefore(view: TextView, at: number): boolean {
  if (!DASH_OR_AND_BEFORE.test(view.fold.slice(Math.max(0, at - 6), at))) return false;
  return findCountryMentions(view).some(
    (c) =>
      !c.territory &&
      isDialoguePartner(c.code) &&
      c.end <= at &&
      DASH_OR_AND_ONLY.test(view.fold.slice(c.end, at)),
  );
}

// `Japan-ASEAN foreign ministers met`, `Chinese and ASEAN foreign ministers held a special meeting`:
// the partner first.
const PARTNER_THEN_ASEAN = /^\s*(?:[-‐‑‒–—−]|and)\s*asean(?![a-z])/u;

function pairMinisters(
  view: TextView,
  near: ReadonlyArray<{ start: number; end: number }>,
): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  for (const m of scanAsean(ASEAN_AND, view, near)) {
    const hit = partnerAt(view, m.index + m[0].length);
    if (!hit || isAseanMember(hit.code)) continue;
    const who = PAIR_WHO_MET.exec(view.fold.slice(hit.end, hit.end + 60));
    const level = who ? PAIR_LEVEL[who[1] ?? ""] : undefined;
    if (!who || !level) continue;
    out.push({
      start: m.index,
      end: hit.end + who[0].length,
      series: "ASEAN_PLUS_ONE",
      partner: hit.code,
      level,
    });
  }
  for (const c of findCountryMentions(view)) {
    if (c.territory || !isDialoguePartner(c.code)) continue;
    const then = PARTNER_THEN_ASEAN.exec(view.fold.slice(c.end, c.end + 12));
    if (!then) continue;
    const after = c.end + then[0].length;
    const who = PAIR_WHO_MET.exec(view.fold.slice(after, after + 60));
    const level = who ? PAIR_LEVEL[who[1] ?? ""] : undefined;
    if (!who || !level) continue;
    out.push({
      start: c.start,
      end: after + who[0].length,
      series: "ASEAN_PLUS_ONE",
      partner: c.code,
      level,
    });
  }
  return out;
}

const ORDINAL_SUMMIT = /(\d{1,3})(?:st|nd|rd|th) summit/u;

/** `their 22nd summit`: the edition an ordinal before the word gives, as a partial meeting. */
function editionIn(words: string): { number?: number } {
  const m = ORDINAL_SUMMIT.exec(words);
  return m ? { number: Number(m[1]) } : {};
}

/**
 * `Japan and the Association of Southeast Asian Nations (ASEAN) met in a summit`, `ASEAN and
 * India will hold a special summit`: the two sides of a pair hold a summit, ASEAN+1 leaders.
 */
function pairSummits(
  view: TextView,
  near: ReadonlyArray<{ start: number; end: number }>,
): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  for (const c of findCountryMentions(view)) {
    if (c.territory || isAseanMember(c.code)) continue;
    // Most country names stand nowhere near ASEAN: look for it first, natively.
    const around = view.fold.slice(Math.max(0, c.start - 60), c.end + 80);
    if (!around.includes("asean") && !around.includes("southeast asian")) continue;
    const s = view.sentences.at(c.start);
    const after = view.fold.slice(c.end, Math.min(s.end, c.end + 200));
    const pairAfter = PAIR_AFTER.exec(after);
    const before = pairAfter
      ? null
      : PAIR_BEFORE.exec(view.fold.slice(Math.max(s.start, c.start - 60), c.start));
    if (!pairAfter && !before) continue;
    const start = before ? c.start - before[0].length : c.start;
    const pairEnd = pairAfter ? c.end + pairAfter[0].length : c.end;
    // `a summit between South Korea and the Association of Southeast Asian Nations`
    const between = MEETING_BEFORE.exec(view.fold.slice(Math.max(s.start, start - 40), start));
    if (between) {
      const level = between[1] ? "leaders" : null;
      out.push({
        start: start - between[0].length,
        end: pairEnd,
        series: "ASEAN_PLUS_ONE",
        partner: c.code,
        level,
      });
      continue;
    }
    const summit = SUMMIT_AFTER.exec(view.fold.slice(pairEnd, Math.min(s.end, pairEnd + 120)));
    // `India and ASEAN have several dialogue mechanisms …, among them a Summit`: a mechanism.
    if (!summit || MECHANISMS.test(summit[0])) continue;
    out.push({
      start,
      end: pairEnd + summit[0].length,
      series: "ASEAN_PLUS_ONE",
      partner: c.code,
      level: "leaders",
      ...editionIn(summit[0]),
    });
  }
  for (const m of scanAsean(ANNIVERSARY, view, near)) {
    const at = m.index + m[0].length;
    const aseanFirst = ASEAN_DASH.exec(view.fold.slice(at, at + 60));
    const hit = aseanFirst ? partnerAt(view, at + aseanFirst[0].length) : partnerAt(view, at);
    if (!hit || (!aseanFirst && !DASH_ASEAN.test(view.fold.slice(hit.end, hit.end + 10)))) continue;
    out.push({ start: m.index, end: hit.end, series: "ASEAN_PLUS_ONE", partner: hit.code, level: "leaders" });
  }
  return out;
}

/**
 * The stretches of text whose sentences name ASEAN (`asean`, `southeast asian`), adjacent ones
 * joined: every pattern scanned with {@link scanAsean} needs ASEAN in its sentence, and most of
 * an article's sentences do not name it, so they are not scanned at all.
 */
function aseanStretches(view: TextView): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // `The bloc's leaders are also due to hold summits with …`: the grouping by another name.
  for (const word of [
    "asean",
    "southeast asian",
    "the bloc",
    "the grouping",
    "bloc's",
    "bloc’s",
    "grouping's",
    "grouping’s",
  ]) {
    for (let at = view.fold.indexOf(word); at >= 0; at = view.fold.indexOf(word, at + word.length)) {
      const s = view.sentences.at(at);
      out.push({ start: s.start, end: s.end });
      at = Math.max(at, s.end - word.length);
    }
  }
  out.sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of out) {
    const last = merged.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** The matches of a global regex inside the stretches, with indexes into the whole text. */
function* scanAsean(
  re: RegExp,
  view: TextView,
  stretches: ReadonlyArray<{ start: number; end: number }>,
): Generator<RegExpExecArray> {
  for (const r of stretches) {
    for (const m of execAll(re, view.fold.slice(r.start, r.end))) {
      m.index += r.start;
      yield m;
    }
  }
}

/** Words making the leaders or ministers after them no officials (folded): `business leaders`. */
const NOT_OFFICIAL_BEFORE =
  /(?:^|[^a-z])(?:business|youth|young|industry|religious|community|women|party|military|opposition|doanh nghiep|thanh nien)\s+$/u;

/** `bilateral` right before meetings with partners (`held bilateral meetings with`): one country's, not ASEAN's. */
export const BILATERAL_BEFORE = /(?:bilateral|song phuong)\s*$/u;

/** `X joined the ministers of ASEAN …`: the partner is named before the phrase, not after it. */
const JOINED_VERB = /(?:joined|sat down with|consulted)/u;

/** The described meetings of a text, in text order. */
export function findDescribedMeetings(view: TextView): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  if (!view.fold.includes("asean") && !view.fold.includes("southeast asian")) return out;
  const near = aseanStretches(view);
  for (const m of scanAsean(PAIR, view, near)) {
    if (!sentenceHolds(view, m.index, MEETING_WORD)) continue;
    // `Business leaders from ASEAN and Japan gathered …`: no ministers or heads of government.
    if (NOT_OFFICIAL_BEFORE.test(view.fold.slice(Math.max(0, m.index - 24), m.index))) continue;
    const list = readPartnerList(view, m.index + m[0].length);
    if (list && m[0].endsWith("va ") && !VI_MEETS.test(view.fold.slice(list.end, list.end + 60))) continue;
    out.push(...plusOneOrThree(m.index, distinct(list?.partners ?? []), ministersLevel(m)));
  }
  for (const m of scanAsean(PARTNERS_FIRST, view, near)) {
    if (!sentenceHolds(view, m.index, MEETING_WORD)) continue;
    const list = readPartnerList(view, m.index + m[0].length);
    const last = list && ASEAN_LAST.exec(view.fold.slice(list.end, list.end + 80));
    if (!list || !last) continue;
    const after = list.end + last[0].length;
    if (last[0].includes("va") && !VI_MEETS.test(view.fold.slice(after, after + 60))) continue;
    out.push(...plusOneOrThree(m.index, distinct(list.partners), ministersLevel(m)));
  }
  for (const m of scanAsean(ASEAN_FIRST, view, near)) {
    if (!sentenceHolds(view, m.index, MEETING_WORD)) continue;
    const list = readPartnerList(view, m.index + m[0].length);
    out.push(...plusOneOrThree(m.index, distinct(list?.partners ?? []), ministersLevel(m)));
  }
  out.push(...pairSummits(view, near));
  out.push(...pairMinisters(view, near));
  out.push(...leadersInterfaces(view));
  out.push(...numberedSummits(view));
  out.push(...bareEditions(view));
  out.push(...bodyMeetings(view));
  out.push(...summitsWithPartners(view, near));
  const ministersOrLeaders = [
    "minister",
    "leaders",
    "officials",
    "quan chuc",
    "bo truong",
    "ngoai truong",
    "lanh dao",
    "summit",
  ].some((w) => view.fold.includes(w));
  const bloc = view.fold.includes("bloc") || view.fold.includes("grouping");
  const own = ministersOrLeaders ? [...scanAsean(ASEAN_OWN, view, near)] : [];
  if (ministersOrLeaders && bloc) own.push(...scanAsean(BLOC_OWN, view, near));
  for (const m of own) {
    // `Japan-ASEAN foreign ministers met`: the pair's meeting (pairMinisters), not ASEAN's own.
    if (partnerJustBefore(view, m.index)) continue;
    const word = m.slice(1).find((g) => g !== undefined);
    const sector = word === undefined ? undefined : SECTOR_OF_DESCRIBED[word];
    if (sector) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        series: "OTHER",
        partner: null,
        level: "other",
        otherId: sector,
      });
      continue;
    }
    const own = word === undefined ? undefined : SERIES_OF_WORD[word];
    if (own)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        series: own.series,
        partner: null,
        level: own.level,
      });
  }
  for (const m of scanAsean(MET, view, near)) {
    if (!sentenceHolds(view, m.index, "asean")) continue;
    const partners = distinct(readPartnerList(view, m.index + m[0].length)?.partners ?? []);
    out.push(...plusOneOrThree(m.index, partners, null));
  }
  for (const m of scanAsean(PARTNER_SIDE, view, near)) {
    if (m[0].includes("host") && !sentenceHolds(view, m.index, SUMMIT_HELD)) continue;
    const level = ASEAN_SIDE_MET[m.slice(1).findIndex((g) => g !== undefined)]?.level ?? null;
    const end = m.index + m[0].length;
    // `X joined the foreign ministers of ASEAN …, along with Wang Yi`, `cuộc gặp giữa các Bộ trưởng
    // Quốc phòng ASEAN với các đối tác …, trong đó có Nga`: only a partner named before meets them.
    const after = level !== "other" && !JOINED_VERB.test(m[0]);
    for (const p of partnerSide(view, m.index, end, after)) {
      out.push({ start: m.index, end, series: "ASEAN_PLUS_ONE", partner: p.code, level });
    }
  }
  for (const m of scanAsean(WITH_EACH, view, near)) {
    const s = view.sentences.at(m.index);
    const before = view.fold.slice(s.start, m.index);
    // ASEAN's side comes first (`ASEAN defence ministers held …`): `Vietnam held meetings with
    // China and Japan at the ASEAN Summit` is two bilateral meetings.
    if (!ASEAN_NAMED.test(before) || PMC_BEFORE.test(before)) continue;
    // `Malaysia also held bilateral meetings with leaders from Australia, China …`: one country's.
    if (BILATERAL_BEFORE.test(before)) continue;
    const partners = distinct(readPartnerList(view, m.index + m[0].length)?.partners ?? []);
    // A single meeting (`hội nghị thượng đỉnh … với`) with one partner is another rule's.
    if (partners.length < (m[0].startsWith("hoi nghi") ? 2 : 1)) continue;
    out.push(...onePerPartner(m.index, partners, null));
  }
  for (const m of view.fold.includes("their") ? execAll(COUNTERPARTS, view.fold) : []) {
    const s = view.sentences.at(m.index);
    if (!ASEAN_SUBJECT.test(view.fold.slice(s.start, m.index))) continue;
    const list = readPartnerList(view, m.index + m[0].length);
    if (!list) continue;
    COUNTERPARTS_END.lastIndex = list.end;
    if (!COUNTERPARTS_END.test(view.fold)) continue;
    for (const p of distinct(list.partners)) {
      out.push({ start: m.index, end: p.end, series: "ASEAN_PLUS_ONE", partner: p.code, level: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
