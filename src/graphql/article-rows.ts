// Own SQL instead of Prisma for one read, the articles of a page with their agreement and country
// codes, read by the page's own window statement (article-window.ts): one statement where Prisma
// sent three after the window (the rows, then each code list), and about a third less CPU for the
// nested meetings query of `npm run bench:query` (Prisma's mapping of 1,300 join rows, and the
// round trips). Any other selection goes through Prisma as before.

import { ARTICLE_LINKS } from "./links.ts";

// Article columns whose values pg returns as Prisma does (text, integers, enums as text,
// timestamptz as Date). Not `published_at`: a DATE column, which pg reads in local time.
const COLUMNS: Readonly<Record<string, string>> = {
  id: "id",
  path: "path",
  contentHash: "content_hash",
  title: "title",
  displayTitle: "display_title",
  lead: "lead",
  body: "body",
  lang: "lang",
  datePrecision: "date_precision",
  sourceId: "source_id",
  url: "url",
  author: "author",
  wordCount: "word_count",
  extractorVersion: "extractor_version",
  ingestedAt: "ingested_at",
  updatedAt: "updated_at",
  removedAt: "removed_at",
  storyId: "story_id",
};

// Relations read as a list of codes: `{ select: { <key>: true }, orderBy: { <key>: "asc" } }`.
const CODE_LISTS: Readonly<Record<string, { table: string; column: string; key: string }>> = {
  agreements: { ...ARTICLE_LINKS.Agreement, key: "agreementCode" },
  countries: { ...ARTICLE_LINKS.Country, key: "countryCode" },
};

function isCodeList(value: unknown, key: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { select, orderBy, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  const selected = select as Record<string, unknown> | undefined;
  const order = orderBy as Record<string, unknown> | undefined;
  return (
    selected !== undefined &&
    Object.keys(selected).length === 1 &&
    selected[key] === true &&
    order !== undefined &&
    Object.keys(order).length === 1 &&
    order[key] === "asc"
  );
}

/**
 * The select list (over the article `a`) that answers the planned Prisma `query` for articles,
 * with the fields read as code lists; null when the query asks for anything but the columns above
 * and code lists.
 */
export function articleColumns(query: object): { columns: string; lists: string[] } | null {
  const keys = Object.keys(query);
  if (keys.length !== 1 || keys[0] !== "select") return null;
  const select = (query as { select: Record<string, unknown> }).select;
  const columns: string[] = [];
  const lists: string[] = [];
  for (const [field, value] of Object.entries(select)) {
    const column = COLUMNS[field];
    const list = CODE_LISTS[field];
    if (column && value === true) columns.push(`a.${column} AS "${field}"`);
    else if (list && isCodeList(value, list.key)) {
      columns.push(
        `ARRAY(SELECT l.${list.column} FROM ${list.table} l WHERE l.article_id = a.id ORDER BY l.${list.column}) AS "${field}"`,
      );
      lists.push(field);
    } else return null;
  }
  return columns.length === 0 ? null : { columns: columns.join(", "), lists };
}

/** A row read with {@link articleColumns} as Prisma returns it: code lists as `[{ <key>: code }]`. */
export function asPrismaArticle<T>(row: Record<string, unknown>, lists: readonly string[]): T {
  for (const field of lists) {
    const key = (CODE_LISTS[field] as { key: string }).key;
    row[field] = (row[field] as string[]).map((code) => ({ [key]: code }));
  }
  return row as T;
}
