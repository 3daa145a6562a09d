// Search latency over a generated corpus: the five seeds ingested, then copied (a third of the
// copies with their diacritics stripped, as some outlets publish) up to N articles; each query runs
// warm several times through searchAll (first: 20). Prints p50/p99 per query and one JSON record.
// Run: npx tsx bench/search.ts [articles=10000]   (PostgreSQL at TEST_DATABASE_URL or 127.0.0.1)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { ingestFile } from "../src/ingest/pipeline.ts";
import { silentLogger } from "../src/logger.ts";
import { syncCatalog } from "../src/store/catalog.ts";
import { searchAll } from "../src/store/search.ts";

const TARGET = Number(process.argv[2] ?? 10_000);
const RUNS = 20;
const QUERIES = [
  "hoi nghi bo truong kinh te",
  "Hội nghị Bộ trưởng Kinh tế",
  "hòa bình",
  "Hoa Ky",
  "AKFTA",
  "Lavrov",
  "Mekong",
  "foreign ministers meeting",
];

const adminUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `seedgraph_bench_search_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-"));
const db = await openDatabase({ url: url.toString(), dataDir });

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? Number.NaN;
}

try {
  await migrate(db.sql);
  await syncCatalog(db.prisma);
  const seeds = path.resolve(import.meta.dirname, "../seeds");
  for (const file of fs.readdirSync(seeds).sort()) {
    await ingestFile({ prisma: db.prisma, sql: db.sql, seedsDir: seeds, logger: silentLogger }, file);
  }
  // Copies differ by a number in title and body; every third one is stripped of diacritics.
  await db.sql.query(
    `INSERT INTO article (path, content_hash, display_title, body, lang, word_count, extractor_version)
     SELECT 'gen/' || n || '-' || a.path, a.content_hash, a.display_title || ' #' || n,
            CASE WHEN n % 3 = 0 THEN unaccent(a.body) ELSE a.body END || ' (bản ' || n || ')',
            a.lang, a.word_count, a.extractor_version
       FROM article a CROSS JOIN generate_series(1, ceil(($1::int - 5) / 5.0)::int) AS n
      WHERE a.path NOT LIKE 'gen/%'
      LIMIT $1::int - 5`,
    [TARGET],
  );
  await db.sql.exec("ANALYZE");
  const [{ count } = { count: 0 }] = await db.sql.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM article",
  );
  console.log(`${count} articles\n\nquery                            hits      p50 ms    p99 ms`);
  const results = [];
  for (const query of QUERIES) {
    const first = await searchAll(db.sql, query, { first: 20 }); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await searchAll(db.sql, query, { first: 20 });
      samples.push(performance.now() - t0);
    }
    const row = { query, hits: first.totalCount, p50: percentile(samples, 50), p99: percentile(samples, 99) };
    results.push(row);
    console.log(
      `${query.padEnd(30)} ${String(row.hits).padStart(6)} ${row.p50.toFixed(1).padStart(10)} ${row.p99.toFixed(1).padStart(9)}`,
    );
  }
  console.log(
    JSON.stringify({ bench: "search", articles: count, runs: RUNS, statementsPerSearch: 1, results }),
  );
} finally {
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
