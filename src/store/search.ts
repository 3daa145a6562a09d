/**
 * Vietnamese-aware search over articles, meetings, agreements and people.
 *
 * Matching is on whole words of folded text (diacritics and `đ` removed, case ignored, so `hoa
 * binh`, `hoà bình` and `hòa bình` are the same words; `kho` does not match `khoa`):
 * - A text, or a quoted phrase in it (`"…"`, `“…”`, `«…»`), that is one of the names of a country,
 *   an agreement, a person or a meeting (name, code, key or alias, compared whole and folded:
 *   `Mỹ`, `Hoa Ky`, `United States`, `US`) names that entity: it finds the entity and the present
 *   articles linked to it, whichever of its names they write, and nothing else (`Hoa Ky` no
 *   longer finds `hàng hóa … kỹ thuật`). Only the whole text or a whole quoted phrase names:
 *   `Mỹ` inside `hợp tác Mỹ` is a word; a short name in capitals names only in capitals (`US`,
 *   not `us`); a meeting name without an edition (`East Asia Summit`) names its whole series.
 * - A quoted phrase naming nothing must occur with its words side by side, in order, with no
 *   punctuation between (`"hàng hóa"`).
 * - The other words, when the text names nothing, must all occur, anywhere (an unquoted `an ninh
 *   hàng hải` finds articles with the four words apart too, but those holding the phrase rank
 *   first); quote a phrase to require it.
 * - For a single word of five letters or more, a close trigram match on a name also counts, and
 *   on an article's title when no article matches otherwise, to forgive a misspelling.
 * The first MAX_WORDS words and MAX_PHRASES quoted phrases of the text count (see
 * search-query.ts), so a hostile text costs at most that many index probes. Ranking, highest
 * first:
 * - an entity the text names ranks above documents, as does one whose name is the text;
 * - words and phrases typed with diacritics and found as written (either tone placement, any
 *   case) rank above those found only once folded; for a name, the articles writing it as typed
 *   rank above those writing another of its names (`Hoa Kỳ` above `Mỹ` and `US`);
 * - for articles, neighbouring words side by side, a title holding every word, then (for the
 *   best 50, `REFINED_ARTICLES`) the whole text as a phrase and the words close together.
 * Ties are broken by (kind, id), so the cursor pages without gaps or duplicates. Snippets are cut
 * from the original text with matched words between «…» ({@link HIGHLIGHT_OPEN}); for a name,
 * its forms as written (`Hoa Kỳ`, `Mỹ`, `US`), not the folded syllables elsewhere (`hóa`).
 */
import type { SqlExecutor } from "../db/sql.ts";
import { foldText } from "../extract/normalize.ts";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor.ts";
import { type ParsedQuery, parseQuery, SearchInputError, splitWords } from "./search-query.ts";
import { AS_WRITTEN, pickSnippet, writtenForm } from "./search-snippet.ts";
import { idsStatement, matchParams, pageStatement, rankParams, type SearchKind } from "./search-sql.ts";

export { MAX_PHRASES, MAX_QUERY_LENGTH, MAX_WORDS, SearchInputError } from "./search-query.ts";
export { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from "./search-snippet.ts";
export { REFINED_ARTICLES, type SearchKind } from "./search-sql.ts";

/** Largest page {@link searchAll} serves. */
export const MAX_SEARCH_PAGE = 100;

/** One thing search found. */
export interface SearchHit {
  kind: SearchKind;
  /** Article, meeting or person id; agreement code. */
  id: number | string;
  /** Higher is better; comparable across kinds within one search. */
  rank: number;
  /** Text around the matches, matched words between « and ». */
  snippet: string;
  /** Opaque; pass as `after` to continue behind this hit. */
  cursor: string;
}

/** One page of search hits. */
export interface SearchPage {
  hits: SearchHit[];
  /** Every hit of the search, over all pages. */
  totalCount: number;
  hasNextPage: boolean;
}

/** Paging options of {@link searchAll}. */
export interface SearchOptions {
  /** Page size, 0..{@link MAX_SEARCH_PAGE}. */
  first: number;
  /** A hit's cursor from an earlier page of the same search; null or absent = from the start. */
  after?: string | null;
}

// Hit columns are NULL on the lone row of a page past the end.
interface PageRow {
  total: number;
  /** The parts (1-based) that name an entity, and those entities' names. */
  naming: number[] | null;
  names: string[] | null;
  kind: SearchKind | null;
  key: string;
  num: number | null;
  rank: number;
  fields: (string | null)[];
}

// Trigram matching only forgives a misspelling in one word (to pg_trgm a word is a run of
// letters and digits: `ASEAN+3` is two) long enough to have a few trigrams.
const FUZZY_WORD = /^[\p{L}\p{N}]{5,}$/u;

function params(q: ParsedQuery): unknown[] {
  return matchParams(q, q.folded.length === 1 && FUZZY_WORD.test(q.folded[0] ?? ""));
}

// A short name in capitals (`US`, `EU`) is marked only as written, not in `us` or `eu`.
const SHORT_CAPITALS = /^(?:\p{Lu}\.?){1,3}$/u;

// The words of a text as one phrase term: folded, or as written (diacritics kept, any case).
function phraseTerm(text: string, asWritten: boolean): string {
  const words = splitWords(text).join(" ");
  return asWritten ? `${AS_WRITTEN}${writtenForm(words)}` : foldText(words);
}

// What an article's snippet marks: the words of the parts naming nothing (each), the quoted
// parts naming nothing (as phrases), and for a part naming entities, the part as typed and the
// entities' names — with their diacritics, so that `Hoa Ky` marks "Hoa Kỳ" and "Mỹ", not "hóa".
function articleTerms(q: ParsedQuery, naming: readonly number[], names: readonly string[]): string[] {
  const terms = q.loose.map(foldText);
  q.parts.forEach((part, i) => {
    if (naming.includes(i + 1)) terms.push(phraseTerm(part.text, part.marked.length > 0));
    else if (part.quoted) terms.push(phraseTerm(part.text, false));
    else terms.push(...splitWords(part.text).map(foldText));
  });
  for (const name of names)
    terms.push(SHORT_CAPITALS.test(name) ? name.replace(/\.$/, "") : phraseTerm(name, true));
  return [...new Set(terms)];
}

/**
 * One page of hits for `query` across articles (not removed), meetings, agreements and people,
 * best first, in one SQL statement. Throws {@link SearchInputError} (`code` BAD_USER_INPUT) for
 * an empty or too long text, a bad cursor or a page size outside 0..100.
 */
export async function searchAll(sql: SqlExecutor, query: string, opts: SearchOptions): Promise<SearchPage> {
  if (!Number.isInteger(opts.first) || opts.first < 0 || opts.first > MAX_SEARCH_PAGE) {
    throw new SearchInputError(`first must be an integer from 0 to ${MAX_SEARCH_PAGE}`);
  }
  const q = parseQuery(query);
  const after = opts.after ? decodeSearchCursor(opts.after) : null;
  const rows = await sql.query<PageRow>(pageStatement(), [
    ...params(q),
    ...rankParams(q),
    after?.rank ?? null,
    after?.kind ?? null,
    after?.key ?? null,
    opts.first + 1,
  ]);
  const found = rows.filter((row): row is PageRow & { kind: SearchKind } => row.kind !== null);
  const terms = articleTerms(q, rows[0]?.naming ?? [], rows[0]?.names ?? []);
  return {
    hits: found.slice(0, opts.first).map((row) => ({
      kind: row.kind,
      id: row.kind === "agreement" ? row.key : Number(row.num),
      rank: Number(row.rank),
      snippet: pickSnippet(row.fields, row.kind === "article" ? terms : q.folded),
      cursor: encodeSearchCursor({ rank: Number(row.rank), kind: row.kind, key: row.key }),
    })),
    totalCount: rows[0]?.total ?? 0,
    hasNextPage: found.length > opts.first,
  };
}

async function ids<T>(sql: SqlExecutor, kind: SearchKind, text: string): Promise<T[]> {
  const rows = await sql.query<{ id: T }>(idsStatement(kind), params(parseQuery(text)));
  return rows.map((r) => r.id);
}

/**
 * Ids of the articles (not removed) the text finds, by the same matching as {@link searchAll},
 * in id order — for `ArticleFilter.text`. Throws {@link SearchInputError} like it.
 */
export function searchArticleIds(sql: SqlExecutor, text: string): Promise<number[]> {
  return ids<number>(sql, "article", text);
}

/** Ids of the meetings whose key or name the text finds, in id order (`MeetingFilter.text`). */
export function searchMeetingIds(sql: SqlExecutor, text: string): Promise<number[]> {
  return ids<number>(sql, "meeting", text);
}

/** Codes of the agreements whose code, names or aliases the text finds, in code order. */
export function searchAgreementCodes(sql: SqlExecutor, text: string): Promise<string[]> {
  return ids<string>(sql, "agreement", text);
}

/** Ids of the people whose name or aliases the text finds, in id order. */
export function searchPersonIds(sql: SqlExecutor, text: string): Promise<number[]> {
  return ids<number>(sql, "person", text);
}
