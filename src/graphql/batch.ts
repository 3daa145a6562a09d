/**
 * Own code, not @pothos/plugin-dataloader: one batch name may serve several fields (`evidence:bodies` reads the bodies behind relations', figures' and mentions' evidence in one statement per request), where the plugin keeps one loader per field.
 */
import type { GraphQLResolveInfo } from "graphql";

interface PendingBatch {
  keys: Set<unknown>;
  result: Promise<Map<unknown, unknown>>;
}

// Batches live as long as their request's context object, and no longer.
const batchesByContext = new WeakMap<object, Map<string, PendingBatch>>();

/**
 * Loads `key` together with every other key asked for under the same `name` in the same tick of
 * the same request: one `load` call for all of them. This is what keeps a field that Prisma cannot
 * preload (a derived relation, a raw SQL aggregate) from issuing one statement per parent.
 */
export function loadBatched<K, V>(
  ctx: object,
  name: string,
  key: K,
  load: (keys: K[]) => Promise<Map<K, V>>,
): Promise<V | undefined> {
  let batches = batchesByContext.get(ctx);
  if (!batches) {
    batches = new Map();
    batchesByContext.set(ctx, batches);
  }
  let pending = batches.get(name);
  if (!pending) {
    const keys = new Set<unknown>();
    const owner = batches;
    const result = new Promise<Map<unknown, unknown>>((resolve, reject) => {
      // Like DataLoader: wait for the resolvers of sibling list items, which graphql-js starts
      // in the same tick or in the promise jobs that follow it.
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          owner.delete(name);
          load([...keys] as K[]).then(resolve as (m: Map<K, V>) => void, reject);
        }),
      );
    });
    pending = { keys, result };
    batches.set(name, pending);
  }
  pending.keys.add(key);
  return pending.result.then((values) => values.get(key) as V | undefined);
}

/**
 * A batch name for the field being resolved: its coordinate, the document's nodes for it and its
 * arguments. Every item of a list resolves the field from the same nodes, so they share a batch;
 * aliases, and places in the document selecting differently, have nodes of their own and with
 * them their own batch and selection. (Two places spreading one fragment share its nodes and
 * select the same: one batch serves both.)
 */
export function fieldBatchName(info: GraphQLResolveInfo, args: unknown, suffix = ""): string {
  return `${info.parentType.name}.${info.fieldName}@${nodesId(info.fieldNodes)}#${argsKey(args)}${suffix}`;
}

type FieldNodes = GraphQLResolveInfo["fieldNodes"];

// Ids of the document's field nodes, which live as long as the parsed document (cached by Yoga).
const nodeIds = new WeakMap<FieldNodes[number], number>();
let lastNodeId = 0;

function nodesId(nodes: FieldNodes): string {
  let id = "";
  for (const node of nodes) {
    let n = nodeIds.get(node);
    if (n === undefined) {
      n = ++lastNodeId;
      nodeIds.set(node, n);
    }
    id = id ? `${id},${n}` : String(n);
  }
  return id;
}

function argsKey(args: unknown): string {
  if (args === null || args === undefined) return "";
  for (const _ in args as object) return JSON.stringify(args);
  return "{}";
}

/** Groups rows by their `parent` column (stringified, as SQL drivers differ on number types). */
export function groupByParent<R extends { parent: unknown }>(rows: R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = String(row.parent);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
