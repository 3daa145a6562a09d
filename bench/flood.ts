// Flood: N distinct article files renamed at once into a watched seeds folder (default 20,000),
// more than the ingest queue holds (INGEST_QUEUE_SIZE, default 10,000). Prints how long until
// every file is an article or a failure, how many the folder recheck handled, and the server's
// memory (RSS, sampled every 250 ms) before and during the flood, then a JSON record.
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local server); creates
// and drops its own database. Run: npx tsx bench/flood.ts [--files 20000] [--queue 10000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createLogger } from "../src/logger.ts";
import { startService } from "../src/main.ts";
import { burstArticle, burstName } from "./burst.ts";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const files = arg("files", 20_000);
const queueSize = arg("queue", 10_000);
const base = new URL(
  process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres",
);
const dbName = `seedgraph_flood_${process.pid}`;
const admin = new pg.Client({ connectionString: base.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = new URL(base);
url.pathname = `/${dbName}`;
const seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-flood-"));
const staging = path.join(seedsDir, ".staging");
fs.mkdirSync(staging);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
let warnings = 0;
const logger = createLogger("warn");
const countingLogger = {
  ...logger,
  warn: (msg: string, extra?: unknown) => {
    warnings++;
    logger.warn(msg, extra);
  },
};
const service = await startService(
  {
    databaseUrl: url.toString(),
    port: 0,
    host: "127.0.0.1",
    seedsDir,
    dataDir: seedsDir,
    logLevel: "warn",
    redisUrl: undefined,
    ingestQueueSize: queueSize,
  },
  countingLogger,
);
try {
  await service.reconciled;
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(staging, burstName(i)), burstArticle(i));
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 250);
  const started = performance.now();
  for (let i = 0; i < files; i++)
    fs.renameSync(path.join(staging, burstName(i)), path.join(seedsDir, burstName(i)));
  const renamed = performance.now() - started;
  const count = async () =>
    (await service.db.prisma.article.count({ where: { removedAt: null } })) +
    (await service.db.prisma.ingestFailure.count());
  for (let done = 0; done < files; done = await count()) await new Promise((r) => setTimeout(r, 500));
  const seconds = (performance.now() - started) / 1000;
  await service.idle();
  clearInterval(sampler);
  const record = {
    files,
    queueSize,
    renameMs: Math.round(renamed),
    seconds: Number(seconds.toFixed(1)),
    filesPerSecond: Number((files / seconds).toFixed(1)),
    articles: await service.db.prisma.article.count({ where: { removedAt: null } }),
    failures: await service.db.prisma.ingestFailure.count(),
    warnings,
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peak),
  };
  console.log(`| files | queue | seconds | files/s | articles | failures | RSS before MB | RSS peak MB |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  console.log(
    `| ${files} | ${queueSize} | ${record.seconds} | ${record.filesPerSecond} | ${record.articles} | ${record.failures} | ${record.rssBeforeMb} | ${record.rssPeakMb} |`,
  );
  console.log(JSON.stringify(record));
} finally {
  await service.stop();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  fs.rmSync(seedsDir, { recursive: true, force: true });
}
