/**
 * Line classifiers for parse.ts, part two: attribution — photo captions and credits, source
 * and URL lines, bylines, and the outlet's dateline opening a lead. Patterns are compiled once
 * from the folded lexicons in data/chrome.ts and the outlet table in data/sources.ts.
 */
import {
  BYLINE_LABELS,
  CAPTION_CREDIT_MAX,
  CAPTION_LABELS,
  OUTLET_PREFIXES,
  PHOTO_AGENCIES,
  SOURCE_LABELS,
  SOURCE_MAX_WORDS,
  TEAM_BYLINES,
} from "./data/chrome.ts";
import { OUTLETS } from "./data/sources.ts";
import { foldText } from "./normalize.ts";
import { alternation, foldHead, unfoldedAlternation } from "./parse-lines.ts";

const needCredit = CAPTION_LABELS.filter((l) => l.needsCredit).map((l) => l.label);
const creditOptional = CAPTION_LABELS.filter((l) => !l.needsCredit).map((l) => l.label);
const CREDIT = `\\s*[:\\-–]\\s*[^()\\n]{1,${CAPTION_CREDIT_MAX}}?`;
// Group 1: an opening bracket; group 2: the label. The credit runs to the end of the line.
// These run on the raw end of every line, so the labels are unfolded rather than the line folded.
const CAPTION_ENDS = [
  new RegExp(`(?:^|\\s)(\\(\\s*)?(${unfoldedAlternation(needCredit)})(?: \\d+)?${CREDIT}\\s*\\)?\\.?\\s*$`),
  new RegExp(`(?:^|\\s)(\\(\\s*)?(${unfoldedAlternation(creditOptional)})(?:${CREDIT})?\\s*\\)?\\.?\\s*$`),
  new RegExp(`(?:^|\\s)(\\(\\s*)?(${unfoldedAlternation(PHOTO_AGENCIES)})\\/[^()\\n/]{1,60}\\)?\\s*$`),
];
const AGENCY_END = CAPTION_ENDS[2];
const UPPER = /\p{Lu}/u;
const isUpperWord = (word: string) => word === word.toUpperCase();

/**
 * Splits a photo credit off the end of a line (`… AEM-57. (Ảnh: TTXVN phát)`, `… Ảnh: Mofa`,
 * `(Photo: Ministry of Foreign Affairs)`). Returns the text before it and the credit, or null
 * when the line carries none. The label must be capitalised unless bracketed, so a sentence
 * that merely ends with the word "ảnh" is left alone.
 */
export function splitCaptionCredit(line: string): { text: string; credit: string } | null {
  const { offset, tail } = tailWindow(line, CAPTION_CREDIT_MAX + 60);
  for (const re of CAPTION_ENDS) {
    const m = re.exec(tail);
    if (!m) continue;
    const labelAt = offset + m.index + m[0].indexOf(m[2] ?? "");
    if (!m[1] && !UPPER.test(line[labelAt] ?? "")) continue;
    // `REUTERS/…` credits are printed in capitals; `Reuters/…` is more likely prose.
    if (re === AGENCY_END && !isUpperWord(line.slice(labelAt, labelAt + (m[2]?.length ?? 0)))) continue;
    const start = offset + m.index + (m[0].length - m[0].trimStart().length);
    return { text: line.slice(0, start).trim(), credit: line.slice(start).trim() };
  }
  return null;
}

/**
 * The end of a line, starting at a space so that `^` never falls inside a word: patterns
 * anchored at the end need no more, and long paragraphs are not scanned whole.
 */
function tailWindow(line: string, size: number): { offset: number; tail: string } {
  if (line.length <= size) return { offset: 0, tail: line };
  const space = line.indexOf(" ", line.length - size);
  const offset = space < 0 ? line.length : space;
  return { offset, tail: line.slice(offset) };
}

// ---- sources, urls, authors -------------------------------------------------------------

const URL_RE = /https?:\/\/[^\s<>"')]+/i;
const URL_LINE = /^(?:https?:\/\/|www\.)[^\s]+$/i;
const SOURCE_LINE = new RegExp(
  `^(\\(\\s*)?(${alternation(SOURCE_LABELS.map((s) => s.label))})(?![a-z0-9])\\s*(:)?\\s*`,
);
const SOURCE_INITIALS = new Set(SOURCE_LABELS.map((s) => s.label.charAt(0)));
const SOURCE_START = new RegExp(`^\\(?\\s*[${[...SOURCE_INITIALS].join("")}]`, "i");
const STRICT = new Set<string>(SOURCE_LABELS.filter((s) => s.strict).map((s) => s.label));
const OUTLET_PREFIX = new RegExp(`^(?:${alternation(OUTLET_PREFIXES)})\\s`);

const WHITESPACE_RUN = /\s+/;
/** A sentence's end inside the text: `.`, `!` or `?` before a space. */
const SENTENCE_BREAK = /[.!?]\s/;
const LEADING_DIGIT = /^\d/;

/** Looks like an outlet name: capitalised or a known prefix (`báo …`), short, not a sentence. */
function looksLikeOutlet(text: string, strict: boolean): boolean {
  const words = text.split(WHITESPACE_RUN).filter(Boolean);
  if (words.length === 0 || words.length > SOURCE_MAX_WORDS) return false;
  if (strict && (text.includes(",") || words.length > 8)) return false;
  if (SENTENCE_BREAK.test(text)) return false;
  return UPPER.test(text[0] ?? "") || LEADING_DIGIT.test(text) || OUTLET_PREFIX.test(foldText(text));
}

export interface SourceLine {
  source: string | null;
  url: string | null;
}

/** The `)` (and period) that closes a bracketed source line. */
const CLOSING_BRACKET = /\)\s*\.?$/;
/** Spaces, colons and dashes opening the rest, spaces and punctuation closing it. */
const EDGE_PUNCTUATION = /^[\s:\-–—]+|[\s:\-–—.,]+$/g;

/**
 * Reads a source line: `Nguồn Tiền Phong: https://…`, `Nguồn SGGP`, `Nguồn: Vụ …`,
 * `Theo TTXVN`, `(Source: Viet Nam News)`. Null when the line is ordinary text
 * (`Theo tuyên bố chung, …`, `Nguồn lực …`).
 */
export function parseSourceLine(line: string): SourceLine | null {
  // Every label starts with one of these letters: most lines are rejected before any folding.
  if (line.length > 300 || !SOURCE_START.test(line)) return null;
  // Labels sit at the start, and the folded head keeps offsets: the rest is read from `line`.
  const m = SOURCE_LINE.exec(foldHead(line));
  if (!m) return null;
  let rest = line.slice(m[0].length).trim();
  if (m[1]) {
    const close = CLOSING_BRACKET.exec(rest);
    if (!close) return null;
    rest = rest.slice(0, close.index);
  }
  const url = URL_RE.exec(rest)?.[0] ?? null;
  if (url) rest = rest.replace(url, "");
  rest = rest.replace(EDGE_PUNCTUATION, "");
  // A URL alone names no outlet; guessing one from the domain would put words in the text's mouth.
  if (!rest) return url ? { source: null, url } : null;
  // Without a colon or a URL the label may open an ordinary sentence: demand an outlet's shape.
  const strict = STRICT.has(m[2] ?? "") || !(m[3] || url);
  return looksLikeOutlet(rest, strict) ? { source: rest, url } : null;
}

/** A line holding only a URL. */
export function isUrlLine(line: string): boolean {
  return URL_LINE.test(line);
}

// `(TTXVN/Vietnam+)`, `VOV/Reuters`: agencies joined by slashes close many Vietnamese articles.
const AGENCY_CHAIN = /^\(?\s*(\p{Lu}[\p{L}\d+.&]*(?:\s?\/\s?\p{Lu}[\p{L}\d+.&]*)+)\s*\)?\.?$/u;
const TRAILING_AGENCIES = /\s\(\s*(\p{Lu}[\p{L}\d+.&]*(?:\s?\/\s?\p{Lu}[\p{L}\d+.&]*)*)\s*\)\.?$/u;
const KNOWN_OUTLETS = new Set(
  OUTLETS.flatMap((o) => [o.name, ...(o.aliases ?? []), ...(o.datelines ?? [])]).map((n) => foldText(n)),
);

/** A line naming only agencies, slash-joined (`TTXVN/Vietnam+`), as a source line. */
export function parseAgencyLine(line: string): string | null {
  return line.length <= 60 ? (AGENCY_CHAIN.exec(line)?.[1] ?? null) : null;
}

const TRAILING_SOURCE = new RegExp(
  `\\s*\\((?:${unfoldedAlternation(SOURCE_LABELS.map((s) => s.label))})(?![\\p{L}\\p{N}])\\s*:?\\s*([^()]{1,60})\\)\\s*\\.?$`,
  "u",
);

/**
 * Splits `… text. (Theo TTXVN)`, `… text. (TTXVN/Vietnam+)` or `… text. (Reuters)` at the end of
 * a paragraph into text and source. A bare bracketed name counts only for a known outlet.
 */
export function splitTrailingSource(line: string): { text: string; source: string } | null {
  const agencies = TRAILING_AGENCIES.exec(line.slice(-80));
  const named = agencies?.[1];
  if (named && (named.includes("/") || KNOWN_OUTLETS.has(foldText(named)))) {
    return { text: line.slice(0, line.length - agencies[0].length).trim(), source: named };
  }
  const { offset, tail } = tailWindow(line, 100);
  const m = TRAILING_SOURCE.exec(tail);
  if (!m?.[1]) return null;
  const at = offset + m.index + m[0].lastIndexOf(m[1]);
  const source = line.slice(at, at + m[1].length).trim();
  if (!looksLikeOutlet(source, true)) return null;
  return { text: line.slice(0, offset + m.index).trim(), source };
}

const DATELINE_SIGNATURES = alternation(OUTLETS.flatMap((o) => o.datelines ?? []));
// `(TBTCO) - …`, `HÀ NỘI (TTXVN) – …`, `Kuala Lumpur, July 10 (Reuters) - …`, or a known
// unbracketed signature `TTO - …`. Group 1: the bracketed outlet; group 2: the signature.
const LEAD_DATELINE = new RegExp(
  "^(?:(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3},?\\s*(?:\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?\\s*)?)?" +
    `\\(([^()]{2,30})\\)|(${DATELINE_SIGNATURES}))\\s*[-–—:]\\s*`,
  "u",
);
// A bracketed dateline names an outlet: an acronym or domain (`TTXVN`, `Chinhphu.vn`, `VTC News`)
// or one capitalised word (`Reuters`); never a phrase such as an organisation spelled out.
const DATELINE_OUTLET =
  /^(?:[\p{Lu}\d][\p{Lu}\d&+.]*(?:\s+[\p{Lu}\d][\p{L}\d&+.]*){0,2}|\p{Lu}\p{Ll}+|[\p{L}\d-]+\.[a-z]{2,4})$/u;

/**
 * Splits the outlet's dateline off the start of a lead (`(TBTCO) - Trong khuôn khổ …`,
 * `TTO - Ngày …`). Null when the lead has none.
 */
export function splitLeadDateline(lead: string): { text: string; source: string } | null {
  const m = LEAD_DATELINE.exec(lead);
  const source = (m?.[1] ?? m?.[2])?.trim();
  if (!m || !source || (m[1] && !DATELINE_OUTLET.test(source))) return null;
  return { text: lead.slice(m[0].length), source };
}

const BYLINE_LABEL = new RegExp(`^(?:${alternation(BYLINE_LABELS)})\\s*:?\\s+`);
const NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
// 2–4 capitalised words, then optionally `(TTXVN)` or `/VOV-Viêng Chăn` (outlet and bureau).
const AUTHOR_NAME = new RegExp(
  `^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?:\\s*\\([^()]{1,40}\\))?(?:\\s*\\/\\s*[^/\\s][^/]{0,39})?$`,
  "u",
);
const TEAM_BYLINE = new RegExp(`^(?:${alternation(TEAM_BYLINES)})(?![a-z0-9])`);

/**
 * A byline closing an article: 2–4 capitalised words without final punctuation (`Bình Giang`,
 * `Hải Yến/VOV-Viêng Chăn`, `By Jane Doe`), or a reporters' team (`Nhóm PV VOV tại Lào`).
 * Returns the author's name (the whole line for a team).
 */
export function parseAuthorLine(line: string): string | null {
  if (line.length > 60) return null;
  const fold = foldHead(line);
  if (TEAM_BYLINE.test(fold)) return line;
  const label = BYLINE_LABEL.exec(fold);
  return AUTHOR_NAME.exec(label ? line.slice(label[0].length) : line)?.[1] ?? null;
}

/** A byline with its label (`By Jane Doe`, `Bài và ảnh: Minh Anh`), safe to read anywhere. */
export function parseLabelledByline(line: string): string | null {
  if (line.length > 60) return null;
  const label = BYLINE_LABEL.exec(foldHead(line));
  return label ? (AUTHOR_NAME.exec(line.slice(label[0].length))?.[1] ?? null) : null;
}
