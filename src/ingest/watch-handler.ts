import fs from "node:fs";
import path from "node:path";
import { isIgnoredName } from "./files.ts";

/**
 * The file-system side of the seeds watcher (the split chokidar makes between `index.ts` and
 * `handler.ts`): one `fs.watch` per folder, which on Linux is an inotify watch naming each entry
 * that is created, removed, renamed or written, and folder listings. `watcher.ts` decides what the
 * notices mean.
 *
 * Own code rather than chokidar 5, whose model did not fit and had to be patched: it lists a whole
 * folder again and `lstat`s every entry on every change in it (with 5,000 articles in the folder
 * and a stream of new ones, more than one core of a two-core machine, held down only by replacing
 * one of its private methods); it lists a new folder before watching it, so a file moved in
 * between was never reported (paulmillr/chokidar#1471); and it keeps a dead watch on a folder
 * replaced at the same path. The watcher needs per-folder notices by name, which `fs.watch` gives.
 */

/** `rename`: an entry appeared or went (created, deleted, moved); `change`: written or touched. */
export type NoticeKind = "rename" | "change";

export interface FolderWatchesOptions {
  /**
   * A notice from the watch on `folder` about its entry `name`; `null` when the system did not
   * say which (the folder should then be listed). A notice about the folder itself (removed,
   * moved) carries the folder's own name, as if about an entry of that name inside it.
   */
  onNotice: (folder: string, kind: NoticeKind, name: string | null) => void;
  /** The watch on `folder` failed after it was set up; it is closed already. */
  onFailed: (folder: string, error: Error) => void;
}

export interface FolderWatches {
  /**
   * Watches `folder` (its entries, not below). Throws what `fs.watch` throws (ENOENT when the
   * folder went, ENOSPC when the system's watch limit is reached …).
   */
  watch(folder: string): void;
  has(folder: string): boolean;
  /** Stops watching `folder` and every folder below it; returns the folders no longer watched. */
  unwatch(folder: string): string[];
  /** Stops every watch. */
  close(): void;
}

export function createFolderWatches(options: FolderWatchesOptions): FolderWatches {
  const watches = new Map<string, fs.FSWatcher>();

  function stop(folder: string): void {
    watches.get(folder)?.close();
    watches.delete(folder);
  }

  return {
    watch(folder) {
      stop(folder);
      const watch = fs.watch(folder, { persistent: true }, (kind, name) =>
        options.onNotice(folder, kind, name === null ? null : String(name)),
      );
      watch.on("error", (error) => {
        if (watches.get(folder) !== watch) return;
        stop(folder);
        options.onFailed(folder, error);
      });
      watches.set(folder, watch);
    },
    has: (folder) => watches.has(folder),
    unwatch(folder) {
      const below = folder + path.sep;
      const gone = [...watches.keys()].filter((f) => f === folder || f.startsWith(below));
      for (const f of gone) stop(f);
      return gone;
    },
    close() {
      for (const watch of watches.values()) watch.close();
      watches.clear();
    },
  };
}

/**
 * The entries of `folder` the watcher looks at: not ignored names (see files.ts), and not names
 * that are not UTF-8 (their stand-ins are `odd-entries.ts`'s). Empty when the folder is gone or
 * is no folder any more.
 */
export function listFolder(folder: string): fs.Dirent[] {
  try {
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !isIgnoredName(entry.name) && !entry.name.includes("\uFFFD"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
}
