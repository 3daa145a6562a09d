/**
 * Page parsing: turns the text of a saved article page into headline, lead, clean body and
 * metadata (date, outlet, URL, author), dropping everything that is not the article — crawler
 * headers, menus, captions, image names, source lines and footers — so that no later extractor
 * can attribute page furniture to the article.
 */

import { CAPTION_LINE_MAX } from "./data/chrome.ts";
import { detectLang } from "./lang.ts";
import {
  isUrlLine,
  parseAgencyLine,
  parseAuthorLine,
  parseLabelledByline,
  parseSourceLine,
  splitCaptionCredit,
  splitLeadDateline,
  splitTrailingSource,
} from "./parse-credits.ts";
import {
  endsSentence,
  foldHead,
  isChromeLine,
  isDatedListEntry,
  isFooterMarker,
  isImageName,
  isSectionLine,
  isSlugLine,
  parseDateLine,
  stripEndMark,
} from "./parse-lines.ts";
import { splitSentences } from "./sentences.ts";
import type { Lang, PartialDate } from "./types.ts";

export interface ParsedArticle {
  /** The headline printed in the file; null when the file has none. */
  title: string | null;
  /** `title`, or the lead's first sentence trimmed to ~120 characters at a word boundary. */
  displayTitle: string;
  /** First body paragraph, cut at a word boundary to at most ~LEAD_MAX characters (then ending in `…`). */
  lead: string | null;
  /** The cleaned article text: paragraphs joined with a blank line. Offsets of facts refer to it. */
  body: string;
  /**
   * Photo captions without their credits (`Quang cảnh Hội nghị AEM-57.`), each once, in page
   * order. Not part of `body`, but editorial text about the same event (see index.ts).
   */
  captions: string[];
  published: PartialDate | null;
  datePrecision: "day" | "month" | "year" | "unknown";
  /** The outlet. */
  source: string | null;
  url: string | null;
  author: string | null;
  lang: Lang;
  /** Words in `body`. */
  wordCount: number;
}

/** Longest derived display title, in characters. */
const DISPLAY_TITLE_MAX = 120;
/** Longest headline; a longer first line is a paragraph. */
const TITLE_MAX = 200;
/**
 * Longest stored lead. The lead is a copy of the first paragraph, and a file that is one
 * paragraph (no blank line: 1.9 MB of text) would store its text twice; real leads are a few
 * hundred characters.
 */
export const LEAD_MAX = 2000;

interface Line {
  text: string;
  /** Came from the crawler header, whose text is the lead (never a headline). */
  header: boolean;
}

interface PageState {
  paragraphs: Line[];
  captions: string[];
  published: PartialDate | null;
  source: string | null;
  url: string | null;
  author: string | null;
  /** The previous line was an image file name, so an unpunctuated line is its caption. */
  afterImage: boolean;
}

const SPACE_OR_TAB_RUN = /[ \t]+/g;

const line = (text: string, header = false): Line => {
  // normalizeText already turned odd spaces into plain ones; only runs and tabs remain.
  const clean = text.includes("  ") || text.includes("\t") ? text.replace(SPACE_OR_TAB_RUN, " ") : text;
  return { text: clean.trim(), header };
};

// ` date 2025-09-25 (TBTCO) - lead…` / ` date 2025-07 lead…`
const CRAWLER_HEADER = /^\s*date\s+(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=\s|$)\s*(.*)$/;

/**
 * Parses normalised page text (see normalizeText) into the article and its metadata. Pure;
 * never throws.
 */
export function parseArticle(text: string): ParsedArticle {
  const state: PageState = {
    paragraphs: [],
    captions: [],
    published: null,
    source: null,
    url: null,
    author: null,
    afterImage: false,
  };
  const lines = readLines(text, state);
  walkLines(lines, state);
  // The dateline may open the header lead (before de-duplication) or the lead under a headline.
  takeLeadDateline(state.paragraphs, state);
  const paragraphs = dropDuplicates(state.paragraphs);
  const title = takeHeadline(paragraphs);
  takeLeadDateline(paragraphs, state);
  finishTail(paragraphs, state);
  const texts = paragraphs.map((p) => stripEndMark(p.text)).filter((t) => t !== "");
  const body = texts.join("\n\n");
  const lead = texts[0] ?? null;
  return {
    title,
    displayTitle: title ?? deriveTitle(lead),
    lead: lead === null ? null : clipLead(lead),
    body,
    captions: [...new Set(state.captions)],
    published: state.published,
    datePrecision: precisionOf(state.published),
    source: state.source,
    url: state.url,
    author: state.author,
    lang: detectLang(body),
    wordCount: countWords(body),
  };
}

const LEADING_DASH_OR_COLON = /^[-–—:]\s*/;

/** Splits the page into non-empty lines, reading a crawler header off the first one. */
function readLines(text: string, state: PageState): Line[] {
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    if (lines.length === 0 && CRAWLER_HEADER.test(raw)) {
      const m = CRAWLER_HEADER.exec(raw)!;
      state.published = headerDate(m);
      const rest = (m[4] ?? "").replace(LEADING_DASH_OR_COLON, "");
      if (rest.trim()) lines.push(line(rest, true));
      continue;
    }
    const l = line(raw);
    if (l.text) lines.push(l);
  }
  return lines;
}

function headerDate(m: RegExpExecArray): PartialDate {
  const date: PartialDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[2] && m[3]) date.day = Number(m[3]);
  return date;
}

/** Lines looked at past a footer marker for the article's prose going on. */
const RESUME_WINDOW = 8;
/** A line this long is prose, not a related headline, a credit or a sub-heading. */
const PROSE_LINE_MIN = 150;
// Readers' comments run long too: the article never goes on after their heading.
const COMMENTS = /^(?:y kien ban doc|gui binh luan|binh luan|comments?)(?![a-z0-9])/;

/**
 * `TIN LIÊN QUAN`, `READ MORE: …` or a photo's `© TTXVN` in the middle of a page, with the
 * article's prose going on a few lines below: the index of that prose line, else null (the
 * marker ends the article).
 */
function proseResumesAt(lines: Line[], i: number): number | null {
  if (COMMENTS.test(foldHead(lines[i]!.text))) return null;
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + RESUME_WINDOW); j++) {
    const t = lines[j]!.text;
    if (isFooterMarker(t) && COMMENTS.test(foldHead(t))) return null;
    if (t.length >= PROSE_LINE_MIN && !isDatedListEntry(t)) return j;
  }
  return null;
}

/** Sorts every line into article text or furniture, stopping at the first footer line. */
function walkLines(lines: Line[], state: PageState): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const started = state.paragraphs.length > 0;
    if (started && isFooterStart(lines, i)) {
      const resume = proseResumesAt(lines, i);
      if (resume === null) return;
      // The related headlines and credits between are furniture.
      i = resume - 1;
      continue;
    }
    const wasAfterImage = state.afterImage;
    state.afterImage = false;
    if (isChromeLine(l.text) || (!started && isSectionLine(l.text))) continue;
    const date = parseDateLine(l.text);
    if (date) {
      state.published ??= date;
      continue;
    }
    if (isImageName(l.text) || isSlugLine(l.text)) {
      state.afterImage = true;
      continue;
    }
    if (wasAfterImage && !endsSentence(l.text) && l.text.length <= CAPTION_LINE_MAX) {
      state.captions.push(stripEndMark(l.text));
      continue;
    }
    if (takeSource(l, state)) continue;
    const byline = parseLabelledByline(l.text);
    if (byline) {
      state.author ??= byline;
      continue;
    }
    const kept = takeCaption(l, state);
    if (kept) state.paragraphs.push(kept);
  }
}

function isFooterStart(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (isFooterMarker(l.text)) return true;
  const next = lines[i + 1];
  return isDatedListEntry(l.text) && next !== undefined && isDatedListEntry(next.text);
}

/** Source and URL lines: recorded (the last one wins), with the byline just above them. */
function takeSource(l: Line, state: PageState): boolean {
  const agencies = parseAgencyLine(l.text);
  const found = isUrlLine(l.text)
    ? { source: null, url: l.text }
    : agencies
      ? { source: agencies, url: null }
      : parseSourceLine(l.text);
  if (!found) return false;
  if (found.source) state.source = found.source;
  if (found.url) state.url = found.url;
  takeAuthor(state.paragraphs, state);
  return true;
}

/** A short capitalised line ending the text (just above the source line) is the byline. */
function takeAuthor(paragraphs: Line[], state: PageState): void {
  const last = paragraphs.at(-1);
  if (state.author || !last || last.header || paragraphs.length < 2) return;
  const author = parseAuthorLine(last.text);
  if (!author) return;
  state.author = author;
  paragraphs.pop();
}

/**
 * Photo captions: a short line ending with a credit is a caption (kept without its credit); a
 * long one (a lead with a caption glued on) stays text and loses only the credit.
 */
function takeCaption(l: Line, state: PageState): Line | null {
  const split = splitCaptionCredit(l.text);
  if (!split) return l;
  if (!l.header && l.text.length <= CAPTION_LINE_MAX) {
    if (split.text) state.captions.push(split.text);
    return null;
  }
  return split.text ? line(split.text, l.header) : null;
}

/**
 * Drops repeated paragraphs (crawlers repeat captions and leads) and a paragraph that is the
 * start of the next one (a header lead followed by the full first paragraph).
 */
function dropDuplicates(paragraphs: Line[]): Line[] {
  const seen = new Set<string>();
  // Final punctuation differs between the two copies ("… và Mỹ." / "… và Mỹ, để …").
  const keys = paragraphs.map((p) => trimEndPunctuation(p.text));
  const out: Line[] = [];
  paragraphs.forEach((p, i) => {
    const key = keys[i]!;
    const next = keys[i + 1];
    if (seen.has(key)) return;
    if (next !== undefined && key.length >= 30 && next.length > key.length && next.startsWith(key)) return;
    seen.add(key);
    out.push(p);
  });
  return out;
}

const END_PUNCTUATION = new Set([" ", ".", ",", ";", ":", "!", "?", "…"]);

function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && END_PUNCTUATION.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Ends with punctuation (before any closing quotes): a sentence or a label, not a headline. */
const HEADLINE_STOP = /[.…:;,]["'”’)]*$/;
const WHITESPACE = /\s/;

/** The first line is the headline when it reads like one: short, unpunctuated, more text after. */
function takeHeadline(paragraphs: Line[]): string | null {
  const first = paragraphs[0];
  if (!first || first.header || paragraphs.length < 2) return null;
  const t = first.text;
  if (t.length > TITLE_MAX || HEADLINE_STOP.test(t) || !WHITESPACE.test(t)) return null;
  paragraphs.shift();
  return t;
}

/** Without a source line, a byline may still close the text; so may `(Theo TTXVN)`. */
function finishTail(paragraphs: Line[], state: PageState): void {
  takeAuthor(paragraphs, state);
  const last = paragraphs.at(-1);
  if (!last) return;
  const trailing = splitTrailingSource(last.text);
  if (!trailing) return;
  state.source ??= trailing.source;
  paragraphs[paragraphs.length - 1] = line(trailing.text, last.header);
}

/** `(TBTCO) - Trong khuôn khổ …`, `TTO - …`: the outlet's dateline is metadata, not text. */
function takeLeadDateline(paragraphs: Line[], state: PageState): void {
  const first = paragraphs[0];
  const split = first ? splitLeadDateline(first.text) : null;
  if (!first || !split) return;
  state.source ??= split.source;
  paragraphs[0] = line(split.text, first.header);
}

function precisionOf(d: PartialDate | null): ParsedArticle["datePrecision"] {
  if (!d) return "unknown";
  return d.day !== undefined ? "day" : d.month !== undefined ? "month" : "year";
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** `lead` cut after its last whole word within LEAD_MAX characters, with `…`. */
function clipLead(lead: string): string {
  if (lead.length <= LEAD_MAX) return lead;
  const space = lead.lastIndexOf(" ", LEAD_MAX - 1);
  let cut = space > LEAD_MAX / 2 ? space : LEAD_MAX - 1;
  if (HIGH_SURROGATE.test(lead[cut - 1] ?? "")) cut--; // not between a surrogate pair's halves
  return `${lead.slice(0, cut).trimEnd()}…`;
}

const TRAILING_PUNCTUATION = /[.;:,]+$/;
/** Spaces, commas, semicolons, colons and dashes left at the cut, before the ellipsis is added. */
const TRAILING_SEPARATORS = /[\s,;:–—-]+$/;

/** The lead's first sentence, cut at a word boundary to at most ~120 characters. */
function deriveTitle(lead: string | null): string {
  if (!lead) return "";
  const first = splitSentences(lead)[0];
  let t = first ? lead.slice(first.start, first.end) : lead;
  t = t.replace(TRAILING_PUNCTUATION, "");
  if (t.length <= DISPLAY_TITLE_MAX) return t;
  const cut = t.lastIndexOf(" ", DISPLAY_TITLE_MAX - 1);
  return `${t.slice(0, cut > 40 ? cut : DISPLAY_TITLE_MAX - 1).replace(TRAILING_SEPARATORS, "")}…`;
}

/** Whitespace-separated tokens holding at least one letter or digit (so "–" is not a word). */
function countWords(body: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) counted = false;
    else if (!counted && isWordChar(c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // Latin letters with diacritics and other scripts; general punctuation (dashes, quotes) is not.
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xd7 && c !== 0xf7;
}
