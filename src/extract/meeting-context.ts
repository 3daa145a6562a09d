/**
 * What a meeting mention's surroundings say about it: the level when the name gives none, the
 * date that governs its sentence or paragraph, the city it is said to be held in, whether it is
 * yet to happen or held online.
 */
import {
  ADJACENT_DATE_REACH,
  CONTEXT_LEVEL_CUES,
  EVENT_VERBS,
  FOLLOWING_DATE_REACH,
  ONLINE_SENTENCE_CUES,
  PLANNED_CUES,
  RELATED_MEETINGS,
  SUMMIT_IN_SERIES_NAME,
} from "./data/meetings.ts";
import { MEETING_CITIES, PLACE_KIND_WORDS, PLACE_PREPOSITIONS, VENUE_PREFIXES } from "./data/places.ts";
import type { RawDate } from "./dates.ts";
import {
  alternation,
  FOLD_END,
  FOLD_START,
  fragmentSource,
  wordAlternation,
  wordMatches,
} from "./fold-pattern.ts";
import { execAll, separatorView, trieSource } from "./lexicon-regex.ts";
import type { MeetingMention } from "./meeting-mentions.ts";
import { GENERIC_MINISTER } from "./meeting-names.ts";
import { foldKey } from "./normalize.ts";
import { paragraphAt } from "./paragraphs.ts";
import type { Span } from "./sentences.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingLevel } from "./types.ts";

/** A city named as where something happens (`tại Kuala Lumpur`, `in Vientiane`). */
export interface PlaceHit {
  start: number;
  end: number;
  city: string;
}

const CONTEXT_CUES = new RegExp(
  `${FOLD_START}(?:${CONTEXT_LEVEL_CUES.map((c) => `(${alternation(c.forms)})`).join("|")})${FOLD_END}`,
  "gu",
);
const PLANNED = new RegExp(`${FOLD_START}(?:${alternation(PLANNED_CUES)})${FOLD_END}`, "u");
const ONLINE = new RegExp(alternation(ONLINE_SENTENCE_CUES), "u");
const ANCHOR_SERIES = new Set(RELATED_MEETINGS.map((r) => r.parent));
/** Councils whose members are the foreign ministers (the Coordinating Council, the APSC Council). */
const FOREIGN_MINISTERS_COUNCILS = new Set(["ACC", "APSC_COUNCIL"]);
// `* Ngày 11/7, …`, `Cũng trong chiều 10/7, …`, `On 10 July, …`: a date that opens a paragraph.
const PARAGRAPH_OPENER = /^[\s*•·\-–—]*(?:(?:cung|also)\s+)?(?:(?:trong|vao|on|in)\s+)?$/u;

// Keys as the separator view spells them: folded, dashes as spaces (`Gia-các-ta` → `gia cac ta`).
const DASH_RUN = /[-‐‑‒–—−]+/g;
const cityKey = (form: string) => foldKey(form.replace(DASH_RUN, " "));
const CITY_BY_FORM = new Map<string, string>();
for (const c of MEETING_CITIES) {
  for (const form of [c.name, ...c.aliases]) CITY_BY_FORM.set(cityKey(form), c.name);
}
// Cities are rare words: the scan looks for them and checks the preposition behind each one.
const CITY = new RegExp(`${trieSource(CITY_BY_FORM.keys())}${FOLD_END}`, "gu");
// `in the Malaysian capital Kuala Lumpur`, `in Vietnam's Ha Long city`, `tại tỉnh Luang Prabang`:
// up to two words and a word for a city or province between the preposition and the name.
const PLACE_DESCRIBED = `(?:the\\s+)?(?:[a-z]+(?:['’]s)?\\s+){0,2}?(?:${wordAlternation(PLACE_KIND_WORDS)})(?:\\s+of)?`;
const PLACE_LEAD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${wordAlternation(PLACE_PREPOSITIONS)})\\s+(?:(?:${wordAlternation(VENUE_PREFIXES)}|${PLACE_DESCRIBED}|[a-z]+['’]s)\\s+|tp\\.)?$`,
  "u",
);
// `Singapore is playing host to the 33rd Asean Summit`, `Bangkok, host of the 35th summit`:
// the city as the host, right before the words.
const HOST_AFTER =
  /^\s*(?:,\s*)?(?:(?:is|was|will\s+be|has\s+been)\s+(?:also\s+)?(?:playing\s+)?host(?:ing)?\s+(?:to|of)|(?:also\s+)?(?:hosts|hosted)|will\s+(?:also\s+)?host|to\s+host|la\s+chu\s+nha|dang\s+cai)(?![a-z])/u;
// `Hội nghị Cấp cao ASEAN 31 (Manila, Philippines, tháng 11-2017)`: the place opening a bracket.
const PAREN_PLACE = /\(\s*$/u;
// `the 33rd ASEAN Summit … were hosted by Singapore`.
const HOST_BY = /(?:^|[^\p{L}\p{N}])hosted\s+by\s+(?:the\s+city\s+of\s+)?$/u;

// `the East Asia Summit` names a forum that also has ministers' meetings: no leaders' cue.
const SERIES_NAME_SUMMIT = new RegExp(fragmentSource(SUMMIT_IN_SERIES_NAME), "gu");

// Heads of state and government by title (a deputy prime minister is a minister).
const LEADER_TITLE =
  /(?<![a-z])(?<!(?:deputy|pho)\s)(?:president|premier|prime minister|tong thong|thu tuong|chu tich nuoc|quoc vuong|sultan)(?![a-z])/gu;

function cueLevels(fold: string): MeetingLevel[] {
  const levels: MeetingLevel[] = [];
  const text =
    fold.includes("dong a") || fold.includes("east asia")
      ? fold.replace(SERIES_NAME_SUMMIT, (x) => " ".repeat(x.length))
      : fold;
  for (const m of execAll(CONTEXT_CUES, text)) {
    const level = CONTEXT_LEVEL_CUES[m.slice(1).findIndex((g) => g !== undefined)]?.level;
    if (level) levels.push(level);
  }
  return levels;
}

/** The value seen most often, when no other is seen as often; else null. */
export function mostFrequent<T>(values: Iterable<T>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

function single<T>(values: Iterable<T | null>): T | null {
  const set = new Set([...values].filter((v): v is T => v !== null));
  return set.size === 1 ? ([...set][0] as T) : null;
}

/**
 * The level of each mention: its name's, else the ministers its sentence names, else the
 * level of the meeting framing the text (`Trong khuôn khổ AEM …`), else that of the text's
 * AMM or AEM, else the ministers the whole text names most, else `other`.
 */
export function resolveLevels(view: TextView, mentions: readonly MeetingMention[]): MeetingLevel[] {
  const named = mentions.filter((m) => !m.needsAnchor);
  const frame = single(named.filter((m) => m.frame || m.umbrella).map((m) => m.level));
  const anchor = single(named.filter((m) => ANCHOR_SERIES.has(m.series)).map((m) => m.level));
  let article: MeetingLevel | null | undefined;
  // Several mentions often share a sentence (`… với Nhật Bản, Nga, Hàn Quốc …`): read it once.
  const bySentence = new Map<number, MeetingLevel | null>();
  return mentions.map((m) => {
    // `Các Bộ trưởng Ngoại giao ASEAN đã dự Hội nghị Hội đồng Điều phối ASEAN lần thứ 26`: a
    // council its sentence says the foreign ministers meet in is at their level.
    if (
      m.level === "other" &&
      m.otherId !== null &&
      FOREIGN_MINISTERS_COUNCILS.has(m.otherId) &&
      sentenceNamesForeignMinisters(m)
    )
      return "foreign_ministers";
    if (m.level !== null) return m.level;
    // The series' bare name: the level of the one meeting of the series the text states (`Hội
    // nghị EAS` in an article on the EAS foreign ministers' meeting), else of the meetings it is
    // held among, else the ministers its sentence names (`Ngoại trưởng Mỹ … tham dự Hội nghị Cấp
    // cao Đông Á`; leaders by their titles count too), else the leaders.
    // A bare name said to be held later (`… dự kiến tháng 11 tới`) is the leaders' summit.
    if (m.levelFromFrame) {
      if (isPlanned(view, m)) return attendeesInSentence(m) ?? frame ?? "leaders";
      return (
        single(named.filter((o) => o.series === m.series && !o.levelFromFrame).map((o) => o.level)) ??
        attendeesInSentence(m) ??
        frame ??
        anchor ??
        "leaders"
      );
    }
    const level = contextLevel(m);
    // `the Asean-US Ministerial`: ministers of no stated portfolio are never the leaders a
    // summit elsewhere in the text suggests; of a diplomatic framework, the foreign ministers.
    if (m.series !== "OTHER" && level === "leaders" && GENERIC_MINISTER.test(view.fold.slice(m.start, m.end)))
      return "foreign_ministers";
    return level;
  });

  /** Its sentence names foreign ministers (beside officials or a secretary-general, say). */
  function sentenceNamesForeignMinisters(m: MeetingMention): boolean {
    const s = view.sentences.at(m.start);
    return cueLevels(view.fold.slice(s.start, s.end)).includes("foreign_ministers");
  }

  /** Who its sentence says attends: ministers, or leaders by their titles too (`Vice President`). */
  function attendeesInSentence(m: MeetingMention): MeetingLevel | null {
    const s = view.sentences.at(m.start);
    const fold = view.fold.slice(s.start, s.end);
    const levels = cueLevels(fold);
    for (const _ of execAll(LEADER_TITLE, fold)) levels.push("leaders");
    return mostFrequent(levels);
  }

  function contextLevel(m: MeetingMention): MeetingLevel {
    const s = view.sentences.at(m.start);
    let fromSentence = bySentence.get(s.start);
    if (fromSentence === undefined) {
      fromSentence = mostFrequent(cueLevels(view.fold.slice(s.start, s.end)));
      bySentence.set(s.start, fromSentence);
    }
    if (fromSentence ?? frame ?? anchor) return (fromSentence ?? frame ?? anchor) as MeetingLevel;
    // Read once: a text with no level cue at all (null) is not scanned again for each mention.
    if (article === undefined) article = mostFrequent(cueLevels(view.fold));
    return article ?? "other";
  }
}

/**
 * The mentions that are meetings of ASEAN: a partner consultation read from a list (`tham vấn
 * với Trung Quốc`) counts only where its sentence names ASEAN or the text has an ASEAN meeting
 * it belongs to; otherwise it is most likely a bilateral one.
 */
export function anchoredMentions(view: TextView, mentions: readonly MeetingMention[]): MeetingMention[] {
  const anchored = mentions.some(
    (o) => !o.needsAnchor && (o.frame || o.umbrella || ANCHOR_SERIES.has(o.series)),
  );
  return mentions.filter((m) => {
    if (!m.needsAnchor || anchored) return true;
    const s = view.sentences.at(m.start);
    return view.fold.slice(s.start, s.end).includes("asean");
  });
}

const CLAUSE_BREAK = /[,;:()]/;
// `, dự kiến diễn ra …`, `, which will be held …`: a comma that keeps talking about the meeting.
const EVENT_CLAUSE = new RegExp(`,\\s*(?:${alternation(EVENT_VERBS)})${FOLD_END}`, "gu");

/**
 * A date right after the mention, or a little later with no clause break in between (a comma
 * opening an event clause does not count).
 */
function follows(view: TextView, m: MeetingMention, d: RawDate): boolean {
  const gap = d.start - m.tailEnd;
  if (gap <= ADJACENT_DATE_REACH) return true;
  const between = view.fold.slice(m.tailEnd, d.start).replace(EVENT_CLAUSE, " ");
  return gap <= FOLLOWING_DATE_REACH && !CLAUSE_BREAK.test(between);
}

/** The date follows the mention directly (`Trong khuôn khổ AEM-57, ngày 24/9, …`). */
export function adjacentDate(m: MeetingMention, d: RawDate | null): boolean {
  return d !== null && d.start >= m.tailEnd && d.start - m.tailEnd <= ADJACENT_DATE_REACH;
}

/**
 * The date that governs a mention: the last date before it in its sentence, else one right
 * after it (`… ASEAN+Nga vào đầu năm nay`), else a date opening its paragraph (`* Ngày 11/7, …`).
 */
export function governingDate(view: TextView, m: MeetingMention, dates: readonly RawDate[]): RawDate | null {
  const s = view.sentences.at(m.start);
  let preceding: RawDate | null = null;
  for (const d of dates) if (d.start >= s.start && d.end <= m.start) preceding = d;
  if (preceding) return preceding;
  const following = dates.find((d) => d.start >= m.tailEnd && d.end <= s.end && follows(view, m, d));
  if (following) return following;
  const p = paragraphAt(view, m.start);
  const opening = dates.find((d) => d.start >= p.start && d.start < s.start);
  return opening && PARAGRAPH_OPENER.test(view.fold.slice(p.start, opening.start)) ? opening : null;
}

/**
 * The cities named as places where something happens (`tại Kuala Lumpur`, `in Vientiane`) in
 * the given spans (the sentences that name a meeting: nothing else needs a place), in order.
 */
export function findPlaces(view: TextView, spans: readonly Span[]): PlaceHit[] {
  const places: PlaceHit[] = [];
  const seen = new Set<number>();
  for (const span of spans) {
    if (seen.has(span.start)) continue;
    seen.add(span.start);
    places.push(...placesIn(view, span));
  }
  return places.sort((a, b) => a.start - b.start);
}

function placesIn(view: TextView, span: Span): PlaceHit[] {
  const places: PlaceHit[] = [];
  for (const m of wordMatches(separatorView(view), CITY, span.start, span.end)) {
    const first = view.text[m.index] ?? "";
    // Place names are capitalised; a lower-case hit is an ordinary word.
    if (first === first.toLowerCase()) continue;
    const before = view.fold.slice(Math.max(0, m.index - 48), m.index);
    const after = view.fold.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (
      !PLACE_LEAD.test(before) &&
      !HOST_AFTER.test(after) &&
      !HOST_BY.test(before) &&
      !PAREN_PLACE.test(before)
    )
      continue;
    const city = CITY_BY_FORM.get(cityKey(m[0]));
    if (city) places.push({ start: m.index, end: m.index + m[0].length, city });
  }
  return places;
}

// A news agency's dateline opening the body: `KUALA LUMPUR, May 26 —`, `VIENTIANE:`, `Phnom Penh
// (VNA) –`, `Kuala Lumpur, Sep 25 (IANS)`, `JAKARTA –`. After the city: an optional date, an
// optional agency in brackets, then the colon or dash that ends the dateline (raw text).
const DATELINE_AFTER =
  /^(?:,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?|\d{1,2}\/\d{1,2})(?:,?\s+\d{4})?)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:[:–—]|-{1,2}(?=\s)|(?<=\))(?=\s+\p{Lu}))/u;
/** How far into the body a dateline may start (after a headline and a byline line or two). */
const DATELINE_REACH = 400;

/**
 * The city of the body's dateline, when a line within its first characters opens with one; the
 * place the report was filed from.
 */
export function datelineCity(view: TextView): string | null {
  const spaced = separatorView(view);
  for (const m of wordMatches(spaced, CITY, 0, Math.min(view.text.length, DATELINE_REACH))) {
    const lineStart = view.text.lastIndexOf("\n", m.index - 1) + 1;
    if (view.text.slice(lineStart, m.index).trim() !== "") continue;
    if (!DATELINE_AFTER.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const city = CITY_BY_FORM.get(cityKey(m[0]));
    if (city) return city;
  }
  return null;
}

/**
 * The city the mention's own sentence places it in, nearest first. A frame sharing its
 * sentence with another meeting takes only a place set before it (`Ngày 25/7, tại Vientiane,
 * trong khuôn khổ AMM-57 …`): in `… is held within the framework of the AMM and related events
 * in Kuala Lumpur` the place belongs to the meeting being held.
 */
export function directPlace(
  view: TextView,
  m: MeetingMention,
  places: readonly PlaceHit[],
  shared: boolean,
): string | null {
  const s = view.sentences.at(m.start);
  const onlyBefore = m.frame && shared;
  let best: PlaceHit | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (p.start < s.start || p.end > s.end || (onlyBefore && p.end > m.start)) continue;
    const distance = p.start >= m.end ? p.start - m.end : Math.max(0, m.start - p.end);
    if (distance < bestDistance) [best, bestDistance] = [p, distance];
  }
  return best?.city ?? null;
}

// Per view, per pattern: sentence start → whether the pattern matches that sentence.
const sentenceTests = new WeakMap<TextView, Map<RegExp, Map<number, boolean>>>();

/** Whether `re` matches the folded sentence around `offset`, tested once per sentence. */
function sentenceSays(view: TextView, offset: number, re: RegExp): boolean {
  const s = view.sentences.at(offset);
  let byPattern = sentenceTests.get(view);
  if (!byPattern) {
    byPattern = new Map();
    sentenceTests.set(view, byPattern);
  }
  let bySentence = byPattern.get(re);
  if (!bySentence) {
    bySentence = new Map();
    byPattern.set(re, bySentence);
  }
  let said = bySentence.get(s.start);
  if (said === undefined) {
    said = re.test(view.fold.slice(s.start, s.end));
    bySentence.set(s.start, said);
  }
  return said;
}

/** The mention's sentence says it is yet to happen (`sẽ`, `dự kiến`, `nối lại`, `will`). */
export function isPlanned(view: TextView, m: MeetingMention): boolean {
  return sentenceSays(view, m.start, PLANNED);
}

/** The mention's sentence says the meeting is held online (`theo hình thức trực tuyến`). */
export function isOnlineBySentence(view: TextView, m: MeetingMention): boolean {
  return sentenceSays(view, m.start, ONLINE);
}
