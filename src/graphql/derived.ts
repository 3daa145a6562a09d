import { queryFromInfo } from "@pothos/plugin-prisma";
import { type GraphQLResolveInfo, Kind } from "graphql";
import type { SqlExecutor } from "../db/sql.ts";
import { fieldBatchName, groupByParent, loadBatched } from "./batch.ts";

// Derived relations are those Prisma cannot preload: the agreements cited by a meeting's
// articles, the meetings a person's articles report. Each is two statements per field however
// many parents the request holds: one SQL statement for the links of all parents, one Prisma
// query, with the client's selection, for the nodes of all parents.

type Key = string | number;
type PathSegment = NonNullable<Parameters<typeof queryFromInfo>[0]["path"]>[number];

/**
 * The link rows of `parent` from `statement`, which takes the array of all parents' keys as $1
 * and returns a `parent` column. Batched across the parents of the request.
 */
export function loadLinks<R extends { parent: unknown }>(
  ctx: object,
  info: GraphQLResolveInfo,
  args: unknown,
  sql: SqlExecutor,
  statement: string,
  parent: Key,
): Promise<R[]> {
  return loadBatched(ctx, fieldBatchName(info, args, ":links"), String(parent), async (keys) => {
    const rows = await sql.query<R>(statement, [keys]);
    return groupByParent(rows);
  }).then((rows) => rows ?? []);
}

/** How to fetch nodes of one model by key with a Prisma query planned from the request. */
export interface NodeFetch<T> {
  /** Where the nodes sit below the field (`['edges', 'node']` for a connection). */
  path: PathSegment[];
  /** For a union or interface: the object type to plan the selection of. */
  typeName?: string;
  /** Loads the rows of these keys with this Prisma query (spread it first). */
  fetch: (query: object, keys: Key[]) => Promise<T[]>;
  keyOf: (node: T) => Key;
  /**
   * Builds a node from its key alone. Used when the planned query selects nothing but `column`
   * (a page of ids, a list of codes): then the row would only repeat the key. Only for keys just
   * read from the database (a link row with a foreign key), which need no confirming.
   */
  bare?: { column: string; node: (key: Key) => T };
}

/** True when `query` is `{ select: { [column]: true } }` and nothing else. */
function selectsOnly(query: object, column: string): boolean {
  const select = (query as { select?: Record<string, unknown> }).select;
  if (!select || Object.keys(query).length !== 1) return false;
  const columns = Object.keys(select);
  return columns.length === 1 && columns[0] === column && select[column] === true;
}

/**
 * The nodes for `keys`, in that order (missing ones dropped), loaded in one Prisma query with
 * the nodes of every other parent of the same field.
 */
export async function loadNodes<T>(
  ctx: object,
  info: GraphQLResolveInfo,
  args: unknown,
  keys: Key[],
  how: NodeFetch<T>,
): Promise<T[]> {
  const name = fieldBatchName(info, args, ":nodes");
  // Every caller plans its own query, even though only the first one's is run: planning is what
  // tells the plugin that the rows this field resolves carry the selection of the fields below.
  const query = await queryFromInfo({
    context: ctx,
    info,
    path: how.path,
    ...(how.typeName ? { typeName: how.typeName } : {}),
    awaitSelections: true,
  });
  const bare = how.bare;
  if (bare && selectsOnly(query, bare.column)) return keys.map((key) => bare.node(key));
  const nodes = await Promise.all(
    keys.map((key) =>
      loadBatched(ctx, name, key, async (all: Key[]) => {
        const rows = await how.fetch(query, all);
        return new Map(rows.map((row) => [how.keyOf(row), row]));
      }),
    ),
  );
  return nodes.filter((node): node is Awaited<T> => node !== undefined) as T[];
}

/**
 * The nodes a parent links to through `statement` (which returns `parent` and `key` columns, in
 * the order the field lists them), loaded like {@link loadNodes}: one statement for the links of
 * all parents and one Prisma query, with the client's selection, for the distinct nodes.
 */
export async function loadLinkedNodes<T>(
  ctx: object,
  info: GraphQLResolveInfo,
  args: unknown,
  sql: SqlExecutor,
  statement: string,
  parent: Key,
  how: NodeFetch<T>,
): Promise<T[]> {
  const links = await loadLinks<{ parent: Key; key: Key }>(ctx, info, args, sql, statement, parent);
  return loadNodes(
    ctx,
    info,
    args,
    links.map((l) => l.key),
    how,
  );
}

/** True when a connection field selects nothing but its `totalCount`: no page needs loading. */
export function selectsOnlyTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    node.selectionSet?.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === "totalCount" || s.name.value === "__typename"),
    ),
  );
}
