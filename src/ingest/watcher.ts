import type fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { createLogger } from "../logger.ts";
import { isIgnoredName } from "./files.ts";
import { seenNow } from "./first-seen.ts";
import { createOddEntries, linksToFile, type OddEntries } from "./odd-entries.ts";
import { createRelistPacer, type RelistPacer } from "./relist-pacing.ts";
import { createSettler, type Settler, statPath } from "./settle.ts";
import { createFolderWatches, type FolderWatches, listFolder, type NoticeKind } from "./watch-handler.ts";

/** How often the watched folder is looked at to see whether it was replaced. */
const ROOT_CHECK_MS = 1000;
/** How long a file written in place must stay unchanged before it is reported, by default. */
export const DEFAULT_STABILITY_MS = 100;
/**
 * How long a file that went must stay gone before its removal is reported: an editor saving by
 * moving the old version aside puts the new one in place well within it.
 */
export const REMOVAL_GRACE_MS = 100;

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
 * are not reported: the start-up reconcile covers them. Resolves once every folder is watched.
 *
 * How: each folder has a watch of its own (watch-handler.ts), set up before the folder is listed,
 * so nothing put into a new folder is missed. A notice names an entry, which is looked at once: a
 * file goes to the settler (settle.ts), which reports it at once when renamed into place or once
 * quiet when written in place; a new folder is watched and listed, its files reported; a folder
 * at a known path with another identity (removed and made again, or another moved in) is watched
 * afresh; a file or folder gone is reported gone after {@link REMOVAL_GRACE_MS} if still gone.
 * Links are never followed (`odd-entries.ts` reports what is not a file or folder). A folder with
 * notices is listed again later, paced (relist-pacing.ts), for notices the system dropped.
 */
export async function watchSeeds(
  dir: string,
  onEvent: OnSeedEvent,
  options: WatchSeedsOptions = {},
): Promise<SeedWatcher> {
  const root = path.resolve(dir);
  if (!(await fs.stat(root)).isDirectory()) throw new Error(`${root} is not a directory`);
  const onError = guarded(options.onError ?? defaultOnError());
  let closed = false;
  const report = reporter(onEvent, onError, () => closed);
  // Taken before the watch starts, so a folder swapped while it starts is told apart too.
  const rootIdentity = folderIdentity(root, onError);
  let lost = false;
  const checkRoot = () => {
    if (lost || closed || folderIdentity(root, onError) === rootIdentity) return;
    lost = true;
    const reason = new Error(`the seeds folder ${root} was removed or replaced; it is no longer watched`);
    if (options.onLost) guarded(options.onLost as (error: unknown) => void)(reason);
    else onError(reason);
  };
  const tree = createTree({
    root,
    report,
    onError,
    stabilityMs: options.stabilityMs ?? DEFAULT_STABILITY_MS,
    checkRoot,
  });
  tree.start();
  // A notice of the folder's own removal can come while the old folder is still there (a
  // replacement under load); one look a second finds a replaced folder whatever the notices said.
  const rootCheck = setInterval(checkRoot, ROOT_CHECK_MS);
  rootCheck.unref();
  return {
    async close() {
      closed = true;
      clearInterval(rootCheck);
      tree.close();
    },
  };
}

interface TreeOptions {
  root: string;
  report: OnSeedEvent;
  onError: (error: unknown) => void;
  stabilityMs: number;
  /** Looks whether the watched folder itself is still the one watched. */
  checkRoot: () => void;
}

/** What the watcher knows of the tree below the seeds folder, and what it does on each notice. */
function createTree({ root, report, onError, stabilityMs, checkRoot }: TreeOptions) {
  /** The files known to be there (listed, or reported), by folder. */
  const known = new Map<string, Set<string>>();
  /** The identity of each watched folder, to tell when one is replaced at the same path. */
  const identities = new Map<string, string>();
  /** Removals waiting out the grace period. */
  const removals = new Map<string, NodeJS.Timeout>();
  /** The system's limit of watches was reached and said. */
  let saidLimit = false;
  const isKnown = (file: string) => known.get(path.dirname(file))?.has(path.basename(file)) === true;
  const remember = (file: string) => {
    const folder = path.dirname(file);
    let names = known.get(folder);
    if (names === undefined) {
      names = new Set();
      known.set(folder, names);
    }
    names.add(path.basename(file));
  };
  const forget = (file: string) => known.get(path.dirname(file))?.delete(path.basename(file));

  const settler: Settler = createSettler({
    stabilityMs,
    onReady: (file, seenAt) => {
      remember(file);
      report({ kind: "upsert", path: file }, seenAt);
    },
    onError,
  });
  const odd: OddEntries = createOddEntries((kind, file) => report({ kind, path: file }, seenNow()));
  const pacer: RelistPacer = createRelistPacer({ list: (folder) => relist(folder), onError });
  const watches: FolderWatches = createFolderWatches({
    onNotice: notice,
    onFailed: (folder, error) => {
      onError(error);
      pacer.forget(folder);
      // Looked at afresh: watched again (and listed) if it is still there, reported gone if not.
      identities.delete(folder);
      if (folder === root) checkRoot();
      else look(folder);
    },
  });

  function notice(folder: string, kind: NoticeKind, name: string | null): void {
    // Any notice of the folder's own watch may be its last: when the folder goes away, the watch
    // names the folder itself, or reports its contents going first.
    if (folder === root) checkRoot();
    if (name === null) {
      pacer.due(folder);
      return;
    }
    if (isIgnoredName(name)) return;
    const file = path.join(folder, name);
    if (kind === "change") settler.written(file);
    else {
      look(file);
      pacer.due(folder);
    }
  }

  /** Something appeared at `file` or went from it: one look tells what. */
  function look(file: string): void {
    const kind = odd.look(file);
    if (kind === "gone") gone(file);
    else if (kind === "folder") folderAt(file);
    else if (kind === "file") {
      if (identities.has(file)) folderGone(file);
      fileAt(file, statPath(file, onError));
    }
  }

  function fileAt(file: string, stats: fsSync.Stats | undefined): void {
    // A link's stats are the target's here; the settler looks at the file itself.
    if (stats?.isFile()) settler.created(file, stats);
    else settler.appeared(file);
  }

  function gone(file: string): void {
    if (identities.has(file)) folderGone(file);
    // The settler forgets it; it was reported, or was being waited for.
    const waited = settler.created(file, undefined);
    if (waited || isKnown(file)) removeLater(file);
  }

  /** Reports `file` gone unless it is back after the grace period. */
  function removeLater(file: string): void {
    if (removals.has(file)) return;
    const timer = setTimeout(() => {
      removals.delete(file);
      if (odd.look(file) === "file") return;
      forget(file);
      settler.removed(file);
      report({ kind: "unlink", path: file }, seenNow());
    }, REMOVAL_GRACE_MS);
    removals.set(file, timer);
  }

  function folderAt(folder: string): void {
    const identity = folderIdentity(folder, onError);
    const was = identities.get(folder);
    if (was === identity) return;
    // Removed and made again, or another folder moved in: the old watches are on the old tree.
    if (was !== undefined) folderGone(folder);
    addFolder(folder, true);
  }

  /** `folder` went with everything in it (or is another folder now): its files are reported gone. */
  function folderGone(folder: string): void {
    const below = folder + path.sep;
    for (const f of watches.unwatch(folder)) pacer.forget(f);
    for (const f of [...identities.keys()]) if (f === folder || f.startsWith(below)) identities.delete(f);
    for (const [f, names] of [...known]) {
      if (f !== folder && !f.startsWith(below)) continue;
      for (const name of names) removeLater(path.join(f, name));
      known.delete(f);
    }
    odd.folderGone(folder);
  }

  /**
   * Watches `folder` and every folder below it, each before it is listed; the files found are
   * reported (`reporting`) or only noted as there (the first scan: the reconcile covers them).
   */
  function addFolder(start: string, reporting: boolean): void {
    const pending = [start];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
      try {
        watches.watch(folder);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "ENOTDIR") continue;
        // Its files are still reported; later changes in it are not seen. Past the system's limit
        // of watches (ENOSPC), every further folder fails the same way: said once.
        if (code !== "ENOSPC" || !saidLimit)
          onError(new Error(`cannot watch ${folder}: ${(error as Error).message}`));
        if (code === "ENOSPC") saidLimit = true;
      }
      const identity = folderIdentity(folder, onError);
      if (identity === undefined) continue;
      identities.set(folder, identity);
      odd.folder(folder, reporting);
      for (const entry of listFolder(folder)) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) pending.push(file);
        else if (!reporting) {
          if (entry.isFile() || (entry.isSymbolicLink() && linksToFile(file))) remember(file);
        } else if (entry.isFile() || odd.look(file) === "file") fileAt(file, statPath(file, onError));
      }
    }
  }

  /** Lists `folder` again: what came or went without a notice is handled as if one had come. */
  function relist(folder: string): void {
    if (!watches.has(folder)) return;
    const names = new Set<string>();
    for (const entry of listFolder(folder)) {
      names.add(entry.name);
      const file = path.join(folder, entry.name);
      if (entry.isDirectory() ? !identities.has(file) : !isKnown(file) && !removals.has(file)) look(file);
    }
    for (const name of known.get(folder) ?? []) if (!names.has(name)) look(path.join(folder, name));
    for (const f of identities.keys())
      if (path.dirname(f) === folder && f !== folder && !names.has(path.basename(f))) look(f);
  }

  return {
    start: () => addFolder(root, false),
    close() {
      pacer.close();
      watches.close();
      settler.close();
      for (const timer of removals.values()) clearTimeout(timer);
      removals.clear();
    },
  };
}

/**
 * What tells the folder at `file` from another made at the same path: its inode and its birth
 * time (a folder made again right after the old one was removed often gets the same inode).
 * Undefined when it is not a folder, or is gone.
 */
function folderIdentity(file: string, onError: (error: unknown) => void): string | undefined {
  const stats = statPath(file, onError);
  return stats?.isDirectory() ? `${stats.ino}:${stats.birthtimeMs}` : undefined;
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
