import type { Dirent, Stats } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { FSWatcher } from "chokidar";
import { isIgnoredName } from "./files.ts";

export interface FolderRescanOptions {
  watcher: FSWatcher;
  /** An entry other than a folder chokidar did not report (a file, a link, a FIFO …), with its `lstat`. */
  onFile: (file: string, stats: Stats) => void;
  onError: (error: unknown) => void;
  /** Wait used when the watch cannot be seen in place. */
  fallbackDelayMs: number;
}

export interface FolderRescan {
  /** A folder appeared after the watcher was ready. */
  added(dir: string): void;
  /**
   * A watched folder was replaced by a new one at the same path (removed and made again, or
   * another moved in): chokidar still holds its watch on the old one and would never see what
   * goes into the new one. It is watched afresh, and every file in it is reported.
   */
  replaced(dir: string): void;
  close(): void;
}

const POLL_MS = 5;
const MAX_POLLS = 2_000;

/**
 * Works around a chokidar 5 race (paulmillr/chokidar#1471): a new folder is listed first and
 * watched only afterwards, so a file put into it in between (`mkdir` then an atomic rename, a
 * folder moved in and filled at once) is never reported. Once chokidar's watch on the folder is
 * in place, the folder is listed again; whatever chokidar does not know is handed to it to watch
 * (so later changes and removals are reported as usual) and its files are reported here.
 */
export function createFolderRescan(options: FolderRescanOptions): FolderRescan {
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  function later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) action();
    }, ms);
    timers.add(timer);
  }

  function whenWatched(dir: string, then: (dir: string) => Promise<void>, polls = 0): void {
    const watched = watchInPlace(options.watcher, dir);
    if (watched === undefined) later(options.fallbackDelayMs, () => void then(dir));
    else if (watched || polls >= MAX_POLLS) void then(dir);
    else later(POLL_MS, () => whenWatched(dir, then, polls + 1));
  }

  const watchedIn = (dir: string) => new Set(options.watcher.getWatched()[dir] ?? []);

  /** Walks `dir` (see `walk`), with errors going to `onError`. */
  async function rescan(dir: string, all = false): Promise<void> {
    try {
      await walk(dir, watchedIn(dir), all);
    } catch (error) {
      options.onError(error);
    }
  }

  /**
   * Hands chokidar whatever below `dir` it does not know, and reports the files it did not know;
   * with `all`, every file (chokidar, watching a folder afresh, reports none of those it finds).
   */
  async function walk(dir: string, known: ReadonlySet<string>, all: boolean): Promise<void> {
    for (const entry of await listDir(dir)) {
      const isKnown = known.has(entry.name);
      if (isIgnoredName(entry.name) || (isKnown && !all)) continue;
      const full = path.join(dir, entry.name);
      // The entry itself: a link to a folder is not entered (links are not followed).
      const stats = await fs.lstat(full).catch(() => undefined);
      // `add` would reopen a closed watcher.
      if (closed) return;
      if (!stats) continue;
      // Added after the watcher is ready, a path is watched without an `add` event of its own.
      if (!isKnown) options.watcher.add(full);
      if (stats.isDirectory()) await walk(full, isKnown ? watchedIn(full) : new Set(), all);
      else options.onFile(full, stats);
    }
  }

  return {
    added(dir) {
      if (!closed) whenWatched(dir, (folder) => rescan(folder));
    },
    replaced(dir) {
      if (closed) return;
      options.watcher.unwatch(dir);
      options.watcher.add(dir);
      whenWatched(dir, (folder) => rescan(folder, true));
    },
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/**
 * Whether chokidar has set up its watch on `dir`: it records a closer per watched path once the
 * watch exists. `undefined` when this chokidar version keeps no such record.
 */
function watchInPlace(watcher: FSWatcher, dir: string): boolean | undefined {
  const closers: unknown = watcher._closers;
  return closers instanceof Map ? closers.has(dir) : undefined;
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
}
