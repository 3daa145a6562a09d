import type { Database, LockSession } from "../db/client.ts";
import type { Logger } from "../logger.ts";

/** Advisory-lock key for "this instance watches and ingests seeds/". */
export const WATCH_LOCK_KEY = 0x5eed_9a;

export interface LeadershipOptions {
  /** Starts the leader's work; returns how to stop it. */
  lead: () => Promise<() => Promise<void>>;
  /** How often a follower tries to take over (default 1,000 ms). */
  retryMs?: number;
  logger: Logger;
}

export interface Leadership {
  /** True while this instance holds the lock and its work runs. */
  readonly leading: boolean;
  /** Resolves once this instance leads (for tests and logs). */
  readonly led: Promise<void>;
  /** Resolves after the first attempt: leading (its work started) or following. */
  readonly firstAttempt: Promise<void>;
  /** Stops the leader's work (if leading) and releases the lock. */
  stop(): Promise<void>;
}

/**
 * Runs `lead` in exactly one instance at a time: the holder of a PostgreSQL session advisory
 * lock. Followers retry every `retryMs`; when the leader stops (or its connection drops, which
 * releases the lock) another takes over within that interval.
 */
export function runForLeadership(db: Database, options: LeadershipOptions): Leadership {
  const retryMs = options.retryMs ?? 1000;
  let session: LockSession | null = null;
  let stopWork: (() => Promise<void>) | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let markLed: () => void = () => {};
  const led = new Promise<void>((resolve) => {
    markLed = resolve;
  });

  let inFlight: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (!stopped) timer = setTimeout(() => (inFlight = attempt()), retryMs);
  };
  const lost = () => {
    options.logger.warn("lost the watch lock (database connection dropped); stopping the watcher");
    const work = stopWork;
    stopWork = null;
    session = null;
    void work?.().finally(schedule);
  };
  const attempt = async () => {
    if (stopped) return;
    try {
      session ??= await db.lockSession(lost);
      if (!(await session.tryLock(WATCH_LOCK_KEY))) return schedule();
      if (stopped) return;
      const work = await options.lead();
      if (stopped) return await work();
      stopWork = work;
      markLed();
    } catch (error) {
      options.logger.warn("cannot take the watch lock (will retry)", error);
      await session?.close();
      session = null;
      schedule();
    }
  };
  inFlight = attempt();
  const firstAttempt = inFlight;

  return {
    get leading() {
      return stopWork !== null;
    },
    led,
    firstAttempt,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
      const work = stopWork;
      stopWork = null;
      await work?.();
      await session?.close();
      session = null;
    },
  };
}
