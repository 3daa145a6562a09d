/**
 * Meetings an article reports, held or planned: one fact per distinct meeting, with every
 * mention as evidence (`Hội nghị Bộ trưởng ASEAN+1 với … Nhật Bản` and later `Hội nghị
 * ASEAN-Nhật Bản` are one meeting).
 *
 * The year of a meeting is, in this order: a year stated by the date governing one of its
 * mentions; the article's publication year; the year its edition gives (annual series: AMM n
 * in 1967 + n); the edition year of the text's other annual meetings; the year the text states
 * most; else null. Edition years far from the year the text states most are not trusted (an
 * online or special meeting with its own count). The date is the day or month governing a
 * mention; with none, a meeting the text reports as held takes the text's only day. The place
 * is the city its sentence names, else the city named for another meeting of the same day.
 */
import { EDITION_TOLERANCE_YEARS, RELATED_MEETINGS, SERIES_VOCABULARY } from "./data/meetings.ts";
import { type RawDate, resolveDate, scanDates, statedYears } from "./dates.ts";
import {
  directPlace,
  findPlaces,
  governingDate,
  hasAnchor,
  isOnlineBySentence,
  isPlanned,
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
}

interface Group {
  mentions: Resolved[];
  first: Resolved;
  year: number | null;
  key: string;
}

const EDITION_BASE = new Map(SERIES_VOCABULARY.map((s) => [s.series, s.editionBase]));

function resolveMentions(view: TextView): Resolved[] {
  const found = findMeetingMentions(view);
  const mentions = found.filter((m) => hasAnchor(view, m, found));
  const levels = resolveLevels(view, mentions);
  const dates = scanDates(view);
  const places = findPlaces(view);
  const resolved: Resolved[] = mentions.map((m, i) => ({
    ...m,
    level: levels[i] ?? "other",
    governing: governingDate(view, m, dates),
    place: directPlace(view, m, places, mentions),
    planned: isPlanned(view, m),
    online: m.online || isOnlineBySentence(view, m),
    frameMention: null,
  }));
  for (const m of resolved) {
    const s = view.sentences.at(m.start);
    m.frameMention =
      resolved.find((f) => f !== m && (f.frame || f.umbrella) && f.start >= s.start && f.end <= s.end) ??
      null;
  }
  return resolved;
}

const identityOf = (m: Resolved, withNumber: boolean) =>
  [m.series, m.partner, m.level, m.otherId, withNumber ? m.number : ""].join("|");

/** Mentions of one meeting together; an unnumbered mention joins the one numbered edition. */
function groupMentions(mentions: Resolved[]): Group[] {
  const byId = new Map<string, Resolved[]>();
  for (const m of mentions) {
    const id = identityOf(m, true);
    byId.set(id, [...(byId.get(id) ?? []), m]);
  }
  for (const [id, list] of byId) {
    const first = list[0] as Resolved;
    if (first.number !== null) continue;
    const numbered = [...byId.keys()].filter((k) => k !== id && k.startsWith(identityOf(first, false)));
    if (numbered.length !== 1) continue;
    byId.get(numbered[0] as string)?.push(...list);
    byId.delete(id);
  }
  return [...byId.values()]
    .map((list) => list.sort((a, b) => a.start - b.start))
    .map((list) => ({
      mentions: list,
      first: list.find((m) => m.number !== null) ?? (list[0] as Resolved),
      year: null,
      key: "",
    }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function dominantYear(years: number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

function assignYears(view: TextView, groups: Group[], published: PartialDate | null): void {
  const stated = dominantYear(statedYears(view));
  const edition = (g: Group): number | null => {
    const base = EDITION_BASE.get(g.first.series);
    if (base == null || g.first.number === null) return null;
    const year = base + g.first.number;
    return stated === null || Math.abs(year - stated) <= EDITION_TOLERANCE_YEARS ? year : null;
  };
  const editions = new Set(groups.map(edition).filter((y) => y !== null));
  const textEdition = editions.size === 1 ? ([...editions][0] as number) : null;
  for (const g of groups) {
    const explicit = g.mentions.find((m) => m.governing?.year != null)?.governing?.year ?? null;
    g.year = explicit ?? published?.year ?? edition(g) ?? textEdition ?? stated;
  }
}

/** The text's only day, when it names exactly one (several mentions of it count once). */
function onlyDay(view: TextView): RawDate | null {
  const days = scanDates(view).filter((d) => d.day !== null);
  const distinct = new Set(days.map((d) => `${d.year}-${d.month}-${d.day}`));
  return distinct.size === 1 ? (days[0] ?? null) : null;
}

/** A series of events (an umbrella mention) spans days: a single day in its sentence is another meeting's. */
const datesMention = (m: Resolved) =>
  m.governing?.month != null && (!m.umbrella || m.governing.day === null || m.governing.endDay !== null);

function dateOf(
  g: Group,
  soleDay: RawDate | null,
): { date: PartialDate | null; endDate: PartialDate | null } {
  const dated = g.mentions.find(datesMention);
  const held = g.mentions.every((m) => !m.umbrella && !m.planned && m.governing === null);
  const raw = dated?.governing ?? (held ? soleDay : null);
  const resolved = raw ? resolveDate(raw, g.year) : null;
  return { date: resolved?.date ?? null, endDate: resolved?.endDate ?? null };
}

const dayKey = (raw: RawDate | null, year: number | null): string | null => {
  if (raw?.day == null) return null;
  const d = resolveDate(raw, year)?.date;
  return d ? `${d.year}-${d.month}-${d.day}` : null;
};

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
  const groups = groupMentions(resolveMentions(view));
  assignYears(view, groups, ctx.published);
  const groupOf = new Map<Resolved, Group>();
  for (const g of groups) {
    const { series, partner, level, number, otherId } = g.first;
    g.key = meetingKey({ series, partner, level, number, year: g.year, otherId });
    for (const m of g.mentions) groupOf.set(m, g);
  }
  const soleDay = onlyDay(view);
  const byDay = placesByDay(groups);
  return groups.map((g) => ({
    key: g.key,
    series: g.first.series,
    partner: g.first.partner,
    level: g.first.level,
    number: g.first.number,
    year: g.year,
    ...dateOf(g, soleDay),
    location: placeOf(g, byDay),
    online: g.mentions.some((m) => m.online),
    parentKey: parentOf(g, groups, groupOf),
    name: nameOf(view, g),
    evidence: g.mentions.map((m) => evidenceAt(view, m.start, m.end)),
  }));
}
