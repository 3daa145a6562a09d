import { setTimeout as sleep } from "node:timers/promises";
import { createLogger } from "../logger.ts";
import { earliest, type FirstSeen } from "./first-seen.ts";

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
   * queue only remembers *that* a path changed, not how. `seen` is the earliest sighting told to
   * `enqueue` for the path since its last run began (see `enqueue`), undefined when none was told.
   */
  handle: (path: string, seen: FirstSeen | undefined) => Promise<void>;
  /** Paths handled at the same time (never two runs of one path). Default 4. */
  concurrency?: number;
  /**
   * Paths allowed to wait. Beyond it, `enqueue` refuses more, or, with `recheck`, remembers only
   * that paths were turned away. Default 10,000.
   */
  maxPending?: number;
  /**
   * Back-pressure without loss: when paths were turned away because the backlog was full, the
   * queue calls this once the backlog has drained and handles every path it returns, drawing them
   * in as room frees up (new paths still come first and are never refused for the recheck's
   * sake). It should list every path whose state may differ from what is stored (the whole
   * folder); if paths are turned away again meanwhile, it is called again afterwards. A rejection
   * is reported to `onError` with the path `"(recheck)"` and tried again after a backoff wait.
   */
  recheck?: () => Promise<readonly string[]>;
  /** Called when a path is first turned away after the backlog filled up. Default: nothing. */
  onOverflow?: () => void;
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
   * coalesced; one already running runs once more afterwards; with `recheck`, one turned away
   * because the backlog is full is handled by the next recheck). Returns false when the queue is
   * closed, or full without `recheck`: the change is then not recorded anywhere, so the caller
   * should log it and reconcile the seeds folder once `idle()` resolves.
   *
   * `seen` says when the change was first seen; a path seen again while it waits keeps the
   * earliest sighting (the wait a user perceives), and the run gets it. The paths of a recheck
   * get the earliest sighting of the paths turned away before it, as seen by `reconcile`.
   */
  enqueue(path: string, seen?: FirstSeen): boolean;
  /**
   * Resolves when nothing is waiting or running and no recheck is due or under way (never while
   * paused with work waiting).
   */
  idle(): Promise<void>;
  /** Paths waiting or running, and those of a recheck not handled yet. */
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
  const recheck = options.recheck;
  const logger = options.onError ? undefined : createLogger("error");
  const onError = options.onError ?? ((path, error) => logger?.error(`cannot ingest ${path}`, error));

  // A Map keeps insertion order (also when a value is replaced), so it is both the FIFO and the
  // coalescing index; each path holds its earliest sighting, so memory stays bounded by the backlog.
  const waiting = new Map<string, FirstSeen | undefined>();
  const running = new Set<string>();
  // Paths enqueued again while running: they go back to `waiting` when their run ends.
  const rerun = new Map<string, FirstSeen | undefined>();
  const idleWaiters: Array<() => void> = [];
  const stopping = new AbortController();
  let paused = options.paused ?? false;
  let closed = false;
  // Paths were turned away since the last recheck started: another one is due.
  let overflowed = false;
  let rechecking = false;
  let recheckFailures = 0;
  // The earliest sighting of the paths turned away since the last recheck started.
  let turnedAway: FirstSeen | undefined;
  // The paths of the recheck under way, drawn in order as room frees up, and their sighting.
  let spill: readonly string[] = [];
  let spillNext = 0;
  let spillSeen: FirstSeen | undefined;

  const spillLeft = () => spill.length - spillNext;
  const isIdle = () =>
    waiting.size === 0 && running.size === 0 && spillLeft() === 0 && !overflowed && !rechecking;
  const idle = (): Promise<void> =>
    isIdle() ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));

  function pump(): void {
    while (!paused && !closed && running.size < concurrency) {
      const next = nextPath();
      if (next === undefined) break;
      running.add(next.path);
      void run(next.path, next.seen);
    }
    if (!paused && !closed && overflowed && !rechecking && waiting.size === 0 && spillLeft() === 0)
      void startRecheck();
    if (isIdle()) for (const resolve of idleWaiters.splice(0)) resolve();
  }

  /** The next path to run: a waiting one first, then one of the recheck (unless it is running). */
  function nextPath(): { path: string; seen: FirstSeen | undefined } | undefined {
    const next = waiting.entries().next();
    if (!next.done) {
      const [path, seen] = next.value;
      waiting.delete(path);
      return { path, seen };
    }
    while (spillLeft() > 0) {
      const path = spill[spillNext++] as string;
      const seen = spillSeen;
      if (spillLeft() === 0) {
        spill = [];
        spillNext = 0;
        spillSeen = undefined;
      }
      if (!running.has(path)) return { path, seen };
      rerun.set(path, earliest(rerun.get(path), seen));
    }
    return undefined;
  }

  /** Lists the paths to look at again, after paths were turned away; retried with backoff. */
  async function startRecheck(): Promise<void> {
    if (!recheck) return;
    overflowed = false;
    rechecking = true;
    // What the listing finds was seen when the first path was turned away.
    const seen = turnedAway && { at: turnedAway.at, by: "reconcile" as const };
    turnedAway = undefined;
    try {
      const paths = await recheck();
      recheckFailures = 0;
      if (!closed) {
        spill = paths;
        spillNext = 0;
        spillSeen = seen;
      }
    } catch (error) {
      // Whatever was turned away is still to be looked at.
      overflowed = true;
      turnedAway = earliest(turnedAway, seen);
      report("(recheck)", error);
      if (!(await waitBeforeRetry(++recheckFailures))) overflowed = false;
    } finally {
      rechecking = false;
      pump();
    }
  }

  async function run(path: string, seen: FirstSeen | undefined): Promise<void> {
    await handleWithRetry(path, seen);
    running.delete(path);
    if (rerun.has(path) && !closed) waiting.set(path, rerun.get(path));
    rerun.delete(path);
    pump();
  }

  async function handleWithRetry(path: string, firstSeen: FirstSeen | undefined): Promise<void> {
    let spent = 0;
    let seen = firstSeen;
    for (let attempt = 1; ; attempt++) {
      // This try reads the path's current state, so it covers every event that came before it.
      seen = earliest(seen, rerun.get(path));
      rerun.delete(path);
      try {
        await options.handle(path, seen);
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
    enqueue(path, seen) {
      if (closed) return false;
      if (waiting.has(path)) {
        waiting.set(path, earliest(waiting.get(path), seen));
        return true;
      }
      if (rerun.has(path)) {
        rerun.set(path, earliest(rerun.get(path), seen));
        return true;
      }
      if (waiting.size + rerun.size >= maxPending) {
        if (!recheck) return false;
        if (!overflowed) safelyCall(options.onOverflow);
        overflowed = true;
        turnedAway = earliest(turnedAway, seen);
        return true;
      }
      if (running.has(path)) rerun.set(path, seen);
      else waiting.set(path, seen);
      pump();
      return true;
    },
    idle,
    get size() {
      return waiting.size + running.size + spillLeft();
    },
    resume() {
      paused = false;
      pump();
    },
    close() {
      closed = true;
      waiting.clear();
      rerun.clear();
      spill = [];
      spillNext = 0;
      spillSeen = undefined;
      turnedAway = undefined;
      overflowed = false;
      stopping.abort();
      pump();
      return idle();
    },
  };
}

/** Calls an optional callback, ignoring what it throws. */
function safelyCall(callback: (() => void) | undefined): void {
  try {
    callback?.();
  } catch {
    // A failing observer must not take the queue down with it.
  }
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
