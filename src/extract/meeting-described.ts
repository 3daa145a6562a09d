/**
 * Meetings press describes instead of naming them (issue #13): `economic ministers of ASEAN
 * countries and the Republic of Korea discussed … at their consultation meeting` is the ASEAN–
 * Korea economic ministers' consultation; `ASEAN foreign ministers met online with China, Japan
 * and Korea` the ASEAN+3 foreign ministers' meeting. Only sentences that name ASEAN and speak of
 * a meeting count.
 */
import {
  DESCRIBED_ASEAN_SIDE,
  DESCRIBED_MEETING_WORDS,
  DESCRIBED_MINISTERS,
  MET_WITH,
  PLUS_THREE_PARTNERS,
} from "./data/meetings.ts";
import { alternation, FOLD_END, FOLD_START, fragmentSource } from "./fold-pattern.ts";
import { type PartnerHit, readPartnerList } from "./partner-lists.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingLevel, MeetingSeries } from "./types.ts";

export interface DescribedMeeting {
  start: number;
  end: number;
  series: MeetingSeries;
  partner: string | null;
  /** Null: the sentence's context decides. */
  level: MeetingLevel | null;
}

const MINISTERS = DESCRIBED_MINISTERS.map((d) => `(${alternation(d.forms)})`).join("|");
const PAIR = new RegExp(`${FOLD_START}(?:${MINISTERS})\\s+${fragmentSource(DESCRIBED_ASEAN_SIDE)}`, "gu");
const MET = new RegExp(`${FOLD_START}${fragmentSource(MET_WITH)}`, "gu");
const MEETING_WORD = new RegExp(`${FOLD_START}(?:${alternation(DESCRIBED_MEETING_WORDS)})${FOLD_END}`, "u");
const PLUS_THREE = [...PLUS_THREE_PARTNERS].sort().join();

function sentenceHolds(view: TextView, at: number, re: RegExp | string): boolean {
  const s = view.sentences.at(at);
  const text = view.fold.slice(s.start, s.end);
  return typeof re === "string" ? text.includes(re) : re.test(text);
}

const distinct = (partners: PartnerHit[]) => {
  const seen = new Set<string>();
  return partners.filter((p) => !seen.has(p.code) && seen.add(p.code));
};

/** The described meetings of a text, in text order. */
export function findDescribedMeetings(view: TextView): DescribedMeeting[] {
  const out: DescribedMeeting[] = [];
  if (!view.fold.includes("asean")) return out;
  for (const m of view.fold.matchAll(PAIR)) {
    if (!sentenceHolds(view, m.index, MEETING_WORD)) continue;
    const level = DESCRIBED_MINISTERS[m.slice(1).findIndex((g) => g !== undefined)]?.level ?? null;
    const list = readPartnerList(view, m.index + m[0].length);
    for (const p of distinct(list?.partners ?? [])) {
      out.push({ start: m.index, end: p.end, series: "ASEAN_PLUS_ONE", partner: p.code, level });
    }
  }
  for (const m of view.fold.matchAll(MET)) {
    if (!sentenceHolds(view, m.index, "asean")) continue;
    const partners = distinct(readPartnerList(view, m.index + m[0].length)?.partners ?? []);
    const codes = partners
      .map((p) => p.code)
      .sort()
      .join();
    const last = partners[partners.length - 1];
    if (!last) continue;
    if (codes === PLUS_THREE) {
      out.push({ start: m.index, end: last.end, series: "ASEAN_PLUS_THREE", partner: null, level: null });
      continue;
    }
    for (const p of partners) {
      out.push({ start: m.index, end: p.end, series: "ASEAN_PLUS_ONE", partner: p.code, level: null });
    }
  }
  return out;
}
