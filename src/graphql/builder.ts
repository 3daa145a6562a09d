import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { PrismaClient } from "../db/client.ts";
import type { SqlExecutor } from "../db/sql.ts";
import { ErrorCode, requestError } from "../errors.ts";
import type PrismaTypes from "../generated/prisma/pothos-types.ts";
import { getDatamodel } from "../generated/prisma/pothos-types.ts";
import type { FailureFeed } from "../ingest/failure-feed.ts";
import type { EventLog } from "../live/event-log.ts";
import type { Context } from "./context.ts";
import { canNameNode } from "./inputs.ts";

/** Page size of connections when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a connection serves; a larger `first`/`last` is a request error. */
export const MAX_PAGE_SIZE = 100;

export interface BuilderTypes {
  PrismaTypes: PrismaTypes;
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  // Every connection reports its size: a number, or a function that counts only when asked.
  Connection: { totalCount: number | (() => number | Promise<number>) };
  Scalars: {
    PartialDate: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}

// GraphiQL's docs pane is the manual: the types and fields the relay plugin adds get descriptions too.
const RELAY_DESCRIPTIONS = {
  idFieldOptions: { description: "Global id: pass it to `node(id:)` to fetch this object again." },
  nodeTypeOptions: { description: "An object with a global id." },
  nodeQueryOptions: {
    description: "Any object by global id; null when there is none.",
    args: { id: { description: "A global id, as the `id` field of any object gives it." } },
  },

  pageInfoTypeOptions: { description: "Where a page sits in its connection." },
  pageInfoFieldOptions: { description: "Where this page sits: cursors and whether more pages exist." },
  hasNextPageFieldOptions: { description: "Whether items follow this page (paging forward)." },
  hasPreviousPageFieldOptions: { description: "Whether items precede this page (paging backward)." },
  startCursorFieldOptions: { description: "Cursor of the first item of the page; null when empty." },
  endCursorFieldOptions: { description: "Cursor of the last item of the page; null when empty." },
  cursorFieldOptions: { description: "Opaque position of this item: pass it as `after` or `before`." },
  firstArgOptions: { description: "Items from the start, or after `after` (default 20, at most 100)." },
  afterArgOptions: { description: "Start after the item with this cursor." },
  lastArgOptions: { description: "Items from the end, or before `before` (at most 100)." },
  beforeArgOptions: { description: "End before the item with this cursor." },
  defaultConnectionTypeOptions: { description: "A page of items (Relay connection)." },
  defaultEdgeTypeOptions: { description: "One item of a page, with its cursor." },
} as const;

/**
 * Creates the schema builder for one app, bound to that app's Prisma client (each app and each
 * test gets its own; nothing global). Plugins and options only — types live in types/*.ts.
 */
export function createBuilder(prisma: PrismaClient) {
  return new SchemaBuilder<BuilderTypes>({
    plugins: [RelayPlugin, PrismaPlugin],
    // Fields are non-null unless they say otherwise: nullability is part of the contract.
    defaultFieldNullability: false,
    relay: {
      clientMutationId: "omit",
      cursorType: "String",
      ...RELAY_DESCRIPTIONS,
      nodesQueryOptions: {
        description: `Objects by global id (at most ${MAX_PAGE_SIZE}), in the order given; null for each unknown id.`,
        args: { ids: { description: "Global ids, as the `id` field of any object gives them." } },
        resolve: (_root, args, _ctx, info, resolveNodes) => {
          if (args.ids.length > MAX_PAGE_SIZE) {
            throw requestError(ErrorCode.PAGE_SIZE_EXCEEDED, `nodes takes at most ${MAX_PAGE_SIZE} ids`);
          }
          // The plugin loads `args.ids` itself: an id that cannot name an object is blanked there.
          const ids = args.ids as Array<(typeof args.ids)[number] | null>;
          ids.forEach((id, i) => {
            if (id && !canNameNode(id, info.schema)) ids[i] = null;
          });
          return resolveNodes(args.ids);
        },
      },
      nodeQueryOptions: {
        ...RELAY_DESCRIPTIONS.nodeQueryOptions,
        resolve: (_root, args, _ctx, info, resolveNode) =>
          canNameNode(args.id, info.schema) ? resolveNode(args.id) : null,
      },
      edgesFieldOptions: { nullable: { list: false, items: false }, description: "The items of this page." },
      nodeFieldOptions: { nullable: false, description: "The item." },
    },
    prisma: {
      client: prisma,
      dmmf: getDatamodel(),
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
      onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
    },
  });
}

export type Builder = ReturnType<typeof createBuilder>;

/** What the type modules need besides the builder. */
export interface SchemaDeps {
  prisma: PrismaClient;
  /** Raw SQL on the same database, for searches and aggregates Prisma cannot say. */
  sql: SqlExecutor;
  /** The committed article events subscriptions stream from. */
  events: EventLog;
  /** Ingest failures as they are recorded, for `ingestFailed` (unset: none are announced). */
  failures?: FailureFeed;
}
