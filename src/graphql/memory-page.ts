/**
 * Own code, not plugin-relay's `resolveArrayConnection`: its cursors are offsets, which point at other items once an article arrives between two pages; these carry the sort key, so a page after a cursor stays where it was.
 */
import { ErrorCode, requestError } from "../errors.ts";
import { DEFAULT_PAGE_SIZE } from "./builder.ts";
import { checkPageArgs } from "./paging.ts";

/** A sort key: compared element by element, ascending, nulls last. Encode descending as negatives. */
export type SortKey = ReadonlyArray<string | number | null>;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface MemoryPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

const PREFIX = "K:";

/** Ascending, element by element, nulls last. */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** An opaque cursor holding a sort key. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(PREFIX + JSON.stringify(key)).toString("base64url");
}

/** The sort key inside a cursor from {@link encodeCursor}; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): SortKey {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (text.startsWith(PREFIX)) {
    try {
      const key: unknown = JSON.parse(text.slice(PREFIX.length));
      if (Array.isArray(key) && key.every((v) => v === null || ["string", "number"].includes(typeof v))) {
        return key as SortKey;
      }
    } catch {
      // fall through to the error below
    }
  }
  throw requestError(ErrorCode.BAD_USER_INPUT, `invalid cursor: ${cursor.slice(0, 80)}`);
}

/**
 * Pages a list that is small enough to be loaded whole (a derived relation: the meetings an
 * agreement's articles report). The cursor is the item's sort key, not its position, so a cursor
 * stays valid when items are added before it; keys must end with a unique tie-breaker.
 */
export function pageInMemory<T>(items: T[], args: PageArgs, keyOf: (item: T) => SortKey): MemoryPage<T> {
  checkPageArgs(args);
  const sorted = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
  const after = args.after ? decodeCursor(args.after) : null;
  const before = args.before ? decodeCursor(args.before) : null;
  let start = 0;
  let end = sorted.length;
  if (after) while (start < end && compareKeys(sorted[start]!.key, after) <= 0) start++;
  if (before) while (end > start && compareKeys(sorted[end - 1]!.key, before) >= 0) end--;
  const window = sorted.slice(start, end);
  const last = args.first == null ? args.last : null;
  let page = window;
  let hasNextPage = end < sorted.length;
  let hasPreviousPage = start > 0;
  if (last != null) {
    page = last === 0 ? [] : window.slice(-last);
    hasPreviousPage = window.length > page.length || hasPreviousPage;
  } else {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    page = window.slice(0, first);
    hasNextPage = window.length > page.length || hasNextPage;
  }
  const edges = page.map(({ item, key }) => ({ cursor: encodeCursor(key), node: item }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: sorted.length,
  };
}
