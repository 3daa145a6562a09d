import fsSync, { type Stats } from "node:fs";
import { seenNow } from "./first-seen.ts";

export interface SettlerOptions {
  /** Quiet time after the last write before a file written in place counts as finished. */
  stabilityMs: number;
  /**
   * Called when a file is ready to be read: at once, or once it stopped changing. `seenAt` is
   * when the change now reported was first noticed (a notice or event for the file, or the check
   * that found a change no notice told of), by {@link seenNow}'s clock.
   */
  onReady: (file: string, seenAt: number) => void;
  /** Unexpected `stat` failures (a vanished file is not one). */
  onError: (error: unknown) => void;
}

/**
 * Decides when a file that appeared or changed is complete. A file renamed into place is complete
 * when it appears and is reported at once; a file written in place (write notices for its name)
 * is reported once it has been quiet for the stability window.
 */
export interface Settler {
  /** A write into `file` was seen (a directory watcher's `change` notice). */
  written(file: string): void;
  /**
   * `file` was created, renamed into place, renamed away or deleted (a directory watcher's
   * `rename` notice). Returns true when it is gone although it had been reported or was being
   * waited for: it is then forgotten, and its removal is the caller's to report.
   */
  created(file: string, found: Stats | undefined): boolean;
  /** `file` appeared or changed, with the stats seen then. */
  appeared(file: string, stats?: Stats): void;
  /** `file` is gone: forget it without reporting. */
  removed(file: string): void;
  /** Cancels every pending check. */
  close(): void;
}

interface Pending {
  timer: NodeJS.Timeout;
  /** Written in place since the last report: report when quiet, whatever the stats say. */
  written: boolean;
  /**
   * When the change waited for was first noticed; absent for the check that follows a report
   * (it waits for no change it knows of).
   */
  since?: number | undefined;
}

/** Allowance for clocks: `Date.now()` has whole milliseconds and timers may fire a little early. */
const CLOCK_SLACK_MS = 2;

const signature = (stats: Stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}`;

/**
 * Tracks files being written. Every file reported at once is checked again after the window too:
 * if it changed meanwhile without a write notice (a notice raced the report, or the platform sent
 * none), the final state is reported as well, so the last report always follows the last write.
 * The state last reported for each file is kept (until the file is removed), so the same state
 * told twice, by a notice and by a later listing of the folder, is reported once.
 * Files are looked at with synchronous `stat`s: checks due in one order then report in that order,
 * and a check never waits behind other file calls in libuv's thread pool.
 */
export function createSettler(options: SettlerOptions): Settler {
  const { stabilityMs } = options;
  const pending = new Map<string, Pending>();
  const reported = new Map<string, string>();
  let closed = false;

  function schedule(file: string, ms: number, state: Omit<Pending, "timer">): void {
    clearTimeout(pending.get(file)?.timer);
    pending.set(file, { ...state, timer: setTimeout(check, ms, file) });
  }

  function ready(file: string, stats: Stats, seenAt: number): void {
    reported.set(file, signature(stats));
    try {
      options.onReady(file, seenAt);
    } catch (error) {
      options.onError(error);
    }
  }

  function check(file: string): void {
    const entry = pending.get(file);
    if (closed || !entry) return;
    const stats = statFile(file, options.onError);
    if (!stats) {
      pending.delete(file);
      return;
    }
    // A write the notices missed still moves mtime: wait until the file is a full window old.
    const age = Date.now() - stats.mtimeMs;
    if (age >= 0 && age < stabilityMs - CLOCK_SLACK_MS) {
      schedule(file, Math.ceil(stabilityMs - age), entry);
      return;
    }
    pending.delete(file);
    if (entry.written || signature(stats) !== reported.get(file))
      ready(file, stats, entry.since ?? seenNow());
  }

  function forget(file: string): void {
    clearTimeout(pending.get(file)?.timer);
    pending.delete(file);
    reported.delete(file);
  }

  /** `file` appeared or changed, with the stats seen then; noticed at `at`. */
  function appeared(file: string, stats: Stats | undefined, at: number): void {
    if (closed) return;
    const entry = pending.get(file);
    // Already waiting for quiet: the check looks at mtime, so a late event adds nothing.
    if (entry?.written) return;
    // The same state told twice (a rename notice, then a listing): reported already.
    if (stats && reported.get(file) === signature(stats)) return;
    // Created empty, or size unknown: the content may be yet to come, so wait for quiet (even
    // if some came since: it may not be all of it).
    if (!stats || stats.size === 0) {
      schedule(file, stabilityMs, { written: true, since: at });
      return;
    }
    // The stats given may be of a state already replaced (a listing lags behind the notices):
    // what counts is the file as it is now. That may be reported already too, or gone: then its
    // removal is reported (or about to be), and the stale state must not come after it.
    const now = lookAgain(file, stats, options.onError);
    if (!now || reported.get(file) === signature(now)) return;
    // Emptied since (rewritten in place, its write notice still to come): wait for quiet too.
    if (now.size === 0) {
      schedule(file, stabilityMs, { written: true, since: at });
      return;
    }
    ready(file, now, at);
    schedule(file, stabilityMs, { written: false });
  }

  return {
    written(file) {
      if (closed) return;
      // A file written on and on is reported when quiet, counted from the first write noticed.
      schedule(file, stabilityMs, { written: true, since: pending.get(file)?.since ?? seenNow() });
    },
    created(file, found) {
      if (closed) return false;
      // A create and a rename give the same notice. libuv hands out every queued notice before
      // the event loop moves on, so if this `stat` finds content, the notice of the write that put
      // it there arrives before the immediate runs, and the file then counts as written in place.
      const stats = found?.isFile() ? found : undefined;
      if (stats) {
        setImmediate(appeared, file, stats, seenNow());
        return false;
      }
      // Gone: if it was reported or waited for, its removal is the caller's to report.
      const known = reported.has(file) || pending.has(file);
      if (known) forget(file);
      return known;
    },
    appeared: (file, stats) => appeared(file, stats, seenNow()),
    removed: forget,
    close() {
      closed = true;
      for (const entry of pending.values()) clearTimeout(entry.timer);
      pending.clear();
      reported.clear();
    },
  };
}

/** The stats of a regular file; undefined for anything else, or when it is gone. */
function statFile(file: string, onError: (error: unknown) => void): Stats | undefined {
  const stats = statPath(file, onError);
  return stats?.isFile() ? stats : undefined;
}

/**
 * The file at `file` as it is now: undefined when it is gone or no longer a file. When it cannot
 * be looked at (the failure goes to `onError`), what was `seen`: it is reported, and reading it
 * then records why it cannot be ingested.
 */
function lookAgain(file: string, seen: Stats, onError: (error: unknown) => void): Stats | undefined {
  try {
    const now = fsSync.statSync(file, { throwIfNoEntry: false });
    return now?.isFile() ? now : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    onError(error);
    return seen;
  }
}

/** The stats of whatever is at `path`; undefined when nothing is (other failures to `onError`). */
export function statPath(path: string, onError: (error: unknown) => void): Stats | undefined {
  try {
    return fsSync.statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") onError(error);
    return undefined;
  }
}
