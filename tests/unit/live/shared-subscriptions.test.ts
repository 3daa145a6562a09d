import { type ExecutionResult, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { liveShareKey, SharedSubscriptions } from "../../../src/live/shared-subscriptions.ts";

/** A source the test feeds by hand; records when it is started and stopped. */
function manualSource() {
  const pending: Array<(r: IteratorResult<ExecutionResult>) => void> = [];
  const queued: ExecutionResult[] = [];
  let ended = false;
  const iterable: AsyncIterable<ExecutionResult> = {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        new Promise((resolve) => {
          const item = queued.shift();
          if (item) resolve({ value: item, done: false });
          else if (ended) resolve({ value: undefined, done: true });
          else pending.push(resolve);
        }),
      return: async () => {
        ended = true;
        for (const p of pending.splice(0)) p({ value: undefined, done: true });
        return { value: undefined, done: true };
      },
    }),
  };
  return {
    iterable,
    emit(n: number) {
      const r = { data: { n } };
      const waiter = pending.shift();
      if (waiter) waiter({ value: r, done: false });
      else queued.push(r);
    },
    end() {
      ended = true;
      for (const p of pending.splice(0)) p({ value: undefined, done: true });
    },
  };
}

async function take(it: AsyncIterator<ExecutionResult>, n: number): Promise<ExecutionResult[]> {
  const out: ExecutionResult[] = [];
  while (out.length < n) {
    const r = await it.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe("SharedSubscriptions", () => {
  it("runs one execution for identical subscriptions and fans every result out", async () => {
    const shared = new SharedSubscriptions();
    const source = manualSource();
    let starts = 0;
    const start = async () => {
      starts++;
      return source.iterable;
    };
    const a = ((await shared.subscribe("k", start)) as AsyncIterable<ExecutionResult>)[
      Symbol.asyncIterator
    ]();
    const b = ((await shared.subscribe("k", start)) as AsyncIterable<ExecutionResult>)[
      Symbol.asyncIterator
    ]();
    const firstA = a.next();
    const firstB = b.next();
    source.emit(1);
    expect((await firstA).value).toEqual({ data: { n: 1 } });
    expect((await firstB).value).toEqual({ data: { n: 1 } });
    expect(starts).toBe(1);
    expect(shared.size).toBe(1);
  });

  it("ends a subscriber that falls too far behind with SLOW_CONSUMER, and keeps the others going", async () => {
    const shared = new SharedSubscriptions(3);
    const source = manualSource();
    const start = async () => source.iterable;
    const slow = ((await shared.subscribe("k", start)) as AsyncIterable<ExecutionResult>)[
      Symbol.asyncIterator
    ]();
    const fast = ((await shared.subscribe("k", start)) as AsyncIterable<ExecutionResult>)[
      Symbol.asyncIterator
    ]();
    const fastResults = take(fast, 5);
    for (let i = 1; i <= 5; i++) source.emit(i);
    expect((await fastResults).map((r) => r.data?.n)).toEqual([1, 2, 3, 4, 5]);
    const slowResults = await take(slow, 10);
    expect(slowResults.slice(0, 3).map((r) => r.data?.n)).toEqual([1, 2, 3]);
    expect(slowResults[3]?.errors?.[0]?.extensions?.code).toBe("SLOW_CONSUMER");
    expect(slowResults).toHaveLength(4); // then it ends
  });

  /** One subscriber of a shared execution fed by hand; `signal` is the execution's. */
  async function oneSubscriber() {
    const shared = new SharedSubscriptions();
    const source = manualSource();
    let signal: AbortSignal | undefined;
    const sub = await shared.subscribe("k", async (s) => {
      signal = s;
      return source.iterable;
    });
    const it = (sub as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
    return { shared, source, it, signal: () => signal };
  }

  it("stops the execution when the last subscriber leaves", async () => {
    const { shared, source, it, signal } = await oneSubscriber();
    const first = it.next();
    source.emit(1);
    await first;
    await it.return?.();
    expect(signal()?.aborted).toBe(true);
    expect(shared.size).toBe(0);
  });

  it("lets a subscriber that leaves before its first read go at once", async () => {
    const { shared, it, signal } = await oneSubscriber();
    await it.return?.();
    expect(signal()?.aborted).toBe(true);
    expect(shared.size).toBe(0);
  });

  it("lets a subscriber that leaves while waiting for a result go at once", async () => {
    const { shared, it, signal } = await oneSubscriber();
    const waiting = it.next(); // no result comes: the subscriber waits
    // An async generator would hold this return() until the next result; it must not.
    expect(await it.return?.()).toEqual({ done: true, value: undefined });
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(signal()?.aborted).toBe(true);
    expect(shared.size).toBe(0);
  });
});

describe("liveShareKey", () => {
  const doc = parse("subscription S($after: String) { articleEvents(after: $after) { kind } }");
  const args = (variableValues: Record<string, unknown>) => ({
    schema: undefined as never,
    document: doc,
    variableValues,
  });

  it("shares live-only subscriptions and never resumed ones", () => {
    expect(liveShareKey(args({}))).not.toBeNull();
    expect(liveShareKey(args({ after: null }))).not.toBeNull();
    expect(liveShareKey(args({ after: "ZXZlbnQ6MQ==" }))).toBeNull();
    const inline = parse('subscription { articleEvents(after: "ZXZlbnQ6MQ==") { kind } }');
    expect(liveShareKey({ schema: undefined as never, document: inline })).toBeNull();
    const query = parse("{ articles { totalCount } }");
    expect(liveShareKey({ schema: undefined as never, document: query })).toBeNull();
  });
});
