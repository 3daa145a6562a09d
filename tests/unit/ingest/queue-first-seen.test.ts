import { describe, expect, it } from "vitest";
import type { FirstSeen } from "../../../src/ingest/first-seen.ts";
import { createIngestQueue } from "../../../src/ingest/queue.ts";
import { createDeferred, type Deferred } from "../../helpers/deferred.ts";
import { AsyncQueue } from "../../helpers/wait-for.ts";

interface Call extends Deferred<void> {
  path: string;
  seen: FirstSeen | undefined;
}

/** A handler whose every run waits until the test settles it, recording the sighting it got. */
function controlledHandler() {
  const calls = new AsyncQueue<Call>();
  const handle = async (path: string, seen: FirstSeen | undefined) => {
    const call = { path, seen, ...createDeferred() };
    calls.push(call);
    await call.promise;
  };
  return { calls, handle };
}

const watch = (at: number): FirstSeen => ({ at, by: "watch" });

describe("createIngestQueue: when each change was first seen", () => {
  it("hands a waiting path's earliest sighting to its run", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, paused: true });
    queue.enqueue("a", watch(20));
    queue.enqueue("a", watch(10));
    queue.enqueue("a", watch(30));
    queue.enqueue("b");
    queue.resume();
    const a = await h.calls.next();
    expect(a).toMatchObject({ path: "a", seen: watch(10) });
    const b = await h.calls.next();
    expect(b).toMatchObject({ path: "b", seen: undefined });
    a.resolve();
    b.resolve();
    await queue.idle();
  });

  it("gives the run after the current one the earliest sighting since the current one began", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 1 });
    queue.enqueue("a", watch(1));
    const first = await h.calls.next();
    expect(first.seen).toEqual(watch(1));
    queue.enqueue("a", watch(5));
    queue.enqueue("a", watch(3));
    first.resolve();
    const second = await h.calls.next();
    expect(second.seen).toEqual(watch(3));
    second.resolve();
    await queue.idle();
  });

  it("keeps the same sighting across retries", async () => {
    const seen: Array<FirstSeen | undefined> = [];
    let tries = 0;
    const queue = createIngestQueue({
      handle: async (_path, sighting) => {
        seen.push(sighting);
        if (++tries < 3) throw new Error("not yet");
      },
      delay: async () => {},
      onError: () => {},
    });
    queue.enqueue("a", watch(7));
    await queue.idle();
    expect(seen).toEqual([watch(7), watch(7), watch(7)]);
  });

  it("gives the paths of a recheck the earliest sighting of those turned away, as a reconcile's", async () => {
    const h = controlledHandler();
    const listing = createDeferred<readonly string[]>();
    const queue = createIngestQueue({
      handle: h.handle,
      concurrency: 1,
      maxPending: 1,
      recheck: () => listing.promise,
    });
    queue.enqueue("a", watch(1));
    const a = await h.calls.next();
    queue.enqueue("b", watch(2));
    queue.enqueue("c", watch(4)); // turned away
    queue.enqueue("d", watch(3)); // turned away
    a.resolve();
    (await h.calls.next()).resolve();
    listing.resolve(["c", "d"]);
    const c = await h.calls.next();
    expect(c).toMatchObject({ path: "c", seen: { at: 3, by: "reconcile" } });
    c.resolve();
    const d = await h.calls.next();
    expect(d).toMatchObject({ path: "d", seen: { at: 3, by: "reconcile" } });
    d.resolve();
    await queue.idle();
  });
});
