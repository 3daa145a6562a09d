/**
 * People named with only a word of address or a descriptive noun in front (`ông Kitti
 * Prasirtsuk`, `Mr. John Doe`, `chuyên gia Lê Văn A`, `analyst Jane Roe`):
 * real press often quotes analysts, officials and spokespeople that way. Only full names count
 * (two words or more); a lone `ông Park` is a short reference, resolved elsewhere.
 */
import { countryNameAt, findCountryMentions } from "./countries.ts";
import { NAME_DESCRIPTORS, NAME_INTRODUCERS } from "./data/roles.ts";
import { VIETNAMESE_LETTERS, VIETNAMESE_SURNAMES } from "./data/vietnamese-names.ts";
import { execAll, FOLDED_WORD_END, FOLDED_WORD_START, separatorView, trieSource } from "./lexicon-regex.ts";
import { foldText } from "./normalize.ts";
import { parseNameRun } from "./person-names.ts";
import type { TitledName } from "./person-titles.ts";
import type { TextView } from "./text-view.ts";

// Both `ông` and `Ông`, as printed. They are found with a prefix tree on the separator view
// (folded, fast) and then checked against the text; the name follows after one space.
const FORMS = new Set(
  [...NAME_INTRODUCERS, ...NAME_DESCRIPTORS].flatMap((w) => [w, (w[0] ?? "").toUpperCase() + w.slice(1)]),
);
const SURNAMES = new Set<string>(VIETNAMESE_SURNAMES);
const ADDRESS = new RegExp(
  `${FOLDED_WORD_START}${trieSource([...FORMS].map(foldText))}${FOLDED_WORD_END}`,
  "g",
);
const UPPER = /\p{Lu}/u;

const DOT_OR_APOSTROPHE = /[.'’]/;
/** `bin ` / `binti ` just before: a patronymic (`Khairuddin bin Haji …`). */
const PATRONYMIC_BEFORE = /(?:^|\s)[Bb]int?i? $/;

/** Where a name may start: one space after a word of address that is not followed by another. */
function nameStarts(view: TextView): number[] {
  const hits: number[] = [];
  for (const m of execAll(ADDRESS, separatorView(view))) {
    const end = m.index + m[0].length;
    if (!FORMS.has(view.canon.slice(m.index, end))) continue;
    if (DOT_OR_APOSTROPHE.test(view.text[m.index - 1] ?? "")) continue;
    // `Khairuddin bin Haji Abdul Hamid`: a word of address inside a patronymic is part of the name.
    if (PATRONYMIC_BEFORE.test(view.text.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (view.text[end] === " " && UPPER.test(view.text[end + 1] ?? "")) hits.push(end + 1);
  }
  // `Datuk Seri Lim …`: a start that is itself a word of address gives way to the next one.
  return hits.filter((h) => !isAddressAt(view, h));
}

const ONE_OR_TWO_WORDS = /^\S+(?: \S+)?/;

function isAddressAt(view: TextView, at: number): boolean {
  const words = ONE_OR_TWO_WORDS.exec(view.canon.slice(at, at + 24))?.[0] ?? "";
  return FORMS.has(words) || FORMS.has(words.split(" ")[0] ?? "");
}

/**
 * Every full name right after a word of address, in text order, as a titled name with no
 * titles (so no role, and the country from the name or its sentence). Spans that a title
 * chain already introduces (`Bộ trưởng …, ông Zafrul Abdul Aziz`) are left to it: pass
 * their starts as `taken`.
 */
export function findAddressedNames(view: TextView, taken: ReadonlySet<number>): TitledName[] {
  const mentions = findCountryMentions(view);
  const out: TitledName[] = [];
  for (const start of nameStarts(view)) {
    if (taken.has(start)) continue;
    const run = parseNameRun(view.text, start);
    if (!run || run.tokens.length < 2) continue;
    // `ông Nhật Bản`, `chuyên gia Đông Nam Á`, `Mr. Prime Minister`: a place or an office.
    if (mentions.some((c) => c.start < run.end && c.end > run.start)) continue;
    if (placeWithin(view, run.start, run.end)) continue;
    if (OFFICE_WORDS.test(run.name)) continue;
    // A Vietnamese name opens with a family name; `chuyên gia Quỹ Tiền tệ` names a body.
    if (VIETNAMESE_LETTERS.test(run.name) && !SURNAMES.has(run.tokens[0] as string)) continue;
    const { end, name, tokens } = run;
    out.push({ start, end, name, tokens, titles: [], country: null, international: false });
  }
  return out;
}

/** Words that make a capitalised run an office, a body or a firm rather than a person's name. */
const OFFICE_WORDS =
  /(?:^|\s)(?:President|Prime|Minister|Secretary|Chairman|Chairwoman|Ambassador|Deputy|Vice|General|Speaker|Director|Governor|Senator|University|Institute|Center|Centre|Council|Association|Foundation|Bank|Group|Agency|Ministry|Department|Committee|Office|Forum|International|Global|Research|Studies|Economics|Capital|Partners|Policy|Strategic|Institution|Company|Corporation|Holdings|Limited|Ltd|Inc|Bộ|Thủ|Chủ|Tổng|Phó|Đại|Sứ|Thứ|Ngoại|Viện|Trường|Trung)(?:\s|$)/u;

const WHITESPACE = /\s/;

/**
 * Whether a country or region name (`Đông Nam Á`, `Biển Đông`) opens the span or lies within
 * it over two words or more; a one-word country inside a name is part of it (`Nguyễn Tuấn Anh`).
 */
function placeWithin(view: TextView, start: number, end: number): boolean {
  let at = start;
  while (at < end) {
    const place = countryNameAt(view, at);
    if (place && (at === start || WHITESPACE.test(place.trim()))) return true;
    const space = view.text.indexOf(" ", at);
    if (space < 0) break;
    at = space + 1;
  }
  return false;
}
