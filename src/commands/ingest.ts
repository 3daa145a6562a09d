import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { StartupError } from "../errors.ts";
import { ingestEach } from "../ingest/bulk.ts";
import { listArticleFiles } from "../ingest/files.ts";
import { ingestFile } from "../ingest/pipeline.ts";
import { createLogger } from "../logger.ts";
import { resolveSeedsDir } from "../main.ts";
import { syncCatalog } from "../store/catalog.ts";
import { createSaveBatcher } from "../store/save-batch.ts";
import { createProgress } from "./progress.ts";

/** Expands folders to their article files; every file must sit inside the seeds folder. */
async function expand(paths: string[], seedsDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    if (!fs.existsSync(abs)) throw new StartupError(`${p} does not exist`);
    const rel = path.relative(seedsDir, abs);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      throw new StartupError(
        `${p} is outside SEEDS_DIR (${seedsDir}); articles are identified by their path there`,
      );
    }
    files.push(...(fs.statSync(abs).isDirectory() ? await listArticleFiles(abs) : [abs]));
  }
  return files;
}

/** `seedgraph ingest PATH...`: one-shot ingest with a progress line and a summary. */
export async function runIngest(args: string[]): Promise<number> {
  const config = loadConfig();
  const seedsDir = resolveSeedsDir(config.seedsDir);
  const files = await expand(args.length > 0 ? args : [seedsDir], seedsDir);
  const progress = createProgress(files.length);
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, {
    format: config.logFormat,
    output: progress.log,
  });
  // With the embedded database, a running `seedgraph serve` holds it and this stops with one
  // line saying so: files reach that service through the SEEDS_DIR it watches, never through a
  // second writer beside it.
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    command: "seedgraph ingest",
    logger,
  });
  const counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  try {
    await migrate(db.sql);
    await syncCatalog(db.prisma);
    const batcher = createSaveBatcher(db.sql);
    const deps = {
      prisma: db.prisma,
      sql: db.sql,
      seedsDir,
      logger,
      maxFileBytes: config.maxFileBytes,
      save: batcher.save,
    };
    await ingestEach(files, (file) => ingestFile(deps, file), {
      onResult: (result, done) => {
        counts[result.status]++;
        progress.update(done);
      },
    });
    // The search indexes' pending entries of the bulk, merged once (see BULK_GIN_PENDING_LIMIT).
    if (counts.added + counts.updated > 0) await batcher.finish();
    progress.finish();
  } finally {
    await db.close();
  }
  process.stdout.write(
    `${files.length} file(s): ${counts.added} added, ${counts.updated} updated, ` +
      `${counts.unchanged} unchanged, ${counts.failed} failed\n`,
  );
  return counts.failed > 0 ? 1 : 0;
}
