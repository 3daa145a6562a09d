import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createIngestQueue, type IngestQueueOptions } from "../../../src/ingest/queue.ts";
import { createDeferred, type Deferred } from "../../helpers/deferred.ts";
import { AsyncQueue } from "../../helpers/wait-for.ts";

interface Call extends Deferred<void> {
  path: string;
}

/** A handler whose every run waits until the test settles it, with concurrency bookkeeping. */
function controlledHandler() {
  const calls = new AsyncQueue<Call>();
  const perPath = new Map<string, number>();
  const counts = new Map<string, number>();
  const stats = { inFlight: 0, maxInFlight: 0, maxPerPath: 0 };
  const handle = async (path: string) => {
    const running = (perPath.get(path) ?? 0) + 1;
    perPath.set(path, running);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    stats.maxPerPath = Math.max(stats.maxPerPath, running);
    const call = { path, ...createDeferred() };
    calls.push(call);
    try {
      await call.promise;
    } finally {
      perPath.set(path, running - 1);
      stats.inFlight--;
    }
  };
  return { calls, counts, stats, handle };
}

/** A backoff delay the test controls: records each wait and resolves it at once. */
function recordedDelay(): { waits: number[]; delay: NonNullable<IngestQueueOptions["delay"]> } {
  const waits: number[] = [];
  return { waits, delay: async (ms) => void waits.push(ms) };
}

/**
 * A backoff delay on real timers (so it honours the abort signal) that records each wait, both as a
 * list and as an event a test can await.
 */
function timedDelay() {
  const waits: number[] = [];
  const started = new AsyncQueue<number>();
  const delay: NonNullable<IngestQueueOptions["delay"]> = (ms, signal) => {
    waits.push(ms);
    started.push(ms);
    return sleep(ms, undefined, { signal });
  };
  return { waits, started, delay };
}

/** What the database says while it is unreachable or restarting; `isTransient` below accepts it. */
class TransientError extends Error {}
const isTransient = (error: unknown) => error instanceof TransientError;

describe("createIngestQueue", () => {
  it("handles every path with bounded concurrency and resolves idle() when all are done", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 2 });
    for (const path of ["a", "b", "c"]) expect(queue.enqueue(path)).toBe(true);
    const first = [await h.calls.next(), await h.calls.next()];
    expect(first.map((c) => c.path)).toEqual(["a", "b"]);
    expect(h.calls.size).toBe(0);
    expect(queue.size).toBe(3);
    first[0]?.resolve();
    const third = await h.calls.next();
    expect(third.path).toBe("c");
    first[1]?.resolve();
    third.resolve();
    await queue.idle();
    expect(queue.size).toBe(0);
    expect(h.stats.maxInFlight).toBe(2);
  });

  it("coalesces a path enqueued again while it waits", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 1 });
    queue.enqueue("a");
    for (let i = 0; i < 3; i++) expect(queue.enqueue("b")).toBe(true);
    expect(queue.size).toBe(2);
    (await h.calls.next()).resolve();
    (await h.calls.next()).resolve();
    await queue.idle();
    expect(h.counts.get("b")).toBe(1);
  });

  it("runs a path enqueued while running exactly once more, after the current run", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 4 });
    queue.enqueue("a");
    const first = await h.calls.next();
    for (let i = 0; i < 3; i++) expect(queue.enqueue("a")).toBe(true);
    expect(queue.size).toBe(1);
    expect(h.calls.size).toBe(0);
    first.resolve();
    (await h.calls.next()).resolve();
    await queue.idle();
    expect(h.counts.get("a")).toBe(2);
    expect(h.stats.maxPerPath).toBe(1);
  });

  it("refuses new paths when the backlog is full, but still coalesces waiting ones", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 1, maxPending: 2 });
    expect(queue.enqueue("a")).toBe(true);
    const a = await h.calls.next();
    expect(queue.enqueue("b")).toBe(true);
    expect(queue.enqueue("c")).toBe(true);
    expect(queue.enqueue("d")).toBe(false);
    expect(queue.enqueue("b")).toBe(true);
    a.resolve();
    const b = await h.calls.next();
    expect(b.path).toBe("b");
    expect(queue.enqueue("d")).toBe(true);
    b.resolve();
    (await h.calls.next()).resolve();
    (await h.calls.next()).resolve();
    await queue.idle();
    expect([...h.counts.keys()]).toEqual(["a", "b", "c", "d"]);
  });

  it("retries a failing handler with exponential backoff until it succeeds", async () => {
    const { waits, delay } = recordedDelay();
    const errors: unknown[] = [];
    let calls = 0;
    const queue = createIngestQueue({
      handle: async () => {
        if (++calls < 3) throw new Error("database is down");
      },
      retry: { attempts: 5, baseDelayMs: 10 },
      delay,
      onError: (_path, error) => errors.push(error),
    });
    queue.enqueue("a");
    await queue.idle();
    expect(calls).toBe(3);
    expect(waits).toEqual([10, 20]);
    expect(errors).toEqual([]);
  });

  it("caps the backoff at maxDelayMs", async () => {
    const { waits, delay } = recordedDelay();
    const queue = createIngestQueue({
      handle: async () => {
        throw new Error("down");
      },
      retry: { attempts: 6, baseDelayMs: 100, maxDelayMs: 500 },
      delay,
      onError: () => {},
    });
    queue.enqueue("a");
    await queue.idle();
    expect(waits).toEqual([100, 200, 400, 500, 500]);
  });

  it("reports a path that fails every attempt once, then goes on with other paths", async () => {
    const { waits, delay } = recordedDelay();
    const failures: Array<[string, unknown]> = [];
    const handled: string[] = [];
    const queue = createIngestQueue({
      handle: async (path) => {
        if (path === "bad") throw new Error("database is down");
        handled.push(path);
      },
      concurrency: 1,
      retry: { attempts: 3, baseDelayMs: 5 },
      delay,
      onError: (path, error) => failures.push([path, error]),
    });
    queue.enqueue("bad");
    queue.enqueue("good");
    await queue.idle();
    expect(waits).toEqual([5, 10]);
    expect(failures.map(([path, error]) => [path, (error as Error).message])).toEqual([
      ["bad", "database is down"],
    ]);
    expect(handled).toEqual(["good"]);
    expect(queue.enqueue("good")).toBe(true);
    await queue.idle();
    expect(handled).toEqual(["good", "good"]);
  });

  it("treats a handler that throws synchronously and an onError that throws as ordinary failures", async () => {
    const handled: string[] = [];
    const queue = createIngestQueue({
      handle: (path) => {
        if (path === "bad") throw new Error("sync failure");
        handled.push(path);
        return Promise.resolve();
      },
      retry: { attempts: 1 },
      onError: () => {
        throw new Error("logger is broken too");
      },
    });
    queue.enqueue("bad");
    queue.enqueue("good");
    await queue.idle();
    expect(handled).toEqual(["good"]);
  });

  it("lets a retry cover events that arrived before it, instead of running once more", async () => {
    const backoff = createDeferred();
    let calls = 0;
    const queue = createIngestQueue({
      handle: async () => {
        if (++calls === 1) throw new Error("transient");
      },
      delay: () => backoff.promise,
    });
    queue.enqueue("a");
    expect(queue.enqueue("a")).toBe(true);
    backoff.resolve();
    await queue.idle();
    expect(calls).toBe(2);
  });

  it("close() refuses new paths, drops waiting ones and resolves after the run in flight", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, concurrency: 1 });
    queue.enqueue("a");
    queue.enqueue("b");
    const a = await h.calls.next();
    queue.enqueue("a");
    let closed = false;
    const closing = queue.close().then(() => {
      closed = true;
    });
    expect(queue.enqueue("c")).toBe(false);
    await Promise.resolve();
    expect(closed).toBe(false);
    a.resolve();
    await closing;
    expect(h.calls.size).toBe(0);
    expect([...h.counts.entries()]).toEqual([["a", 1]]);
  });

  it("close() cancels a pending retry and reports the path", async () => {
    const failures: string[] = [];
    const started = createDeferred();
    const queue = createIngestQueue({
      handle: async () => {
        throw new Error("down");
      },
      delay: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          started.resolve();
          signal.addEventListener("abort", () => reject(signal.reason));
        }),
      onError: (path) => failures.push(path),
    });
    queue.enqueue("a");
    await started.promise;
    await queue.close();
    expect(failures).toEqual(["a"]);
  });

  it("holds everything while paused and starts on resume()", async () => {
    const h = controlledHandler();
    const queue = createIngestQueue({ handle: h.handle, paused: true });
    queue.enqueue("a");
    queue.enqueue("b");
    let idle = false;
    const waiting = queue.idle().then(() => {
      idle = true;
    });
    await Promise.resolve();
    expect(h.calls.size).toBe(0);
    expect(idle).toBe(false);
    queue.resume();
    (await h.calls.next()).resolve();
    (await h.calls.next()).resolve();
    await waiting;
    expect([...h.counts.keys()]).toEqual(["a", "b"]);
  });

  it("under a storm of repeated events never runs a path twice at once and never loses the last event", async () => {
    const limit = 3;
    const active = new Map<string, number>();
    const lastEnqueued = new Map<string, number>();
    const lastStarted = new Map<string, number>();
    let seq = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    let maxPerPath = 0;
    const queue = createIngestQueue({
      concurrency: limit,
      handle: async (path) => {
        lastStarted.set(path, ++seq);
        const turns = (seq % 3) + 1;
        active.set(path, (active.get(path) ?? 0) + 1);
        maxPerPath = Math.max(maxPerPath, active.get(path) ?? 0);
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
        active.set(path, (active.get(path) ?? 1) - 1);
        inFlight--;
      },
    });
    // Fewer paths than twice the limit, so a path is often enqueued again while it runs.
    const paths = ["a", "b", "c", "d", "e"];
    for (let round = 0; round < 30; round++) {
      for (const path of paths.filter((_, i) => (round + i) % 3 !== 0)) {
        lastEnqueued.set(path, ++seq);
        expect(queue.enqueue(path)).toBe(true);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await queue.idle();
    expect(maxPerPath).toBe(1);
    expect(maxInFlight).toBeLessThanOrEqual(limit);
    for (const [path, enqueued] of lastEnqueued) expect(lastStarted.get(path)).toBeGreaterThan(enqueued);
  });

  describe("with retry.isTransient", () => {
    it("keeps retrying transient failures past `attempts`, with backoff capped at maxDelayMs, until success", async () => {
      const { waits, delay } = timedDelay();
      const failures: unknown[] = [];
      let calls = 0;
      const queue = createIngestQueue({
        handle: async () => {
          if (++calls <= 6) throw new TransientError("the database system is starting up");
        },
        retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5, isTransient },
        delay,
        onError: (_path, error) => failures.push(error),
      });
      queue.enqueue("a");
      await queue.idle();
      expect(failures).toEqual([]);
      expect(calls).toBe(7);
      // Transient tries follow the same backoff as the others; only `attempts` ignores them.
      expect(waits).toEqual([1, 2, 4, 5, 5, 5]);
    });

    it("still gives up after `attempts` non-transient failures, counting only those, and reports once", async () => {
      const { waits, delay } = timedDelay();
      const failures: Array<[string, unknown]> = [];
      let calls = 0;
      const queue = createIngestQueue({
        // Transient and other failures alternate: T, N, T, N, T, N.
        handle: async () => {
          calls++;
          throw calls % 2 === 1 ? new TransientError(`unreachable ${calls}`) : new Error(`broken ${calls}`);
        },
        retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, isTransient },
        delay,
        onError: (path, error) => failures.push([path, error]),
      });
      queue.enqueue("a");
      await queue.idle();
      expect(calls).toBe(6);
      expect(waits).toEqual([1, 2, 4, 5, 5]);
      expect(failures.map(([path, error]) => [path, (error as Error).message])).toEqual([["a", "broken 6"]]);
      expect(queue.size).toBe(0);
    });

    it("counts an error as non-transient when isTransient throws on it", async () => {
      const failures: unknown[] = [];
      let calls = 0;
      const queue = createIngestQueue({
        // Succeeds on the fifth try, which only a queue that took the throwing predicate as
        // "transient" would reach.
        handle: async () => {
          if (++calls < 5) throw calls % 2 === 1 ? new TransientError("unreachable") : new Error("broken");
        },
        retry: {
          attempts: 2,
          baseDelayMs: 1,
          maxDelayMs: 5,
          isTransient: (error) => {
            if (error instanceof TransientError) return true;
            throw new Error("cannot classify");
          },
        },
        delay: timedDelay().delay,
        onError: (_path, error) => failures.push(error),
      });
      queue.enqueue("a");
      await queue.idle();
      expect(calls).toBe(4);
      expect(failures.map((error) => (error as Error).message)).toEqual(["broken"]);
    });

    it("close() ends a path waiting on transient retries at once and reports it", async () => {
      const { started, delay } = timedDelay();
      const failures: Array<[string, unknown]> = [];
      let calls = 0;
      const queue = createIngestQueue({
        handle: async () => {
          calls++;
          throw new TransientError("the database system is starting up");
        },
        // One attempt only: a queue that ignored isTransient would report the path at once.
        retry: { attempts: 1, baseDelayMs: 60_000, maxDelayMs: 60_000, isTransient },
        delay,
        onError: (path, error) => failures.push([path, error]),
      });
      queue.enqueue("a");
      expect(await started.next(2_000)).toBe(60_000);
      expect(failures).toEqual([]);
      expect(queue.size).toBe(1);
      const closingAt = performance.now();
      await queue.close();
      expect(performance.now() - closingAt).toBeLessThan(1_000);
      expect(calls).toBe(1);
      expect(failures.map(([path, error]) => [path, (error as Error).message])).toEqual([
        ["a", "the database system is starting up"],
      ]);
      expect(queue.size).toBe(0);
      expect(queue.enqueue("a")).toBe(false);
    });
  });
});
