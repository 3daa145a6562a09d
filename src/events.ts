import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "./logger.ts";

/**
 * The channel commit notices travel on. The payload is ids only, `{"seq":N}`: article events up
 * to `seq` are committed (see store/events.ts), and a subscriber re-reads whatever it needs
 * through Prisma, so notices stay small and never carry uncommitted rows.
 */
export const ARTICLE_CHANGED = "article:changed";

/** Carries commit notifications between instances. */
export interface EventBus {
  /** Publishes after commit; never throws (a lost notice is caught up by the event log's poll). */
  publishArticleChanged(seq: number): void;
  /** Every `article:changed` notice, from this and other instances; ends when the bus closes. */
  articleChanges(): AsyncIterable<{ seq: number }>;
  /** Both Redis connections are up (publishing and subscribed). */
  readonly connected: boolean;
  close(): Promise<void>;
}

export interface RedisBusOptions {
  /** Longest pause between two reconnection attempts while Redis is down, in ms (default 1,000). */
  maxReconnectDelayMs?: number;
}

/** Topics on the bus (see {@link ARTICLE_CHANGED}). */
type Topics = { [ARTICLE_CHANGED]: [{ seq: number }] };

/** A well-formed notice: `{"seq":N}` with N a safe integer. */
function isNotice(message: string): boolean {
  try {
    const seq = (JSON.parse(message) as { seq?: unknown } | null)?.seq;
    return typeof seq === "number" && Number.isSafeInteger(seq);
  } catch {
    return false;
  }
}

/**
 * A bus through Redis pub/sub, so every instance hears every commit. Redis is optional at run
 * time: while it is down, publishing is skipped, local subscribers are notified by the event log
 * directly and other instances catch up by polling the database. Both connections retry for as
 * long as the process runs; an outage is logged once as a warning when it starts and once as
 * info when it is over, with each failed attempt in between at debug level only.
 *
 * Notices travel through `@graphql-yoga/redis-event-target` over two ioredis connections.
 */
export function createRedisBus(url: string, logger: Logger, options: RedisBusOptions = {}): EventBus {
  const maxDelay = options.maxReconnectDelayMs ?? 1000;
  const common: RedisOptions = {
    retryStrategy: (attempt) => Math.min(attempt * 100, maxDelay),
    connectTimeout: 5000,
  };
  // Publishing fails fast while disconnected instead of queueing notices the poll replaces anyway.
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // The subscription waits for the connection; ioredis subscribes again after each reconnect.
  const subscriber = new Redis(url, { ...common, enableOfflineQueue: true, maxRetriesPerRequest: null });
  const clients = [publisher, subscriber];
  let closing = false;
  let everConnected = false;
  let outage = false;

  const isConnected = () => clients.every((c) => c.status === "ready");
  const lost = (reason: string) => {
    if (closing || outage) return;
    outage = true;
    logger.warn(
      `${everConnected ? "Redis connection lost" : "Redis unreachable"} (${reason}); events from other ` +
        "instances arrive through the database poll until it is back",
    );
  };
  for (const client of clients) {
    client.on("error", (error: Error) => {
      if (outage || closing) logger.debug(`Redis: ${error.message}`);
      else lost(error.message);
    });
    client.on("close", () => lost("connection closed"));
    client.on("ready", () => {
      if (!isConnected()) return;
      if (outage) logger.info("Redis connection is back; cross-instance events resume");
      else if (!everConnected) logger.debug("Redis connected");
      outage = false;
      everConnected = true;
    });
  }

  // Yoga's Redis event target carries the notices. It does not handle the promises of the
  // commands it sends, and a publish or subscribe rejected while Redis is down would surface as
  // an unhandled rejection and end the process; so it gets clients whose commands never reject.
  const publishClient = {
    publish: (channel: string, message: string) => {
      // Not connected: the outage is already logged and other instances poll; nothing to send.
      if (closing || publisher.status !== "ready") return Promise.resolve(0);
      return publisher.publish(channel, message).catch((error: Error) => {
        lost(error.message);
        return 0;
      });
    },
  };
  const subscribeClient = {
    on: (event: "message", listener: (channel: string, message: string) => void) => {
      subscriber.on(event, (channel: string, message: string) => {
        if (isNotice(message)) listener(channel, message);
        else logger.debug(`ignoring a malformed ${ARTICLE_CHANGED} notice: ${message.slice(0, 100)}`);
      });
      return subscribeClient;
    },
    subscribe: (channel: string) =>
      subscriber.subscribe(channel).catch((error: Error) => {
        if (!closing) logger.warn(`cannot subscribe to ${channel}`, error);
        return 0;
      }),
    unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(() => 0),
  };
  const pubsub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({
      publishClient: publishClient as unknown as Redis,
      subscribeClient: subscribeClient as unknown as Redis,
    }),
  });
  const open = new Set<AsyncIterator<unknown>>();

  async function* articleChanges(): AsyncGenerator<{ seq: number }> {
    if (closing) return;
    const iterator = pubsub.subscribe(ARTICLE_CHANGED)[Symbol.asyncIterator]();
    open.add(iterator);
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      open.delete(iterator);
      await iterator.return?.();
    }
  }

  return {
    publishArticleChanged: (seq) => pubsub.publish(ARTICLE_CHANGED, { seq }),
    articleChanges,
    get connected() {
      return isConnected();
    },
    async close() {
      closing = true;
      await Promise.all([...open].map((iterator) => iterator.return?.()));
      for (const client of clients) client.disconnect();
    },
  };
}
