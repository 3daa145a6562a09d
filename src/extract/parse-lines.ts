/**
 * Line classifiers for parse.ts, part one: page furniture that carries no attribution — menus,
 * breadcrumbs, footers, date lines, image file names, end marks. Patterns are compiled once
 * from the folded lexicons in data/chrome.ts (see foldText).
 */
import {
  CHROME_PHRASES,
  DATE_LINE_LABELS,
  ENGLISH_MONTHS,
  FOOTER_MARKERS,
  FOOTER_MAX_LENGTH,
  IMAGE_EXTENSIONS,
  RELATED_LINK_LABELS,
  SECTION_PHRASES,
  TIME_ZONES,
  WEEKDAYS,
} from "./data/chrome.ts";
import { foldText } from "./normalize.ts";
import type { PartialDate } from "./types.ts";

/** A character with a meaning in regex syntax. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const escapeLiteral = (s: string) => s.replace(REGEX_SPECIAL, "\\$&");
/** A regex alternation of literal phrases, longest first so `thu hai` wins over `thu`. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeLiteral)
    .join("|");

const SINGLE_LETTER = /^[a-z]$/;

// Folded letter → every character that folds to it (`a` → `aAàÀáÁ…ăĂ…`), Latin and Vietnamese.
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>();
  const add = (from: number, to: number) => {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      const folded = foldText(ch);
      if (SINGLE_LETTER.test(folded)) variants.set(folded, (variants.get(folded) ?? "") + ch);
    }
  };
  add(0x41, 0x250);
  add(0x1e00, 0x1f00);
  return variants;
})();

/**
 * A regex source matching a folded lexicon entry in unfolded text, any case and diacritics
 * (`anh` → `[aA…][nN][hH]` matches `Ảnh`): lets a pattern run on the raw line, no fold needed.
 */
function unfoldedSource(folded: string): string {
  let out = "";
  for (const ch of folded) {
    const variants = VARIANTS.get(ch);
    out += variants ? `[${variants}]` : ch === " " ? "\\s+" : escapeLiteral(ch);
  }
  return out;
}

/** {@link alternation} for unfolded text: each phrase through {@link unfoldedSource}. */
export const unfoldedAlternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(unfoldedSource)
    .join("|");

/** Longest line prefix any classifier reads in folded form. */
const HEAD = 120;
let cachedHead = "";
let cachedFold = "";

/**
 * The folded first 120 characters of a line (all of a short one). Every classifier looks at
 * the same line in turn, so the last result is kept: one fold per line instead of one per test.
 */
export function foldHead(line: string): string {
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  if (head !== cachedHead) {
    cachedHead = head;
    cachedFold = foldText(head);
  }
  return cachedFold;
}

const SEPARATORS = "[\\s|•·/>»›:,.*\\-–—]";
const CHROME_LINE = new RegExp(`^(?:${SEPARATORS}+|(?:${alternation(CHROME_PHRASES)})(?![a-z0-9]))+$`);
const SECTION_LINE = new RegExp(
  `^(?:${SEPARATORS}+|(?:${alternation([...CHROME_PHRASES, ...SECTION_PHRASES])})(?![a-z0-9]))+$`,
);
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

const RELATED_LINK = new RegExp(`^(?:${alternation(RELATED_LINK_LABELS)})\\s*:`);

/**
 * A line of navigation chrome (`Underline menu menu close`), of punctuation only, or a link to
 * another article (`Also Read: ASEAN Secretary General joins 55th AEM meeting`).
 */
export function isChromeLine(line: string): boolean {
  return (
    NO_WORDS.test(line) ||
    TICKER.test(line) ||
    (line.length <= HEAD && CHROME_LINE.test(foldHead(line))) ||
    (line.length <= 200 && RELATED_LINK.test(foldHead(line)))
  );
}

// A ticker or menu of other headlines on one line: three or more ` | ` separators between
// short items (`Deadly Collision Claims 67 Lives … | At Least 30 Dead … | …`).
const TICKER = /^(?:[^|\n]{2,160}\s\|\s){3,}[^|\n]{0,160}\|?\s*$/u;

/** Section names and breadcrumbs (`Thời sự > Quốc tế`): chrome only above the article text. */
export function isSectionLine(line: string): boolean {
  return line.length <= 80 && SECTION_LINE.test(foldHead(line));
}

const FOOTER_START = new RegExp(`^(?:${alternation(FOOTER_MARKERS)})(?![a-z0-9])`);
const LIST_DATE_END = /\s\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

/** A line that opens a page footer (`Tổng số bài đăng 362.`, `Tiêu đề Ngày`, `Tin liên quan`). */
export function isFooterMarker(line: string): boolean {
  return line.length <= FOOTER_MAX_LENGTH && FOOTER_START.test(foldHead(line));
}

/** An entry of a list of other headlines: text ending with a `dd-mm-yyyy` date. */
export function isDatedListEntry(line: string): boolean {
  return LIST_DATE_END.test(line);
}

// ---- date lines -------------------------------------------------------------------------

const MONTH_NAMES = alternation(Object.keys(ENGLISH_MONTHS));
const DATE_FORMS: readonly { re: RegExp; order: "dmy" | "ymd" | "mdy-name" | "dmy-name" }[] = [
  { re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, order: "ymd" },
  { re: /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/, order: "dmy" },
  { re: /(?<!\d)(\d{1,2}) thang (\d{1,2}),? nam (\d{4})(?!\d)/, order: "dmy" },
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`),
    order: "mdy-name",
  },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_NAMES})\\.?,? (\\d{4})(?!\\d)`),
    order: "dmy-name",
  },
];
const DATE_LABEL = new RegExp(`^(?:${alternation(DATE_LINE_LABELS)})\\s*:?\\s*`);
const WEEKDAY = new RegExp(`^(?:${alternation(WEEKDAYS)})\\b\\.?\\s*,?\\s*`);
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?(?![\d])/g;
const ZONE = new RegExp(
  `\\(?\\b(?:${alternation(TIME_ZONES)})\\s*(?:[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?`,
  "g",
);
const LEFTOVER = /^[\s,|\-–—/()]*$/;

function toDate(m: RegExpExecArray, order: (typeof DATE_FORMS)[number]["order"]): PartialDate | null {
  const [a, b, c] = [m[1] ?? "", m[2] ?? "", m[3] ?? ""];
  const month = (s: string) => ENGLISH_MONTHS[s] ?? Number(s);
  const [year, mon, day] =
    order === "ymd"
      ? [Number(a), Number(b), Number(c)]
      : order === "dmy"
        ? [Number(c), Number(b), Number(a)]
        : order === "mdy-name"
          ? [Number(c), month(a), Number(b)]
          : [Number(c), month(b), Number(a)];
  if (year < 1900 || year > 2100 || mon < 1 || mon > 12 || day < 1 || day > 31) return null;
  return { year, month: mon, day };
}

/**
 * The date of a line that holds nothing but a date (with optional time, time zone, weekday
 * and label): `02:44 - 26/07/2025`, `Thứ Năm, 10/07/2025 14:30 (GMT+7)`, `July 10, 2025`.
 * Returns null for any line with other words in it.
 */
export function parseDateLine(line: string): PartialDate | null {
  if (line.length > 80) return null;
  const rest = foldHead(line).trim().replace(DATE_LABEL, "").replace(WEEKDAY, "");
  for (const form of DATE_FORMS) {
    const m = form.re.exec(rest);
    if (!m) continue;
    const left = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`
      .replace(TIME, " ")
      .replace(ZONE, " ");
    return LEFTOVER.test(left) ? toDate(m, form.order) : null;
  }
  return null;
}

const IMAGE_NAME = new RegExp(`^(?:[\\w.-]*_[\\w.-]*|[\\w.-]+\\.(?:${IMAGE_EXTENSIONS.join("|")}))$`, "i");

const URL_START = /^https?:/i;

/** An image file name left on its own line by a crawler (`asean_znga`, `photo-1.jpg`). */
export function isImageName(line: string): boolean {
  return line.length <= 120 && !URL_START.test(line) && IMAGE_NAME.test(line);
}

// `thu tuong se tham du hoi nghi cap cao ky niem asean an do`: a picture's alt text or page slug,
// the headline with its diacritics, capitals and punctuation stripped. Five words at least.
const SLUG_LINE = /^[a-z0-9]+(?: [a-z0-9]+){4,}$/;

/** A headline stripped to bare lowercase words, left by a crawler as a picture's alt text. */
export function isSlugLine(line: string): boolean {
  return line.length <= 160 && SLUG_LINE.test(line);
}

/** Sentence punctuation at the end, before any closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;

/** Ends like a sentence (so it is text, not an unlabelled caption or a headline). */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/**
 * Removes the Vietnamese end-of-article mark (`… chung./.`, `… nhau /.`), keeping or adding the
 * sentence's own period.
 */
export function stripEndMark(line: string): string {
  if (!line.endsWith("/.")) return line;
  const text = line.slice(0, -2).trimEnd();
  return endsSentence(text) || text === "" ? text : `${text}.`;
}
