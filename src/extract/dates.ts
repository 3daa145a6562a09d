/**
 * Dates named in an article body, Vietnamese and English: days (`ngày 24/9`, `Chiều 10/7/2025`,
 * `Ngày 29-8`, `24 September 2025`), ranges (`12-14 tháng 8 năm 2025`, `8-10 July 2025`),
 * months (`tháng 10/2025`, `in July 2025`) and years (`năm 2020`, `cuối năm 2025`,
 * `đầu năm nay`, `late 2025`).
 *
 * A date whose text names no year takes the caller's reference year — never the clock. With no
 * reference year such a date cannot be placed, and {@link findDates} leaves it out;
 * {@link scanDates} still reports it (year null) for callers that learn the year elsewhere.
 */
import {
  EN_MONTH_PREPOSITIONS,
  EN_MONTHS,
  EN_PERIOD_PARTS,
  EN_RELATIVE_YEARS,
  EN_THIS_MONTH,
  EN_YEAR_PREPOSITIONS,
  VI_DAY_PREFIXES,
  VI_PERIOD_PARTS,
  VI_RANGE_JOINERS,
  VI_RELATIVE_BLOCKERS,
  VI_RELATIVE_YEARS,
  VI_YEAR_INFIXES,
  YEAR_MAX,
  YEAR_MIN,
} from "./data/dates.ts";
import { lowerCanon } from "./fold-pattern.ts";
import { escapeRegex, execAll } from "./lexicon-regex.ts";
import type { TextView } from "./text-view.ts";
import type { PartialDate } from "./types.ts";

/** One date expression in the text, placed in time. */
export interface DateMention {
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  date: PartialDate;
  /** Last day of a range (`12-14 tháng 8` → the 14th), else null. */
  endDate: PartialDate | null;
  /** True when the year came from the reference year, not from the text. */
  yearInferred: boolean;
}

/** A date expression before it is placed in a year. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  /** The year the text states, or null. */
  year: number | null;
  /** For relative years (`năm nay` = 0, `năm ngoái` = -1), the offset from the reference year. */
  offset: number | null;
  month: number | null;
  day: number | null;
  endDay: number | null;
}

const SPACE = / /g;

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegex(w).replace(SPACE, "\\s+"))
    .join("|");

// Letters of both languages, without the `u` flag: Vietnamese letters are all in the BMP, and
// non-Unicode patterns that start at a digit or a literal let the engine skip ahead quickly.
const WORD_CHAR = "0-9A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
const L = `(?<![${WORD_CHAR}])`;
const R = `(?![${WORD_CHAR}])`;
const PERIOD = alt(VI_PERIOD_PARTS);
const JOIN = `\\s*(?:${alt(VI_RANGE_JOINERS)})\\s*`;
// Full names and abbreviations; only an abbreviation takes a full stop (`Sept. 24`), so the stop
// that ends a sentence (`… in October.`) stays out of the span.
const MONTH = [...EN_MONTHS.flatMap(([full, ...short]) => [full, ...short.map((a) => `${a}\\.?`)])]
  .sort((a, b) => b.length - a.length)
  .join("|");

// Vietnamese patterns run on the lower-cased tone-canonical view. A day starts at its digits;
// its prefix (`ngày`, `chiều`) is looked up behind it.
const VI_DAY = new RegExp(
  `${L}(\\d{1,2})(?:${JOIN}(\\d{1,2}))?(?:\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\3\\s*(\\d{4}))?|\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm\\s+|/\\s*|-\\s*)(\\d{4}))?)${R}`,
  "g",
);
const VI_DAY_PREFIX = new RegExp(`(?:^|[^${WORD_CHAR}])((?:${alt(VI_DAY_PREFIXES)})\\s+)$`);
// Months, years and relative years all start at `tháng` or `năm`; a period word before them
// (`cuối năm 2025`) and words that change a relative year's meaning are looked up behind.
const VI_MONTH_YEAR = new RegExp(
  [
    `${L}(?:tháng\\s+(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4})|\\s+năm\\s+(\\d{4}))?`,
    `|năm\\s+(?:(?:${alt(VI_YEAR_INFIXES)})\\s+)?(\\d{4})(?!\\s*[-–]\\s*\\d)`,
    `|(${alt(VI_RELATIVE_YEARS.map((r) => r.words))}))${R}`,
  ].join(""),
  "g",
);
const VI_PERIOD_LEAD = new RegExp(`(?:^|[^${WORD_CHAR}])((?:${PERIOD})\\s+)$`);
const VI_RELATIVE_BLOCKED = new RegExp(`(?:\\d|(?:^|[^${WORD_CHAR}])(?:${alt(VI_RELATIVE_BLOCKERS)}))\\s+$`);

// English patterns run on the text as printed.
const EN_DAY_FIRST = new RegExp(
  `${L}(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+(${MONTH})(?![A-Za-z])(?:,?\\s+(\\d{4})${R})?`,
  "g",
);
const EN_MONTH_FIRST = new RegExp(
  `${L}(${MONTH})(?![A-Za-z])\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?![0-9])(?:,?\\s+(\\d{4})${R})?`,
  "g",
);
// `July 2025`, and a month alone after `in`/`for` or a period word (`in October`, `late July`).
const EN_MONTH_YEAR = new RegExp(`${L}(${MONTH})(?![A-Za-z])(?:,?\\s+(\\d{4})${R}|(?!\\s*,?\\s*\\d))`, "g");
// A bare year is a date only after `in`/`during` (left out of the span) or `late`/`mid-` (kept).
const EN_YEAR = new RegExp(`${L}(\\d{4})${R}(?!\\s*[-–]\\s*\\d)`, "g");
const EN_YEAR_LEAD = new RegExp(
  `(?:^|[^${WORD_CHAR}])(?:(?:${alt(EN_YEAR_PREPOSITIONS)})\\s+|((?:${alt(EN_PERIOD_PARTS)})\\s*))$`,
);
const EN_MONTH_LEAD = new RegExp(
  `(?:^|[^${WORD_CHAR}])(?:(?:${alt(EN_MONTH_PREPOSITIONS)})\\s+|((?:${alt(EN_PERIOD_PARTS)})\\s*))$`,
);
const EN_PERIOD_LEAD = new RegExp(`(?:^|[^${WORD_CHAR}])((?:${alt(EN_PERIOD_PARTS)})\\s*)$`);
const EN_RELATIVE = new RegExp(`${L}(${alt(EN_RELATIVE_YEARS.map((r) => r.words))})${R}`, "g");
const EN_THIS_LEAD = new RegExp(`(?:^|[^${WORD_CHAR}])((?:${alt(EN_THIS_MONTH)})\\s+)$`);
const EN_RELATIVE_AFTER = new RegExp(`^\\s+(${alt(EN_RELATIVE_YEARS.map((r) => r.words))})${R}`);
const EN_RELATIVE_LEAD = /(?:^|[^A-Za-z])((?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)$/;

const RELATIVE_OFFSET = new Map<string, number>(
  [...VI_RELATIVE_YEARS, ...EN_RELATIVE_YEARS].map((r) => [r.words, r.offset]),
);
const MONTH_NUMBER = new Map<string, number>(EN_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1])));
const monthNumber = (written: string | undefined) =>
  MONTH_NUMBER.get((written ?? "").replace(".", "")) ?? null;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

function valid(d: RawDate): boolean {
  if (d.year !== null && (d.year < YEAR_MIN || d.year > YEAR_MAX)) return false;
  if (d.month !== null && (d.month < 1 || d.month > 12)) return false;
  const last = d.month === null ? 31 : (DAYS_IN_MONTH[d.month - 1] ?? 31);
  if (d.day !== null && (d.day < 1 || d.day > last)) return false;
  return d.endDay === null || (d.day !== null && d.endDay > d.day && d.endDay <= last);
}

/** What a match says, and how far before the match its expression really starts. */
interface Reading {
  fields: Omit<RawDate, "start" | "end" | "text">;
  lead?: number;
}

type Builder = (m: RegExpExecArray, source: string) => Reading | null;

function collect(source: string, re: RegExp, build: Builder, into: RawDate[], text: string): void {
  for (const m of execAll(re, source)) {
    const reading = build(m as RegExpExecArray, source);
    if (!reading) continue;
    const start = m.index - (reading.lead ?? 0);
    const end = m.index + m[0].length;
    const raw = { start, end, text: text.slice(start, end), ...reading.fields };
    if (valid(raw)) into.push(raw);
  }
}

/**
 * Words just before a match, by a `…$` pattern whose group 1 (when it matched) is the part
 * that belongs to the date (`ngày `, `late `): null when the pattern fails, else that length.
 */
function leadBefore(source: string, index: number, re: RegExp): number | null {
  const m = re.exec(source.slice(Math.max(0, index - 24), index));
  return m ? (m[1]?.length ?? 0) : null;
}

const fields = (
  year: number | null,
  month: number | null,
  day: number | null,
  endDay: number | null = null,
  offset: number | null = null,
): Reading => ({ fields: { year, month, day, endDay, offset } });

// A reading with its lead, built directly: `{ ...reading, lead }` takes V8's slow path.
const withLead = (reading: Reading, lead: number): Reading => ({ fields: reading.fields, lead });

function readViDay(m: RegExpExecArray, source: string): Reading | null {
  const lead = leadBefore(source, m.index, VI_DAY_PREFIX);
  if (m[6] !== undefined) return withLead(fields(num(m[7]), num(m[6]), num(m[1]), num(m[2])), lead ?? 0);
  const year = num(m[5]);
  // A bare `3/5` is a fraction or a score; `10.7` a decimal. Both need a prefix or a year.
  if (year === null && (lead === null || m[3] === ".")) return null;
  return withLead(fields(year, num(m[4]), num(m[1]), num(m[2])), lead ?? 0);
}

function readEnYear(m: RegExpExecArray, source: string): Reading | null {
  const lead = leadBefore(source, m.index, EN_YEAR_LEAD);
  return lead === null ? null : withLead(fields(num(m[1]), null, null), lead);
}

function readEnMonthYear(m: RegExpExecArray, source: string): Reading | null {
  const month = monthNumber(m[1]);
  if (m[2] !== undefined)
    return withLead(fields(num(m[2]), month, null), leadBefore(source, m.index, EN_PERIOD_LEAD) ?? 0);
  // `this September`: the month of the reference year.
  const thisLead = leadBefore(source, m.index, EN_THIS_LEAD);
  if (thisLead !== null) return withLead(fields(null, month, null, null, 0), thisLead);
  // A month named alone must be introduced as a time (`in May`), not be the verb `may`.
  const lead = leadBefore(source, m.index, EN_MONTH_LEAD);
  if (lead === null) return null;
  // `in November last year`: the relative year after the month says which November.
  const relative = EN_RELATIVE_AFTER.exec(source.slice(m.index + m[0].length, m.index + m[0].length + 16));
  const offset = relative ? (RELATIVE_OFFSET.get(relative[1] ?? "") ?? null) : null;
  return withLead(fields(null, month, null, null, offset), lead);
}

const WHITESPACE_RUN = /\s+/g;

function readViMonthYear(m: RegExpExecArray, source: string): Reading | null {
  const relative = m[5] === undefined ? null : (RELATIVE_OFFSET.get(m[5].replace(WHITESPACE_RUN, " ")) ?? 0);
  // `2 năm trước` is "two years ago", `những năm trước` "earlier years": not a relative year.
  if (relative !== null && leadBefore(source, m.index, VI_RELATIVE_BLOCKED) !== null) return null;
  const lead = leadBefore(source, m.index, VI_PERIOD_LEAD) ?? 0;
  if (relative !== null) return withLead(fields(null, null, null, null, relative), lead);
  if (m[1] !== undefined) return withLead(fields(num(m[2] ?? m[3]), num(m[1]), null), lead);
  return withLead(fields(num(m[4]), null, null), lead);
}

const VI_BUILDERS: ReadonlyArray<[RegExp, Builder]> = [
  [VI_DAY, readViDay],
  [VI_MONTH_YEAR, readViMonthYear],
];

// Every English month form starts with its three-letter abbreviation: a text without any of
// them (most Vietnamese articles) needs none of the month patterns run over it.
const MONTH_PREFIXES = EN_MONTHS.map(([full]) => full.slice(0, 3));
if (!EN_MONTHS.every((forms, i) => forms.every((f) => f.startsWith(MONTH_PREFIXES[i] as string))))
  throw new Error("an English month form does not start with its abbreviation");
const MONTH_HINT = new RegExp(MONTH_PREFIXES.join("|"));

const EN_MONTH_BUILDERS: ReadonlyArray<[RegExp, Builder]> = [
  [EN_DAY_FIRST, (m) => fields(num(m[4]), monthNumber(m[3]), num(m[1]), num(m[2]))],
  [EN_MONTH_FIRST, (m) => fields(num(m[4]), monthNumber(m[1]), num(m[2]), num(m[3]))],
  [EN_MONTH_YEAR, readEnMonthYear],
];

const EN_BUILDERS: ReadonlyArray<[RegExp, Builder]> = [
  [EN_YEAR, readEnYear],
  [
    EN_RELATIVE,
    (m, source) =>
      withLead(
        fields(null, null, null, null, RELATIVE_OFFSET.get(m[1] ?? "") ?? 0),
        leadBefore(source, m.index, EN_RELATIVE_LEAD) ?? 0,
      ),
  ],
];

/** Keeps the earliest, then longest, of overlapping candidates. */
function dropOverlaps(found: RawDate[]): RawDate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawDate[] = [];
  let lastEnd = -1;
  for (const d of found) {
    if (d.start < lastEnd) continue;
    kept.push(d);
    lastEnd = d.end;
  }
  return kept;
}

const scanCache = new WeakMap<TextView, RawDate[]>();

/**
 * Every date expression in the text, in order, with the year only when the text states it
 * (or an offset for `năm nay`/`last year`). Cached per view.
 */
export function scanDates(view: TextView): RawDate[] {
  const cached = scanCache.get(view);
  if (cached) return cached;
  const found: RawDate[] = [];
  // Vietnamese keywords need their diacritics; in the rare text where lower-casing changes the
  // length, the folded view keeps offsets right (and only loses the diacritic checks).
  const vi = lowerCanon(view) ?? view.fold;
  for (const [re, build] of VI_BUILDERS) collect(vi, re, build, found, view.text);
  if (MONTH_HINT.test(view.text)) {
    for (const [re, build] of EN_MONTH_BUILDERS) collect(view.text, re, build, found, view.text);
  }
  for (const [re, build] of EN_BUILDERS) collect(view.text, re, build, found, view.text);
  const dates = yearsAcrossRanges(dropOverlaps(found), view.text);
  scanCache.set(view, dates);
  return dates;
}

const RANGE_LINK = /^\s*(?:and|to|until|till|through|[-–—]|đến|tới|và|cho đến)\s*$/iu;

/**
 * `between 31 October and 5 November 2019`, `từ 28/11 đến 1/12/2019`: the first end of a range
 * written without its year takes the year of the other end (the year before when its month
 * comes later in the calendar).
 */
function yearsAcrossRanges(dates: RawDate[], text: string): RawDate[] {
  return dates.map((d, i) => {
    const next = dates[i + 1];
    if (d.year !== null || d.month === null || d.offset !== null || !next || next.year === null) return d;
    if (next.month === null || !RANGE_LINK.test(text.slice(d.end, next.start))) return d;
    return { ...d, year: d.month > next.month ? next.year - 1 : next.year };
  });
}

/**
 * Places a raw date in time: the stated year, else the reference year (shifted for relative
 * years). Null when neither is known.
 */
export function resolveDate(raw: RawDate, referenceYear: number | null): DateMention | null {
  const inferred = raw.year === null;
  let year = raw.year;
  if (year === null && referenceYear !== null) year = referenceYear + (raw.offset ?? 0);
  if (year === null) return null;
  const date: PartialDate = { year };
  if (raw.month !== null) date.month = raw.month;
  if (raw.day !== null) date.day = raw.day;
  const endDate = raw.endDay === null ? null : { ...date, day: raw.endDay };
  return { start: raw.start, end: raw.end, text: raw.text, date, endDate, yearInferred: inferred };
}

/**
 * The dates named in a cleaned body, in text order. A date without a year (`ngày 24/9`,
 * `đầu năm nay`) takes `ctx.referenceYear`; when that is null it is not returned (use
 * {@link scanDates} to see it).
 */
export function findDates(view: TextView, ctx: { referenceYear: number | null }): DateMention[] {
  const out: DateMention[] = [];
  for (const raw of scanDates(view)) {
    const mention = resolveDate(raw, ctx.referenceYear);
    if (mention) out.push(mention);
  }
  return out;
}

/**
 * The years the text states as years, one entry per statement, in text order: `năm 2020`,
 * `năm Chủ tịch ASEAN 2020`, `in 2024`, and the year of full dates (`10/7/2025`,
 * `tháng 10/2025`). Period ranges (`2021-2025`) and names (`Tầm nhìn 2045`) are not years.
 */
export function statedYears(view: TextView): number[] {
  return scanDates(view)
    .filter((d) => !FOUNDING.test(view.fold.slice(Math.max(0, d.start - 40), d.start)))
    .map((d) => d.year)
    .filter((y): y is number => y !== null);
}

/**
 * Words before a year that make it the year something began or was done before (`since it was
 * formed in Bangkok in 1967`, `Founded: August 8, 1967`, `thành lập năm 1967`, `từ khi tham gia
 * … năm 2011`, `Signed in Thailand in 2009`), not the year of what the text reports. Folded; they
 * end within a few words of the year.
 */
const FOUNDING =
  /(?<![\p{L}\p{N}])(?:formed|founded|established|set up|created|inception|since|joined|signed|thanh lap|ra doi|tu nam|tu khi|ke tu|gia nhap)(?![\p{L}\p{N}])[^.;\n]{0,24}$/u;

/** `2025-09-24`, `2025-07` or `2025`. */
export function formatPartialDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Parses `2025-09-24`, `2025-07` or `2025`; null for anything else or an impossible date. */
export function parsePartialDate(s: string): PartialDate | null {
  const m = ISO_PARTIAL.exec(s.trim());
  if (!m) return null;
  const raw: RawDate = { start: 0, end: 0, text: s, offset: null, endDay: null, ...partial(m) };
  if (!valid(raw) || raw.year === null) return null;
  const date: PartialDate = { year: raw.year };
  if (raw.month !== null) date.month = raw.month;
  if (raw.day !== null) date.day = raw.day;
  return date;
}

function partial(m: RegExpExecArray) {
  return { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
}
