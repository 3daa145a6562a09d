/**
 * Meetings an article reports, held or planned: one fact per distinct meeting, with every
 * mention as evidence (`Hội nghị Bộ trưởng ASEAN+1 với … Nhật Bản` and later `Hội nghị
 * ASEAN-Nhật Bản` are one meeting).
 *
 * The year of a meeting is, in this order: for an ASEAN Summit, the year of its edition; a year
 * written against its name (`the 2023 ASEAN Summit`) or stated by the date governing one of its
 * mentions; a year relative to the report (`next year`); the article's publication year; the
 * year its edition gives (annual series: AMM n in 1967 + n); the edition year of the text's other
 * annual meetings; the year the text states most (not a founding year); else, for a meeting held
 * within another, that one's year; else null. Edition years far from the year the text states
 * most are not trusted (an online or special meeting with its own count). The date is the day or
 * month governing a mention; with none, a meeting the text reports as held takes the text's only
 * day. The place is the city its sentence names, else the city named for another meeting of the
 * same day, else, for a meeting dated by the text's only day, the city that day's sentence names,
 * else, for the text's only meeting, the city a bare noun for it is placed in (`the gathering in
 * Tokyo`).
 */

import { YEAR_MAX, YEAR_MIN } from "./data/dates.ts";
import {
  EDITION_TOLERANCE_YEARS,
  RELATED_MEETINGS,
  SERIES_VOCABULARY,
  summitEditionYear,
} from "./data/meetings.ts";
import { type RawDate, resolveDate, scanDates, statedYears } from "./dates.ts";
import {
  adjacentDate,
  anchoredMentions,
  datelineCity,
  directPlace,
  findPlaces,
  governingDate,
  isOnlineBySentence,
  isPlanned,
  mostFrequent,
  resolveLevels,
} from "./meeting-context.ts";
import { meetingKey } from "./meeting-key.ts";
import { findMeetingMentions, type MeetingMention } from "./meeting-mentions.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { MeetingFact, MeetingLevel, PartialDate } from "./types.ts";

export { LEVEL_VOCABULARY, SERIES_VOCABULARY } from "./data/meetings.ts";
export { meetingKey } from "./meeting-key.ts";

interface Resolved extends MeetingMention {
  level: MeetingLevel;
  governing: RawDate | null;
  place: string | null;
  planned: boolean;
  /** The frame or umbrella meeting named in the same sentence. */
  frameMention: Resolved | null;
  /** No other meeting is named in its sentence. */
  alone: boolean;
}

interface Group {
  mentions: Resolved[];
  first: Resolved;
  year: number | null;
  key: string;
}

const RETREAT = /(?<![\p{L}\p{N}])(?:retreat|hoi nghi hep|hop hep|asean hep)(?![\p{L}\p{N}])/u;
const EDITION_BASE = new Map(SERIES_VOCABULARY.map((s) => [s.series, s.editionBase]));

function resolveMentions(view: TextView): Resolved[] {
  const mentions = anchoredMentions(view, findMeetingMentions(view));
  const levels = resolveLevels(view, mentions);
  const dates = scanDates(view);
  const sentenceOf = mentions.map((m) => view.sentences.at(m.start).start);
  const perSentence = new Map<number, number>();
  for (const s of sentenceOf) perSentence.set(s, (perSentence.get(s) ?? 0) + 1);
  const places = findPlaces(
    view,
    mentions.map((m) => view.sentences.at(m.start)),
  );
  const resolved: Resolved[] = mentions.map((m, i) => {
    const alone = perSentence.get(sentenceOf[i] as number) === 1;
    // Spelled out rather than `{ ...m, … }`: V8 builds a spread followed by more properties on
    // a slow path, a thousand times slower than this literal.
    return {
      start: m.start,
      end: m.end,
      series: m.series,
      partner: m.partner,
      level: levels[i] ?? "other",
      number: m.number,
      otherId: m.otherId,
      online: m.online || isOnlineBySentence(view, m),
      frame: m.frame,
      umbrella: m.umbrella,
      tailEnd: m.tailEnd,
      byAcronym: m.byAcronym,
      needsAnchor: m.needsAnchor,
      special: m.special === true,
      listed: m.listed,
      governing: governingDate(view, m, dates),
      place: directPlace(view, m, places, !alone),
      planned: isPlanned(view, m),
      frameMention: null,
      alone,
    };
  });
  const frames = new Map<number, Resolved>();
  resolved.forEach((m, i) => {
    if ((m.frame || m.umbrella) && !frames.has(sentenceOf[i] as number))
      frames.set(sentenceOf[i] as number, m);
  });
  resolved.forEach((m, i) => {
    const frame = frames.get(sentenceOf[i] as number);
    m.frameMention = frame && frame !== m ? frame : null;
  });
  return resolved;
}

/**
 * What makes two mentions one meeting. An OTHER sub-series is specific enough on its own:
 * `Hội nghị ASEAN - GCC - Trung Quốc` (level from context) is the summit named before.
 */
const identityOf = (m: Resolved, withNumber: boolean) =>
  [m.series, m.otherId ?? m.partner, m.otherId ? "" : m.level, withNumber ? m.number : ""].join("|");

const stated = (list: readonly Resolved[]) =>
  list.map((m) => m.governing).find((d) => d !== null && d.year !== null && d.month !== null) ?? null;

/**
 * Two sets of mentions dated to different months (`the ASEAN Leaders' Meeting held on 24 April
 * 2021` beside `the 38th and 39th ASEAN Summits … on 26-28 October`): not one meeting.
 */
function datedApart(a: readonly Resolved[], b: readonly Resolved[]): boolean {
  const x = stated(a);
  const y = stated(b);
  return x !== null && y !== null && (x.year !== y.year || x.month !== y.month);
}

/** The year a numbered edition of a regularly held series falls in (AMM 58 → 2025, the 46th Summit → 2025). */
function countedYear(m: Resolved): number | null {
  if (m.number === null) return null;
  // A special summit is not one of the numbered editions.
  if (m.series === "ASEAN_SUMMIT") return m.special ? null : summitEditionYear(m.number);
  const base = EDITION_BASE.get(m.series);
  return base == null ? null : base + m.number;
}

const statedYear = (list: readonly Resolved[]) =>
  list.map((m) => m.governing?.year).find((y) => y !== null && y !== undefined) ?? null;

/**
 * `In 2023, Modi attended the ASEAN-India Summit in Jakarta` beside `the 21st ASEAN-India Summit`
 * reported in 2024: an unnumbered mention dated to an earlier year than the numbered edition's
 * (its own, else the article's) is an earlier meeting.
 */
function yearApart(
  unnumbered: readonly Resolved[],
  numbered: readonly Resolved[],
  published: number | null,
): boolean {
  const y = statedYear(unnumbered);
  const first = numbered[0];
  const z = statedYear(numbered) ?? (first ? countedYear(first) : null) ?? published;
  return y !== null && z !== null && y < z;
}

/** Of the editions `keys`, the one whose first mention comes last before `at`; null when none does. */
function latestBefore(
  keys: readonly string[],
  byId: ReadonlyMap<string, Resolved[]>,
  at: number,
): string | null {
  let best: string | null = null;
  let bestStart = -1;
  for (const k of keys) {
    const start = byId.get(k)?.[0]?.start ?? Number.POSITIVE_INFINITY;
    if (start < at && start > bestStart) [best, bestStart] = [k, start];
  }
  return best;
}

/** Mentions of one meeting together; an unnumbered mention joins the one numbered edition. */
function groupMentions(view: TextView, mentions: Resolved[], published: number | null): Group[] {
  const retreat = (m: Resolved) => RETREAT.test(view.fold.slice(m.start, m.end + 9));
  const byId = new Map<string, Resolved[]>();
  for (const m of mentions) {
    const id = identityOf(m, true);
    // In place: copying the list for each mention was quadratic in a text naming one meeting
    // thousands of times (400 KB of `at the 43 ASEAN Summit`: 1.7 s).
    const list = byId.get(id);
    if (list) list.push(m);
    else byId.set(id, [m]);
  }
  for (const [id, list] of byId) {
    const first = list[0] as Resolved;
    // A special or commemorative summit is not one of the numbered editions named beside it.
    if (first.number !== null || list.some((m) => m.special)) continue;
    const allRetreats = list.every(retreat);
    const numbered = [...byId.keys()].filter(
      (k) =>
        k !== id &&
        k.startsWith(identityOf(first, false)) &&
        !datedApart(list, byId.get(k) ?? []) &&
        // `tomorrow the Retreat (the ASEAN Foreign Ministers' Retreat)` beside the 56th AMM: a
        // retreat counts apart, so it joins no edition of the meeting itself.
        !(allRetreats && !(byId.get(k) ?? []).some(retreat)) &&
        !yearApart(list, byId.get(k) ?? [], published),
    );
    // Several editions named together (`lần thứ 38 và 39`): the unnumbered mention is their pair.
    const together = new Set(numbered.map((k) => byId.get(k)?.[0]?.start)).size === 1;
    // `The 19th East Asia Summit met … The EAS was an important moment … The 20th EAS would be
    // held in Malaysia`: named after editions, the bare name takes up the latest one before it.
    const latest = numbered.length > 1 && !together ? latestBefore(numbered, byId, first.start) : null;
    if (numbered.length !== 1 && !(numbered.length > 1 && together) && latest === null) continue;
    byId.get(latest ?? (numbered[0] as string))?.push(...list);
    byId.delete(id);
  }
  return [...byId.values()]
    .map((list) => list.sort((a, b) => a.start - b.start))
    .flatMap((list) => ((list[0] as Resolved).number === null ? splitByDate(list) : [list]))
    .map((list) => ({
      mentions: list,
      first: list.find((m) => m.number !== null) ?? (list[0] as Resolved),
      year: null,
      key: "",
    }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/**
 * `the October 2021 US-Asean Summit` beside the US-ASEAN Special Summit on May 12: unnumbered
 * mentions of one meeting's identity dated to different months (or to the same month of
 * different years) are different meetings. `list` is in text order.
 */
function splitByDate(list: Resolved[]): Resolved[][] {
  return splitBy(
    list,
    (m) => (m.governing?.month != null ? m.governing : null),
    (a, b) => a.month === b.month && (a.year === null || b.year === null || a.year === b.year),
  );
}

/**
 * The mentions of `list` (in text order) in one cluster per distinct key `keyOf` gives them
 * (`same` tells keys alike); a mention without a key stays with the cluster of the keyed mention
 * before it, the first cluster when none is. One cluster, or none keyed: `list` whole.
 */
function splitBy<K>(
  list: Resolved[],
  keyOf: (m: Resolved) => K | null,
  same: (a: K, b: K) => boolean,
): Resolved[][] {
  const clusters: Array<{ key: K; mentions: Resolved[] }> = [];
  const lead: Resolved[] = [];
  let current: { key: K; mentions: Resolved[] } | null = null;
  for (const m of list) {
    const key = keyOf(m);
    if (key !== null) {
      current = clusters.find((c) => same(c.key, key)) ?? null;
      if (current === null) {
        current = { key, mentions: [] };
        clusters.push(current);
      }
    }
    (current?.mentions ?? lead).push(m);
  }
  if (clusters.length < 2) return [list];
  clusters[0]?.mentions.unshift(...lead);
  return clusters.map((c) => c.mentions);
}

function assignYears(view: TextView, groups: Group[], published: PartialDate | null): void {
  const stated = mostFrequent(statedYears(view));
  const edition = (g: Group): number | null => {
    const year = countedYear(g.first);
    // A retreat counts its own editions (the 31st AEM Retreat is not AEM-31).
    if (year === null || RETREAT.test(view.fold.slice(g.first.start, g.first.end + 9))) return null;
    // The summits' count is kept (special summits aside): its year stands whatever else the text dates.
    if (g.first.series === "ASEAN_SUMMIT") return year;
    return stated === null || Math.abs(year - stated) <= EDITION_TOLERANCE_YEARS ? year : null;
  };
  const editions = new Set(groups.map(edition).filter((y) => y !== null));
  const textEdition = editions.size === 1 ? ([...editions][0] as number) : null;
  const reference = published?.year ?? textEdition ?? stated;
  for (const g of groups) {
    const explicit =
      g.mentions.map((m) => namedYear(view, m)).find((y) => y !== null) ??
      g.mentions.find((m) => m.governing?.year != null)?.governing?.year ??
      null;
    const offset = g.mentions.find((m) => m.governing?.offset != null)?.governing?.offset;
    const relative = offset == null || reference === null ? null : reference + offset;
    // A meeting only announced, with no date of its own (`he will join the Russia–ASEAN
    // meeting`, `preparations for the 5th Mekong–Lancang summit`), is placed in the year of the
    // report: of the 57 press-dev meetings whose year this reading changed, the annotators give 53
    // that year.
    const fallback = published?.year ?? edition(g) ?? textEdition ?? stated;
    // A summit's edition dates it better than a year written near it (`since 2015, he said at
    // the 44th and 45th Summits`).
    const summit = g.first.series === "ASEAN_SUMMIT" ? edition(g) : null;
    g.year = summit ?? explicit ?? relative ?? fallback;
  }
}

// `the 2023 ASEAN Summit`, `Hội nghị Cấp cao ASEAN 2025`, `the ASEAN-Japan Summit 2023`: a year
// written against the name, not a period (`2021-2025`), a date (`10/7/2025`) or an amount.
// Not after a preposition: `By 2030 ASEAN leaders will gather` dates no meeting by its name.
const YEAR_BEFORE_NAME =
  /(?<![\p{L}\p{N}.,/\-–])(?<!(?:^|[^\p{L}])(?:by|in|since|until|till|from|to|before|after|of|during|từ|đến|trước|sau|năm) )((?:19|20)\d\d) $/iu;
const YEAR_AFTER_NAME = /^ ((?:19|20)\d\d)(?![\p{L}\p{N}/\-–]|[.,]\d)/u;

/**
 * An unnumbered meeting named with two years (`the 2023 ASEAN-Japan Summit in Tokyo … the 2024
 * ASEAN-Japan Summit in Vientiane`, `last year's ADMM … this year's ADMM`) is two meetings: its
 * mentions go to the year written against them, a mention with none to the one before it.
 */
function splitByNamedYear(view: TextView, groups: Group[]): Group[] {
  return groups.flatMap((g) => {
    if (g.first.number !== null) return [g];
    const keys = new Map(g.mentions.map((m) => [m, writtenYear(view, m)] as const));
    // `Indonesia's ASEAN Regional Forum … sparring marred last year's ARF`: mentions with no year
    // before the first that is last (or next) year's are the meeting the text reports, another.
    const firstKeyed = g.mentions.findIndex((m) => keys.get(m) !== null);
    const firstKey = firstKeyed > 0 ? keys.get(g.mentions[firstKeyed] as Resolved) : null;
    if (firstKey === "last year" || firstKey === "next year")
      for (const m of g.mentions.slice(0, firstKeyed)) keys.set(m, "this year");
    const parts = splitBy(
      g.mentions,
      (m) => keys.get(m) ?? null,
      (a, b) => a === b,
    );
    return parts.length < 2
      ? [g]
      : parts.map((mentions) => ({ ...g, mentions, first: mentions[0] as Resolved }));
  });
}

// `last year's ADMM`, `this year's ADMM`, `next year's ARF`: a mention placed in time by its words.
const TIMED = /(?:^|[^a-z])(last|this|next) year['’]s\s+(?:the\s+)?$/;

/** The year a mention's own words give it (`2023`, `last year's`), as a key; else null. */
function writtenYear(view: TextView, m: Resolved): string | null {
  const year = namedYear(view, m);
  if (year !== null) return String(year);
  const timed = TIMED.exec(view.fold.slice(Math.max(0, m.start - 16), m.start));
  return timed ? `${timed[1]} year` : null;
}

/** The year written right before or after a mention's name, else null. */
function namedYear(view: TextView, m: Resolved): number | null {
  const found =
    YEAR_BEFORE_NAME.exec(view.text.slice(Math.max(0, m.start - 16), m.start)) ??
    YEAR_AFTER_NAME.exec(view.text.slice(m.end, m.end + 7));
  const year = found ? Number(found[1]) : null;
  return year !== null && year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

/**
 * The text's only day, when it names exactly one (several mentions of it count once) and it is
 * a single day: a range (`Từ ngày 20-24/9`) is a multi-day event, not the day of each part.
 */
function onlyDay(view: TextView): RawDate | null {
  const days = scanDates(view).filter((d) => d.day !== null);
  const distinct = new Set(days.map((d) => `${d.year}-${d.month}-${d.day}-${d.endDay}`));
  const [day] = days;
  return distinct.size === 1 && day?.endDay === null ? day : null;
}

/**
 * Whether the date governing a mention dates the meeting. A series of events (umbrella) spans
 * days: a single day of its sentence is another meeting's. The day of a sentence that holds a
 * meeting within a frame (`Ngày 26/7, trong khuôn khổ AMM-57, Hội nghị ASEAN-EU …`) is the held
 * meeting's, unless it follows the frame directly or the frame is the only meeting named.
 */
function datesMention(m: Resolved): boolean {
  const d = m.governing;
  if (d?.month == null) return false;
  if (m.umbrella && d.day !== null && d.endDay === null) return false;
  return !m.frame || m.alone || d.day === null || adjacentDate(m, d);
}

interface Dated {
  date: PartialDate | null;
  endDate: PartialDate | null;
  /** The date is the text's only day, not one governing a mention. */
  soleDay: boolean;
}

function dateOf(g: Group, soleDay: RawDate | null): Dated {
  const dated = g.mentions.find(datesMention);
  const held = g.mentions.every((m) => !m.umbrella && !m.planned && m.governing === null);
  const found = dated?.governing ?? (held ? soleDay : null);
  // A date of another year than the meeting's (a summit dated by its edition) is not its date.
  const raw = found?.year != null && g.year !== null && found.year !== g.year ? null : found;
  const resolved = raw ? resolveDate(raw, g.year) : null;
  return {
    date: resolved?.date ?? null,
    endDate: resolved?.endDate ?? null,
    soleDay: !dated && raw !== null,
  };
}

/**
 * The city the sentence of the text's only day names as a venue (`… consultations held in
 * Vientiane, Laos on September 23`), when it names one: where a meeting dated by that day was.
 */
function soleDayPlace(view: TextView, soleDay: RawDate | null): string | null {
  if (!soleDay) return null;
  const cities = new Set(findPlaces(view, [view.sentences.at(soleDay.start)]).map((p) => p.city));
  return cities.size === 1 ? ([...cities][0] as string) : null;
}

const dayKey = (raw: RawDate | null, year: number | null): string | null => {
  if (raw?.day == null) return null;
  const d = resolveDate(raw, year)?.date;
  return d ? `${d.year}-${d.month}-${d.day}` : null;
};

// `Following the gathering in Tokyo`, `hội nghị diễn ra tại Vientiane`: the text's meeting by a bare
// noun, then where it is held.
const BARE_MEETING_PLACED =
  /(?<![a-z])(?:(?:the|this|that)\s+(summit|meeting|gathering|conference|talks|event)|(?:hoi nghi|cuoc hop|su kien)(?:\s+nay)?)(?:\s+(?:was|is|will\s+be|has\s+been|dien\s+ra|duoc\s+to\s+chuc|held|taking\s+place|took\s+place))?\s+(?:in|at|tai|o)\s+(?:the\s+)?$/;
// `… the summit in Tokyo last year`: another meeting than the one the text reports.
const PAST_AFTER_PLACE = /^\W{0,3}(?:last|previous|earlier|nam ngoai|nam truoc|truoc do)(?![a-z])/;

/**
 * The one city an article with one meeting places it in through a bare noun (`the gathering in
 * Tokyo`), else null: with one meeting in the text, `the summit` can be no other.
 */
function placeReferred(view: TextView, level: MeetingLevel | null): string | null {
  const cities = new Set<string>();
  for (const p of findPlaces(view, view.sentences.spans)) {
    const bare = BARE_MEETING_PLACED.exec(view.fold.slice(Math.max(0, p.start - 60), p.start));
    // `the summit` is a leaders' meeting: no other level's.
    if (!bare || (bare[1] === "summit" && level !== "leaders")) continue;
    if (PAST_AFTER_PLACE.test(view.fold.slice(p.end, p.end + 24))) continue;
    cities.add(p.city);
  }
  return cities.size === 1 ? ([...cities][0] as string) : null;
}

/** City per day, from mentions whose sentence names both: meetings of that day were held there. */
function placesByDay(groups: Group[]): Map<string, string | null> {
  const byDay = new Map<string, string | null>();
  for (const g of groups) {
    for (const m of g.mentions) {
      const day = dayKey(m.governing, g.year);
      if (!day || !m.place) continue;
      const known = byDay.get(day);
      byDay.set(day, known === undefined || known === m.place ? m.place : null);
    }
  }
  return byDay;
}

function placeOf(g: Group, byDay: Map<string, string | null>): string | null {
  const direct = g.mentions.find((m) => m.place)?.place;
  if (direct) return direct;
  for (const m of g.mentions) {
    const day = dayKey(m.governing, g.year);
    const city = day ? byDay.get(day) : null;
    if (city) return city;
  }
  return null;
}

/** The meeting it is held within: a frame in the same sentence, else the related-meetings rule. */
function parentOf(g: Group, groups: Group[], groupOf: Map<Resolved, Group>): string | null {
  for (const m of g.mentions) {
    const parent = m.frameMention ? groupOf.get(m.frameMention) : undefined;
    if (parent && parent !== g) return parent.key;
  }
  const rule = RELATED_MEETINGS.find((r) => r.level === g.first.level && r.children.includes(g.first.series));
  const parents = rule ? groups.filter((p) => p.first.series === rule.parent && p !== g) : [];
  return parents.length === 1 ? (parents[0] as Group).key : null;
}

function nameOf(view: TextView, g: Group): string {
  const best =
    g.mentions.find((m) => !m.listed && !m.byAcronym) ?? g.mentions.find((m) => !m.byAcronym) ?? g.first;
  return view.text.slice(best.start, best.end);
}

/**
 * The meetings a cleaned article body reports (held or planned), in order of first mention.
 * `ctx.published` is the article's publication date, used for the year of meetings whose text
 * gives none.
 */
export function extractMeetings(view: TextView, ctx: { published: PartialDate | null }): MeetingFact[] {
  const split = splitByNamedYear(
    view,
    groupMentions(view, resolveMentions(view), ctx.published?.year ?? null),
  );
  assignYears(view, split, ctx.published);
  let groups = mergeByKey(split);
  if (inheritYears(groups)) groups = mergeByKey(groups);
  const groupOf = new Map<Resolved, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  const soleDay = onlyDay(view);
  const byDay = placesByDay(groups);
  let solePlace: string | null | undefined;
  const referredPlace = groups.length === 1 ? placeReferred(view, (groups[0] as Group).first.level) : null;
  const facts = groups.map((g): MeetingFact => {
    const { date, endDate, soleDay: bySoleDay } = dateOf(g, soleDay);
    let location = placeOf(g, byDay);
    if (location === null && bySoleDay) location = solePlace ??= soleDayPlace(view, soleDay);
    location ??= referredPlace;
    return {
      key: g.key,
      series: g.first.series,
      partner: g.first.partner,
      level: g.first.level,
      number: g.first.number,
      year: g.year,
      date,
      endDate,
      location,
      online: g.mentions.some((m) => m.online),
      parentKey: parentOf(g, groups, groupOf),
      name: nameOf(view, g),
      evidence: g.mentions.map((m) => evidenceAt(view, m.start, m.end)),
    };
  });
  inheritPlaces(facts);
  placeByDateline(view, facts, ctx.published);
  return facts;
}

/** Days a dated meeting may lie from the publication day and still be the one the dateline covers. */
const DATELINE_DAYS = 7;

/**
 * Meetings of the publication's time that the text does not place are where its dateline was
 * filed from (`KUALA LUMPUR, May 26 — Leaders … gather … today`), unless the text places some
 * meeting in another city (`New Delhi, Oct 9 (PTI) … to attend the summit in Vientiane`): then
 * the dateline need not be where the meetings are.
 */
function placeByDateline(view: TextView, facts: MeetingFact[], published: PartialDate | null): void {
  if (!facts.some((f) => f.location === null)) return;
  const city = datelineCity(view);
  if (city === null) return;
  const placed = new Set(findPlaces(view, view.sentences.spans).map((p) => p.city));
  if (facts.some((f) => f.location !== null && f.location !== city)) return;
  if ([...placed].some((c) => c !== city)) return;
  const dayOf = (d: PartialDate | null | undefined) =>
    d?.day != null ? Date.UTC(d.year, (d.month ?? 1) - 1, d.day) : null;
  const publishedDay = dayOf(published);
  for (const f of facts) {
    if (f.location !== null || f.online) continue;
    if (published && f.year !== null && f.year !== published.year) continue;
    const day = dayOf(f.date);
    if (day !== null && publishedDay !== null && Math.abs(day - publishedDay) > DATELINE_DAYS * 86_400_000)
      continue;
    f.location = city;
  }
}

/**
 * A meeting held within another (the related meetings of a summit or a ministers' meeting) that
 * the text neither places nor dates is held where its parent is: `AMM-52 diễn ra tại Bangkok từ
 * 29-7 đến 3-8 … Hội nghị ASEAN+3, EAS, ARF`. One with a date of its own is not: a day the text
 * does not place may be elsewhere (or the parent's place was given for another day); nor one of
 * another year (the next edition, planned).
 */
function inheritPlaces(facts: MeetingFact[]): void {
  const byKey = new Map(facts.map((f) => [f.key, f]));
  for (const f of facts) {
    if (f.location !== null || f.date !== null || f.parentKey === null) continue;
    const parent = byKey.get(f.parentKey);
    if (parent && parent.location !== null && parent.parentKey === null && parent.year === f.year)
      f.location = parent.location;
  }
}

/**
 * Keys the groups by their year, and makes groups of one key one meeting: meetings told apart by
 * their dates (splitByDate) but given one year, or given the year of their parent, are one.
 */
function mergeByKey(groups: Group[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const g of groups) {
    const { series, partner, level, number, otherId } = g.first;
    g.key = meetingKey({ series, partner, level, number, year: g.year, otherId });
    const first = byKey.get(g.key);
    if (first) first.mentions = [...first.mentions, ...g.mentions].sort((a, b) => a.start - b.start);
    else byKey.set(g.key, g);
  }
  return [...byKey.values()];
}

/**
 * A meeting held within another (`trong khuôn khổ AMM-58`, the related meetings of a summit)
 * takes the parent's year when the text gives it none, and is keyed with it. Its city is not
 * inherited: the seeds' convention gives a location only where the text places that meeting.
 * True when a year was given, so that keys are made again.
 */
function inheritYears(groups: Group[]): boolean {
  const groupOf = new Map<Resolved, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  const found = groups.map((g) => {
    if (g.year !== null) return null;
    const key = parentOf(g, groups, groupOf);
    const parent = key === null ? undefined : groups.find((p) => p.key === key);
    return parent ? parent.year : null;
  });
  groups.forEach((g, i) => {
    g.year ??= found[i] ?? null;
  });
  return found.some((y) => y != null);
}
