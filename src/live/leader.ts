import type { Database, LockSession } from "../db/client.ts";
import { StartupError } from "../errors.ts";
import type { Logger } from "../logger.ts";

/** Advisory-lock key for "this instance watches and ingests seeds/". */
export const WATCH_LOCK_KEY = 0x5eed_9a;

export interface LeadershipOptions {
  /** Starts the leader's work; returns how to stop it. A `StartupError` is a refusal to lead, logged once. */
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
 * releases the lock) another takes over within that interval. A leader whose connection drops
 * (the database restarted) stops its work and runs for leadership again, so once the database is
 * back one instance leads again — and its `lead` reconciles what changed meanwhile.
 */
export function runForLeadership(db: Database, options: LeadershipOptions): Leadership {
  const retryMs = options.retryMs ?? 1000;
  let session: LockSession | null = null;
  let stopWork: (() => Promise<void>) | null = null;
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | null = null;
  let markLed: () => void = () => {};
  const led = new Promise<void>((resolve) => {
    markLed = resolve;
  });
  // Everything running in the background (attempts, work being stopped), for `stop` to await.
  const pending = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    pending.add(p);
    const forget = () => void pending.delete(p);
    p.then(forget, forget);
    return p;
  };
  const schedule = () => {
    if (!stopped) timer = setTimeout(() => track(attempt()), retryMs);
  };
  const endWork = async (work: () => Promise<void>) => {
    await work().catch((error) => options.logger.error("cannot stop the watcher cleanly", error));
  };
  const lost = (from: LockSession | null) => {
    if (from === null || session !== from) return;
    session = null;
    const work = stopWork;
    stopWork = null;
    // Not leading: an attempt is running or scheduled and notices the missing session itself.
    if (!work) return;
    options.logger.warn("lost the watch lock (database connection dropped); stopping the watcher");
    track(endWork(work).finally(schedule));
  };
  const attempt = async () => {
    if (stopped) return;
    try {
      if (!session) {
        let opened: LockSession | null = null;
        opened = await db.lockSession(() => lost(opened));
        session = opened;
      }
      const mine = session;
      if (!(await mine.tryLock(WATCH_LOCK_KEY))) {
        failing = false;
        return schedule();
      }
      if (stopped) return;
      const work = await options.lead();
      if (stopped) return await endWork(work);
      if (session !== mine) {
        // The lock went with its connection while `lead` ran: undo and start over.
        await endWork(work);
        return schedule();
      }
      stopWork = work;
      if (failing) options.logger.info("database reachable again; leading");
      failing = false;
      markLed();
    } catch (error) {
      // A refusal to watch (another seeds folder) is the operator's to fix: said once, plainly.
      if (error instanceof StartupError) {
        if (!failing) options.logger.error(`not watching: ${error.message}`);
      } else if (!failing)
        options.logger.warn(`cannot take the watch lock (retrying every ${retryMs} ms)`, error);
      failing = true;
      const broken = session;
      session = null;
      await broken?.close();
      schedule();
    }
  };
  const firstAttempt = track(attempt());

  return {
    get leading() {
      return stopWork !== null;
    },
    led,
    firstAttempt,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      while (pending.size > 0) await Promise.all(pending);
      const work = stopWork;
      stopWork = null;
      if (work) await endWork(work);
      await session?.close();
      session = null;
    },
  };
}
