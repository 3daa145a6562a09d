import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import type { Logger } from "./logger.ts";

/**
 * Topics on the bus. Payloads are ids only: a subscriber re-reads whatever it needs through
 * Prisma, so events stay small and never carry uncommitted rows.
 */
export type Topics = {
  /** Article events up to `seq` are committed (see store/events.ts). */
  "article:changed": [{ seq: number }];
};

/** Carries commit notifications between instances. */
export interface EventBus {
  /** Publishes after commit; never throws (a lost notice is caught up by the event log's poll). */
  publishArticleChanged(seq: number): void;
  /** Every `article:changed` notice, from this and other instances. */
  articleChanges(): AsyncIterable<{ seq: number }>;
  close(): Promise<void>;
}

/**
 * A bus through Redis pub/sub, so every instance hears every commit. While Redis is down,
 * publishing only logs (ioredis reconnects by itself); local subscribers are notified by the
 * event log directly and other instances catch up by polling the database.
 */
export function createRedisBus(url: string, logger: Logger): EventBus {
  const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, {
    ...options,
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  let down = false;
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (error: Error) => {
      if (!down) logger.warn(`Redis unavailable (${error.message}); cross-instance events paused`);
      down = true;
    });
    client.on("ready", () => {
      if (down) logger.info("Redis is back; cross-instance events resume");
      down = false;
    });
  }
  const pubsub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  return {
    publishArticleChanged: (seq) => {
      try {
        pubsub.publish("article:changed", { seq });
      } catch (error) {
        logger.warn("cannot publish to Redis", error);
      }
    },
    articleChanges: () => pubsub.subscribe("article:changed"),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
