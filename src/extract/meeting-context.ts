/**
 * What a meeting mention's surroundings say about it: the level when the name gives none, the
 * date that governs its sentence or paragraph, the city it is said to be held in, whether it is
 * yet to happen or held online.
 */
import {
  CONTEXT_LEVEL_CUES,
  FOLLOWING_DATE_REACH,
  ONLINE_SENTENCE_CUES,
  PLANNED_CUES,
  RELATED_MEETINGS,
} from "./data/meetings.ts";
import { MEETING_CITIES, PLACE_PREPOSITIONS, VENUE_PREFIXES } from "./data/places.ts";
import type { RawDate } from "./dates.ts";
import { alternation, FOLD_END, FOLD_START, wordAlternation, wordMatches } from "./fold-pattern.ts";
import { separatorView, trieSource } from "./lexicon-regex.ts";
import type { MeetingMention } from "./meeting-mentions.ts";
import { foldKey } from "./normalize.ts";
import { paragraphAt } from "./paragraphs.ts";
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
// `* Ngày 11/7, …`, `Cũng trong chiều 10/7, …`, `On 10 July, …`: a date that opens a paragraph.
const PARAGRAPH_OPENER = /^[\s*•·\-–—]*(?:(?:cung|also)\s+)?(?:(?:trong|vao|on|in)\s+)?$/u;

const CITY_BY_FORM = new Map<string, string>();
for (const c of MEETING_CITIES)
  for (const form of [c.name, ...c.aliases]) CITY_BY_FORM.set(foldKey(form), c.name);
// Cities are rare words: the scan looks for them and checks the preposition behind each one.
const CITY = new RegExp(`${trieSource(CITY_BY_FORM.keys())}${FOLD_END}`, "gu");
const PLACE_LEAD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${wordAlternation(PLACE_PREPOSITIONS)})\\s+(?:(?:${wordAlternation(VENUE_PREFIXES)})\\s+)?$`,
  "u",
);

function cueCounts(fold: string): Map<MeetingLevel, number> {
  const counts = new Map<MeetingLevel, number>();
  for (const m of fold.matchAll(CONTEXT_CUES)) {
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const level = CONTEXT_LEVEL_CUES[i]?.level;
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return counts;
}

function uniqueMax(counts: Map<MeetingLevel, number>): MeetingLevel | null {
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
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
  return mentions.map((m) => {
    if (m.level !== null) return m.level;
    const s = view.sentences.at(m.start);
    const fromSentence = uniqueMax(cueCounts(view.fold.slice(s.start, s.end)));
    if (fromSentence ?? frame ?? anchor) return (fromSentence ?? frame ?? anchor) as MeetingLevel;
    article ??= uniqueMax(cueCounts(view.fold));
    return article ?? "other";
  });
}

/** True when the text has something ASEAN-centred for a partner consultation to belong to. */
export function hasAnchor(view: TextView, m: MeetingMention, mentions: readonly MeetingMention[]): boolean {
  if (!m.needsAnchor) return true;
  const s = view.sentences.at(m.start);
  if (view.fold.slice(s.start, s.end).includes("asean")) return true;
  return mentions.some((o) => !o.needsAnchor && (o.frame || o.umbrella || ANCHOR_SERIES.has(o.series)));
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
  const reach = m.tailEnd + FOLLOWING_DATE_REACH;
  const following = dates.find((d) => d.start >= m.tailEnd && d.start <= reach && d.end <= s.end);
  if (following) return following;
  const p = paragraphAt(view, m.start);
  const opening = dates.find((d) => d.start >= p.start && d.start < s.start);
  return opening && PARAGRAPH_OPENER.test(view.fold.slice(p.start, opening.start)) ? opening : null;
}

/** Every city the text names as a place where something happens, in order. */
export function findPlaces(view: TextView): PlaceHit[] {
  const places: PlaceHit[] = [];
  for (const m of wordMatches(separatorView(view), CITY)) {
    const first = view.text[m.index] ?? "";
    // Place names are capitalised; a lower-case hit is an ordinary word.
    if (first === first.toLowerCase()) continue;
    if (!PLACE_LEAD.test(view.fold.slice(Math.max(0, m.index - 40), m.index))) continue;
    const city = CITY_BY_FORM.get(foldKey(m[0]));
    if (city) places.push({ start: m.index, end: m.index + m[0].length, city });
  }
  return places;
}

/**
 * The city the mention's own sentence places it in, nearest first. A frame or umbrella
 * mention sharing its sentence with another meeting gets none: in `… is held within the
 * framework of the AMM and related events in Kuala Lumpur` the place belongs to the meeting
 * being held.
 */
export function directPlace(
  view: TextView,
  m: MeetingMention,
  places: readonly PlaceHit[],
  mentions: readonly MeetingMention[],
): string | null {
  const s = view.sentences.at(m.start);
  const shared = mentions.some((o) => o !== m && o.start >= s.start && o.start < s.end);
  if ((m.frame || m.umbrella) && shared) return null;
  let best: PlaceHit | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (p.start < s.start || p.end > s.end) continue;
    const distance = p.start >= m.end ? p.start - m.end : Math.max(0, m.start - p.end);
    if (distance < bestDistance) [best, bestDistance] = [p, distance];
  }
  return best?.city ?? null;
}

/** The mention's sentence says it is yet to happen (`sẽ`, `dự kiến`, `nối lại`, `will`). */
export function isPlanned(view: TextView, m: MeetingMention): boolean {
  const s = view.sentences.at(m.start);
  return PLANNED.test(view.fold.slice(s.start, s.end));
}

/** The mention's sentence says the meeting is held online (`theo hình thức trực tuyến`). */
export function isOnlineBySentence(view: TextView, m: MeetingMention): boolean {
  const s = view.sentences.at(m.start);
  return ONLINE.test(view.fold.slice(s.start, s.end));
}
