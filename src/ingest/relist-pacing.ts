import { performance } from "node:perf_hooks";
import type { FSWatcher } from "chokidar";
import { NodeFsHandler } from "chokidar/handler.js";

/**
 * chokidar lists a whole folder again (and `lstat`s every entry) on every change in it: once at
 * a time, and once more right after if anything changed meanwhile. Under a steady stream of new
 * articles that means re-listing without pause: with 5,000 files in `seeds/`, the watcher used
 * more than one core of this two-core machine, taking it from the ingest and from PostgreSQL.
 *
 * The watcher does not need those listings to be quick: it reports new and changed files from the
 * folder's own notices, and chokidar's per-file watches report removals. The listings are a
 * backstop and how chokidar comes to know files. So a folder's next listing waits until the time
 * since the last one ended is `(1 / share - 1)` times what that one took: listings then use at
 * most `share` of one core, whatever the folder's size. A change after a quiet spell is listed at
 * once, as before; changes during the wait are covered by one listing at its end.
 */
export const RELIST_SHARE = 0.2;

type HandleRead = (
  this: NodeFsHandler,
  directory: string,
  initialAdd: boolean,
  ...rest: unknown[]
) => Promise<unknown> | undefined;

interface Pace {
  /** A listing is under way. */
  running: boolean;
  /** Changes came in during the listing or the wait: list again once allowed. */
  again: boolean;
  /** The arguments of the latest request: the same for a folder but for the throttle object. */
  args: unknown[];
  /** No listing before this (performance.now() milliseconds). */
  notBefore: number;
  timer: NodeJS.Timeout | undefined;
  /** A listing is wanted now (see {@link relistSoon}): the one under way is not followed by a rest. */
  urgent: boolean;
  /** The next listing is one {@link relistSoon} asked for. */
  forced: boolean;
  /** No listing asked for by {@link relistSoon} before this: those are paced too. */
  urgentNotBefore: number;
  /** Lists the folder now. */
  listNow: () => void;
  /** The folder went (see {@link forgetFolder}): no listing is due any more. */
  forgotten: boolean;
}

/** The pace of each folder, by chokidar folder handler (one per watcher). */
const paces = new WeakMap<object, Map<string, Pace>>();

const PACED = Symbol.for("seedgraph.relistPacing");
const LISTING_WATCHDOG_MS = 5_000;

/** chokidar rejects a listing, with no reason, when the watcher closed while it ran. */
const ignoreClosed = () => {};

export interface PacingOptions {
  /** Most of one core that listings may take. */
  share?: number;
  /** A listing whose promise has not settled by then counts as over. */
  watchdogMs?: number;
}

/**
 * Paces chokidar's re-listing of watched folders (see {@link RELIST_SHARE}) for every watcher in
 * this thread. Start-up listings are left alone. Returns false, changing nothing, if chokidar no
 * longer has the method this relies on; the watcher then works as stock chokidar does.
 */
export function paceFolderRelists(
  proto: { _handleRead: unknown } = NodeFsHandler.prototype,
  { share = RELIST_SHARE, watchdogMs = LISTING_WATCHDOG_MS }: PacingOptions = {},
): boolean {
  const found = proto._handleRead as (HandleRead & { [PACED]?: true }) | undefined;
  if (typeof found !== "function") return false;
  if (found[PACED]) return true;
  const original: HandleRead = found;
  const idleFactor = 1 / share - 1;

  const paced: HandleRead & { [PACED]?: true } = function (directory, initialAdd, ...rest) {
    // `target` (watching one file of a folder) is left alone too.
    if (initialAdd || rest[1] !== undefined) return original.call(this, directory, initialAdd, ...rest);
    let byFolder = paces.get(this);
    if (!byFolder) {
      byFolder = new Map();
      paces.set(this, byFolder);
    }
    let pace = byFolder.get(directory);
    if (!pace) {
      const created: Pace = {
        running: false,
        again: false,
        args: rest,
        notBefore: 0,
        timer: undefined,
        urgent: false,
        forced: false,
        urgentNotBefore: 0,
        forgotten: false,
        listNow: () => list(this, directory, created)?.catch(ignoreClosed),
      };
      pace = created;
      byFolder.set(directory, pace);
    }
    pace.args = rest;
    if (pace.running || pace.timer) {
      pace.again = true;
      return undefined;
    }
    const wait = pace.notBefore - performance.now();
    if (wait > 0) {
      pace.timer = setTimeout(pace.listNow, wait);
      pace.timer.unref();
      return undefined;
    }
    return list(this, directory, pace);
  };

  function list(handler: NodeFsHandler, directory: string, pace: Pace): Promise<unknown> | undefined {
    pace.timer = undefined;
    pace.again = false;
    if (handler.fsw.closed) return undefined;
    pace.running = true;
    const forced = pace.forced;
    pace.forced = false;
    const started = performance.now();
    let finished = false;
    const done = (hung = false) => {
      if (finished) return;
      finished = true;
      clearTimeout(watchdog);
      pace.running = false;
      const ended = performance.now();
      // A listing that never ended says nothing of what the next one will cost.
      const rest = hung ? 0 : (ended - started) * idleFactor;
      pace.notBefore = pace.urgent ? 0 : ended + rest;
      if (forced) pace.urgentNotBefore = ended + rest;
      // The listing that follows at once is the one asked for.
      if (pace.urgent) pace.forced = true;
      pace.urgent = false;
      if (pace.again && !pace.forgotten && !handler.fsw.closed) {
        paced.call(handler, directory, false, ...pace.args)?.catch(ignoreClosed);
      }
    };
    // chokidar's promise never settles when the listing fails midway; its own throttle expires
    // after a second. Here a listing counts as over after a few seconds at most.
    const watchdog = setTimeout(done, watchdogMs, true);
    watchdog.unref();
    let listing: Promise<unknown> | undefined;
    try {
      listing = original.call(handler, directory, false, ...pace.args);
    } catch (error) {
      done();
      throw error;
    }
    if (!listing) {
      done();
      return undefined;
    }
    return listing.finally(() => done());
  }

  paced[PACED] = true;
  proto._handleRead = paced;
  return true;
}

/**
 * Lists `directory` as soon as possible, without its rest: something appeared in it that chokidar
 * finds only by listing it (a new sub-folder; a file it is waiting to see come back). Does nothing
 * for a folder of `watcher` that was not listed since start-up (its next change is listed at once
 * anyway), nor within the rest after the last listing asked for this way.
 */
export function relistSoon(watcher: FSWatcher, directory: string): void {
  const pace = paces.get(watcher._nodeFsHandler)?.get(directory);
  // At most one such listing per rest: many files coming back at once (a checkout rewriting
  // them) must not undo the pacing. The paced listing still follows within its rest.
  if (!pace || performance.now() < pace.urgentNotBefore) return;
  pace.notBefore = 0;
  // During a listing: the folder's notice asked chokidar for one more listing if this one started
  // before the folder appeared; that one then follows at once. If the notice started this one,
  // it finds the folder, and one more right away would race its own adding of the folder.
  if (pace.running) pace.urgent = true;
  else if (pace.timer) {
    clearTimeout(pace.timer);
    pace.forced = true;
    pace.listNow();
  }
}

/**
 * `directory` is no longer watched by `watcher` (chokidar reported it gone): its pace is dropped,
 * so a watcher of a folder whose sub-folders come and go keeps no record of each, and a listing
 * still waiting for its turn is not made. A folder made again at that path is paced afresh.
 */
export function forgetFolder(watcher: FSWatcher, directory: string): void {
  const byFolder = paces.get(watcher._nodeFsHandler);
  const pace = byFolder?.get(directory);
  if (!byFolder || !pace) return;
  clearTimeout(pace.timer);
  pace.timer = undefined;
  pace.forgotten = true;
  byFolder.delete(directory);
}
