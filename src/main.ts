import fs from "node:fs";
import path from "node:path";
import { type App, buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { StartupError } from "./errors.ts";
import { type ReconcileSummary, reconcile } from "./ingest/reconcile.ts";
import type { Logger } from "./logger.ts";
import { syncCatalog } from "./store/catalog.ts";

/** A running service: what `serve` started, and how to stop it in reverse order. */
export interface Service {
  url: string;
  port: number;
  db: Database;
  app: App;
  /** What the start-up reconciliation of the seeds folder did. */
  reconciled: ReconcileSummary;
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
 * The composition root of `seedgraph serve`: config → database (migrated) → reconcile seeds/ →
 * app listening. Whatever was opened is closed again when a later step fails.
 */
export async function startService(config: Config, logger: Logger): Promise<Service> {
  const seedsDir = resolveSeedsDir(config.seedsDir);
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  let app: App | undefined;
  try {
    logger.info(`database: ${db.description}`);
    const migrated = await migrate(db.sql);
    if (migrated.applied.length > 0) logger.info(`applied migrations: ${migrated.applied.join(", ")}`);
    for (const name of migrated.modified) logger.warn(`migration ${name} changed after it was applied`);
    await syncCatalog(db.prisma);
    const summary = await reconcile({ prisma: db.prisma, seedsDir, logger });
    logger.info(
      `seeds: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
        `${summary.failed} failed, ${summary.removed} removed`,
    );
    app = buildApp({ db, logger });
    const running = await app.start(config.port, config.host);
    const service: Service = {
      ...running,
      db,
      app,
      reconciled: summary,
      async stop() {
        await app?.stop();
        await db.close();
      },
    };
    return service;
  } catch (error) {
    await app?.stop().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}
