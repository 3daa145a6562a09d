import type { SqlExecutor } from "../db/sql.ts";

// `seedgraph_fold` (migration 20261122020000_search) removes diacritics and turns dashes and
// underscores into spaces, keeping case (hence ILIKE); the expression below repeats the indexed
// one verbatim so the trigram index serves this ILIKE. Unlike search, which matches whole words, a name filter
// matches any part of a name (`Lavr` finds Lavrov).

/** The query text as a pattern argument: ILIKE's own wildcards are dropped, not matched. */
function likeArg(text: string): string {
  return text.replace(/[%\\]/g, " ");
}

const LIKE = "ILIKE '%' || seedgraph_fold($1) || '%'";

/** Ids of people whose canonical name or any alias contains `name`, accent-insensitively. */
export async function findPersonIds(sql: SqlExecutor, name: string): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(
    `SELECT id FROM person WHERE seedgraph_fold_list(ARRAY["name"] || "aliases") ${LIKE}`,
    [likeArg(name)],
  );
  return rows.map((r) => Number(r.id));
}
