/**
 * When the seeds watcher lists a folder again. It reports files from the folder's notices; a
 * listing is only the safety net for notices that never came (Linux drops inotify notices without
 * a word when its queue of 16,384 overflows, a flood's worth while the watcher thread is busy).
 * So a folder with notices is listed again {@link RELIST_DELAY_MS} after the first of them (one
 * listing covers every notice meanwhile), and never sooner after the previous listing than
 * `(1 / share - 1)` times what that one took: listings use at most `share` of one core, however
 * large the folder and however steady the stream of new files.
 *
 * Own code: a timer per folder and one subtraction; the clock is a parameter so that tests move
 * time themselves.
 */
export const RELIST_DELAY_MS = 1_000;
/** Most of one core that listings may take. */
export const RELIST_SHARE = 0.2;

export interface PacingClock {
  /** Milliseconds, monotonic. */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const realClock: PacingClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

export interface RelistPacerOptions {
  /** Lists `folder` (synchronously: its time is what the pacing counts). */
  list: (folder: string) => void;
  /** What a listing throws (a folder that cannot be read): the pacing goes on. */
  onError: (error: unknown) => void;
  delayMs?: number;
  share?: number;
  clock?: PacingClock;
}

export interface RelistPacer {
  /** Something happened in `folder`: list it again in a while (once for many calls). */
  due(folder: string): void;
  /** `folder` went: no listing of it is due any more. */
  forget(folder: string): void;
  /** Cancels every listing due. */
  close(): void;
}

interface Pace {
  timer: unknown;
  /** No listing before this (clock milliseconds). */
  notBefore: number;
}

export function createRelistPacer(options: RelistPacerOptions): RelistPacer {
  const clock = options.clock ?? realClock;
  const delayMs = options.delayMs ?? RELIST_DELAY_MS;
  const rest = 1 / (options.share ?? RELIST_SHARE) - 1;
  const paces = new Map<string, Pace>();

  function run(folder: string, pace: Pace): void {
    pace.timer = undefined;
    const start = clock.now();
    try {
      options.list(folder);
    } catch (error) {
      options.onError(error);
    }
    const end = clock.now();
    pace.notBefore = end + (end - start) * rest;
  }

  return {
    due(folder) {
      const pace = paces.get(folder) ?? { timer: undefined, notBefore: 0 };
      paces.set(folder, pace);
      if (pace.timer !== undefined) return;
      const now = clock.now();
      const at = Math.max(now + delayMs, pace.notBefore);
      pace.timer = clock.setTimeout(() => run(folder, pace), at - now);
    },
    forget(folder) {
      const pace = paces.get(folder);
      if (pace?.timer !== undefined) clock.clearTimeout(pace.timer);
      paces.delete(folder);
    },
    close() {
      for (const pace of paces.values()) if (pace.timer !== undefined) clock.clearTimeout(pace.timer);
      paces.clear();
    },
  };
}
