/**
 * Vietnamese-aware search over articles, meetings, agreements and people.
 *
 * Matching is on folded text (diacritics and `đ` removed, case ignored, so `hoa binh`, `hoà bình`
 * and `hòa bình` are the same words): every word of the search text must occur in an article's
 * title or body, or in an entity's names; for a single word, a close trigram match on a title or
 * name also counts, to forgive a misspelling. Ranking, highest first:
 * - words typed with diacritics and found as written (either tone placement, any case) rank above
 *   words found only once folded;
 * - an entity whose name (code, key, alias) is the search text ranks above documents;
 * - for articles, a title holding every word, then (for the best 50, `REFINED_ARTICLES`) the whole
 *   text as a phrase, neighbouring words side by side and the words close together.
 * Ties are broken by (kind, id), so the cursor pages without gaps or duplicates. Snippets are cut
 * from the original text with matched words between «…» ({@link HIGHLIGHT_OPEN}).
 */
import type { SqlExecutor } from "../db/sql.ts";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor.ts";
import { type ParsedQuery, parseQuery, SearchInputError } from "./search-query.ts";
import { pickSnippet } from "./search-snippet.ts";
import { idsStatement, pageStatement, type SearchKind } from "./search-sql.ts";

export { MAX_QUERY_LENGTH, SearchInputError } from "./search-query.ts";
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
  kind: SearchKind | null;
  key: string;
  num: number | null;
  rank: number;
  fields: (string | null)[];
}

// Trigram matching only forgives a misspelling in one word (to pg_trgm a word is a run of
// letters and digits: `ASEAN+3` is two) long enough to have a few trigrams.
const FUZZY_WORD = /^[\p{L}\p{N}]{5,}$/u;

function matchParams(q: ParsedQuery): [string, boolean] {
  return [q.text, q.folded.length === 1 && FUZZY_WORD.test(q.folded[0] ?? "")];
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
    ...matchParams(q),
    q.marked,
    q.markedAlt,
    q.pairs,
    after?.rank ?? null,
    after?.kind ?? null,
    after?.key ?? null,
    opts.first + 1,
  ]);
  const found = rows.filter((row): row is PageRow & { kind: SearchKind } => row.kind !== null);
  return {
    hits: found.slice(0, opts.first).map((row) => ({
      kind: row.kind,
      id: row.kind === "agreement" ? row.key : Number(row.num),
      rank: Number(row.rank),
      snippet: pickSnippet(row.fields, q.folded),
      cursor: encodeSearchCursor({ rank: Number(row.rank), kind: row.kind, key: row.key }),
    })),
    totalCount: rows[0]?.total ?? 0,
    hasNextPage: found.length > opts.first,
  };
}

async function ids<T>(sql: SqlExecutor, kind: SearchKind, text: string): Promise<T[]> {
  const rows = await sql.query<{ id: T }>(idsStatement(kind), matchParams(parseQuery(text)));
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
