import { performance } from "node:perf_hooks";

/**
 * What found a changed path: a notice of the seeds watcher (`watch`), or a listing of the whole
 * folder (`reconcile`: the start-up reconcile, or the folder listed again after the watcher
 * restarted or the ingest backlog overflowed).
 */
export type SeenBy = "watch" | "reconcile";

/** When a change of a path was first seen ({@link seenNow}), and what saw it. */
export interface FirstSeen {
  at: number;
  by: SeenBy;
}

/**
 * Now, in milliseconds since the epoch with sub-millisecond precision. Comparable between the
 * threads of one process (the watcher's thread and the main one), which `performance.now()` alone
 * is not: each thread counts it from its own start.
 */
export function seenNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The earlier of two sightings (either may be absent). */
export function earliest(a: FirstSeen | undefined, b: FirstSeen | undefined): FirstSeen | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.at < a.at ? b : a;
}
