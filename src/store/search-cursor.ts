import { SearchInputError } from "./search-query.ts";
import type { SearchKind } from "./search-sql.ts";

/** Where a page of search hits ends: the last hit's rank and its unique (kind, key). */
export interface SearchPosition {
  rank: number;
  kind: SearchKind;
  key: string;
}

const KINDS: readonly string[] = ["agreement", "article", "meeting", "person"];
const PREFIX = "search:";

/** An opaque cursor for {@link SearchPosition} (base64url of `search:<rank>:<kind>:<key>`). */
export function encodeSearchCursor(position: SearchPosition): string {
  return Buffer.from(`${PREFIX}${position.rank}:${position.kind}:${position.key}`, "utf8").toString(
    "base64url",
  );
}

/** Reads a cursor made by {@link encodeSearchCursor}; throws {@link SearchInputError} otherwise. */
export function decodeSearchCursor(cursor: string): SearchPosition {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^search:(-?[0-9.e+-]+):([a-z]+):(.+)$/s.exec(text);
  const rank = Number(match?.[1]);
  const kind = match?.[2] ?? "";
  if (!match || !Number.isFinite(rank) || !KINDS.includes(kind)) {
    throw new SearchInputError("the search cursor is not valid");
  }
  return { rank, kind: kind as SearchKind, key: match[3] as string };
}
