import type { InputRef } from "@pothos/core";
import { ErrorCode, requestError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { lastEventSeq, type StoredEvent } from "../../store/events.ts";
import { PRESENT } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { type ArticleFilterInput, articleWhere } from "./article-filter.ts";

const CURSOR_PREFIX = "event:";

/** The opaque cursor of an event: resume with `after: cursor`. */
export function eventCursor(seq: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`).toString("base64");
}

/** Decodes a cursor (or a bare sequence number, as SSE's Last-Event-ID may carry). */
export function parseEventCursor(cursor: string): number {
  const decoded = /^\d+$/.test(cursor)
    ? `${CURSOR_PREFIX}${cursor}`
    : Buffer.from(cursor, "base64").toString("utf8");
  const seq = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw requestError(ErrorCode.BAD_USER_INPUT, "invalid event cursor");
  return seq;
}

/** `ArticleEvent` and the subscriptions `articleEvents` and `articleAdded`. */
export function addArticleEventTypes(
  builder: Builder,
  deps: SchemaDeps,
  { ArticleFilter }: { ArticleFilter: InputRef<ArticleFilterInput> },
): void {
  const { prisma, events } = deps;
  /** Keeps the events whose article matches `filter`, evaluated once per event and filter. */
  async function* matching(
    source: AsyncIterable<StoredEvent>,
    filter: ArticleFilterInput | null | undefined,
  ) {
    if (!filter || Object.values(filter).every((v) => v === null || v === undefined)) return yield* source;
    await articleWhere(filter, deps); // invalid input fails the subscription at once
    const key = `filter:${JSON.stringify(filter)}`;
    for await (const event of source) {
      const hit = await sharedRead(event, key, async () => {
        const where = await articleWhere(filter, deps);
        // A removed article still matches its filter, so REMOVED events reach the subscriber.
        const conditions = (where.AND as Prisma.ArticleWhereInput[]).filter((c) => c !== PRESENT);
        return (await prisma.article.count({ where: { AND: [{ id: event.articleId }, ...conditions] } })) > 0;
      });
      if (hit) yield event;
    }
  }
  const Kind = builder.enumType("ArticleEventKind", {
    description: "What happened to an article.",
    values: {
      ADDED: { value: "ADDED", description: "A new file was ingested (or a removed one came back)." },
      UPDATED: { value: "UPDATED", description: "The file's content changed, or it was re-extracted." },
      REMOVED: { value: "REMOVED", description: "The file was deleted from the seeds folder." },
    },
  });
  const ArticleEvent = builder.objectRef<StoredEvent>("ArticleEvent").implement({
    description: "A committed change to an article, in commit order.",
    fields: (t) => ({
      kind: t.field({ type: Kind, description: "What happened.", resolve: (e) => e.kind }),
      cursor: t.string({
        description: "Pass as `after` to resume right after this event.",
        resolve: (e) => eventCursor(e.seq),
      }),
      path: t.string({ description: "The file's path in the seeds folder.", resolve: (e) => e.path }),
      at: t.field({ type: "DateTime", description: "When it was committed.", resolve: (e) => e.at }),
      article: t.prismaField({
        type: "Article",
        nullable: true,
        description: "The article as it is now (re-read when delivered).",
        // Subscribers streaming from the event log share one event object, so the article is
        // read once per distinct selection, not once per subscriber.
        resolve: (query, e) =>
          sharedRead(e, JSON.stringify(query), () =>
            prisma.article.findUnique({ ...query, where: { id: e.articleId } }),
          ),
      }),
    }),
  });

  builder.subscriptionType({ description: "Live article events over graphql-ws or SSE." });
  builder.subscriptionFields((t) => ({
    articleEvents: t.field({
      type: ArticleEvent,
      description:
        "Article events in commit order. With `after`, every event after that cursor first (none " +
        "missed, none repeated), then live ones; without it, live events from now on.",
      args: {
        after: t.arg.string({ required: false, description: "Cursor of the last event seen." }),
        filter: t.arg({
          type: ArticleFilter,
          required: false,
          description: "Only events whose article matches (checked on the server before sending).",
        }),
      },
      subscribe: async (_root, args, ctx) => {
        const resumeFrom = args.after ?? ctx.lastEventId ?? null;
        const after = resumeFrom === null ? events.lastSeq : parseEventCursor(resumeFrom);
        // A cursor past the last committed event would wait, silently, for events that may never
        // come. The log can lag behind a commit of another instance, so the database decides.
        if (after > events.lastSeq && after > (await lastEventSeq(prisma)))
          throw requestError(ErrorCode.BAD_USER_INPUT, "the cursor is past the last event");
        return matching(events.stream(after, ctx.signal), args.filter);
      },
      resolve: (event) => event,
    }),
    articleAdded: t.prismaField({
      type: "Article",
      description: "Each article as it is added (from now on), optionally only those matching `filter`.",
      args: {
        filter: t.arg({ type: ArticleFilter, required: false, description: "Only articles that match." }),
      },
      subscribe: (_root, args, ctx) =>
        matching(filterKind(events.stream(events.lastSeq, ctx.signal), "ADDED"), args.filter),
      resolve: (query, event: StoredEvent) =>
        sharedRead(event, JSON.stringify(query), () =>
          prisma.article.findUniqueOrThrow({ ...query, where: { id: event.articleId } }),
        ),
    }),
  }));
}

const SHARED_READ_MS = 5000;
const reads = new WeakMap<StoredEvent, Map<string, Promise<unknown>>>();

/** Memoises a read per event object and selection key for a few seconds. */
function sharedRead<T>(event: StoredEvent, key: string, read: () => Promise<T>): Promise<T> {
  let byKey = reads.get(event);
  if (!byKey) {
    byKey = new Map();
    reads.set(event, byKey);
  }
  let pending = byKey.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    byKey.set(key, pending);
    // Long enough for one fan-out to every subscriber; later readers (a replay) read afresh.
    setTimeout(() => byKey.delete(key), SHARED_READ_MS).unref();
  }
  return pending;
}

async function* filterKind(source: AsyncIterable<StoredEvent>, kind: StoredEvent["kind"]) {
  for await (const event of source) if (event.kind === kind) yield event;
}
