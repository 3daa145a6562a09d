/**
 * Canonical meeting names in Vietnamese and English, generated from what identifies a meeting
 * (series, partner, level, edition) rather than copied from one article's wording, so that every
 * article reporting a meeting gives its row the same name: `Hội nghị Bộ trưởng Kinh tế ASEAN –
 * Nhật Bản` / `ASEAN–Japan Economic Ministers' Consultation`, `Hội nghị Bộ trưởng Ngoại giao
 * ASEAN lần thứ 58` / `58th ASEAN Foreign Ministers' Meeting`. The year is not part of the name:
 * it is a field of its own.
 */
import { countryByCode } from "./countries.ts";
import {
  LEVEL_TITLES,
  OTHER_TITLES,
  PARTNER_TITLES,
  PMC_TITLES,
  SERIES_SUBJECTS,
  UNKNOWN_PARTNER,
} from "./data/meeting-titles.ts";
import { EN_ORDINALS } from "./data/ordinals.ts";
import { wordAlternation } from "./fold-pattern.ts";
import { otherIdFromName } from "./meeting-names.ts";
import { foldKey } from "./normalize.ts";
import type { MeetingFact } from "./types.ts";

export interface MeetingTitle {
  vi: string;
  en: string;
  /** The name is the text's own wording (a sub-series no table names), not generated. */
  fromText?: true;
}

export type TitleFields = Pick<MeetingFact, "series" | "partner" | "level" | "number"> & {
  /** The name as the text gives it: the sub-series of OTHER is read from it, and it is the
   * last resort for a sub-series the tables do not name. */
  name?: string;
  /** Sub-series of OTHER (`ACF`), when known. */
  otherId?: string | null;
};

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
export function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** The partner's name in meeting names, in both languages; the code itself when unknown. */
function partnerTitle(code: string | null): MeetingTitle {
  if (code === null) return UNKNOWN_PARTNER;
  const entry = countryByCode(code);
  const own = PARTNER_TITLES[code];
  return { vi: own?.vi ?? entry?.vi ?? code, en: own?.en ?? entry?.en ?? code };
}

const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");

/** Puts the edition on a base name: `58th …`, `… lần thứ 58`. */
function numbered(base: MeetingTitle, n: number | null): MeetingTitle {
  if (n === null) return base;
  return { ...base, vi: `${base.vi} lần thứ ${n}`, en: `${englishOrdinal(n)} ${base.en}` };
}

const WHITESPACE_RUN = /\s+/g;
// The edition a text's name already carries (`16th ASEAN Economic Community Council Meeting`,
// `Hội nghị Bộ trưởng ASEAN về quản lý thiên tai lần thứ 11`, `first annual …`): left out, so
// that the name takes the meeting's edition once.
const LEADING_EDITION = new RegExp(
  `^(?:the\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)|${wordAlternation(Object.keys(EN_ORDINALS))})\\s+`,
  "iu",
);
const TRAILING_EDITION = /\s+lần\s+thứ\s+(?:\d{1,3}|\p{L}+)$/iu;

function withoutEdition(name: string): string {
  const stripped = name.replace(LEADING_EDITION, "").replace(TRAILING_EDITION, "").trim();
  return stripped === "" ? name : stripped;
}

function otherTitle(m: TitleFields): MeetingTitle {
  const id = m.otherId ?? otherIdFromName(foldKey(m.name ?? ""));
  const own = id ? OTHER_TITLES[id] : undefined;
  if (own?.whole) return { vi: own.vi, en: own.en };
  if (own) {
    const level = LEVEL_TITLES[m.level];
    return { vi: join(level.vi, own.vi), en: join(own.en, level.en) };
  }
  const text = (m.name ?? "").replace(WHITESPACE_RUN, " ").trim();
  const fallback = (m.number === null ? text : withoutEdition(text)) || (id ?? "ASEAN meeting");
  return { vi: fallback, en: fallback, fromText: true };
}

/**
 * The canonical names of a meeting. Partner names come from the country gazetteer, with the
 * forms ASEAN prints in meeting names (`Republic of Korea`, `Hoa Kỳ`); a sub-series of OTHER the
 * tables do not know is named as the text names it.
 */
export function meetingTitle(m: TitleFields): MeetingTitle {
  if (m.series === "OTHER") return numbered(otherTitle(m), m.number);
  const partner = partnerTitle(m.partner);
  if (m.series === "PMC") {
    const base = m.partner
      ? {
          vi: PMC_TITLES.vi + PMC_TITLES.withVi.replace("{partner}", partner.vi),
          en: PMC_TITLES.en + PMC_TITLES.withEn.replace("{partner}", partner.en),
        }
      : { vi: PMC_TITLES.vi, en: PMC_TITLES.en };
    return numbered(base, m.number);
  }
  const subject = SERIES_SUBJECTS[m.series] ?? { vi: m.series, en: m.series };
  const level = LEVEL_TITLES[m.level];
  const plusOneUnknown = m.series === "ASEAN_PLUS_ONE" && m.partner === null;
  const subjectVi = plusOneUnknown ? partner.vi : subject.vi.replace("{partner}", partner.vi);
  const subjectEn = plusOneUnknown ? partner.en : subject.en.replace("{partner}", partner.en);
  const head = subject.viHeads?.[m.level] ?? level.vi;
  const tail = subject.enTails?.[m.level] ?? level.en;
  return numbered({ vi: join(head, subjectVi), en: join(subjectEn, tail) }, m.number);
}
