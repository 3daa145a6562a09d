import { queryFromInfo } from "@pothos/plugin-prisma";
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
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

// Per request and batch name of a field with a `bare` form: whether its plan selects the key alone.
const bareByContext = new WeakMap<object, Map<string, Promise<boolean>>>();
function bareFields(ctx: object): Map<string, Promise<boolean>> {
  let names = bareByContext.get(ctx);
  if (!names) {
    names = new Map();
    bareByContext.set(ctx, names);
  }
  return names;
}

/**
 * The Prisma query planned from the client's selection for the nodes at `path` below the field,
 * recording (as every caller must) that the rows this field resolves carry that selection.
 */
export async function planNodes(
  ctx: object,
  info: GraphQLResolveInfo,
  path: PathSegment[],
  typeName?: string,
): Promise<object> {
  return queryFromInfo({
    context: ctx,
    info,
    path,
    ...(typeName ? { typeName } : {}),
    awaitSelections: true,
  });
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
  /** This caller's query when it has already planned it ({@link planNodes}). */
  plannedHere?: object,
): Promise<T[]> {
  const name = fieldBatchName(info, args, ":nodes");
  const bare = how.bare;
  // Every caller plans its own query, even though only the first one's is run: planning is what
  // tells the plugin that the rows this field resolves carry the selection of the fields below.
  // Except where the plan selects the key alone (a list of codes): then the nodes are built from
  // the keys, nothing below needs telling, and the first caller's plan answers for every parent.
  const plan = () => plannedHere ?? planNodes(ctx, info, how.path, how.typeName);
  let query: object | undefined;
  if (bare) {
    const known = bareFields(ctx);
    let selectsKey = known.get(name);
    if (!selectsKey) {
      const first = Promise.resolve(plan());
      selectsKey = first.then((q) => selectsOnly(q, bare.column));
      known.set(name, selectsKey);
      query = await first;
    }
    if (await selectsKey) return keys.map((key) => bare.node(key));
  }
  query ??= await plan();
  const planned = query;
  const nodes = await Promise.all(
    keys.map((key) =>
      loadBatched(ctx, name, key, async (all: Key[]) => {
        const rows = await how.fetch(planned, all);
        return new Map(rows.map((row) => [how.keyOf(row), row]));
      }),
    ),
  );
  return nodes.filter((node): node is Awaited<T> => node !== undefined) as T[];
}

/**
 * How to fetch nodes keyed by `code` (agreements, countries): `find` loads the rows of these codes
 * with the planned query; a selection of the code alone is built from the codes.
 */
export function nodesByCode<T extends { code: string }>(
  find: (query: object, codes: string[]) => Promise<T[]>,
  path: PathSegment[] = [],
): NodeFetch<T> {
  return {
    path,
    fetch: (query, codes) => find(query, codes as string[]),
    keyOf: (node) => node.code,
    bare: { column: "code", node: (code) => ({ code: String(code) }) as T },
  };
}

/** True when a connection field selects nothing but its `totalCount`: no page needs loading. */
export function selectsOnlyTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    node.selectionSet?.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === "totalCount" || s.name.value === "__typename"),
    ),
  );
}

// Per field's document nodes (shared by every item of a list): whether they select the key alone.
const keyOnlyByNodes = new WeakMap<GraphQLResolveInfo["fieldNodes"], boolean>();

/**
 * True when the field's selection asks for nothing but `key`, `id` (derived from the key) and
 * `__typename`, through fragments too: then its nodes are built from their keys, with no query
 * and no promise. A directive anywhere makes it false (the general path decides then).
 */
export function selectsKeyOnly(info: GraphQLResolveInfo, key: string): boolean {
  let only = keyOnlyByNodes.get(info.fieldNodes);
  if (only === undefined) {
    const allowed = new Set([key, "id", "__typename"]);
    const check = (set: SelectionSetNode | undefined, depth: number): boolean =>
      set !== undefined &&
      depth < 8 &&
      set.selections.every((s) => {
        if (s.directives?.length) return false;
        if (s.kind === Kind.FIELD) return allowed.has(s.name.value) && !s.selectionSet;
        if (s.kind === Kind.INLINE_FRAGMENT) return check(s.selectionSet, depth + 1);
        return check(info.fragments[s.name.value]?.selectionSet, depth + 1);
      });
    only = info.fieldNodes.every((node) => !node.directives?.length && check(node.selectionSet, 0));
    keyOnlyByNodes.set(info.fieldNodes, only);
  }
  return only;
}
