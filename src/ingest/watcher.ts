import fs from "node:fs/promises";
import path from "node:path";
import { type FSWatcher, watch } from "chokidar";
import { createLogger } from "../logger.ts";
import { isIgnoredName } from "./files.ts";
import { createFolderRescan, type FolderRescan } from "./folder-rescan.ts";
import { createSettler, type Settler } from "./settle.ts";

/** A path in the seeds folder that needs ingesting (`upsert`) or is gone (`unlink`). */
export interface SeedEvent {
  kind: "upsert" | "unlink";
  /** Absolute path of the file. */
  path: string;
}

export interface WatchSeedsOptions {
  /**
   * How long a file written in place must stay unchanged before it is reported. Files renamed
   * into place are reported at once. Default 100 ms.
   */
  stabilityMs?: number;
  /** Watcher failures and errors thrown by `onEvent`. Default: logged to stderr. */
  onError?: (error: unknown) => void;
}

export interface SeedWatcher {
  /** Stops watching; no event is reported after it resolves. */
  close(): Promise<void>;
}

/**
 * Watches `dir` and its sub-folders and reports which article files to look at. It only reports
 * paths (the ingest queue decides what to do), ignores hidden, swap and temporary names until they
 * are renamed into place, and never throws from its callbacks. Files present before it is ready
 * are not reported: the start-up reconcile covers them. Resolves once the initial scan is done.
 */
export async function watchSeeds(
  dir: string,
  onEvent: (event: SeedEvent) => void,
  options: WatchSeedsOptions = {},
): Promise<SeedWatcher> {
  const root = path.resolve(dir);
  if (!(await fs.stat(root)).isDirectory()) throw new Error(`${root} is not a directory`);
  const onError = guarded(options.onError ?? defaultOnError());
  const stabilityMs = options.stabilityMs ?? 100;
  let closed = false;
  const report = reporter(onEvent, onError, () => closed);
  const settler = createSettler({
    stabilityMs,
    onReady: (file) => report({ kind: "upsert", path: file }),
    onError,
  });
  // chokidar's own `awaitWriteFinish` is not used: it holds back every file, renamed ones too, for
  // the whole window and only compares sizes. The settler tells the two kinds of write apart.
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (file) => file !== root && isIgnoredName(path.basename(file)),
  });
  const rescan = createFolderRescan({
    watcher,
    onFile: (file, stats) => settler.appeared(file, stats),
    onError,
    fallbackDelayMs: stabilityMs,
  });
  listen(watcher, root, { settler, rescan, report, onError });
  await ready(watcher);
  return {
    async close() {
      closed = true;
      rescan.close();
      settler.close();
      await watcher.close();
    },
  };
}

interface Listeners {
  settler: Settler;
  rescan: FolderRescan;
  report: (event: SeedEvent) => void;
  onError: (error: unknown) => void;
}

/** Turns chokidar's events and raw notices into settler input and reports. */
function listen(watcher: FSWatcher, root: string, { settler, rescan, report, onError }: Listeners) {
  // Removals already reported from a notice, and when: chokidar's own report of one is dropped.
  // chokidar reports within about a second or, for a file it never saw, not at all: a minute is
  // plenty, and keeps this map small.
  const goneAt = new Map<string, number>();
  const reportGone = (file: string) => {
    const now = Date.now();
    // Oldest first (a key set again moves to the end), so pruning stops at the first young one.
    for (const [old, at] of goneAt) {
      if (now - at <= 60_000) break;
      goneAt.delete(old);
    }
    goneAt.delete(file);
    goneAt.set(file, now);
    report({ kind: "unlink", path: file });
  };
  watcher.on("addDir", (folder) => rescan.added(folder));
  watcher.on("add", (file, stats) => settler.appeared(file, stats));
  watcher.on("change", (file, stats) => settler.appeared(file, stats));
  watcher.on("unlink", (file) => {
    settler.removed(file);
    if (!goneAt.delete(file)) report({ kind: "unlink", path: file });
  });
  watcher.on("error", onError);
  watcher.on("raw", (event, name, details) => {
    const file = folderChild(root, name, details);
    if (file && event === "change") settler.written(file);
    // chokidar re-lists the whole folder before it reports a new file; the name in the notice is
    // quicker to look at, and chokidar's later report of the same state is dropped.
    // A file reported here and then deleted is reported gone here too: chokidar may never have
    // seen it, when it was added, replaced and deleted within a few milliseconds.
    if (file && event === "rename" && settler.created(file)) reportGone(file);
  });
}

/**
 * The file a raw notice of a directory watcher is about. Only directory watchers count: a file's
 * own watcher also says `change` when the file is replaced by a rename (its link count drops),
 * which must not hold that file back. A directory watcher names the child, a file watcher names
 * itself, so a file named like its own folder (`a/a`) is not told apart; it is then reported when
 * chokidar reports it, and once more when quiet if it was still being written.
 */
function folderChild(root: string, name: unknown, details: unknown): string | undefined {
  if (typeof name !== "string" || isIgnoredName(name)) return undefined;
  const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
  if (typeof watched !== "string") return undefined;
  if (watched !== root && name === path.basename(watched)) return undefined;
  return path.join(watched, name);
}

function ready(watcher: FSWatcher): Promise<void> {
  return new Promise((resolve) => watcher.once("ready", () => resolve()));
}

/** Hands events to `onEvent` until `closed()`; what it throws goes to `onError`. */
export function reporter(
  onEvent: (event: SeedEvent) => void,
  onError: (error: unknown) => void,
  closed: () => boolean,
): (event: SeedEvent) => void {
  return (event) => {
    if (closed()) return;
    try {
      onEvent(event);
    } catch (error) {
      onError(error);
    }
  };
}

/** `onError` made safe to call from watcher callbacks: if it throws, the error is dropped. */
export function guarded(onError: (error: unknown) => void): (error: unknown) => void {
  return (error) => {
    try {
      onError(error);
    } catch {
      // Reporting must never turn into a crash of the watcher.
    }
  };
}

/** Logs watcher failures to stderr. */
export function defaultOnError(): (error: unknown) => void {
  const logger = createLogger("error");
  return (error) => logger.error("seeds watcher", error);
}
