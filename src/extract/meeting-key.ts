/**
 * Canonical meeting keys (DESIGN.md §2), so that two articles reporting one meeting point at
 * one Meeting row: numbered meetings by series and edition (`AMM-58`, `ARF-32`), with the level
 * for series numbered per level (`MEKONG_JAPAN-FM-16`) and the partner for those numbered per
 * partner and level (`ASEAN_PLUS_ONE-RU-SOM-1`); unnumbered ones by series, partner, level and
 * year (`ASEAN_PLUS_ONE-JP-FM-2025`, `ASEAN_PLUS_THREE-EM-2025`, `ASEAN_SUMMIT-LEADERS-2025`).
 * Meetings of series OTHER carry their sub-series (`OTHER-ACF-11`, `OTHER-ADMM-2025`).
 *
 * An unnumbered meeting whose year the text does not give is keyed `…-UNDATED` here, which is
 * no identity: the foreign ministers' meetings of ASEAN with Japan of every year would share it.
 * The store completes such a key when it saves the article (src/store/save-statement.ts): with
 * the year another article of the same story gives the same kind of meeting, else with the
 * article (`ASEAN_PLUS_ONE-JP-FM-UNDATED-A42`, see {@link articleScopedKey}), so that it is never
 * merged with another article's meeting.
 */
import { LEVEL_VOCABULARY, SERIES_VOCABULARY } from "./data/meetings.ts";
import { otherIdFromName } from "./meeting-names.ts";
import { foldKey } from "./normalize.ts";
import type { MeetingFact } from "./types.ts";

/** Year part of the key of an unnumbered meeting whose year is unknown. */
export const UNDATED = "UNDATED";

/**
 * The key without its year part (`ASEAN_PLUS_ONE-JP-FM-`) when the key is one of an unnumbered
 * meeting of unknown year (`ASEAN_PLUS_ONE-JP-FM-UNDATED`); null for any other key. A year
 * appended to it gives the key of that year's meeting.
 */
export function undatedStem(key: string): string | null {
  return key.endsWith(`-${UNDATED}`) ? key.slice(0, -UNDATED.length) : null;
}

// `OTHER-AMAF-40`, `OTHER-ASEAN_GCC_CN-2023`, `OTHER-ADMM_PLUS-UNDATED`: the sub-series, then the
// edition, year or UNDATED (see meetingKey).
const OTHER_KEY = /^OTHER-(.+)-[^-]+$/;

/** The sub-series of OTHER a key names (`OTHER-AMAF-40` → `AMAF`); null for any other key. */
export function otherIdOfKey(key: string): string | null {
  return OTHER_KEY.exec(key)?.[1] ?? null;
}

/**
 * The stored key of a meeting of unknown year reported by the article of id `articleId`:
 * `ASEAN_PLUS_ONE-JP-FM-UNDATED-A42`. The save function builds the same string in SQL.
 */
export function articleScopedKey(key: string, articleId: number): string {
  return `${key}-A${articleId}`;
}

const NUMBERING = new Map(SERIES_VOCABULARY.map((s) => [s.series, s.numbering]));
const ABBR = new Map(LEVEL_VOCABULARY.map((l) => [l.level, l.abbr]));

export type KeyFields = Pick<MeetingFact, "series" | "partner" | "level" | "number" | "year"> & {
  /** Used for series OTHER when `otherId` is not given. */
  name?: string;
  /** Sub-series of OTHER (`ACF`). */
  otherId?: string | null;
};

/**
 * The canonical key of a meeting. Stores can recompute it from a stored fact; for series OTHER
 * the sub-series is read back from the name (`Diễn đàn Kết nối ASEAN` → `ACF`).
 */
export function meetingKey(m: KeyFields): string {
  const abbr = ABBR.get(m.level) ?? "OTHER";
  if (m.series === "OTHER") {
    const id = m.otherId ?? otherIdFromName(foldKey(m.name ?? "")) ?? "UNKNOWN";
    return `OTHER-${id}-${m.number ?? m.year ?? UNDATED}`;
  }
  if (m.number !== null) {
    const numbering = NUMBERING.get(m.series) ?? "series";
    if (numbering === "series") return `${m.series}-${m.number}`;
    const partner = numbering === "partner-level" && m.partner ? `${m.partner}-` : "";
    return `${m.series}-${partner}${abbr}-${m.number}`;
  }
  const partner = m.partner ? `${m.partner}-` : "";
  return `${m.series}-${partner}${abbr}-${m.year ?? UNDATED}`;
}
