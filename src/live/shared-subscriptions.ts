/**
 * Live subscriptions shared between their subscribers.
 *
 * Subscribers are class instances, not generators wrapped in closures: those cost an idle graphql-ws subscriber 2.1 KiB (bench/live.ts heap per socket).
 */
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  Kind,
  print,
} from "graphql";
import { isAsyncIterable } from "graphql-yoga";
import { ErrorCode } from "../errors.ts";

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

interface Group {
  key: string;
  /** The registry the group is in while it runs. */
  groups: Map<string, Group>;
  subscribers: Set<Subscriber>;
  controller: AbortController;
  bufferLimit: number;
}

const DONE: IteratorResult<Result> = Object.freeze({ done: true, value: undefined });

/**
 * Aborts `controller` when `source` aborts, listening to `source` only until `controller` aborts:
 * `AbortSignal.any` would leave a registration on the long-lived source for every execution.
 */
function abortWith(controller: AbortController, source: AbortSignal): void {
  if (source.aborted) {
    controller.abort();
    return;
  }
  const abort = () => controller.abort();
  source.addEventListener("abort", abort, { once: true });
  controller.signal.addEventListener("abort", () => source.removeEventListener("abort", abort), {
    once: true,
  });
}

/** Aborts when `ends` (which always does in the end) or `stop` aborts; listens to `stop` only until then. */
export function eitherOf(ends: AbortSignal, stop: AbortSignal): AbortSignal {
  const controller = new AbortController();
  abortWith(controller, ends);
  abortWith(controller, stop);
  return controller.signal;
}

/** Removes a subscriber; the last one to leave stops the execution. */
function leaveGroup(group: Group, subscriber: Subscriber): void {
  group.subscribers.delete(subscriber);
  if (group.subscribers.size === 0 && group.groups.get(group.key) === group) {
    group.groups.delete(group.key);
    group.controller.abort();
  }
}

/**
 * One subscriber of a shared execution, read as an async generator. Methods on a class, not an
 * async generator with closures around it: those cost an idle graphql-ws subscriber about 2.1 KiB
 * (a generator, its wrapper's four closures, a queue array and the sharing key), this about 0.2.
 * A subscriber that leaves while waiting for a result, or before its first read, leaves at once
 * (a generator would hold a `return()` until its next `yield`, and one never started runs no
 * `finally`).
 */
class Subscriber implements AsyncGenerator<Result> {
  /** Results not read yet; made when one has to wait (an idle subscriber has none). */
  #queue: Result[] | null = null;
  /** The read waiting for the next result, and its promise (a second read waits behind it). */
  #wake: ((result: IteratorResult<Result>) => void) | null = null;
  #waiting: Promise<IteratorResult<Result>> | null = null;
  #done = false;

  constructor(
    private readonly group: Group,
    /** The subscriber leaves when this aborts, whether or not its stream is being read. */
    private readonly until: AbortSignal | undefined,
  ) {
    group.subscribers.add(this);
    if (until?.aborted) this.#leave();
    // Removed on leaving: a signal that outlives the subscription must not hold it.
    else until?.addEventListener("abort", this, { once: true });
  }

  /** A result of the execution; past `bufferLimit` unread ones the subscriber gets SLOW_CONSUMER and ends. */
  deliver(result: Result): void {
    if (this.#done) return;
    if (this.#wake) {
      const wake = this.#wake;
      this.#wake = null;
      this.#waiting = null;
      wake({ done: false, value: result });
      return;
    }
    this.#queue ??= [];
    const queue = this.#queue;
    if (queue.length >= this.group.bufferLimit) {
      queue.push({
        errors: [slowConsumerError(`this subscriber fell ${this.group.bufferLimit} events behind`)],
      });
      this.group.subscribers.delete(this);
      this.finish();
      return;
    }
    queue.push(result);
  }

  /** No more results will come: a waiting read ends. */
  finish(): void {
    if (this.#done) return;
    this.#done = true;
    this.until?.removeEventListener("abort", this);
    const wake = this.#wake;
    this.#wake = null;
    this.#waiting = null;
    wake?.(DONE);
  }

  next(): Promise<IteratorResult<Result>> {
    if (this.#waiting) return this.#waiting.then(() => this.next());
    const queued = this.#queue?.shift();
    if (queued) return Promise.resolve({ done: false, value: queued });
    if (this.#done) {
      this.#leave();
      return Promise.resolve(DONE);
    }
    this.#waiting = new Promise((resolve) => {
      this.#wake = resolve;
    });
    return this.#waiting;
  }

  return(value?: unknown): Promise<IteratorResult<Result>> {
    this.#leave();
    return Promise.resolve({ done: true, value: value as undefined });
  }

  throw(error?: unknown): Promise<IteratorResult<Result>> {
    this.#leave();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncGenerator<Result> {
    return this;
  }

  /** `until` aborted. */
  handleEvent(): void {
    this.#leave();
  }

  #leave(): void {
    this.#queue = null;
    this.finish();
    leaveGroup(this.group, this);
  }
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

  constructor(
    private readonly bufferLimit = DEFAULT_SUBSCRIBER_BUFFER,
    /** Ends every execution when it aborts (the server stopping); listened to only while one runs. */
    private readonly stop?: AbortSignal,
  ) {}

  /** Number of distinct executions running (for tests and metrics). */
  get size(): number {
    return this.groups.size;
  }

  /**
   * Joins the execution for `key`, starting it with `start(signal)` when there is none; the
   * signal aborts when the last subscriber leaves or `stop` aborts. The subscriber is registered at once (not at
   * its first read), so it misses nothing from now on.
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
      if (this.stop) abortWith(controller, this.stop);
      let source: Source;
      try {
        source = await start(controller.signal);
      } catch (error) {
        controller.abort();
        throw error;
      }
      // An error result: nothing to share. Its signal ends all the same, so nothing listens on.
      if (!isAsyncIterable<Result>(source)) {
        controller.abort();
        return source;
      }
      group = this.groups.get(key);
      if (!group) {
        group = {
          key,
          groups: this.groups,
          subscribers: new Set(),
          controller,
          bufferLimit: this.bufferLimit,
        };
        this.groups.set(key, group);
        void this.pump(group, source);
      } else {
        controller.abort(); // another subscriber started the same execution meanwhile
      }
    }
    return new Subscriber(group, until);
  }

  private async pump(group: Group, source: AsyncIterable<Result>): Promise<void> {
    try {
      for await (const result of source) {
        for (const subscriber of group.subscribers) subscriber.deliver(result);
        if (group.subscribers.size === 0) break;
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
      for (const subscriber of group.subscribers) subscriber.deliver(failed);
    } finally {
      if (this.groups.get(group.key) === group) this.groups.delete(group.key);
      group.controller.abort();
      for (const subscriber of group.subscribers) subscriber.finish();
    }
  }
}

/** Documents as printed for their key: Yoga's parser cache hands out one document per query text. */
const printed = new WeakMap<DocumentNode, string>();

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
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  return JSON.stringify([text, args.operationName ?? null, args.variableValues ?? null]);
}

/**
 * Marks the root value of an operation that is shared around the whole enveloped subscribe
 * (graphql-ws does that: see app.ts), so {@link useSharedLiveSubscriptions} leaves it alone.
 * There the hooks other plugins put on results run once per execution, not once per subscriber:
 * with 1,000 graphql-ws subscribers that is about 3 ms less per event.
 */
export const SHARED_AROUND_ENVELOP = Symbol("seedgraph.sharedAroundEnvelop");
