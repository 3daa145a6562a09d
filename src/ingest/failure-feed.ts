import { Repeater, SlidingBuffer } from "graphql-yoga";
import type { IngestFailure } from "../generated/prisma/client.ts";

/** How many announced failures a slow subscriber may fall behind before the oldest are dropped. */
export const FAILURE_FEED_BUFFER = 1000;

/**
 * Announces ingest failures to the subscribers of this process, as they are recorded. Failures
 * are not replayed or shared between instances: `ingestFailures` lists them all.
 */
export interface FailureFeed {
  /** Announces a recorded failure; never throws and never waits for subscribers. */
  publish(failure: IngestFailure): void;
  /** Failures published from now on, until `signal` aborts or the consumer returns. */
  subscribe(signal?: AbortSignal): AsyncIterableIterator<IngestFailure>;
}

/**
 * An in-process feed. Each subscriber has its own sliding buffer, so a burst of thousands of bad
 * files cannot block the ingest queue or overflow a slow subscriber's queue (it loses the oldest
 * announcements instead; the root field still lists them).
 */
export function createFailureFeed(): FailureFeed {
  const listeners = new Set<(failure: IngestFailure) => void>();
  return {
    publish(failure) {
      for (const listener of listeners) {
        try {
          listener(failure);
        } catch {
          // A subscriber that went away mid-publish must not fail the file being ingested.
        }
      }
    },
    subscribe(signal) {
      return new Repeater<IngestFailure>(async (push, stop) => {
        const listener = (failure: IngestFailure) => void push(failure);
        const end = () => stop();
        listeners.add(listener);
        signal?.addEventListener("abort", end, { once: true });
        if (signal?.aborted) stop();
        await stop;
        listeners.delete(listener);
        signal?.removeEventListener("abort", end);
      }, new SlidingBuffer(FAILURE_FEED_BUFFER));
    },
  };
}
