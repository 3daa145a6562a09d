import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Worker } from "node:worker_threads";
import { type App, buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { connectionProblem, type Database, openDatabase } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { StartupError } from "./errors.ts";
import { createRedisBus } from "./events.ts";
import { warmUpExtractor } from "./ingest/extract-off-thread.ts";
import { createFailureFeed } from "./ingest/failure-feed.ts";
import { entryExists } from "./ingest/file-names.ts";
import { type FirstSeen, seenNow } from "./ingest/first-seen.ts";
import { type IngestDeps, ingestFile, removeFile } from "./ingest/pipeline.ts";
import { createIngestQueue } from "./ingest/queue.ts";
import { pathsToRecheck, type ReconcileSummary, reconcile } from "./ingest/reconcile.ts";
import { checkSeedsFolder, claimSeedsFolder } from "./ingest/seeds-folder.ts";
import { watchSeedsOnThread } from "./ingest/watcher-thread.ts";
import { EventLog } from "./live/event-log.ts";
import { type Leadership, runForLeadership } from "./live/leader.ts";
import type { Logger } from "./logger.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { holdPort } from "./port-hold.ts";
import { warmUpSave } from "./store/article-store.ts";
import { syncCatalog } from "./store/catalog.ts";
import { loadTrustedDocuments } from "./trusted-documents.ts";

/** What a feed of new articles asks of each event's article: run once before serving. */
export const WARM_UP_QUERY =
  "query WarmUp { articles(first: 1) { edges { node { id path title publishedOn source { name } } } } }";

/** A running service: what `serve` started, and how to stop it in reverse order. */
export interface Service {
  url: string;
  port: number;
  db: Database;
  app: App;
  events: EventLog;
  leadership: Leadership;
  /** Resolves with the start-up reconciliation once this instance leads (at once for a single instance). */
  reconciled: Promise<ReconcileSummary>;
  /** Resolves when the ingest queue has nothing waiting or running (tests, shutdown). */
  idle(): Promise<void>;
  /** The thread watching seeds/ while this instance leads, else undefined (diagnostics, tests). */
  watcherThread(): Worker | undefined;
  stop(): Promise<void>;
}

/** Resolves and checks the seeds folder; a missing one is a start-up error. */
export function resolveSeedsDir(seedsDir: string): string {
  const dir = path.resolve(seedsDir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new StartupError(`SEEDS_DIR ${dir} does not exist`);
  }
  if (!stat.isDirectory()) throw new StartupError(`SEEDS_DIR ${dir} is not a directory`);
  return dir;
}

/**
 * Brings one path in line with the folder: present → ingest, gone → mark removed. Anything at
 * the path counts as present (a dangling link, a FIFO, a name that is not UTF-8): ingesting it
 * records why it is not an article.
 */
async function syncPath(deps: IngestDeps, file: string): Promise<void> {
  if (entryExists(file)) await ingestFile(deps, file);
  else await removeFile(deps, file);
}

/**
 * `deps`, also observing the ingest lag of each article event committed or failure recorded
 * through them: from `seen` (when the change was first seen) to that moment.
 */
function observingLag(
  deps: IngestDeps,
  seen: FirstSeen | undefined,
  metrics: Metrics | undefined,
): IngestDeps {
  if (!seen || !metrics) return deps;
  const observe = () => metrics.ingestLag(seen.by, (seenNow() - seen.at) / 1000);
  return {
    ...deps,
    onCommitted: (seq, event) => {
      observe();
      deps.onCommitted?.(seq, event);
    },
    onFailure: (failure) => {
      observe();
      deps.onFailure?.(failure);
    },
  };
}

/**
 * The leader's work: watch first (paused queue, so nothing is missed), reconcile what changed
 * while nobody watched, then let the queue run. Returns how to stop it. While the database is
 * unreachable the queue keeps retrying; if the watch lock goes with the connection, leadership
 * stops this work and the next leader's reconcile picks up whatever was left.
 */
async function startWatching(
  deps: IngestDeps,
  logger: Logger,
  onReconciled: (s: ReconcileSummary) => void,
  maxPending: number | undefined,
  metrics?: Metrics,
) {
  const queue = createIngestQueue({
    handle: async (file, seen) => {
      const start = performance.now();
      await syncPath(observingLag(deps, seen, metrics), file);
      metrics?.ingestTook((performance.now() - start) / 1000);
    },
    paused: true,
    maxPending,
    // A flood larger than the backlog is not dropped: once the backlog drains, the folder is
    // listed again and every path in it is looked at (unchanged files cost a read and a lookup).
    recheck: () => pathsToRecheck(deps),
    onOverflow: () =>
      logger.warn("ingest queue full; the seeds folder is listed again once the queue has drained"),
    retry: { isTransient: (error) => connectionProblem(error) !== null },
    onError: (file, error) => {
      // A connection problem here means the queue closed while the database was away: the
      // reconcile of whichever instance leads next picks the file up.
      const problem = connectionProblem(error);
      if (problem) logger.warn(`${file} waits for the next reconcile (database unreachable: ${problem})`);
      else logger.error(`giving up on ${file} for now (the next reconcile picks it up)`, error);
    },
  });
  let stopped = false;
  const watcher = await watchSeedsOnThread(
    deps.seedsDir,
    (event, seenAt) => {
      // Refused only once the queue is closed: the next leader's reconcile covers the path.
      queue.enqueue(event.path, { at: seenAt, by: "watch" });
    },
    {
      onError: (error) => logger.error("seeds watcher", error),
      // What changed while no thread watched is found by looking at every path again.
      onRestart: () => {
        const seen: FirstSeen = { at: seenNow(), by: "reconcile" };
        pathsToRecheck(deps).then(
          (paths) => {
            if (stopped) return;
            for (const file of paths) queue.enqueue(file, seen);
            logger.info(`seeds watcher running again; checking ${paths.length} paths`);
          },
          (error) => logger.error("cannot list the seeds folder after the watcher restarted", error),
        );
      },
    },
  );
  const stop = async () => {
    stopped = true;
    await watcher.close();
    await queue.close();
  };
  let summary: ReconcileSummary;
  try {
    // What the reconcile finds was seen when it started looking.
    summary = await reconcile(observingLag(deps, { at: seenNow(), by: "reconcile" }, metrics));
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info(
    `seeds: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
      `${summary.failed} failed, ${summary.removed} removed`,
  );
  onReconciled(summary);
  queue.resume();
  return { idle: () => queue.idle(), stop, thread: () => watcher.worker, size: () => queue.size };
}

/**
 * The composition root of `seedgraph serve`: config → database (migrated) → bus → event log →
 * app listening; the instance holding the watch lock reconciles seeds/ and watches it.
 * Whatever was opened is closed again, in reverse order, on failure and on `stop`.
 */
export async function startService(config: Config, logger: Logger): Promise<Service> {
  const seedsDir = resolveSeedsDir(config.seedsDir);
  const trusted = config.trustedDocuments ? loadTrustedDocuments(config.trustedDocuments) : undefined;
  // Claimed first: a port in use fails the start before any database work (see holdPort).
  const hold = await holdPort(config.port, config.host);
  let db: Database;
  try {
    db = await openDatabase({
      url: config.databaseUrl,
      dataDir: config.dataDir,
      waitSeconds: config.databaseWaitSeconds ?? 60,
      logger,
    });
  } catch (error) {
    await hold.release();
    throw error;
  }
  const cleanups: Array<() => Promise<void>> = [() => db.close(), () => hold.release()];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e) => logger.error("shutdown step failed", e));
  };
  try {
    logger.info(`database: ${db.description}`);
    // The extractor's first run is slow (see warmUpExtractor): it runs while the migrations travel.
    const migrating = migrate(db.sql);
    const warmUp = warmUpExtractor();
    const migrated = await migrating;
    if (migrated.applied.length > 0) logger.info(`applied migrations: ${migrated.applied.join(", ")}`);
    for (const name of migrated.modified) logger.warn(`migration ${name} changed after it was applied`);
    await syncCatalog(db.prisma);
    // The first save on a connection plans the save function's statements (see warmUpSave).
    await warmUpSave(db, warmUp);
    const folder = { adopt: config.seedsDirAdopt ?? false, logger };
    await checkSeedsFolder(db.prisma, seedsDir, folder);

    const metrics = createMetrics({
      lastEventSeq: () => events.lastSeq,
      ingestQueueDepth: () => work?.size() ?? 0,
      pool: () => db.poolStats?.() ?? null,
    });
    const events = new EventLog(db.prisma, {
      logger,
      pollMs: config.eventPollMs,
      onFannedOut: (seconds) => metrics.fannedOut(seconds),
    });
    await events.start();
    cleanups.push(async () => events.close());
    // Commits of this process notify the event log directly; Redis only carries them to (and from)
    // other instances, so without REDIS_URL there is no bus at all.
    const bus = config.redisUrl ? createRedisBus(config.redisUrl, logger) : null;
    if (bus) {
      cleanups.push(() => bus.close());
      void (async () => {
        // A notice of what this instance already holds (its own commit, echoed) needs no read.
        for await (const notice of bus.articleChanges())
          if (notice.seq > events.lastSeq) void events.notify(notice.seq);
      })().catch((e) => logger.warn("event bus subscription ended", e));
    }

    const failures = createFailureFeed();
    const deps: IngestDeps = {
      prisma: db.prisma,
      sql: db.sql,
      seedsDir,
      logger,
      maxFileBytes: config.maxFileBytes,
      onFailure: (failure) => {
        metrics.failed(failure.code);
        failures.publish(failure);
      },
      // The event this process committed goes straight into the log (no read back); other
      // instances hear of it through Redis or their poll.
      onCommitted: (seq, event) => {
        metrics.committed(event?.kind ?? "REMOVED");
        events.committed(seq, event);
        bus?.publishArticleChanged(seq);
      },
    };
    let work: { idle(): Promise<void>; thread(): Worker; size(): number } | null = null;
    let onReconciled: (s: ReconcileSummary) => void = () => {};
    const reconciled = new Promise<ReconcileSummary>((resolve) => {
      onReconciled = resolve;
    });
    const leadership = runForLeadership(db, {
      logger,
      lead: async () => {
        // Another instance may have recorded its folder since this one started.
        await claimSeedsFolder(db.prisma, seedsDir, folder);
        logger.info(`watching ${seedsDir}`);
        const watching = await startWatching(deps, logger, onReconciled, config.ingestQueueSize, metrics);
        work = watching;
        return async () => {
          await watching.stop();
          if (work === watching) work = null;
        };
      },
    });
    cleanups.push(() => leadership.stop());
    // Serve once the seeds are reconciled (or another instance is known to watch them), so the
    // first query after the URL is printed sees the folder's articles.
    await leadership.firstAttempt;

    const app = buildApp({
      db,
      events,
      logger,
      failures,
      metrics,
      // Leading without its watcher running means the watch is being set up or taken over.
      readiness: () => ({ watcher: leadership.leading && work === null ? "starting" : null }),
      options: {
        responseCacheMb: config.responseCacheMb,
        graphiql: config.graphiql,
        introspection: config.introspection,
        corsOrigins: config.corsOrigins,
        trustedDocuments: trusted,
        trustedDocumentsOnly: config.trustedDocumentsOnly,
      },
    });
    // One query through the whole stack (Yoga, the schema, Prisma's compiler) before serving, so
    // the first event's article is not the one that pays for their first use.
    await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: WARM_UP_QUERY }),
    });
    await hold.release();
    const running = await app.start(hold.port, config.host);
    cleanups.push(() => app.stop());
    return {
      ...running,
      db,
      app,
      events,
      leadership,
      reconciled,
      idle: async () => {
        await work?.idle();
      },
      watcherThread: () => work?.thread(),
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
