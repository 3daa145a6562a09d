import { type MessagePort, Worker } from "node:worker_threads";
import {
  defaultOnError,
  guarded,
  type OnSeedEvent,
  reporter,
  type SeedEvent,
  type SeedWatcher,
  type WatchSeedsOptions,
  watchSeeds,
} from "./watcher.ts";

/**
 * Why the watcher runs on a thread of its own: it looks at every path a notice names with
 * synchronous calls (an `lstat` and a `stat`, so that reports keep the order of the notices), walks
 * the whole tree synchronously when it starts, and lists folders again now and then. A flood of
 * 20,000 files is 40,000 such calls, and the first walk of a large tree tens of milliseconds: on
 * the main thread that would hold up ingest and the delivery of every event. On its own thread it
 * delays neither; only paths cross over, in the order they were reported.
 */
const ENTRY = new URL("./watcher-thread-entry.mjs", import.meta.url);

export interface ThreadWatchOptions extends WatchSeedsOptions {
  /**
   * Called after the watcher thread died unexpectedly and a new one is watching: changes made in
   * between were not seen, so the caller should look at the whole folder again. The failure itself
   * goes to `onError` first.
   */
  onRestart?: () => void;
}

export interface ThreadSeedWatcher extends SeedWatcher {
  /** The thread watching now (replaced when one dies); for diagnostics and tests. */
  readonly worker: Worker;
}

/** What the watcher thread tells the main thread. */
type FromThread =
  | { type: "ready" }
  | { type: "event"; event: SeedEvent; seenAt: number }
  | { type: "error"; error: SerialisedError }
  | { type: "failed"; error: SerialisedError }
  | { type: "closed" };

interface SerialisedError {
  message: string;
  stack?: string | undefined;
  code?: string | undefined;
}

/** Starting data of a watcher thread. */
interface ThreadData {
  dir: string;
  stabilityMs?: number | undefined;
}

/**
 * {@link watchSeeds} on a worker thread: the same events, in the same order, with the same
 * guarantees (nothing reported after `close` resolves; start-up fails the same way). If the thread
 * dies, the failure is reported, a new thread takes over and `onRestart` is called.
 */
export async function watchSeedsOnThread(
  dir: string,
  onEvent: OnSeedEvent,
  options: ThreadWatchOptions = {},
): Promise<ThreadSeedWatcher> {
  const onError = guarded(options.onError ?? defaultOnError());
  const data: ThreadData = { dir, stabilityMs: options.stabilityMs };
  let closed = false;
  /** The thread watching, or the last one while a replacement starts. */
  let worker: Worker;
  let replacing: Promise<void> | null = null;
  let wakeBackoff: (() => void) | null = null;
  const exited = new WeakSet<Worker>();
  const report = reporter(onEvent, onError, () => closed);

  /** Starts a thread and resolves once it watches; rejects when its watcher cannot start. */
  function start(): Promise<Worker> {
    return new Promise<Worker>((resolve, reject) => {
      const thread = new Worker(ENTRY, { workerData: data });
      let ready = false;
      thread.on("message", (message: FromThread) => {
        if (message.type === "event") report(message.event, message.seenAt);
        else if (message.type === "error") onError(deserialise(message.error));
        else if (message.type === "failed") reject(deserialise(message.error));
        else if (message.type === "ready") {
          ready = true;
          resolve(thread);
        }
      });
      thread.on("error", (error) => (ready ? onError(error) : reject(error)));
      thread.on("exit", (code) => {
        exited.add(thread);
        if (!ready)
          reject(new Error(`the seeds watcher thread stopped before it was ready (exit code ${code})`));
        else if (!closed && thread === worker) replace(code);
      });
    });
  }

  /** Starts new threads until one watches (waiting longer after each failure) or `close` is called. */
  function replace(code: number): void {
    onError(new Error(`the seeds watcher thread stopped (exit code ${code}); starting a new one`));
    replacing = (async () => {
      for (let wait = 500; !closed; wait = Math.min(wait * 2, 30_000)) {
        try {
          const next = await start();
          if (closed) {
            await next.terminate();
            return;
          }
          worker = next;
          try {
            options.onRestart?.();
          } catch (error) {
            onError(error);
          }
          return;
        } catch (error) {
          onError(error);
          await new Promise<void>((resolve) => {
            wakeBackoff = resolve;
            setTimeout(resolve, wait).unref();
          });
          wakeBackoff = null;
        }
      }
    })().finally(() => {
      replacing = null;
    });
  }

  worker = await start();
  return {
    get worker() {
      return worker;
    },
    async close() {
      if (closed) return;
      closed = true;
      wakeBackoff?.();
      await replacing;
      const thread = worker;
      if (exited.has(thread)) return;
      const done = new Promise<void>((resolve) => {
        thread.once("exit", () => resolve());
        thread.on("message", (message: FromThread) => {
          if (message.type === "closed") resolve();
        });
      });
      thread.postMessage({ type: "close" });
      await done;
      await thread.terminate();
    },
  };
}

/** The watcher thread's side: runs {@link watchSeeds} and tells `port` what it sees. */
export async function runWatcherThread(port: MessagePort, data: ThreadData): Promise<void> {
  const send = (message: FromThread) => port.postMessage(message);
  let watcher: SeedWatcher;
  try {
    watcher = await watchSeeds(data.dir, (event, seenAt) => send({ type: "event", event, seenAt }), {
      stabilityMs: data.stabilityMs,
      onError: (error) => send({ type: "error", error: serialise(error) }),
      // The thread ends, so a new one starts once the folder is back and everything in it is
      // looked at again (`onRestart`), as after any other death of the thread.
      onLost: (reason) => {
        send({ type: "error", error: serialise(reason) });
        process.exit(1);
      },
    });
  } catch (error) {
    send({ type: "failed", error: serialise(error) });
    return;
  }
  port.on("message", (message: { type: string }) => {
    if (message.type !== "close") return;
    void watcher.close().then(() => {
      send({ type: "closed" });
      port.close();
    });
  });
  send({ type: "ready" });
}

function serialise(error: unknown): SerialisedError {
  if (error instanceof Error)
    return { message: error.message, stack: error.stack, code: (error as NodeJS.ErrnoException).code };
  return { message: String(error) };
}

function deserialise(error: SerialisedError): Error {
  const copy = new Error(error.message) as NodeJS.ErrnoException;
  if (error.stack) copy.stack = error.stack;
  if (error.code) copy.code = error.code;
  return copy;
}
