// The example operations (examples/*.graphql, with the variables examples/client.ts sends) timed
// against a database holding the seeds and the press development articles: median milliseconds
// and CPU milliseconds per request of each, in-process through the app (no HTTP), uncached, one
// request at a time after a warm-up. For comparing two versions of the API on the same machine:
// run it in each checkout, alternately. Prints a table and one JSON record.
// Run: npx tsx bench/examples.ts [runs=60]   (PostgreSQL at TEST_DATABASE_URL or 127.0.0.1; the
//      database is created and dropped)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { print } from "graphql";
import pg from "pg";
import {
  AgreementReportDocument,
  AgreementTimelineDocument,
  ArticlesFilteredDocument,
  CountryReportDocument,
  GraphStatsDocument,
  MeetingParticipantsDocument,
  MeetingReportDocument,
  MeetingsFilteredDocument,
  PartnershipFiguresDocument,
  PeopleByNameDocument,
  SearchEverythingDocument,
} from "../examples/generated/graphql.ts";
import { buildApp } from "../src/app.ts";
import { openDatabase } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { extractArticle } from "../src/extract/index.ts";
import { EventLog } from "../src/live/event-log.ts";
import { silentLogger } from "../src/logger.ts";
import { saveArticle } from "../src/store/article-store.ts";
import { syncCatalog } from "../src/store/catalog.ts";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split(/=(.*)/s, 2) as [string, string]));
const RUNS = Number(args.runs ?? 60);
const root = path.resolve(import.meta.dirname, "..");

// The operations and variables of examples/client.ts.
const OPERATIONS: Array<[string, unknown, Record<string, unknown>]> = [
  ["MeetingReport", MeetingReportDocument, { key: "AMM-58" }],
  ["MeetingParticipants", MeetingParticipantsDocument, { key: "ASEAN_PLUS_ONE-US-FM-2025" }],
  ["AgreementTimeline", AgreementTimelineDocument, { code: "ACFTA" }],
  [
    "MeetingsFiltered",
    MeetingsFilteredDocument,
    { filter: { series: "ASEAN_PLUS_ONE", partner: "JP" }, first: 10 },
  ],
  ["AgreementReport", AgreementReportDocument, { code: "AKFTA" }],
  ["CountryReport", CountryReportDocument, { code: "IN" }],
  ["PartnershipFigures", PartnershipFiguresDocument, { partner: "US" }],
  ["PeopleByName", PeopleByNameDocument, { name: "Lavrov" }],
  ["ArticlesFiltered", ArticlesFilteredDocument, { filter: { agreement: "RCEP" }, first: 5 }],
  ["SearchEverything", SearchEverythingDocument, { query: "hoi nghi bo truong kinh te", first: 5 }],
  ["GraphStats", GraphStatsDocument, { top: 5 }],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const adminUrl = new URL(process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
const name = `seedgraph_bench_examples_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-examples-"));
const db = await openDatabase({ url: url.toString(), dataDir });
try {
  await migrate(db.sql);
  await syncCatalog(db.prisma);
  const folders = ["seeds", "tests/fixtures/press/dev"].map((f) => path.join(root, f));
  let articles = 0;
  for (const folder of folders)
    for (const file of fs
      .readdirSync(folder)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const text = fs.readFileSync(path.join(folder, file), "utf8");
      await saveArticle(db.sql, { path: file, contentHash: file, extraction: extractArticle(text) });
      articles++;
    }
  await db.sql.exec("ANALYZE");
  const app = buildApp({
    db,
    events: new EventLog(db.prisma, { logger: silentLogger }),
    logger: silentLogger,
    options: { responseCacheMb: 0 },
  });
  const rows: Array<{ operation: string; ms: number; cpuMs: number; chars: number }> = [];
  for (const [operation, document, variables] of OPERATIONS) {
    const body = JSON.stringify({ query: print(document as never), variables });
    const once = async () => {
      const res = await app.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors"'))
        throw new Error(`${operation}: ${text.slice(0, 300)}`);
      return text.length;
    };
    let chars = 0;
    for (let i = 0; i < 10; i++) chars = await once();
    const samples: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await once();
      samples.push(performance.now() - t0);
    }
    const used = process.cpuUsage(cpu);
    rows.push({ operation, ms: median(samples), cpuMs: (used.user + used.system) / 1000 / RUNS, chars });
  }
  console.log(`${articles} articles; ${RUNS} runs of each operation after 10 warm-up runs`);
  console.log("operation             median ms   CPU ms   answer chars");
  for (const r of rows)
    console.log(
      `${r.operation.padEnd(20)} ${r.ms.toFixed(2).padStart(10)} ${r.cpuMs.toFixed(2).padStart(8)} ${String(r.chars).padStart(14)}`,
    );
  console.log(JSON.stringify({ bench: "examples", articles, runs: RUNS, operations: rows }));
} finally {
  await db.close();
  await admin.query(`DROP DATABASE ${name}`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
