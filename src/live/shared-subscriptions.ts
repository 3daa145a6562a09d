import { type ExecutionArgs, type ExecutionResult, GraphQLError, Kind, print } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import { ErrorCode } from "../errors.ts";
import { interruptible } from "./interruptible.ts";

type Result = ExecutionResult;
type Source = AsyncIterable<Result> | Result;

/** The error a subscription ends with when its client falls too far behind. */
export function slowConsumerError(detail: string): GraphQLError {
  return new GraphQLError(
    `${detail}; the subscription ended: subscribe again with after: <the last cursor received>`,
    { extensions: { code: ErrorCode.SLOW_CONSUMER } },
  );
}

/** Default number of results a subscriber may fall behind before its subscription ends. */
export const DEFAULT_SUBSCRIBER_BUFFER = 1000;

interface Listener {
  queue: Result[];
  wake: (() => void) | null;
  done: boolean;
  /** Stops listening to the subscriber's own signal. */
  unlisten?: () => void;
}

interface Group {
  listeners: Set<Listener>;
  controller: AbortController;
}

/**
 * Runs one execution per distinct live subscription (same document, variables and operation)
 * and fans its results out to every subscriber, so an event is resolved once however many
 * clients listen. Each subscriber has a bounded buffer: one that falls `bufferLimit` results
 * behind gets a `SLOW_CONSUMER` error telling it to resume from its last cursor, and its
 * subscription ends, so memory stays flat.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly bufferLimit = DEFAULT_SUBSCRIBER_BUFFER) {}

  /** Number of distinct executions running (for tests and metrics). */
  get size(): number {
    return this.groups.size;
  }

  /**
   * Joins the execution for `key`, starting it with `start(signal)` when there is none; the
   * signal aborts when the last subscriber leaves.
   */
  async subscribe(
    key: string,
    start: (signal: AbortSignal) => Promise<Source>,
    /** The subscriber leaves when this aborts, whether or not its stream is being read. */
    until?: AbortSignal,
  ): Promise<Source> {
    let group = this.groups.get(key);
    if (!group) {
      const controller = new AbortController();
      const source = await start(controller.signal);
      if (!isAsyncIterable<Result>(source)) return source; // an error result: nothing to share
      group = this.groups.get(key);
      if (!group) {
        group = { listeners: new Set(), controller };
        this.groups.set(key, group);
        void this.pump(key, group, source);
      } else {
        controller.abort(); // another subscriber started the same execution meanwhile
      }
    }
    return this.listen(key, group, until);
  }

  private async pump(key: string, group: Group, source: AsyncIterable<Result>): Promise<void> {
    try {
      for await (const result of source) {
        for (const listener of group.listeners) this.deliver(group, listener, result);
        if (group.listeners.size === 0) break;
      }
    } catch (error) {
      // Delivered as a result, so each subscriber's error masking sees it: an error that is not
      // already a GraphQL error keeps its origin, which is what tells masking to hide it.
      const failed: Result = {
        errors: [
          error instanceof GraphQLError
            ? error
            : new GraphQLError((error as Error)?.message ?? "subscription failed", {
                originalError: error as Error,
              }),
        ],
      };
      for (const listener of group.listeners) this.deliver(group, listener, failed);
    } finally {
      if (this.groups.get(key) === group) this.groups.delete(key);
      group.controller.abort();
      for (const listener of group.listeners) this.finish(listener);
    }
  }

  private deliver(group: Group, listener: Listener, result: Result): void {
    if (listener.done) return;
    if (listener.queue.length >= this.bufferLimit) {
      listener.queue.push({
        errors: [slowConsumerError(`this subscriber fell ${this.bufferLimit} events behind`)],
      });
      group.listeners.delete(listener);
      this.finish(listener);
      return;
    }
    listener.queue.push(result);
    listener.wake?.();
  }

  private finish(listener: Listener): void {
    listener.done = true;
    listener.unlisten?.();
    listener.unlisten = undefined;
    listener.wake?.();
  }

  /**
   * Registers the subscriber at once (not at its first read), so it misses nothing from now on.
   * A subscriber that leaves while waiting for the next result leaves at once.
   */
  private listen(key: string, group: Group, until?: AbortSignal): AsyncGenerator<Result> {
    const listener: Listener = { queue: [], wake: null, done: false };
    group.listeners.add(listener);
    if (until?.aborted) this.leave(key, group, listener);
    else if (until) {
      const stop = () => this.leave(key, group, listener);
      until.addEventListener("abort", stop, { once: true });
      // Removed on leaving: a signal that outlives the subscription must not hold it.
      listener.unlisten = () => until.removeEventListener("abort", stop);
    }
    // Leaving at once also covers a subscriber that leaves before its first read: a generator
    // that never started does not run its `finally`.
    return interruptible(this.drain(key, group, listener), () => this.leave(key, group, listener));
  }

  /** Removes a subscriber; the last one to leave stops the execution. */
  private leave(key: string, group: Group, listener: Listener): void {
    this.finish(listener);
    group.listeners.delete(listener);
    if (group.listeners.size === 0 && this.groups.get(key) === group) {
      this.groups.delete(key);
      group.controller.abort();
    }
  }

  private async *drain(key: string, group: Group, listener: Listener): AsyncGenerator<Result> {
    try {
      for (;;) {
        const next = listener.queue.shift();
        if (next) {
          yield next;
          continue;
        }
        if (listener.done) return;
        await new Promise<void>((resolve) => {
          listener.wake = resolve;
        });
        listener.wake = null;
      }
    } finally {
      this.leave(key, group, listener);
    }
  }
}

/**
 * The sharing key of a subscription that only asks for live events: its printed document,
 * operation name and variables. Null (not shared) for queries, and for subscriptions that resume
 * from a cursor (an `after` argument, or SSE's Last-Event-ID): a late joiner of such a shared
 * execution would miss what it already delivered.
 */
export function liveShareKey(args: ExecutionArgs): string | null {
  const operation = args.document.definitions.find(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== "subscription") return null;
  if ((args.contextValue as { lastEventId?: string | null } | undefined)?.lastEventId) return null;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    const after = selection.arguments?.find((a) => a.name.value === "after");
    if (!after) continue;
    if (after.value.kind === Kind.NULL) continue;
    if (after.value.kind !== Kind.VARIABLE) return null;
    const value = (args.variableValues as Record<string, unknown> | undefined)?.[after.value.name.value];
    if (value !== null && value !== undefined) return null;
  }
  return JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? null]);
}

/**
 * Marks the root value of an operation that is shared around the whole enveloped subscribe
 * (graphql-ws does that: see app.ts), so {@link useSharedLiveSubscriptions} leaves it alone.
 * There the hooks other plugins put on results run once per execution, not once per subscriber:
 * with 1,000 graphql-ws subscribers that is about 3 ms less per event.
 */
export const SHARED_AROUND_ENVELOP = Symbol("seedgraph.sharedAroundEnvelop");

/**
 * Puts identical live subscriptions ({@link liveShareKey}) into one shared execution, for the
 * transports that go through Yoga's envelop: SSE (graphql-ws is shared around it, see
 * {@link SHARED_AROUND_ENVELOP}, when it marks its operations). The shared execution gets
 * a context of its own whose signal ends when its last subscriber leaves or `stop` aborts, not
 * with the socket or request of the subscriber that happened to start it. Hooks that other
 * plugins put on subscription results still run for each subscriber.
 *
 * A subscriber joins at once, so it must also leave when nobody will read its stream: when its
 * own signal aborts (its client went away, even before the response started), and when Yoga
 * found no format the request accepts (a 406 answer never reads the stream it was given).
 */
export function useSharedLiveSubscriptions(shared: SharedSubscriptions, stop: AbortSignal): Plugin {
  return {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      if ((args.rootValue as { [SHARED_AROUND_ENVELOP]?: true } | undefined)?.[SHARED_AROUND_ENVELOP]) return;
      const key = liveShareKey(args);
      if (key === null) return;
      setSubscribeFn(async (subscriber) => {
        const own = (subscriber.contextValue as { signal?: unknown } | undefined)?.signal;
        return shared.subscribe(
          key,
          async (signal) =>
            subscribeFn({
              ...subscriber,
              contextValue: { ...subscriber.contextValue, signal: AbortSignal.any([signal, stop]) },
            }),
          own instanceof AbortSignal ? own : undefined,
        );
      });
    },
    onResultProcess({ result, resultProcessor }) {
      // This plugin comes last: no format chosen by now means a 406.
      if (!resultProcessor && isAsyncIterable(result)) void result[Symbol.asyncIterator]().return?.();
    },
  };
}
