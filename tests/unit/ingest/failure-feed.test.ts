import { describe, expect, it } from "vitest";
import type { IngestFailure } from "../../../src/generated/prisma/client.ts";
import { createFailureFeed, FAILURE_FEED_BUFFER } from "../../../src/ingest/failure-feed.ts";

const failure = (n: number): IngestFailure => ({
  id: n,
  path: `bad-${n}.txt`,
  contentHash: null,
  extractorVersion: null,
  code: "EMPTY",
  message: "file is empty or whitespace only",
  at: new Date(0),
});

describe("createFailureFeed", () => {
  it("delivers each failure to every subscriber and ends a subscription when its signal aborts", async () => {
    const feed = createFailureFeed();
    const stop = new AbortController();
    const a = feed.subscribe(stop.signal);
    const b = feed.subscribe();
    // A Repeater starts listening on the first `next`: ask before publishing.
    const [nextA, nextB] = [a.next(), b.next()];
    feed.publish(failure(1));
    expect((await nextA).value?.path).toBe("bad-1.txt");
    expect((await nextB).value?.path).toBe("bad-1.txt");
    const pending = a.next();
    stop.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    await b.return?.();
  });

  it("never blocks the publisher on a subscriber that does not read; it keeps the latest failures", async () => {
    const feed = createFailureFeed();
    const slow = feed.subscribe();
    const first = slow.next();
    for (let n = 1; n <= 5 * FAILURE_FEED_BUFFER; n++) feed.publish(failure(n));
    expect((await first).value?.id).toBe(1);
    const second = await slow.next();
    expect(second.value?.id).toBe(4 * FAILURE_FEED_BUFFER + 1);
    await slow.return?.();
  });
});
