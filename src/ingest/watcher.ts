import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { type FSWatcher, watch } from "chokidar";
import { createLogger } from "../logger.ts";
import { isIgnoredName } from "./files.ts";
import { seenNow } from "./first-seen.ts";
import { createFolderRescan, type FolderRescan } from "./folder-rescan.ts";
import { createOddEntries, type OddEntries } from "./odd-entries.ts";
import { forgetFolder, paceFolderRelists, relistSoon } from "./relist-pacing.ts";
import { createSettler, type Settler, statPath } from "./settle.ts";

/** How often the watched folder is looked at to see whether it was replaced. */
const ROOT_CHECK_MS = 1000;
/** How long a file written in place must stay unchanged before it is reported, by default. */
export const DEFAULT_STABILITY_MS = 100;

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
  /**
   * The watched folder itself was removed, or replaced by another at the same path: this watcher
   * sees nothing more. A new one should be started (once the folder is back) and the whole folder
   * looked at again. Called once. Default: the reason goes to `onError`.
   */
  onLost?: (reason: Error) => void;
}

export interface SeedWatcher {
  /** Stops watching; no event is reported after it resolves. */
  close(): Promise<void>;
}

/**
 * Told of each path to look at, with when its change was first noticed (`seenNow`'s clock): a file
 * written in place is reported once quiet, counted from its first write; a removal when reported.
 */
export type OnSeedEvent = (event: SeedEvent, seenAt: number) => void;

/**
 * Watches `dir` and its sub-folders and reports which article files to look at. It only reports
 * paths (the ingest queue decides what to do), ignores hidden, swap and temporary names until they
 * are renamed into place, and never throws from its callbacks. Files present before it is ready
 * are not reported: the start-up reconcile covers them. Resolves once the initial scan is done.
 */
export async function watchSeeds(
  dir: string,
  onEvent: OnSeedEvent,
  options: WatchSeedsOptions = {},
): Promise<SeedWatcher> {
  const root = path.resolve(dir);
  if (!(await fs.stat(root)).isDirectory()) throw new Error(`${root} is not a directory`);
  const onError = guarded(options.onError ?? defaultOnError());
  const stabilityMs = options.stabilityMs ?? DEFAULT_STABILITY_MS;
  let closed = false;
  const report = reporter(onEvent, onError, () => closed);
  const settler = createSettler({
    stabilityMs,
    onReady: (file, seenAt) => report({ kind: "upsert", path: file }, seenAt),
    onError,
  });
  paceFolderRelists();
  // Taken before the watch starts, so a folder swapped while it starts is told apart too.
  const rootIdentity = folderIdentity(root, onError);
  // chokidar's own `awaitWriteFinish` is not used: it holds back every file, renamed ones too, for
  // the whole window and only compares sizes. The settler tells the two kinds of write apart.
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (file) => file !== root && isIgnoredName(path.basename(file)),
    // A link to a folder is never followed: followed, a link to `.` was walked 41 levels deep
    // and a link elsewhere listed a whole foreign tree. The link itself is reported (`odd`).
    followSymlinks: false,
  });
  const odd = createOddEntries((kind, file) => report({ kind, path: file }, seenNow()));
  /** chokidar or the rescan saw `file`: the settler times files; odd entries are reported. */
  const seen = (file: string, stats?: fsSync.Stats) => {
    // chokidar's stats of a link are the link's own: the settler looks at the target itself.
    if (odd.look(file) === "file") settler.appeared(file, stats?.isSymbolicLink() ? undefined : stats);
  };
  const rescan = createFolderRescan({
    watcher,
    onFile: seen,
    onError,
    fallbackDelayMs: stabilityMs,
  });
  let lost = false;
  const lose = (reason: Error) => {
    if (lost || closed) return;
    lost = true;
    if (options.onLost) guarded(options.onLost as (error: unknown) => void)(reason);
    else onError(reason);
  };
  const checkRoot = () => {
    if (folderIdentity(root, onError) !== rootIdentity)
      lose(new Error(`the seeds folder ${root} was removed or replaced; it is no longer watched`));
  };
  listen(watcher, root, {
    settler,
    rescan,
    report,
    onError,
    checkRoot,
    seen,
    odd,
    lose: options.onLost && lose,
  });
  await ready(watcher);
  // The raw notices of the folder's own watch can all come while the old folder is still there
  // (a replacement under load: the suite saw one missed in about one run of three); one look a
  // second finds a replaced folder whatever the notices said.
  const rootCheck = setInterval(checkRoot, ROOT_CHECK_MS);
  rootCheck.unref();
  return {
    async close() {
      closed = true;
      clearInterval(rootCheck);
      rescan.close();
      settler.close();
      await watcher.close();
    },
  };
}

interface Listeners {
  settler: Settler;
  rescan: FolderRescan;
  report: OnSeedEvent;
  onError: (error: unknown) => void;
  /** Looks whether the watched folder itself is still the one watched. */
  checkRoot: () => void;
  /** chokidar reported `file` added or changed. */
  seen: (file: string, stats?: fsSync.Stats) => void;
  odd: OddEntries;
  /** This watcher can no longer see everything: see `onLost`. Undefined without `onLost`. */
  lose: ((reason: Error) => void) | undefined;
}

/** Turns chokidar's events and raw notices into settler input and reports. */
function listen(
  watcher: FSWatcher,
  root: string,
  { settler, rescan, report, onError, checkRoot, seen, odd, lose }: Listeners,
) {
  // The files chokidar reported: it reports the removal of those itself. The ones present at the
  // start are added once it is ready (it does not report them).
  const known = new Set<string>();
  // Files chokidar knows that went away by a rename (an editor moving the old version aside):
  // chokidar waits 100 ms for such a file to come back before it calls it removed, and finds it
  // back only by listing the folder, so when it comes back the folder is listed at once.
  const awaitingReturn = new Set<string>();
  // The identity of each watched folder, to tell when one is replaced at the same path.
  const folders = new Map<string, string>();
  const recordFolder = (folder: string) => {
    const identity = folderIdentity(folder, onError);
    if (identity !== undefined) folders.set(folder, identity);
  };
  watcher.once("ready", () => {
    for (const [folder, names] of Object.entries(watcher.getWatched())) {
      if (folder === root || folder.startsWith(root + path.sep)) {
        recordFolder(folder);
        odd.folder(folder, false);
      }
      for (const name of names) known.add(path.join(folder, name));
    }
  });
  watcher.on("addDir", (folder) => {
    recordFolder(folder);
    odd.folder(folder, true);
    rescan.added(folder);
  });
  watcher.on("unlinkDir", (folder) => {
    folders.delete(folder);
    forgetFolder(watcher, folder);
  });
  watcher.on("add", (file, stats) => {
    known.add(file);
    awaitingReturn.delete(file);
    seen(file, stats);
  });
  watcher.on("change", (file, stats) => {
    known.add(file);
    awaitingReturn.delete(file);
    seen(file, stats);
  });
  watcher.on("unlink", (file) => {
    known.delete(file);
    awaitingReturn.delete(file);
    settler.removed(file);
    report({ kind: "unlink", path: file }, seenNow());
  });
  watcher.on("error", onError);
  watcher.on("raw", (event, name, details) => {
    // Any notice of the folder's own watch may be its last: when the folder goes away, the watch
    // names the folder itself, or reports its contents going first.
    const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
    if (watched === root) checkRoot();
    const file = folderChild(root, name, details);
    if (file === undefined) return;
    if (event === "change") {
      settler.written(file);
      return;
    }
    // A rename notice: something appeared at `file` or went from it. One look tells what; an
    // entry that is neither a file nor a folder is reported (or its removal) by `odd` itself.
    const kind = odd.look(file);
    if (kind === "odd") return;
    const found = kind === "gone" ? undefined : statPath(file, onError);
    if (known.has(file)) {
      if (!found?.isFile()) awaitingReturn.add(file);
      else if (awaitingReturn.delete(file)) relistSoon(watcher, path.dirname(file));
    }
    // chokidar re-lists the whole folder before it reports a new file; the name in the notice is
    // quicker to look at, and chokidar's later report of the same state is dropped.
    const gone = settler.created(file, found);
    // A file reported from a notice and deleted before chokidar saw it (added, replaced and
    // deleted within a few milliseconds) gets no unlink from chokidar: it is reported gone here.
    // chokidar may have been handed the file without reporting it (the folder rescan does that),
    // and then reports the same removal again; a second removal is nothing to the ingest queue.
    if (gone && !known.has(file)) report({ kind: "unlink", path: file }, seenNow());
    if (gone || !found?.isDirectory()) return;
    const identity = identityOf(found);
    const was = folders.get(file);
    if (was !== undefined && was !== identity) {
      // Removed and made again, or another folder moved in: chokidar's watch is on the old one.
      // With sub-folders on either side, chokidar's watches below it are stale too: watching
      // the whole folder anew is simpler and as sure.
      if (lose && hasSubfolders(watcher, file)) {
        lose(new Error(`the folder ${file} was replaced with its sub-folders; watching anew`));
        return;
      }
      folders.set(file, identity);
      rescan.replaced(file);
    }
    // A new sub-folder is found only by listing its parent, which may be resting (relist-pacing).
    else relistSoon(watcher, path.dirname(file));
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

/** Whether chokidar watches folders below `dir`, or `dir` now holds a folder. */
function hasSubfolders(watcher: FSWatcher, dir: string): boolean {
  const below = dir + path.sep;
  if (Object.keys(watcher.getWatched()).some((folder) => folder.startsWith(below))) return true;
  try {
    return fsSync
      .readdirSync(dir, { withFileTypes: true })
      .some((entry) => entry.isDirectory() && !isIgnoredName(entry.name));
  } catch {
    return false;
  }
}

/**
 * What tells the folder at `file` from another made at the same path: its inode and its birth
 * time (a folder made again right after the old one was removed often gets the same inode).
 * Undefined when it is not a folder, or is gone.
 */
function folderIdentity(file: string, onError: (error: unknown) => void): string | undefined {
  const stats = statPath(file, onError);
  return stats?.isDirectory() ? identityOf(stats) : undefined;
}

function identityOf(stats: fsSync.Stats): string {
  return `${stats.ino}:${stats.birthtimeMs}`;
}

function ready(watcher: FSWatcher): Promise<void> {
  return new Promise((resolve) => watcher.once("ready", () => resolve()));
}

/** Hands events to `onEvent` until `closed()`; what it throws goes to `onError`. */
export function reporter(
  onEvent: OnSeedEvent,
  onError: (error: unknown) => void,
  closed: () => boolean,
): OnSeedEvent {
  return (event, seenAt) => {
    if (closed()) return;
    try {
      onEvent(event, seenAt);
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
