/**
 * Date vocabulary. Vietnamese entries are written in lower case with their diacritics: they are
 * matched on the lower-cased tone-canonical view, where `năm` (year) stays apart from `Nam`
 * (south) and `tháng` (month) from `thắng` (win). English month names are written as printed
 * because English dates are matched case-sensitively (`May 5`, not the verb `may`).
 */

/**
 * Words that introduce a day written as bare numbers (`ngày 24/9`, `Chiều 10/7`). A bare
 * `24/9` without one of them is too often a fraction or a score to be read as a date.
 */
export const VI_DAY_PREFIXES = [
  "ngày",
  "hôm",
  "rạng sáng",
  "sáng",
  "chiều",
  "tối",
  "trưa",
  "đêm",
  "từ ngày",
  "đến ngày",
] as const;

/** Words that make a year or month vaguer but stay part of the expression (`cuối năm 2025`). */
export const VI_PERIOD_PARTS = ["đầu", "cuối", "giữa"] as const;

/** Words joining the two days of a range (`12-14 tháng 8`, `ngày 10 và 11/7`). */
export const VI_RANGE_JOINERS = ["-", "–", "đến", "và"] as const;

/** Vietnamese relative years and their offset from the reference year. */
export const VI_RELATIVE_YEARS = [
  { words: "năm nay", offset: 0 },
  { words: "năm ngoái", offset: -1 },
  { words: "năm trước", offset: -1 },
  { words: "năm tới", offset: 1 },
  { words: "năm sau", offset: 1 },
] as const;

/**
 * Words before a relative year that make it mean something else: `2 năm trước` is "two years
 * ago", `những năm trước` "earlier years".
 */
export const VI_RELATIVE_BLOCKERS = ["những", "các", "nhiều", "mấy", "vài"] as const;

/**
 * Words allowed between `năm` and a year that still state the year itself
 * (`năm Chủ tịch ASEAN 2020` = the year 2020, in which Viet Nam chaired ASEAN).
 */
export const VI_YEAR_INFIXES = ["chủ tịch asean", "chủ tịch", "tài khóa", "tài chính"] as const;

/** English month names and the abbreviations press uses, as printed; index + 1 = month. */
export const EN_MONTHS = [
  ["January", "Jan"],
  ["February", "Feb"],
  ["March", "Mar"],
  ["April", "Apr"],
  ["May"],
  ["June", "Jun"],
  ["July", "Jul"],
  ["August", "Aug"],
  ["September", "Sept", "Sep"],
  ["October", "Oct"],
  ["November", "Nov"],
  ["December", "Dec"],
] as const;

/** English words that state a year (`in 2024`) without being part of the date's span. */
export const EN_YEAR_PREPOSITIONS = ["in", "In", "during", "During", "since", "Since"] as const;

/** English words before a month named alone (`in October`, `scheduled for October`). */
export const EN_MONTH_PREPOSITIONS = [
  ...EN_YEAR_PREPOSITIONS,
  "for",
  "by",
  "until",
  "from",
  "For",
  "By",
  "Until",
  "From",
] as const;

/** English words before a month that place it in the reference year (`this September`). */
export const EN_THIS_MONTH = ["this", "This"] as const;

/** English words that make a date vaguer and stay part of the span (`late 2025`). */
export const EN_PERIOD_PARTS = [
  "early",
  "Early",
  "late",
  "Late",
  "mid-",
  "Mid-",
  "mid",
  "the end of",
  "the beginning of",
  "end of",
  "End of",
  "the middle of",
] as const;

/** English relative years and their offset from the reference year. */
export const EN_RELATIVE_YEARS = [
  { words: "this year", offset: 0 },
  { words: "This year", offset: 0 },
  { words: "last year", offset: -1 },
  { words: "Last year", offset: -1 },
  { words: "next year", offset: 1 },
  { words: "Next year", offset: 1 },
] as const;

/** Years outside this range are not read as years (`2.000 tỷ`, `1.234,5`). */
export const YEAR_MIN = 1945;
export const YEAR_MAX = 2100;
