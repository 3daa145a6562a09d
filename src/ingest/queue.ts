import { setTimeout as sleep } from "node:timers/promises";
import { createLogger } from "../logger.ts";

/** How a failing handler is retried before the path is given up and reported. */
export interface RetryOptions {
  /** Total tries per run, the first included. Default 5. */
  attempts?: number;
  /** Wait before the second try; doubled before each later one. Default 100 ms. */
  baseDelayMs?: number;
  /** Upper bound of one wait. Default 5,000 ms. */
  maxDelayMs?: number;
  /**
   * Errors that say "try again later" (the database is unreachable or restarting): they do not
   * use up `attempts`, so the path keeps being retried (the waits doubling up to `maxDelayMs`)
   * until it succeeds, fails otherwise, or the queue closes. Default: none.
   */
  isTransient?: (error: unknown) => boolean;
}

export interface IngestQueueOptions {
  /**
   * Brings one path in line with the file system. It must look at the path's current state (file
   * present → ingest, absent → mark removed), because events for one path are coalesced: the
   * queue only remembers *that* a path changed, not how.
   */
  handle: (path: string) => Promise<void>;
  /** Paths handled at the same time (never two runs of one path). Default 4. */
  concurrency?: number;
  /** Paths allowed to wait; `enqueue` refuses more. Default 10,000. */
  maxPending?: number;
  /** Called once a path has failed every retry. Default: logged to stderr. */
  onError?: (path: string, error: unknown) => void;
  retry?: RetryOptions;
  /** Waits between retries; injectable so tests need no timers. Rejects when `signal` aborts. */
  delay?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Start without running anything until `resume()` (e.g. while the start-up reconcile runs). */
  paused?: boolean;
}

export interface IngestQueue {
  /**
   * Schedules `path`. Returns true when the path will be handled (a path already waiting is
   * coalesced; one already running runs once more afterwards). Returns false when the queue is
   * closed or full: the change is then not recorded anywhere, so the caller should log it and
   * reconcile the seeds folder once `idle()` resolves; the start-up reconcile is the last safety net.
   */
  enqueue(path: string): boolean;
  /** Resolves when nothing is waiting or running (never while paused with work waiting). */
  idle(): Promise<void>;
  /** Paths waiting or running. */
  readonly size: number;
  /** Starts handling after `paused: true`; harmless otherwise. */
  resume(): void;
  /**
   * Stops accepting paths, drops the waiting ones, cancels pending retries and resolves once the
   * runs in flight have finished. Dropped paths are picked up by the next reconcile.
   */
  close(): Promise<void>;
}

const defaultDelay = (ms: number, signal: AbortSignal): Promise<void> => sleep(ms, undefined, { signal });

/**
 * An in-memory queue of paths to ingest with per-path serialisation, coalescing, bounded
 * concurrency, a bounded backlog and retries with exponential backoff. It never throws and never
 * stops on a failing handler.
 */
export function createIngestQueue(options: IngestQueueOptions): IngestQueue {
  const concurrency = positive(options.concurrency ?? 4, "concurrency");
  const maxPending = positive(options.maxPending ?? 10_000, "maxPending");
  const attempts = positive(options.retry?.attempts ?? 5, "retry.attempts");
  const baseDelayMs = options.retry?.baseDelayMs ?? 100;
  const maxDelayMs = options.retry?.maxDelayMs ?? 5_000;
  const isTransient = options.retry?.isTransient ?? (() => false);
  const delay = options.delay ?? defaultDelay;
  const logger = options.onError ? undefined : createLogger("error");
  const onError = options.onError ?? ((path, error) => logger?.error(`cannot ingest ${path}`, error));

  // A Set keeps insertion order, so it is both the FIFO and the coalescing index.
  const waiting = new Set<string>();
  const running = new Set<string>();
  // Paths enqueued again while running: they go back to `waiting` when their run ends.
  const rerun = new Set<string>();
  const idleWaiters: Array<() => void> = [];
  const stopping = new AbortController();
  let paused = options.paused ?? false;
  let closed = false;

  const isIdle = () => waiting.size === 0 && running.size === 0;
  const idle = (): Promise<void> =>
    isIdle() ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));

  function pump(): void {
    while (!paused && !closed && running.size < concurrency) {
      const next = waiting.values().next();
      if (next.done) break;
      waiting.delete(next.value);
      running.add(next.value);
      void run(next.value);
    }
    if (isIdle()) for (const resolve of idleWaiters.splice(0)) resolve();
  }

  async function run(path: string): Promise<void> {
    await handleWithRetry(path);
    running.delete(path);
    if (rerun.delete(path) && !closed) waiting.add(path);
    pump();
  }

  async function handleWithRetry(path: string): Promise<void> {
    let spent = 0;
    for (let attempt = 1; ; attempt++) {
      // This try reads the path's current state, so it covers every event that came before it.
      rerun.delete(path);
      try {
        await options.handle(path);
        return;
      } catch (error) {
        if (!safely(() => isTransient(error))) spent++;
        if (spent >= attempts || closed || !(await waitBeforeRetry(attempt))) {
          report(path, error);
          return;
        }
      }
    }
  }

  async function waitBeforeRetry(attempt: number): Promise<boolean> {
    const ms = Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
    try {
      await delay(ms, stopping.signal);
      return !closed;
    } catch {
      return false;
    }
  }

  function report(path: string, error: unknown): void {
    try {
      onError(path, error);
    } catch {
      // A failing error reporter must not take the queue down with it.
    }
  }

  return {
    enqueue(path) {
      if (closed) return false;
      if (waiting.has(path) || rerun.has(path)) return true;
      if (waiting.size + rerun.size >= maxPending) return false;
      if (running.has(path)) rerun.add(path);
      else waiting.add(path);
      pump();
      return true;
    },
    idle,
    get size() {
      return waiting.size + running.size;
    },
    resume() {
      paused = false;
      pump();
    },
    close() {
      closed = true;
      waiting.clear();
      rerun.clear();
      stopping.abort();
      pump();
      return idle();
    },
  };
}

/** A predicate that throws counts as false. */
function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}
