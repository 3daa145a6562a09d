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
  // The files chokidar knows: it reports the removal of those itself. The ones present at the
  // start are added once it is ready (it does not report them).
  const known = new Set<string>();
  watcher.once("ready", () => {
    for (const [folder, names] of Object.entries(watcher.getWatched()))
      for (const name of names) known.add(path.join(folder, name));
  });
  watcher.on("addDir", (folder) => rescan.added(folder));
  watcher.on("add", (file, stats) => {
    known.add(file);
    settler.appeared(file, stats);
  });
  watcher.on("change", (file, stats) => {
    known.add(file);
    settler.appeared(file, stats);
  });
  watcher.on("unlink", (file) => {
    known.delete(file);
    settler.removed(file);
    report({ kind: "unlink", path: file });
  });
  watcher.on("error", onError);
  watcher.on("raw", (event, name, details) => {
    const file = folderChild(root, name, details);
    if (file && event === "change") settler.written(file);
    // chokidar re-lists the whole folder before it reports a new file; the name in the notice is
    // quicker to look at, and chokidar's later report of the same state is dropped.
    const gone = file !== undefined && event === "rename" && settler.created(file);
    // A file reported from a notice and deleted before chokidar saw it (added, replaced and
    // deleted within a few milliseconds) gets no unlink from chokidar: it is reported gone here.
    if (gone && !known.has(file)) report({ kind: "unlink", path: file });
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
