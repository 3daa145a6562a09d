/**
 * Countries named by a one-syllable form inside a dashed compound of countries: `Mỹ-Trung`,
 * `Hàn-Trung-Nhật`, `Việt - Lào`, `Hàn-ASEAN`. Every part of the compound must be a country
 * (a full name already found, or a short form) or ASEAN, and one at least a full name or
 * ASEAN, so that `miền Trung - Tây Nguyên` or `Trung-Hàn` alone say nothing.
 */
import type { CountryMention } from "./countries.ts";
import { COMPOUND_SHORT_FORMS, LANGUAGE_WORDS } from "./data/countries.ts";

const PART = "\\p{Lu}[\\p{L}\\p{M}]*";
const COMPOUND = new RegExp(`(?<![\\p{L}\\p{M}])${PART}(?:\\s?[-–—]\\s?${PART})+`, "gu");
const LANGUAGE_BEFORE = new RegExp(`(?:${LANGUAGE_WORDS.join("|")})\\s+$`, "iu");

/**
 * The short-form mentions in compounds, given the full-name mentions already found (in text
 * order). Runs only on compounds whose parts are all countries or ASEAN.
 */
export function findCompoundShortForms(text: string, mentions: readonly CountryMention[]): CountryMention[] {
  const out: CountryMention[] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const m of text.matchAll(COMPOUND)) {
    if (!Object.keys(COMPOUND_SHORT_FORMS).some((f) => m[0].includes(f))) continue;
    if (LANGUAGE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const found: CountryMention[] = [];
    let anchored = false;
    let ok = true;
    for (const part of m[0].matchAll(new RegExp(PART, "gu"))) {
      const start = m.index + part.index;
      const full = byStart.get(start);
      const short = COMPOUND_SHORT_FORMS[part[0]];
      if (full || part[0] === "ASEAN") anchored = true;
      else if (short) found.push({ code: short, start, end: start + part[0].length, territory: false });
      else {
        ok = false;
        break;
      }
    }
    if (ok && anchored) out.push(...found);
  }
  return out;
}
