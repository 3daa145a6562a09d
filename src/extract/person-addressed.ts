/**
 * People named with only a word of address in front (`ông Kitti Prasirtsuk`, `Mr. John Doe`):
 * real press often quotes analysts, officials and spokespeople that way. Only full names count
 * (two words or more); a lone `ông Park` is a short reference, resolved elsewhere.
 */
import { findCountryMentions } from "./countries.ts";
import { NAME_INTRODUCERS } from "./data/roles.ts";
import { escapeRegex } from "./lexicon-regex.ts";
import { parseNameRun } from "./person-names.ts";
import type { TitledName } from "./person-titles.ts";
import type { TextView } from "./text-view.ts";

// Both `ông` and `Ông`; the name must follow on the same line, after one space.
const FORMS = NAME_INTRODUCERS.flatMap((w) => [w, (w[0] ?? "").toUpperCase() + w.slice(1)]);
const ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${FORMS.map(escapeRegex).join("|")}) (?=\\p{Lu})`, "gu");

/**
 * Every full name right after a word of address, in text order, as a titled name with no
 * titles (so no role, and the country from the name or its sentence). Spans that a title
 * chain already introduces (`Bộ trưởng …, ông Zafrul Abdul Aziz`) are left to it: pass
 * their starts as `taken`.
 */
export function findAddressedNames(view: TextView, taken: ReadonlySet<number>): TitledName[] {
  const mentions = findCountryMentions(view);
  const out: TitledName[] = [];
  for (const m of view.text.matchAll(ADDRESS)) {
    const start = m.index + m[0].length;
    if (taken.has(start)) continue;
    const run = parseNameRun(view.text, start);
    if (!run || run.tokens.length < 2) continue;
    // `ông Nhật Bản`, `Mr. Prime Minister`: a country or an office, not a name.
    if (mentions.some((c) => c.start < run.end && c.end > run.start)) continue;
    if (OFFICE_WORDS.test(run.name)) continue;
    const { end, name, tokens } = run;
    out.push({ start, end, name, tokens, titles: [], country: null, international: false });
  }
  return out;
}

/** Words that make a capitalised run an office or a body rather than a person's name. */
const OFFICE_WORDS =
  /(?:^|\s)(?:President|Prime|Minister|Secretary|Chairman|Chairwoman|Ambassador|Deputy|Vice|General|Speaker|Director|Governor|Senator|Bộ|Thủ|Chủ|Tổng|Phó|Đại|Sứ|Thứ|Ngoại)(?:\s|$)/u;
