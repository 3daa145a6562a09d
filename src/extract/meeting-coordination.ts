/**
 * Frameworks named one after the other under one head (`Hội nghị Quan chức cao cấp (SOM) ASEAN,
 * ASEAN+3 (APT) và Cấp cao Đông Á (EAS)`, `Hội nghị cấp cao đặc biệt ASEAN và ASEAN+3`): each
 * is its own meeting, at the level of the name they follow.
 */
import { COORDINATED_CORES } from "./data/meetings.ts";
import { fragmentSource } from "./fold-pattern.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingSeries } from "./types.ts";

export interface CoordinatedName {
  start: number;
  end: number;
  series: MeetingSeries;
  /** The partner of an `ASEAN – X` pair in the list (ASEAN+1). */
  partner?: string;
  /** `ASEAN – Liên Hợp Quốc`: a pair with the United Nations (OTHER). */
  otherId?: string;
}

const UNITED_NATIONS = /^(?:lien\s+hop\s+quoc|united\s+nations|un)(?![a-z])/u;

/** Resolves a dialogue partner named at a position (partner-lists.ts). */
export type PartnerAt = (view: TextView, pos: number) => { code: string; end: number } | null;

// `…, ASEAN – New Zealand`: a pair with one partner in the list.
const NEXT_PAIR = /(?:\s*\([^()\n]{1,48}\))?\s*(?:,\s*(?:(?:va|and)\s+)?|\s+(?:va|and)\s+)asean\s*[-–‐]\s*/uy;
const ASEAN_WORD = /asean/u;

const CORES = COORDINATED_CORES.map((c) => `(${fragmentSource(c.pattern)})`).join("|");
// A bracket after the previous name (`(SOM)`, `(với Trung Quốc, Nhật Bản, Hàn Quốc)`), then `,`
// or `và` / `and`, then one framework with its acronym.
const NEXT = new RegExp(
  `(?:\\s*\\([^()\\n]{1,48}\\))?\\s*(?:,\\s*(?:(?:va|and)\\s+)?|\\s+(?:va|and)\\s+)(?:${CORES})(?![\\p{L}\\p{N}])(?:\\s*\\([a-z+\\s]{2,12}\\))?`,
  "uy",
);

/** The frameworks listed right after a name ending at `end`, in text order. */
export function coordinatedNames(view: TextView, end: number, partnerAt: PartnerAt): CoordinatedName[] {
  const out: CoordinatedName[] = [];
  let at = end;
  for (;;) {
    NEXT.lastIndex = at;
    const m = NEXT.exec(view.fold);
    if (!m) {
      NEXT_PAIR.lastIndex = at;
      const pair = NEXT_PAIR.exec(view.fold);
      if (!pair) return out;
      const start = at + pair[0].search(ASEAN_WORD);
      const after = at + pair[0].length;
      const hit = partnerAt(view, after);
      const un = hit ? null : UNITED_NATIONS.exec(view.fold.slice(after, after + 16));
      if (hit) out.push({ start, end: hit.end, series: "ASEAN_PLUS_ONE", partner: hit.code });
      else if (un) out.push({ start, end: after + un[0].length, series: "OTHER", otherId: "ASEAN_UN" });
      else return out;
      at = hit?.end ?? after + (un?.[0].length ?? 0);
      continue;
    }
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const series = COORDINATED_CORES[group]?.series;
    if (!series) return out;
    const coreStart = m.index + m[0].indexOf(m[group + 1] as string);
    out.push({ start: coreStart, end: m.index + m[0].length, series });
    at = m.index + m[0].length;
  }
}

/** A pair ending right before `end`'s name, joined to it (`ASEAN-Japan and ` before `ASEAN-Korea Summits`). */
const PAIR_BEFORE =
  /(?<![\p{L}\p{N}])asean\s*(?:[-–]\s*([a-z][a-z.\s]{0,24}?)|\+\s*(3))\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

export interface PairBefore {
  start: number;
  /** Where the partner's name starts, or null for `ASEAN+3`. */
  partnerAt: number | null;
}

/**
 * English pairs listed before a name that carries the level and noun for all of them (`the
 * ASEAN-US, ASEAN+3 Foreign Ministers' Meetings`), nearest last; at most four.
 */
export function pairsBefore(view: TextView, start: number): PairBefore[] {
  const out: PairBefore[] = [];
  let at = start;
  for (let i = 0; i < 4; i++) {
    const from = Math.max(0, at - 48);
    const m = PAIR_BEFORE.exec(view.fold.slice(from, at));
    if (!m) break;
    const pairStart = from + m.index;
    const partnerAt = m[1] === undefined ? null : pairStart + m[0].indexOf(m[1]);
    out.unshift({ start: pairStart, partnerAt });
    at = pairStart;
  }
  return out;
}
