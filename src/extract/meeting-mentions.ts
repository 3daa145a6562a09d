/**
 * Finds the places where a text names a meeting: full names (`Hội nghị Bộ trưởng Kinh tế ASEAN
 * (AEM) lần thứ 57`, `58th ASEAN Foreign Ministers’ Meeting`), lists of partners (`ASEAN+1 với
 * Nhật Bản, Nga …`, `tham vấn với …`) and acronyms (`AEM-57`, `AEM-India Consultations`). It
 * also reads how a mention stands in its sentence: the frame of other meetings (`Trong khuôn
 * khổ …`), a series of events (`… và các Hội nghị liên quan`), or no meeting at all (a proposal
 * to set one up, the member countries of a grouping).
 */
import { findCountryMentions } from "./countries.ts";
import { COUNTRIES } from "./data/countries.ts";
import {
  FRAME_CUES,
  GROUPING_AFTER,
  MECHANISM_DESCRIBED_AFTER,
  MECHANISM_LIST_CUES,
  MEETING_ACRONYMS,
  ONLINE_NAME_CUES,
  PLUS_THREE_PARTNERS,
  PROPOSAL_CUES,
  SERIES_BY_LEVEL,
  UMBRELLA_AFTER,
  UMBRELLA_BEFORE,
} from "./data/meetings.ts";
import { alternation, FOLD_START } from "./fold-pattern.ts";
import { execAll } from "./lexicon-regex.ts";
import { type CoordinatedName, coordinatedNames, pairsBefore } from "./meeting-coordination.ts";
import { BILATERAL_BEFORE, findDescribedMeetings } from "./meeting-described.ts";
import {
  ACRONYM_LEAD,
  identifyName,
  MEETING_ACRONYM,
  meetingNameMatches,
  type NameIdentity,
  nameLevel,
  partnerFirstStart,
  WITH,
  widenName,
} from "./meeting-names.ts";
import { findSessionMentions } from "./meeting-sessions.ts";
import {
  isDialoguePartner,
  type PartnerHit,
  type PartnerList,
  pairIdentity,
  partnerAt,
  readPartnerList,
} from "./partner-lists.ts";
import { foldBefore, type TextView } from "./text-view.ts";
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
  /** Named special, extraordinary or commemorative: not one of the series' numbered editions. */
  special?: boolean;
  /** The series' bare name (`the East Asia Summit (EAS)`): the level of the meetings it is held among. */
  levelFromFrame?: boolean;
}

const ONLINE_NAME = new RegExp(alternation(ONLINE_NAME_CUES), "u");
const SPECIAL_NAME =
  /(?<![a-z])(?:dac biet|bat thuong|ky niem|special|extraordinary|commemorative)(?![a-z])/u;
const FRAME_BEFORE = new RegExp(`(?:${alternation(FRAME_CUES)})\\s+(?:(?:cua|the)\\s+)?$`, "u");
const UMBRELLA_BEFORE_RE = new RegExp(`(?:${alternation(UMBRELLA_BEFORE)})\\s+$`, "u");
const UMBRELLA_AFTER_RE = new RegExp(
  `^(?:\\s*\\([^()\\n]{1,20}\\))?\\s*,?\\s*(?:${alternation(UMBRELLA_AFTER)})`,
  "u",
);
const GROUPING_AFTER_RE = new RegExp(
  `^(?:\\s*\\([^()\\n]{1,12}\\))?\\s*(?:${alternation(GROUPING_AFTER)})`,
  "u",
);
const PROPOSAL_BEFORE = new RegExp(
  `${FOLD_START}(?:${alternation(PROPOSAL_CUES)})\\s+(?:(?:an?|the|mot)\\s+)?$`,
  "u",
);
const MECHANISM_DESCRIBED = new RegExp(`^${MECHANISM_DESCRIBED_AFTER}(?![\\p{L}\\p{N}])`, "u");
// `the East Asia Summit should safeguard …`, `ARF cần …`: a forum as an actor, not a meeting.
const FORUM_AS_ACTOR = /^(?:\s*\([a-z+ ]{2,12}\))?\s+(?:should|must|needs to|need to|nen|can phai|phai)\s/u;
// `ASEAN-India Summits take place every year`, `The ASEAN-India Summit gives India and ASEAN the
// opportunity …`: the series in general, not one meeting.
const HABITUAL =
  /^(?:\s*\([a-z+ ]{2,12}\))?\s+(?:gives|give|provides|provide|offers|offer|(?:take|takes) place (?:every|each|annually)|(?:is|are) held (?:every|each|annually))(?![a-z])/u;
// `… will be the eighth ASEAN-India Summit he has attended`: a count of one person's meetings.
const PERSONAL_COUNT =
  /^\s+(?:(?:that|which)\s+)?(?:he|she|they|the\s+(?:prime\s+minister|president|pm|minister))\s+(?:(?:has|have|will)\s+)?(?:attended|attends|attend|joined|joins|chaired)(?![a-z])|^\s+ma\s+(?:ong|ba|thu\s+tuong|chu\s+tich)\s+(?:da\s+)?(?:tham\s+du|du)(?![a-z])/u;
const FORUMS: ReadonlySet<MeetingSeries> = new Set([
  "EAS",
  "ARF",
  "ASEAN_PLUS_THREE",
  "MEKONG_LANCANG",
  "MEKONG_JAPAN",
]);
// The cue, then only names, commas, `and` and articles up to the mention (`[^.;:]` keeps one clause).
const MECHANISM_LIST = new RegExp(`${FOLD_START}(?:${alternation(MECHANISM_LIST_CUES)})\\s[^.;:!?]*$`, "u");
// `the ASEAN Post Ministerial Conference Plus One Session with Canada`: the format may come first.
const LIST_AFTER_NAME = new RegExp(`(?:\\s+plus\\s+one(?:\\s+sessions?)?)?${WITH}`, "uy");
const WITH_ANYWHERE = /(?<![\p{L}\p{N}])(?:voi|with)\s+/gu;
// `AEM-METI`, `ASEAN Economic Minister (AEM)-METI`, `AEM (Asean Economic Ministers)-India`.
// `SEOM-METI`, `SOM ASEAN - Nga` (the acronym, ASEAN, then the partner), `AMMTC+China`.
const ACRONYM_PARTNER = /(?:\s*\([^()\n]{2,40}\))?\)?(?:\s+asean)?\s*[-–+]\s*/uy;
// `the AMMDM Plus China, AMMDM Plus Japan …`: a sector's acronym, ` Plus `, its partner. Only for
// sectors whose name does not hold the word (the ADMM-Plus is a meeting of its own: `the 12th
// ADMM Plus US Defense Secretary …`), and the partner ending the name (a list, a noun of meeting).
const SECTOR_PLUS = /\s+plus\s+/uy;
const SECTOR_PLUS_END =
  /^\s*(?:[,;.)]|$|(?:and|va)\s|(?:meetings?|consultations?|sessions?|dialogues?)(?![a-z]))/u;
// `The 25th ASEAN Economic Minister (`: the spelled-out name before an acronym in brackets.
// After a sectoral acronym: `-Plus`, ` Plus`, `+` (group 1) or ` Retreat` (group 2).
// Not before another name (`ADMM-Plus Experts' Working Group`).
const SECTORAL_SUFFIX =
  /^(?:\s*[-–]?\s*(plus|\+)(?![a-z0-9])|\s+(retreat|hep)(?![a-z]))(?!\s+(?:experts?|working|defence|defense|chairs?|countries|members?|mechanisms?|framework)(?![a-z]))/u;
const THE_BEFORE = /(?:^|[^\p{L}\p{N}])the\s+$/u;
const RETREAT_AFTER = /^\s+retreat(?![a-z])/u;
// After `PMC`, before the list of partners (`with …`, read by partnerListAfter).
const PMC_FORMAT = /(?:\s*(?:\+\s*1|10\s*\+\s*1)|\s+plus\s+one)?(?:\s+(?:sessions?|meetings?))?/uy;
const SECTORAL_RETREAT = /(?<![a-z])(?:retreat|hoi nghi hep|hep)(?![a-z])/u;
const SPELLED_BEFORE =
  /(?:(\d{1,3})(?:st|nd|rd|th)\s+)?asean\s+(?:economic|foreign)\s+ministers?['’]?\s*\(\s*$/u;

function baseMention(
  start: number,
  end: number,
  id: NameIdentity,
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
    tailEnd: end,
    byAcronym: false,
    needsAnchor: false,
    listed: false,
    ...fields,
  };
}

const TERRITORIES = new Set(COUNTRIES.filter((c) => c.territory).map((c) => c.code));

/** ASEAN's meeting with one partner (see pairIdentity). */
const asPartner = (series: MeetingSeries, partner: string): NameIdentity => ({
  ...pairIdentity(series, partner),
  plusOne: false,
});

/** Partners listed after `với` / `with` earlier in the sentence (`họp với Trung Quốc, … tại các Hội nghị ASEAN+1`). */
function partnersBefore(view: TextView, start: number): PartnerHit[] {
  const s = view.sentences.at(start);
  let partners: PartnerHit[] = [];
  const fold = foldBefore(view, start);
  WITH_ANYWHERE.lastIndex = s.start;
  for (let w = WITH_ANYWHERE.exec(fold); w && w.index < start; w = WITH_ANYWHERE.exec(fold)) {
    const list = readPartnerList(view, w.index + w[0].length);
    if (list && list.end <= start) partners = list.partners;
  }
  return partners;
}

/** `ASEAN+1 với …`: one mention per partner, listed after the name or earlier in the sentence. */
function plusOneMentions(
  view: TextView,
  start: number,
  end: number,
  fields: { level: MeetingLevel | null; online: boolean },
): MeetingMention[] {
  LIST_AFTER_NAME.lastIndex = end;
  const opener = LIST_AFTER_NAME.exec(view.fold);
  const after = opener ? readPartnerList(view, end + opener[0].length, true) : null;
  const partners = after?.partners ?? partnersBefore(view, start);
  return partners.map((p) =>
    baseMention(start, Math.max(end, after ? p.end : end), asPartner("ASEAN_PLUS_ONE", p.code), {
      level: fields.level,
      online: fields.online,
      listed: after !== null,
    }),
  );
}

/**
 * `các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung Quốc …`: an ASEAN meeting named with a list
 * of partners after it is one ASEAN+1 meeting per partner; null when no partner follows.
 */
function partnerListAfter(
  view: TextView,
  start: number,
  end: number,
  fields: { level: MeetingLevel | null; online: boolean },
): MeetingMention[] | null {
  LIST_AFTER_NAME.lastIndex = end;
  const opener = LIST_AFTER_NAME.exec(view.fold);
  const list = opener ? readPartnerList(view, end + opener[0].length, true) : null;
  if (!list) return null;
  const seen = new Set<string>();
  return list.partners
    .filter((p) => !seen.has(p.code) && seen.add(p.code))
    .map((p) =>
      baseMention(start, p.end, asPartner("ASEAN_PLUS_ONE", p.code), {
        level: fields.level,
        online: fields.online,
        listed: true,
      }),
    );
}

const PARTNERS_UNNAMED =
  /\s+(?:voi|with)\s+(?:(?:cac|its|their)\s+)?(?:doi\s+tac|(?:dialogue\s+)?partners)(?![\p{L}\p{N}])/uy;
/** `the ASEAN-US, ASEAN+3 Foreign Ministers' Meetings`: the pairs before share the name's level. */
function pairMentions(
  view: TextView,
  start: number,
  id: NameIdentity,
  fields: { level: MeetingLevel | null; online: boolean },
): MeetingMention[] {
  if (id.series !== "ASEAN_PLUS_ONE" && id.series !== "ASEAN_PLUS_THREE") return [];
  // English names only: a Vietnamese name opens with its head (`… ASEAN - Ấn Độ và Hội nghị …`).
  if (!view.fold.startsWith("asean", start)) return [];
  const out: MeetingMention[] = [];
  for (const p of pairsBefore(view, start)) {
    const hit = p.partnerAt === null ? null : partnerAt(view, p.partnerAt);
    if (p.partnerAt !== null && !hit) continue;
    const pairId: NameIdentity = hit
      ? asPartner("ASEAN_PLUS_ONE", hit.code)
      : { series: "ASEAN_PLUS_THREE", partner: null, otherId: null, plusOne: false };
    out.push(baseMention(p.start, hit?.end ?? p.start + 7, pairId, fields));
  }
  return out;
}

const ASEAN_ONLY = new Set<MeetingSeries>(["AMM", "AEM", "ASEAN_SUMMIT", "SOM"]);
const AND_PARTNER = /\s+va\s+/uy;
// After the partner: the name is over (punctuation, an edition, a place, a verb of holding).
const NAME_ENDS_AFTER =
  /^(?:\s*[.,;:()]|\s*$|\s+(?:lan\s+thu|tai|o|dien\s+ra|duoc|khai\s+mac|vao|nam|se\s+dien|da\s+dien|truc\s+tuyen)(?![a-z]))/u;

const BARE_EAS =
  /^(?:the\s+)?(?:east\s+asia\s+summit|eas|(?:hoi\s+nghi\s+)?(?:(?:cap\s+cao|thuong\s+dinh)\s+dong\s+a|eas))(?:\s*\(eas\))?$/u;
const PAIR_BEFORE_PMC = /asean\s*[-–]\s*((?:the\s+)?[a-z.]+(?:\s+[a-z.]+)?\s+)$/u;
const editionsOf = (numbers: number[]) => (numbers.length > 0 ? numbers : [null]);
const FIRST_OF_ITS_KIND = /^[^.;:]{0,80}?,\s+the\s+first\s+(?:of\s+its\s+kind|since|ever)(?![a-z])/u;
const PLUS_THREE_AFTER = /^\s*(?:plus\s+three|\+\s*3|asean\s*\+\s*3)(?![0-9a-z])/u;
// `… Meeting-Plus`, `… Meeting (ADMM)-Plus`, `Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+)`.
const ADMM_PLUS_AFTER = /^\s*(?:[-–]\s*)?(?:plus|mo\s+rong)(?![a-z])(?:\s*\(admm\s*(?:\+|plus)\))?/u;

const DIALOGUE = /(?<![a-z])dialogue(?![a-z])/u;
const OFFICIALS = /(?<![a-z])(?:officials|quan chuc)(?![a-z])/u;
/** A name ending in `ASEAN` or `Consultations`, which a list of partners may follow. */
const ASEAN_OR_CONSULTATIONS_END = /(?:asean|consultations?)$/u;

/** Its sentence or the next says officials meet. */
function officialsAround(view: TextView, at: number): boolean {
  const s = view.sentences.at(at);
  const next = view.sentences.at(Math.min(view.text.length - 1, s.end + 1));
  return OFFICIALS.test(view.fold.slice(s.start, Math.max(s.end, next.end)));
}

function nameMentions(view: TextView, found: number, foundEnd: number): MeetingMention[] {
  let matchEnd = foundEnd;
  const matchStart = partnerFirstStart(view, found);
  const identified = identifyName(view, matchStart, matchEnd);
  if (!identified) return [];
  // `giữa ASEAN và Hồng Kông`: a territory is no dialogue partner (OTHER, under its own id); nor is
  // a sectoral partner (`the ASEAN-Pakistan Joint Sectoral Cooperation Committee`).
  const territory =
    identified.partner !== null &&
    (TERRITORIES.has(identified.partner) ||
      (identified.series === "ASEAN_PLUS_ONE" && !isDialoguePartner(identified.partner)));
  const id = territory
    ? { ...identified, ...asPartner(identified.series, identified.partner as string) }
    : identified;
  const nameFold = view.fold.slice(matchStart, matchEnd);
  // `ASEAN Defence Ministers' Meeting Plus`: the meeting with the partners, apart from the ADMM.
  const plus = id.otherId === "ADMM" ? ADMM_PLUS_AFTER.exec(view.fold.slice(matchEnd, matchEnd + 8)) : null;
  if (plus) {
    id.otherId = "ADMM_PLUS";
    matchEnd += plus[0].length;
  }
  // `Hội nghị Hẹp Bộ trưởng Quốc phòng các nước ASEAN`, `ASEAN Defence Ministers' Retreat`: the
  // sector's retreat, one meeting with `ADMM hẹp` and `the ADMM Retreat`.
  if (
    id.otherId !== null &&
    !id.otherId.endsWith("_RETREAT") &&
    SECTORAL_RETREAT.test(view.fold.slice(matchStart, matchEnd + 9))
  )
    id.otherId = `${id.otherId}_RETREAT`;
  const { start, end, numbers } = widenName(view, matchStart, Math.max(matchEnd, id.partnerEnd ?? 0));
  const fields = { level: nameLevel(id, nameFold), online: ONLINE_NAME.test(nameFold) };
  // With a territory the name gives no level of its own: the frame or sentence does.
  if (territory && fields.level === "other") fields.level = null;
  // `the 17th ASEAN-Canada Dialogue … Senior officials from ASEAN and Canada noted …`: a
  // dialogue the text says officials hold is their senior officials' meeting.
  if (fields.level === "other" && DIALOGUE.test(nameFold) && officialsAround(view, start)) {
    fields.level = "senior_officials";
  }
  if (id.plusOne) {
    const perPartner = plusOneMentions(view, start, end, fields);
    // `Các hội nghị cấp cao ASEAN+1, ASEAN+3, Cấp cao Đông Á … và ASEAN – New Zealand`: with no
    // partner named, the frameworks listed after it are the meetings.
    if (perPartner.length > 0) return perPartner;
    return coordinatedNames(view, end, partnerAt).map((c) => coordinatedMention(c, fields));
  }
  // `the Post-Ministerial Conference with China`, `the ASEAN-UK Post-Ministerial Conference`: its
  // session with one partner, ASEAN+1.
  if (id.series === "PMC") {
    const perPartner = partnerListAfter(view, start, end, { ...fields, level: "foreign_ministers" });
    if (perPartner) return perPartner;
    const pair = PAIR_BEFORE_PMC.exec(view.fold.slice(Math.max(0, start - 32), start));
    const hit = pair ? partnerAt(view, start - (pair[1]?.length ?? 0)) : null;
    if (pair && hit) {
      const plus = asPartner("ASEAN_PLUS_ONE", hit.code);
      const span = widenName(view, start - pair[0].length, end);
      let editions = span.numbers.length > 0 ? span.numbers : numbers;
      if (editions.length === 0 && FIRST_OF_ITS_KIND.test(view.fold.slice(end, end + 120))) editions = [1];
      return editionsOf(editions).map((number) =>
        baseMention(span.start, span.end, plus, {
          level: "foreign_ministers",
          online: fields.online,
          number,
        }),
      );
    }
  }
  // `Asean Economic Ministers' Consultations with the grouping's key partners, including China …`.
  if (ASEAN_ONLY.has(id.series) && numbers.length === 0 && ASEAN_OR_CONSULTATIONS_END.test(nameFold)) {
    const perPartner = partnerListAfter(view, start, end, fields);
    if (perPartner) return perPartner;
    // `Hội nghị Cấp cao ASEAN và Nhật Bản`: one partner joined by `và`, the name ending there.
    AND_PARTNER.lastIndex = end;
    const and = AND_PARTNER.exec(view.fold);
    const hit = and ? partnerAt(view, end + and[0].length) : null;
    if (hit && NAME_ENDS_AFTER.test(view.fold.slice(hit.end, hit.end + 16)))
      return [baseMention(start, hit.end, asPartner("ASEAN_PLUS_ONE", hit.code), fields)];
    // `chuỗi Hội nghị Cấp cao ASEAN với các đối tác`: the meetings with partners, none named.
    PARTNERS_UNNAMED.lastIndex = end;
    if (PARTNERS_UNNAMED.test(view.fold)) return [];
  }
  // `the ASEAN-Japan conference on agriculture and forestry, the first of its kind`: edition one.
  if (numbers.length === 0 && FIRST_OF_ITS_KIND.test(view.fold.slice(end, end + 120))) numbers.push(1);
  // `Hội nghị Cấp cao ASEAN lần thứ 44 và 45` names two meetings.
  const editions = editionsOf(numbers);
  // `took part in the ASEAN-US, ASEAN+3 Foreign Ministers' Meetings, East Asia Summit (EAS) and
  // ARF`: the series' bare name is held at the level of the meetings around it.
  const levelFromFrame = id.series === "EAS" && numbers.length === 0 && BARE_EAS.test(nameFold);
  const named = editions.map((number) =>
    baseMention(start, end, id, {
      level: levelFromFrame ? null : fields.level,
      online: fields.online,
      number,
      levelFromFrame,
    }),
  );
  // Only a name with no edition shares its head: `Hội nghị … ASEAN lần thứ 40, ASEAN+3 …` is rare.
  const more = numbers.length > 0 || id.partner !== null ? [] : coordinatedNames(view, end, partnerAt);
  return [
    ...pairMentions(view, start, id, fields),
    ...named,
    ...pairsAfter(view, end, id, fields),
    ...more.map((c) => coordinatedMention(c, fields)),
  ];
}

function coordinatedMention(
  c: CoordinatedName,
  fields: { level: MeetingLevel | null; online: boolean },
): MeetingMention {
  const id = { series: c.series, partner: c.partner ?? null, otherId: c.otherId ?? null, plusOne: false };
  return baseMention(c.start, c.end, id, fields);
}

const PAIR_AFTER = /\s*(?:,|va|and)\s+asean\s*[-–]\s*/uy;

/**
 * `các cuộc gặp … Bộ trưởng Quốc phòng ASEAN-Hoa Kỳ và ASEAN-Nhật Bản`: further pairs after an
 * ASEAN+1 name share its head and level.
 */
function pairsAfter(
  view: TextView,
  end: number,
  id: NameIdentity,
  fields: { level: MeetingLevel | null; online: boolean },
): MeetingMention[] {
  if (id.series !== "ASEAN_PLUS_ONE" || id.partner === null) return [];
  const out: MeetingMention[] = [];
  let at = end;
  for (;;) {
    PAIR_AFTER.lastIndex = at;
    const joint = PAIR_AFTER.exec(view.fold);
    const hit = joint ? partnerAt(view, at + joint[0].length) : null;
    if (!joint || !hit) return out;
    out.push(baseMention(at + joint[0].length - 6, hit.end, asPartner("ASEAN_PLUS_ONE", hit.code), fields));
    at = hit.end;
  }
}

const PLUS_THREE_KEY = [...PLUS_THREE_PARTNERS].sort().join();

function isPlusThree(list: PartnerList): boolean {
  const codes = [...new Set(list.partners.map((p) => p.code))].sort().join();
  return codes === PLUS_THREE_KEY && (list.count === 3 || list.groupCue);
}

function listMentions(view: TextView, start: number, openerEnd: number): MeetingMention[] {
  // `Malaysia also held bilateral meetings with leaders from Australia, China …`: one country's.
  if (BILATERAL_BEFORE.test(view.fold.slice(Math.max(0, start - 16), start))) return [];
  const list = readPartnerList(view, openerEnd);
  if (!list) return [];
  const online = ONLINE_NAME.test(view.fold.slice(start, openerEnd));
  const fields = { online, needsAnchor: true, listed: true };
  if (isPlusThree(list)) {
    const id: NameIdentity = { series: "ASEAN_PLUS_THREE", partner: null, otherId: null, plusOne: false };
    return [baseMention(start, list.end, id, fields)];
  }
  const seen = new Set<string>();
  return list.partners
    .filter((p) => !seen.has(p.code) && seen.add(p.code))
    .map((p) => baseMention(start, p.end, asPartner("ASEAN_PLUS_ONE", p.code), fields));
}

/** `AEM-India Consultations`: the ministers of an acronym meeting with one partner. */
function acronymPartner(view: TextView, at: number, sector: string | null): PartnerHit | null {
  ACRONYM_PARTNER.lastIndex = at;
  const dash = ACRONYM_PARTNER.exec(view.fold);
  if (dash) return partnerAt(view, at + dash[0].length);
  if (sector === null || sector.startsWith("ADMM")) return null;
  SECTOR_PLUS.lastIndex = at;
  const plus = SECTOR_PLUS.exec(view.fold);
  const hit = plus ? partnerAt(view, at + plus[0].length) : null;
  return hit && SECTOR_PLUS_END.test(view.fold.slice(hit.end, hit.end + 16)) ? hit : null;
}

/**
 * `the 20th ASEAN Ministerial Meeting on Science, Technology and Innovation` in a caption and
 * `AMMSTI-20` in the body: a sectoral meeting spelled out (`AMM_ON`, `SOM_ON`) is the one meeting its
 * text names by acronym with the same edition and level.
 */
function adoptAcronymIds(mentions: MeetingMention[]): void {
  for (const m of mentions) {
    if (!m.otherId?.endsWith("_ON") || m.number === null) continue;
    const ids = new Set(
      mentions
        .filter((a) => a.byAcronym && a.series === "OTHER" && a.number === m.number && a.level === m.level)
        .map((a) => a.otherId),
    );
    const [only] = ids;
    if (ids.size === 1 && only) m.otherId = only;
  }
}

/** A comma, semicolon, colon or bracket: something between the name and the acronym. */
const CLAUSE_BREAK = /[,;:()]/;

/** The named OTHER or same-series mention ending shortly before `bracket`, in its sentence. */
function namedJustBefore(view: TextView, taken: readonly MeetingMention[], bracket: number) {
  const s = view.sentences.at(bracket);
  return taken.find(
    (t) =>
      !t.byAcronym &&
      t.series === "OTHER" &&
      t.end <= bracket &&
      t.end >= Math.max(s.start, bracket - 80) &&
      !CLAUSE_BREAK.test(view.fold.slice(t.end, bracket)),
  );
}

// `the 34th ASEAN Ministers on Agriculture and Forestry (AMAF)`: capitalised words, and the small
// words a spelled name holds between them (not `the`).
const SPELLED_ORDINAL =
  /(?<![\p{L}\p{N}])(\d{1,3})(?:st|nd|rd|th)\s+\p{Lu}[\p{L}'’-]*\s+(?:(?:\p{Lu}[\p{L}'’-]*|on|of|for|and|plus)\s+){0,11}\($/u;
const WHITESPACE_RUN = /\s+/g;

function acronymMentions(view: TextView, taken: readonly MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of execAll(MEETING_ACRONYM, view.canon)) {
    const acronym = MEETING_ACRONYMS.find((a) => a.acronym === m[1]?.replace(WHITESPACE_RUN, " "));
    const lead = ACRONYM_LEAD.exec(view.canon.slice(Math.max(0, m.index - 24), m.index));
    if (!acronym || !lead) continue;
    // `held the PMC with Japan, China and Korea`, `the PMC+1 sessions with the US, Russia and
    // India`: the ministers' session with each partner listed.
    if (acronym.series === "PMC") {
      PMC_FORMAT.lastIndex = m.index + (m[1]?.length ?? 0);
      PMC_FORMAT.exec(view.fold);
      const perPartner = partnerListAfter(view, m.index, PMC_FORMAT.lastIndex, {
        level: "foreign_ministers",
        online: false,
      });
      if (perPartner) {
        out.push(...perPartner);
        continue;
      }
    }
    const start = m.index - (lead[2]?.length ?? 0);
    const partner =
      m[2] === undefined && m[3] === undefined
        ? acronymPartner(
            view,
            m.index + (m[1]?.length ?? 0),
            acronym.series === "OTHER" ? (acronym.otherId ?? null) : null,
          )
        : null;
    // `Hội nghị Bộ trưởng ASEAN về khoáng sản (AMMin) lần thứ 8`: the edition after the bracket.
    const bracketed =
      !partner && view.canon[m.index - 1] === "(" && view.canon[m.index + m[0].length] === ")";
    const end = partner?.end ?? m.index + m[0].length + (bracketed ? 1 : 0);
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    // `the 11th ASEAN Ministerial Meeting on Disaster Management (AMMDM)`: the acronym of the
    // name just before it, which takes the acronym's sub-series.
    const named = bracketed ? namedJustBefore(view, taken, m.index - 1) : undefined;
    if (named) {
      named.otherId = acronym.otherId ?? named.otherId;
      const printed = m[2] ?? m[3];
      if (named.number === null && printed !== undefined) named.number = Number(printed);
      continue;
    }
    const widened = widenName(view, start, end);
    // `the 19th ASEAN Senior Legal Officers Meeting (ASLOM)`: the ordinal before the spelled name.
    const spelledOrdinal =
      bracketed && !lead[3] && widened.numbers.length === 0
        ? SPELLED_ORDINAL.exec(view.canon.slice(Math.max(0, m.index - 120), m.index))
        : null;
    if (spelledOrdinal) widened.numbers = [Number(spelledOrdinal[1])];
    // The mention then runs from the spelled name (its ordinal, or `Hội nghị`), not the bracket.
    if (bracketed) {
      const head = spelledOrdinal
        ? m.index - spelledOrdinal[0].length
        : view.fold.lastIndexOf("hoi nghi", m.index);
      const s = view.sentences.at(m.index);
      if (head >= Math.max(s.start, m.index - 120)) widened.start = head;
    }
    const spelled = partner ? SPELLED_BEFORE.exec(view.fold.slice(Math.max(0, start - 48), start)) : null;
    if (spelled) widened.start = start - spelled[0].length;
    const written = lead[3] ?? m[2] ?? m[3] ?? spelled?.[1];
    const number = written === undefined ? (widened.numbers[0] ?? null) : Number(written);
    // `the 23rd AEM Plus Three Consultations`, `AEM+3`, `the ASEAN SOM Plus Three`: ASEAN+3's.
    const plusThree =
      acronym.series === "AEM" || acronym.series === "OTHER" || acronym.series === "SOM"
        ? PLUS_THREE_AFTER.exec(view.fold.slice(end, end + 14))
        : null;
    // `the ADMM Retreat`, `the ADMM-Plus`: a sectoral acronym with a word that makes it a meeting (a retreat and the Plus meeting each under an id of their own).
    const sectoral = acronym.series === "OTHER" && !partner && !plusThree ? acronym.otherId : undefined;
    const suffix = sectoral ? SECTORAL_SUFFIX.exec(view.fold.slice(end, end + 40)) : null;
    const theBefore =
      sectoral !== undefined && THE_BEFORE.test(view.fold.slice(Math.max(0, start - 5), start));
    // `ADMM và ADMM+ đã giữ vai trò`: the bare `+` names the mechanism unless a head or `the` leads.
    const plusMeeting =
      suffix?.[1] !== undefined &&
      sectoral === "ADMM" &&
      (suffix[1] === "plus" || theBefore || lead[1] !== undefined);
    const retreat = suffix?.[2] !== undefined;
    // `The AMM and related meetings will be held …`, `the AMM Retreat`: the acronym of a meeting
    // series with its related meetings or its retreat is a meeting.
    const afterAcronym = view.fold.slice(end, end + 48);
    const withRelated =
      !partner &&
      !plusThree &&
      sectoral === undefined &&
      (UMBRELLA_AFTER_RE.test(afterAcronym) || RETREAT_AFTER.test(afterAcronym));
    if (
      lead[1] === undefined &&
      number === null &&
      !partner &&
      !plusThree &&
      !plusMeeting &&
      !retreat &&
      !withRelated
    )
      continue;
    const otherId = plusMeeting ? "ADMM_PLUS" : retreat ? `${sectoral}_RETREAT` : (acronym.otherId ?? null);
    const id = plusThree
      ? { series: "ASEAN_PLUS_THREE" as const, partner: null, otherId: null, plusOne: false }
      : partner
        ? asPartner("ASEAN_PLUS_ONE", partner.code)
        : { series: acronym.series, partner: null, otherId, plusOne: false };
    const mentionEnd = plusThree
      ? Math.max(widened.end, end + plusThree[0].length)
      : (plusMeeting || retreat) && suffix
        ? Math.max(widened.end, end + suffix[0].length)
        : widened.end;
    out.push(
      baseMention(spelled || bracketed ? widened.start : start, mentionEnd, id, {
        level: acronym.level,
        number,
        byAcronym: !partner && !plusThree,
      }),
    );
  }
  return out;
}

const RELATIONS_BEFORE =
  /(?:anniversary\s+of|years\s+of|coordinat(?:or|ing\s+country)\s+(?:for|of)|relations?\s+(?:of|in))\s+(?:the\s+)?$/u;
const DOCUMENT_BEFORE = /(?:^|[^\p{L}\p{N}])(?:tuyen\s+bo|declaration(?:\s+of|\s+by)?(?:\s+the)?)\s+$/u;
const ON_TOPIC_AFTER = /^(?:\s*\([^()\n]{1,12}\))?\s+(?:ve|on)\s/u;
const DIALOGUE_END = /dialogue$/u;

/** Marks frames and umbrellas; false for a name that is no meeting in its sentence. */
function placeInSentence(view: TextView, m: MeetingMention): boolean {
  const sentence = view.sentences.at(m.start);
  const before = view.fold.slice(Math.max(sentence.start, m.start - 60), m.start);
  const after = view.fold.slice(m.end, m.end + 48);
  if (PROPOSAL_BEFORE.test(before) || GROUPING_AFTER_RE.test(after)) return false;
  // `the 50th anniversary of ASEAN-New Zealand dialogue`, `coordinating country for ASEAN-New
  // Zealand dialogue`: the dialogue relations, not a meeting.
  if (
    m.number === null &&
    RELATIONS_BEFORE.test(before) &&
    DIALOGUE_END.test(view.fold.slice(m.start, m.end))
  )
    return false;
  // `Tuyên bố Hội nghị Cấp cao Đông Á (EAS) về các nguyên tắc …`: a document named after the forum.
  if (m.number === null && DOCUMENT_BEFORE.test(before) && ON_TOPIC_AFTER.test(after)) return false;
  if (m.number !== null && PERSONAL_COUNT.test(after)) return false;
  // A mechanism listed with no edition (`mechanisms such as the ARF … and the EAS`) is no meeting.
  if (
    m.number === null &&
    (MECHANISM_LIST.test(view.fold.slice(Math.max(sentence.start, m.start - 200), m.start)) ||
      MECHANISM_DESCRIBED.test(view.fold.slice(m.end, m.end + 96)) ||
      (FORUMS.has(m.series) && FORUM_AS_ACTOR.test(view.fold.slice(m.end, m.end + 40))) ||
      HABITUAL.test(view.fold.slice(m.end, m.end + 40)))
  )
    return false;
  m.frame = FRAME_BEFORE.test(before);
  const tail = UMBRELLA_AFTER_RE.exec(after);
  m.umbrella = UMBRELLA_BEFORE_RE.test(before) || tail !== null;
  m.tailEnd = m.end + (tail?.[0].length ?? 0);
  return true;
}

// `the 14th Foreign Ministers' Meeting of the East Asia Summit (EAS)`: the level and noun before
// the framework. Group 1: the level words; the framework follows, up to a bracket or a comma.
const MEETING_OF = new RegExp(
  `${FOLD_START}((?:foreign|economic|trade) ministers|senior officials|leaders)['’]?\\s+(?:meeting|meetings|consultations?|summit)\\s+of\\s+(?:the\\s+)?`,
  "gu",
);
const MEETING_OF_WORDS = ["meeting of", "meetings of", "consultation of", "consultations of", "summit of"];
const FRAMEWORK_AFTER =
  /[a-z][a-z0-9 +&'’-]{1,40}?(?=\s*[(,.;:\n]|\s+(?:was|were|is|will|in|on|at|and|held)\s|$)/uy;
const LEVEL_OF_WORDS: Readonly<Record<string, MeetingLevel>> = {
  foreign: "foreign_ministers",
  economic: "economic_ministers",
  trade: "economic_ministers",
  senior: "senior_officials",
  leaders: "leaders",
};

const WHITESPACE = /\s/;
/** The framework is ASEAN itself, by its acronym or its full name. */
const ASEAN_ALONE = /^(?:asean|association of southeast asian nations)$/u;

/**
 * `Foreign Ministers' Meeting of the East Asia Summit`: one mention, the level from the words
 * before. It replaces a mention of the framework alone (`East Asia Summit`) found inside it.
 */
function meetingOfMentions(view: TextView, mentions: MeetingMention[]): MeetingMention[] {
  let out = mentions;
  // The pattern needs `… of`: most texts have no such phrase, and a native search rules them out.
  if (!MEETING_OF_WORDS.some((w) => view.fold.includes(w))) return out;
  for (const m of execAll(MEETING_OF, view.fold)) {
    const at = m.index + m[0].length;
    FRAMEWORK_AFTER.lastIndex = at;
    const framework = FRAMEWORK_AFTER.exec(view.fold);
    if (!framework) continue;
    const end = at + framework[0].length;
    if (out.some((t) => t.start < at && m.index < t.end)) continue;
    const level = LEVEL_OF_WORDS[m[1]?.split(WHITESPACE)[0] ?? ""] ?? null;
    const aseanAlone = ASEAN_ALONE.test(framework[0]);
    const series = aseanAlone && level ? SERIES_BY_LEVEL[level] : undefined;
    const id: NameIdentity | null = series
      ? { series, partner: null, otherId: null, plusOne: false }
      : identifyName(view, at, end);
    if (!id || id.plusOne) continue;
    const span = widenName(view, m.index, end);
    out = out.filter((t) => t.start < at || t.start >= end);
    out.push(baseMention(span.start, span.end, id, { level, number: span.numbers[0] ?? null }));
  }
  return out;
}

// ASEAN Plus Three named bare (`trong khuôn khổ ASEAN, ASEAN+1, ASEAN+3 …`, `the 25th ASEAN plus
// three (+3)`), not its research office (AMRO) or its economies.
const BARE_PLUS_THREE =
  /(?<![a-z0-9])(?:asean\s*\+\s*3|asean\s+plus\s+three)(?![0-9a-z])(?!\s*(?:\([^)]{0,12}\)\s*)?(?:macroeconomic|kinh\s+te\s+vi\s+mo|economies|nen\s+kinh\s+te))/gu;

const LIST_ITEM_END = /^\s*(?:[(),;.]|va\s|and\s|$)/u;
const MEETING_WORDS_BEFORE =
  /(?<![a-z])(?:khuon kho|framework|hoi nghi|cuoc hop|meetings?|summits?|tham du|attend(?:s|ed|ing)?)(?![a-z])[^.;:!?]*$/u;

/**
 * A meeting report that names ASEAN Plus Three only bare still reports its meeting: with no
 * ASEAN+3 meeting named, the first bare mention is one (level from the context). In the press
 * set every article naming ASEAN+3 reports one of its meetings.
 */
function barePlusThree(view: TextView, mentions: readonly MeetingMention[]): MeetingMention[] {
  if (mentions.length === 0 || mentions.some((m) => m.series === "ASEAN_PLUS_THREE")) return [];
  for (const m of execAll(BARE_PLUS_THREE, view.fold)) {
    const end = m.index + m[0].length;
    if (mentions.some((t) => t.start < end && m.index < t.end)) continue;
    const id: NameIdentity = { series: "ASEAN_PLUS_THREE", partner: null, otherId: null, plusOne: false };
    const span = widenName(view, m.index, end);
    // `ASEAN+3 hoan nghênh …` is the grouping acting: only a numbered mention or one listed
    // after meeting words (`trong khuôn khổ ASEAN, ASEAN+1, ASEAN+3`, `at the meetings`) counts.
    const sentence = view.sentences.at(m.index);
    const before = view.fold.slice(Math.max(sentence.start, m.index - 100), m.index);
    const listed = MEETING_WORDS_BEFORE.test(before) && LIST_ITEM_END.test(view.fold.slice(end, end + 6));
    if (span.numbers.length === 0 && !listed) continue;
    return [baseMention(span.start, span.end, id, { number: span.numbers[0] ?? null })];
  }
  return [];
}

const SPECIAL_BEFORE = /(?<![a-z])(?:special|commemorative)\s+$/u;
const HOSTED_BY = /^[^.;\n]{0,60}?(?<![a-z])hosted\s+by\s+/u;
const PARTNER_HOSTS =
  /^\s+(?:is\s+set\s+to\s+|will\s+|is\s+to\s+|to\s+)?(?:host|hosts|hosted|hosting|stage|stages|staged|staging)(?![a-z])/u;

/**
 * The dialogue partner hosting a special ASEAN summit (`the ASEAN special summit in Sydney,
 * hosted by Australia`, `Australia will host a special ASEAN summit`): it is that partner's
 * ASEAN+1 summit. Null when no partner is named as the host in the sentence.
 */
function partnerHosting(view: TextView, m: MeetingMention): string | null {
  const s = view.sentences.at(m.start);
  const by = HOSTED_BY.exec(view.fold.slice(m.end, s.end));
  const after = by ? partnerAt(view, m.end + by[0].length) : null;
  if (after && isDialoguePartner(after.code)) return after.code;
  // `Australia will host a special ASEAN summit`, `Australia is set to stage … when the ASEAN
  // special summit takes place`: the partner as the subject that hosts.
  const host = findCountryMentions(view).find(
    (c) =>
      c.start >= s.start &&
      c.end <= m.start &&
      isDialoguePartner(c.code) &&
      PARTNER_HOSTS.test(view.fold.slice(c.end, Math.min(m.start, c.end + 40))),
  );
  return host?.code ?? null;
}

/**
 * Words after which `cấp cao` qualifies a noun (`quan chức cấp cao` senior officials, `đoàn cấp
 * cao` a high-level delegation, `Bộ trưởng Ngoại giao Cấp cao Đông Á` the EAS foreign ministers,
 * `Đối thoại Cấp cao`) rather than stands for a summit.
 */
const QUALIFIED_BEFORE =
  /(?:^|[^a-z0-9])(?:quan chuc|vien chuc|dai bieu|doan|doi thoai|dien dan|giao|te|truong|lanh dao|tham|hop tac|co che|nghi|dac biet)\s*$/;

/** `Cấp cao` at `at` stands for `Hội nghị Cấp cao`: capitalised, and qualifying no noun before it. */
function bareSummitHead(view: TextView, at: number): boolean {
  return view.text[at] === "C" && !QUALIFIED_BEFORE.test(view.fold.slice(Math.max(0, at - 24), at));
}

/** Every meeting the text names, in text order (a list gives one mention per partner). */
export function findMeetingMentions(view: TextView): MeetingMention[] {
  const mentions: MeetingMention[] = [];
  for (const m of meetingNameMatches(view.fold)) {
    const end = m.index + m.text.length;
    // `ASEAN sớm` ("early") folds to `asean som`: the acronym is written in capitals.
    if (m.text.endsWith("som") && view.text.slice(end - 3, end) !== "SOM") continue;
    if (m.text.startsWith("cap cao") && !bareSummitHead(view, m.index)) continue;
    if (m.name) mentions.push(...nameMentions(view, m.index, end));
    else mentions.push(...listMentions(view, m.index, end));
  }
  const withOf = meetingOfMentions(view, mentions);
  if (withOf !== mentions) mentions.splice(0, mentions.length, ...withOf);
  mentions.push(...acronymMentions(view, mentions));
  adoptAcronymIds(mentions);
  mentions.push(...findSessionMentions(view, mentions));
  let named = mentions.length;
  for (const d of findDescribedMeetings(view)) {
    // `Japan and ASEAN plan a commemorative summit`: the pair's summit, not the unnumbered ASEAN
    // Summit read inside it.
    if (d.series === "ASEAN_PLUS_ONE" && d.level === "leaders") {
      const inside = (t: MeetingMention, i: number) =>
        i < named && t.series === "ASEAN_SUMMIT" && t.number === null && t.start >= d.start && t.end <= d.end;
      const kept = mentions.filter((t, i) => !inside(t, i));
      if (kept.length < mentions.length) {
        named -= mentions.length - kept.length;
        mentions.splice(0, mentions.length, ...kept);
      }
    }
    // Only a name overrides a description: one description may give several partners.
    if (mentions.some((t, i) => i < named && t.start < d.end && d.start < t.end)) continue;
    const id: NameIdentity = {
      series: d.series,
      partner: d.partner,
      otherId: d.otherId ?? null,
      plusOne: false,
    };
    mentions.push(
      baseMention(d.start, d.end, id, { level: d.level, listed: true, number: d.number ?? null }),
    );
  }
  mentions.push(...barePlusThree(view, mentions));
  for (const m of mentions) {
    if (m.number !== null || m.listed) continue;
    m.special = SPECIAL_NAME.test(view.fold.slice(m.start, m.end));
    const special = m.special || SPECIAL_BEFORE.test(view.fold.slice(Math.max(0, m.start - 16), m.start));
    const host = special && m.series === "ASEAN_SUMMIT" ? partnerHosting(view, m) : null;
    if (host) Object.assign(m, { series: "ASEAN_PLUS_ONE", partner: host });
  }
  return mentions.filter((m) => placeInSentence(view, m)).sort((a, b) => a.start - b.start || a.end - b.end);
}
