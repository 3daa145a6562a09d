// Entry point of the seeds watcher thread (see watcher-thread.ts). Plain JavaScript: a worker
// thread does not inherit the loader that lets the main thread run TypeScript, so this file loads
// the watcher through tsx itself.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runWatcherThread } = await tsImport("./watcher-thread.ts", import.meta.url);
await runWatcherThread(parentPort, workerData);
