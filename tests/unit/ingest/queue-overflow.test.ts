import { describe, expect, it } from "vitest";
import { createIngestQueue } from "../../../src/ingest/queue.ts";
import { createDeferred, type Deferred } from "../../helpers/deferred.ts";
import { AsyncQueue } from "../../helpers/wait-for.ts";

interface Call extends Deferred<void> {
  path: string;
}

/** A handler whose every run waits until the test settles it. */
function controlledHandler() {
  const calls = new AsyncQueue<Call>();
  const handled: string[] = [];
  const handle = async (path: string) => {
    const call = { path, ...createDeferred() };
    calls.push(call);
    await call.promise;
    handled.push(path);
  };
  /** Lets every run through, as they come, until `count` runs have finished. */
  const finish = async (count: number) => {
    for (let i = 0; i < count; i++) (await calls.next()).resolve();
  };
  return { calls, handled, handle, finish };
}

/** A recheck the test answers: each call waits for `answer`. */
function controlledRecheck() {
  const calls = new AsyncQueue<Deferred<readonly string[]>>();
  let count = 0;
  const recheck = () => {
    count++;
    const call = createDeferred<readonly string[]>();
    calls.push(call);
    return call.promise;
  };
  return { calls, recheck, count: () => count };
}

describe("createIngestQueue with a recheck: back-pressure without loss", () => {
  it("accepts paths beyond the bound, and once drained hands the recheck's paths to the handler", async () => {
    const h = controlledHandler();
    const r = controlledRecheck();
    let overflows = 0;
    const queue = createIngestQueue({
      handle: h.handle,
      concurrency: 1,
      maxPending: 2,
      recheck: r.recheck,
      onOverflow: () => overflows++,
    });
    for (const path of ["a", "b", "c", "d", "e"]) expect(queue.enqueue(path)).toBe(true);
    expect(overflows).toBe(1);
    expect(queue.size).toBe(3); // a running, b and c waiting: d and e are only remembered as an overflow
    let idle = false;
    void queue.idle().then(() => (idle = true));
    await h.finish(3);
    // The backlog has drained: the folder is listed again, and only then is the queue idle.
    const listing = await r.calls.next();
    expect(idle).toBe(false);
    listing.resolve(["a", "b", "c", "d", "e"]);
    await h.finish(5);
    await queue.idle();
    expect(h.handled).toEqual(["a", "b", "c", "a", "b", "c", "d", "e"]);
    expect(r.count()).toBe(1);
  });

  it("handles new paths before the recheck's, and lists again if paths are turned away meanwhile", async () => {
    const h = controlledHandler();
    const r = controlledRecheck();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 1, maxPending: 1, recheck: r.recheck });
    queue.enqueue("a");
    const a = await h.calls.next();
    queue.enqueue("b");
    queue.enqueue("lost-1"); // turned away
    a.resolve();
    await h.finish(1); // b
    (await r.calls.next()).resolve(["x", "y", "z", "lost-1"]);
    const x = await h.calls.next();
    expect(x.path).toBe("x");
    queue.enqueue("new");
    queue.enqueue("lost-2"); // turned away again: the backlog holds "new"
    x.resolve();
    const fresh = await h.calls.next();
    expect(fresh.path).toBe("new");
    fresh.resolve();
    // ...then the rest of the first listing, then a second listing.
    await h.finish(3);
    const second = await r.calls.next();
    second.resolve(["lost-2"]);
    await h.finish(1);
    await queue.idle();
    expect(h.handled).toEqual(["a", "b", "x", "new", "y", "z", "lost-1", "lost-2"]);
    expect(r.count()).toBe(2);
  });

  it("runs a recheck's path that is running once more afterwards, never twice at once", async () => {
    const h = controlledHandler();
    const r = controlledRecheck();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 2, maxPending: 1, recheck: r.recheck });
    queue.enqueue("slow");
    queue.enqueue("b");
    const [slow, b] = [await h.calls.next(), await h.calls.next()];
    queue.enqueue("c");
    queue.enqueue("turned-away");
    b.resolve();
    const c = await h.calls.next();
    (await r.calls.next()).resolve(["slow", "turned-away"]);
    c.resolve();
    const t = await h.calls.next();
    expect(t.path).toBe("turned-away");
    t.resolve();
    expect(h.calls.size).toBe(0); // "slow" waits for its own run to end
    slow.resolve();
    const again = await h.calls.next();
    expect(again.path).toBe("slow");
    again.resolve();
    await queue.idle();
    expect(h.handled).toEqual(["b", "c", "turned-away", "slow", "slow"]);
  });

  it("reports a failing recheck and tries it again after a wait", async () => {
    const h = controlledHandler();
    const errors: Array<[string, unknown]> = [];
    const waits: number[] = [];
    let listings = 0;
    const queue = createIngestQueue({
      handle: h.handle,
      concurrency: 1,
      maxPending: 1,
      recheck: async () => {
        if (++listings === 1) throw new Error("EMFILE");
        return ["lost"];
      },
      onError: (path, error) => errors.push([path, error]),
      delay: async (ms) => void waits.push(ms),
      retry: { baseDelayMs: 10 },
    });
    queue.enqueue("a");
    queue.enqueue("b");
    queue.enqueue("lost");
    await h.finish(3);
    await queue.idle();
    expect(h.handled).toEqual(["a", "b", "lost"]);
    expect(errors.map(([path, error]) => [path, (error as Error).message])).toEqual([
      ["(recheck)", "EMFILE"],
    ]);
    expect(waits).toEqual([10]);
  });

  it("drops a due recheck on close", async () => {
    const h = controlledHandler();
    const r = controlledRecheck();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 1, maxPending: 1, recheck: r.recheck });
    queue.enqueue("a");
    queue.enqueue("b");
    queue.enqueue("c");
    const closing = queue.close();
    await h.finish(1);
    await closing;
    expect(r.count()).toBe(0);
    expect(queue.size).toBe(0);
  });
});
