// Throughput of the nested query of issue 4 over a generated database: requests per second,
// p50/p99 latency and SQL statements per request for
//   meetings(first: 20) { edges { node { articles(first: 10) { edges { node {
//     agreements { code } countries { code } } } } } } }
// Articles, meetings and their links are generated in SQL (deterministic, no extraction): every
// article reports 2 of 300 meetings and cites 3 agreements and 4 countries.
// Run: npm run bench:query [-- articles=10000 seconds=10 concurrency=16 cache=both|on|off]
//      (PostgreSQL at TEST_DATABASE_URL or 127.0.0.1; the database is created and dropped)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { type Database, openDatabase } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import type { SqlRunner } from "../src/db/sql.ts";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { EventLog } from "../src/live/event-log.ts";
import { silentLogger } from "../src/logger.ts";
import { syncCatalog } from "../src/store/catalog.ts";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split("=") as [string, string]));
const ARTICLES = Number(args.articles ?? 10_000);
const SECONDS = Number(args.seconds ?? 10);
const CONCURRENCY = Number(args.concurrency ?? 16);
const WARMUP = 50;
// cache=off|on|both (default both: a run without the response cache is the reference).
const CACHES = { off: [0], on: [64], both: [0, 64] }[args.cache ?? "both"] ?? [0, 64];
const QUERY = `{ meetings(first: 20) { edges { node { articles(first: 10) { edges { node {
  agreements { code } countries { code } } } } } } } }`;

const GENERATE = `
  INSERT INTO source (name) SELECT 'Bench source ' || i FROM generate_series(1, 20) i;
  INSERT INTO meeting (key, series, level, partner_code, number, year, date, date_precision, name)
  SELECT 'BENCH-' || i, (ARRAY['AMM','AEM','ASEAN_SUMMIT','EAS','ARF','ASEAN_PLUS_THREE','ASEAN_PLUS_ONE'])[1 + i % 7]::"MeetingSeries",
         'foreign_ministers', CASE WHEN i % 7 = 6 THEN (ARRAY['JP','KR','CN','US','IN','AU'])[1 + i % 6] END,
         i, 2000 + i % 26, DATE '2000-01-01' + i * 30, 'day', 'Bench meeting ' || i
    FROM generate_series(1, 300) i;
  INSERT INTO article (path, content_hash, display_title, body, lang, published_at, date_precision,
                       source_id, word_count, extractor_version, fingerprint)
  SELECT 'bench/' || i || '.txt', md5(i::text), 'Bench article ' || i,
         repeat('Hội nghị Bộ trưởng Kinh tế ASEAN bàn về thương mại và đầu tư. ', 60), 'vi',
         DATE '2000-01-01' + (i * 7919) % 9000, 'day', (SELECT min(id) FROM source) + i % 20, 600, 'bench', '{}'
    FROM generate_series(1, :articles) i;
  INSERT INTO article_meeting (article_id, meeting_id)
  SELECT DISTINCT a.id, m.id FROM article a CROSS JOIN (VALUES (7), (13)) k(k)
    JOIN meeting m ON m.key = 'BENCH-' || (1 + (a.id * k.k) % 300);
  INSERT INTO article_agreement (article_id, agreement_code)
  SELECT DISTINCT a.id, c.codes[1 + (a.id * k.k) % array_length(c.codes, 1)]
    FROM article a CROSS JOIN (VALUES (3), (5), (11)) k(k)
    CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM agreement) c;
  INSERT INTO article_country (article_id, country_code)
  SELECT DISTINCT a.id, c.codes[1 + (a.id * k.k) % array_length(c.codes, 1)]
    FROM article a CROSS JOIN (VALUES (2), (3), (5), (7)) k(k)
    CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM country) c;
  ANALYZE;`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

async function post(url: string): Promise<void> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/** SQL statements one request issues, counted through Prisma's query log and the raw SQL runner. */
async function countStatements(db: Database, url: string): Promise<number> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  let statements = 0;
  prisma.$on("query", () => {
    statements++;
  });
  const sql: SqlRunner = {
    ...db.sql,
    query: (q, p) => {
      statements++;
      return db.sql.query(q, p);
    },
  };
  const counted = { ...db, prisma: prisma as unknown as Database["prisma"], sql };
  const app = buildApp({
    db: counted,
    events: new EventLog(counted.prisma, { logger: silentLogger }),
    logger: silentLogger,
    options: { responseCacheMb: 0 },
  });
  const running = await app.start(0, "127.0.0.1");
  try {
    await post(running.url);
    statements = 0;
    await post(running.url);
    return statements;
  } finally {
    await app.stop();
    await prisma.$disconnect();
  }
}

/**
 * Runs the query from `CONCURRENCY` loops for `SECONDS` on a worker thread, as a client on
 * another machine would (the server's event loop keeps the main thread); returns each request's
 * latency in ms.
 */
function load(url: string): Promise<{ latencies: number[]; bytes: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), {
      workerData: {
        url,
        body: JSON.stringify({ query: QUERY }),
        seconds: SECONDS,
        concurrency: CONCURRENCY,
        warmup: WARMUP,
      },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

const records: object[] = [];
const adminUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `seedgraph_bench_query_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${name}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-"));
const db = await openDatabase({ url: dbUrl.toString(), dataDir });
try {
  await migrate(db.sql);
  await syncCatalog(db.prisma);
  await db.sql.exec(GENERATE.replace(":articles", String(ARTICLES)));
  // The state autovacuum leaves a live database in (visibility map set, so index-only scans
  // work); VACUUM cannot run inside the generating script's implicit transaction.
  await db.sql.exec("VACUUM ANALYZE");
  const statements = await countStatements(db, dbUrl.toString());
  console.log(`articles  cache  concurrency  requests  req/s   p50 ms  p99 ms  SQL/request  hits  server ms`);
  // The same query with the response cache off, then on: the first row is the reference run.
  for (const cacheMb of CACHES) {
    const app = buildApp({
      db,
      events: new EventLog(db.prisma, { logger: silentLogger }),
      logger: silentLogger,
      options: { responseCacheMb: cacheMb },
    });
    const running = await app.start(0, "127.0.0.1");
    const busyBefore = performance.eventLoopUtilization();
    const { latencies: unsorted, bytes } = await load(running.url);
    const latencies = unsorted.sort((a, b) => a - b);
    // Time the server's thread spent working (not waiting) per request: its capacity on one core.
    const busy = performance.eventLoopUtilization(busyBefore);
    const serverMs = busy.active / (latencies.length + WARMUP);
    const cache = app.responseCache.stats();
    await app.stop();
    const record = {
      bench: "query",
      articles: ARTICLES,
      responseCache: cacheMb > 0,
      seconds: SECONDS,
      concurrency: CONCURRENCY,
      requests: latencies.length,
      requestsPerSecond: Math.round(latencies.length / SECONDS),
      p50Ms: Number(percentile(latencies, 50).toFixed(2)),
      p99Ms: Number(percentile(latencies, 99).toFixed(2)),
      sqlStatementsPerRequest: statements,
      cacheHits: cache.hits,
      serverMsPerRequest: Number(serverMs.toFixed(3)),
      responseChars: bytes,
    };
    console.log(
      `${String(ARTICLES).padStart(8)}  ${(cacheMb > 0 ? "on" : "off").padStart(5)}  ${String(CONCURRENCY).padStart(11)}  ` +
        `${String(record.requests).padStart(8)}  ${String(record.requestsPerSecond).padStart(5)}  ` +
        `${record.p50Ms.toFixed(1).padStart(6)}  ${record.p99Ms.toFixed(1).padStart(6)}  ` +
        `${String(statements).padStart(11)}  ${String(cache.hits).padStart(5)}  ${serverMs.toFixed(2).padStart(9)}`,
    );
    records.push(record);
  }
  console.log("target: at least 800 req/s with p99 <= 50 ms");
  for (const record of records) console.log(JSON.stringify(record));
} finally {
  await db.close();
  if (args.keep) console.log(`kept database ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
