import { getEventListeners } from "node:events";
import { type ExecutionResult, GraphQLError, parse } from "graphql";
import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { useSharedLiveSubscriptions } from "../../../src/graphql/plugins/use-shared-live-subscriptions.ts";
import { useSseSubscriptions } from "../../../src/graphql/plugins/use-sse-subscriptions.ts";
import { liveShareKey, SharedSubscriptions } from "../../../src/live/shared-subscriptions.ts";
import { waitFor } from "../../helpers/wait-for.ts";

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

describe("useSharedLiveSubscriptions", () => {
  /** A Yoga app whose `ticks` subscription yields when `tick()` is called, then throws `failWith`. */
  function app(options: { failWith?: Error; context?: () => object } = {}) {
    const shared = new SharedSubscriptions();
    const stop = new AbortController();
    const waiting: Array<() => void> = [];
    const tick = () => {
      for (const wake of waiting.splice(0)) wake();
    };
    let started = 0;
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: /* GraphQL */ `
          type Query { ok: Boolean }
          type Subscription { ticks(after: String): Int! }
        `,
        resolvers: {
          Subscription: {
            ticks: {
              async *subscribe() {
                started++;
                await new Promise<void>((resolve) => waiting.push(resolve));
                yield { ticks: 1 };
                await new Promise<void>((resolve) => waiting.push(resolve));
                if (options.failWith) throw options.failWith;
                yield { ticks: 2 };
              },
            },
          },
        },
      }),
      ...(options.context ? { context: options.context } : {}),
      plugins: [useSseSubscriptions(), useSharedLiveSubscriptions(shared, stop.signal)],
    });
    const subscribe = (accept = "text/event-stream", signal?: AbortSignal) =>
      yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept },
        body: JSON.stringify({ query: "subscription { ticks }" }),
        ...(signal ? { signal } : {}),
      });
    return { shared, tick, subscribe, started: () => started, stop };
  }

  /** The `data:` payloads of an SSE body until it ends. */
  async function frames(response: Response): Promise<unknown[]> {
    const text = await response.text();
    return text
      .split("\n")
      .filter((line) => line.startsWith("data: "))
      .map((line) => JSON.parse(line.slice(6)));
  }

  it("runs SSE subscribers of the same live subscription as one execution", async () => {
    const { shared, tick, subscribe, started } = app();
    const responses = await Promise.all([subscribe(), subscribe(), subscribe()]);
    expect(started()).toBe(1);
    expect(shared.size).toBe(1);
    const bodies = responses.map(frames);
    tick();
    await new Promise((resolve) => setTimeout(resolve, 10));
    tick();
    for (const body of await Promise.all(bodies))
      expect(body).toEqual([{ data: { ticks: 1 } }, { data: { ticks: 2 } }]);
    expect(shared.size).toBe(0);
  });

  it("masks an unexpected error thrown mid-stream, as it would be without sharing", async () => {
    const { tick, subscribe } = app({ failWith: new Error("password=hunter2") });
    const body = frames(await subscribe());
    tick();
    await new Promise((resolve) => setTimeout(resolve, 10));
    tick();
    const [, failed] = await body;
    expect(JSON.stringify(failed)).not.toContain("hunter2");
    expect(failed).toMatchObject({ errors: [{ message: "Unexpected error." }] });
  });

  it("passes a GraphQL error thrown mid-stream through with its code", async () => {
    const error = new GraphQLError("filter is wrong", { extensions: { code: "BAD_USER_INPUT" } });
    const { tick, subscribe } = app({ failWith: error });
    const body = frames(await subscribe());
    tick();
    await new Promise((resolve) => setTimeout(resolve, 10));
    tick();
    const [, failed] = await body;
    expect(failed).toMatchObject({
      errors: [{ message: "filter is wrong", extensions: { code: "BAD_USER_INPUT" } }],
    });
  });

  it("leaves no listener on the stop signal once SSE subscriptions are over", async () => {
    const { shared, tick, subscribe, stop } = app();
    for (let i = 0; i < 20; i++) {
      let over = false;
      void frames(await subscribe()).then(() => {
        over = true;
      });
      // Each tick lets the subscription yield once more; it ends after its second result.
      await waitFor(() => {
        tick();
        return over;
      });
    }
    expect(shared.size).toBe(0);
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });

  it("lets go of a subscriber whose request gets no stream (406)", async () => {
    const { shared, subscribe } = app();
    const response = await subscribe("application/json");
    expect(response.status).toBe(406);
    await waitFor(() => shared.size === 0, { timeout: 2_000, message: "the execution to end" });
  });

  it("lets go of a subscriber whose own signal aborts, though its stream was never read", async () => {
    const client = new AbortController();
    const { shared, subscribe } = app({ context: () => ({ signal: client.signal }) });
    await subscribe();
    expect(shared.size).toBe(1);
    client.abort();
    await waitFor(() => shared.size === 0, { timeout: 2_000, message: "the execution to end" });
  });
});

describe("SharedSubscriptions with a subscriber's own signal", () => {
  it("lets go of the signal once the subscriber is gone", async () => {
    const shared = new SharedSubscriptions();
    const source = manualSource();
    const own = new AbortController();
    let listening = 0;
    const { addEventListener, removeEventListener } = own.signal;
    own.signal.addEventListener = (...args: Parameters<typeof addEventListener>) => {
      listening++;
      addEventListener.apply(own.signal, args);
    };
    own.signal.removeEventListener = (...args: Parameters<typeof removeEventListener>) => {
      listening--;
      removeEventListener.apply(own.signal, args);
    };
    const stream = (await shared.subscribe(
      "k",
      async () => source.iterable,
      own.signal,
    )) as AsyncGenerator<ExecutionResult>;
    expect(listening).toBe(1);
    source.emit(1);
    expect(await take(stream, 1)).toEqual([{ data: { n: 1 } }]);
    await stream.return(undefined);
    // A signal that outlives the subscription (a request that ended normally) holds nothing.
    expect(listening).toBe(0);
    expect(shared.size).toBe(0);
  });
});

describe("SharedSubscriptions with a stop signal", () => {
  it("ends every execution and its subscribers when stop aborts", async () => {
    const stop = new AbortController();
    const shared = new SharedSubscriptions(undefined, stop.signal);
    const source = manualSource();
    let signal: AbortSignal | undefined;
    const stream = (await shared.subscribe("k", async (s) => {
      signal = s;
      return source.iterable;
    })) as AsyncGenerator<ExecutionResult>;
    const waiting = stream.next();
    stop.abort();
    expect(signal?.aborted).toBe(true);
    source.end(); // the execution sees its signal and finishes
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(shared.size).toBe(0);
  });

  it("leaves no listener on stop across 1,000 executions started and left", async () => {
    const stop = new AbortController();
    const shared = new SharedSubscriptions(undefined, stop.signal);
    for (let i = 0; i < 1000; i++) {
      const source = manualSource();
      const stream = (await shared.subscribe(
        "k",
        async () => source.iterable,
      )) as AsyncGenerator<ExecutionResult>;
      const waiting = stream.next();
      await stream.return(undefined);
      await waiting;
    }
    expect(shared.size).toBe(0);
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });

  it("leaves no listener on stop for executions that answered with an error or failed to start", async () => {
    const stop = new AbortController();
    const shared = new SharedSubscriptions(undefined, stop.signal);
    const refused = { errors: [new GraphQLError("bad cursor")] };
    expect(await shared.subscribe("k", async () => refused)).toBe(refused);
    await expect(
      shared.subscribe("k", async () => {
        throw new Error("no database");
      }),
    ).rejects.toThrow("no database");
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });
});

describe("a subscriber's stream", () => {
  it("answers reads made before any result came, in order", async () => {
    const shared = new SharedSubscriptions();
    const source = manualSource();
    const stream = (await shared.subscribe(
      "k",
      async () => source.iterable,
    )) as AsyncGenerator<ExecutionResult>;
    const reads = [stream.next(), stream.next(), stream.next()];
    source.emit(1);
    source.emit(2);
    await new Promise((resolve) => setImmediate(resolve));
    source.end();
    expect(await Promise.all(reads)).toEqual([
      { done: false, value: { data: { n: 1 } } },
      { done: false, value: { data: { n: 2 } } },
      { done: true, value: undefined },
    ]);
  });

  it("rejects throw() with its error and lets the subscriber go", async () => {
    const shared = new SharedSubscriptions();
    const source = manualSource();
    const stream = (await shared.subscribe(
      "k",
      async () => source.iterable,
    )) as AsyncGenerator<ExecutionResult>;
    const boom = new Error("boom");
    await expect(stream.throw(boom)).rejects.toBe(boom);
    expect(shared.size).toBe(0);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});
