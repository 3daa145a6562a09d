// Burst ingest: N distinct article files written into a watched, empty seeds folder at once
// (default 5,000), with one graphql-ws subscriber on articleEvents. Prints how long the files
// took to write, to be committed (the service's event log reaching N) and to reach the
// subscriber, files per second, and a JSON record. Also exports the article generator that
// tests/integration/burst.test.ts uses.
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local server); creates
// and drops its own database. Run: npx tsx bench/burst.ts [--files 5000] [--rename]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { createLogger } from "../src/logger.ts";
import { type Service, startService } from "../src/main.ts";
import { mulberry32 } from "./random.ts";

const root = path.resolve(import.meta.dirname, "..");
const seedTexts = fs
  .readdirSync(path.join(root, "seeds"))
  .sort()
  .map((name) => fs.readFileSync(path.join(root, "seeds", name), "utf8"));
/** Whole sentences of the seed articles (no captions, credits or headers). */
const SENTENCES = [
  ...new Set(
    seedTexts
      .flatMap((t) => t.split(/\n+/u).flatMap((p) => p.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)))
      .map((s) => s.trim())
      .filter((s) => s.length >= 40 && /[.!?…]"?$/u.test(s) && !s.startsWith("date ")),
  ),
];

/**
 * The `i`-th article of a burst: a headline of its own and three paragraphs of seed sentences
 * picked at random, their numbers shifted. Every file is distinct, reads as an article to the
 * extractor, and shares little text with the others, as a day of different news would.
 */
export function burstArticle(i: number): string {
  const next = mulberry32(i + 1);
  const pick = () => SENTENCES[Math.floor(next() * SENTENCES.length)] as string;
  const shift = Math.floor(next() * 5);
  const vary = (s: string) => s.replace(/\d+/gu, (d) => String(Number(d) + shift));
  const headline = pick()
    .split(/\s+/u)
    .slice(0, 9)
    .join(" ")
    .replace(/[,.:;]+$/u, "");
  const paragraphs = [0, 1, 2].map(() => vary(`${pick()} ${pick()}`));
  return `Bản tin ${i + 1}: ${headline}\n\n${paragraphs.join("\n\n")}\n`;
}

/** File name of the `i`-th article. */
export const burstName = (i: number) => `burst-${String(i).padStart(5, "0")}.txt`;

async function main(): Promise<void> {
  const adminUrl =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres";
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
  const files = Number(process.argv.includes("--files") ? arg("--files") : 5000);
  const rename = process.argv.includes("--rename");

  const dbName = `seedgraph_bench_burst_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-burst-"));
  const service = await startService(
    {
      databaseUrl: dbUrl.toString(),
      port: 0,
      host: "127.0.0.1",
      seedsDir,
      dataDir: seedsDir,
      logLevel: "warn",
      redisUrl: undefined,
    },
    createLogger("warn"),
  );
  try {
    await service.reconciled;
    await burst(service, seedsDir, files, rename, dbUrl.toString());
  } finally {
    await service.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  }
}

/** Drops the files, waits for every commit and delivery, prints the figures. */
async function burst(
  service: Service,
  seedsDir: string,
  files: number,
  rename: boolean,
  dbUrl: string,
): Promise<void> {
  const client = createClient({
    url: service.url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    lazy: false,
  });
  let received = 0;
  let subscriberDone = 0;
  client.subscribe<{ articleEvents: { kind: string } }>(
    { query: 'subscription { articleEvents(after: "0") { kind cursor path article { path title } } }' },
    {
      next: ({ data }) => {
        if (data?.articleEvents.kind === "ADDED" && ++received === files) subscriberDone = performance.now();
      },
      error: (e) => console.error("subscription error", e),
      complete: () => {},
    },
  );

  const t0 = performance.now();
  for (let i = 0; i < files; i++) {
    const name = burstName(i);
    if (rename) {
      fs.writeFileSync(path.join(seedsDir, `.${name}.tmp`), burstArticle(i));
      fs.renameSync(path.join(seedsDir, `.${name}.tmp`), path.join(seedsDir, name));
    } else fs.writeFileSync(path.join(seedsDir, name), burstArticle(i));
  }
  const written = performance.now();
  let committed = 0;
  let lastReport = t0;
  while (!subscriberDone || !committed) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = performance.now();
    if (!committed && service.events.lastSeq >= files) committed = now;
    if (now - lastReport > 5000) {
      lastReport = now;
      console.log(
        `  ${((now - t0) / 1000).toFixed(0)} s: ${service.events.lastSeq} committed, ${received} received`,
      );
    }
    if (now - t0 > 1_800_000) throw new Error("gave up after 30 minutes");
  }
  await service.idle();

  const s = (t: number) => (t - t0) / 1000;
  const record = {
    bench: "burst",
    files,
    mode: rename ? "rename" : "write",
    writeSeconds: +s(written).toFixed(2),
    committedSeconds: +s(committed).toFixed(2),
    deliveredSeconds: +s(subscriberDone).toFixed(2),
    filesPerSecond: +(files / s(committed)).toFixed(1),
  };
  console.log(`files written          ${record.writeSeconds} s`);
  console.log(`all committed          ${record.committedSeconds} s  (${record.filesPerSecond} files/s)`);
  console.log(`all at the subscriber  ${record.deliveredSeconds} s`);
  console.log(JSON.stringify(record));
  await client.dispose();

  // Near-duplicates join stories, and a save compares the article with every candidate sharing a
  // band key: how the articles grouped explains how the save time grew.
  const pgc = new pg.Client({ connectionString: dbUrl });
  await pgc.connect();
  const { rows } = await pgc.query(
    `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM ingest_failure)::int AS failures,
            count(*)::int AS stories, coalesce(max(n), 0)::int AS largest
       FROM (SELECT count(*) AS n FROM article WHERE story_id IS NOT NULL GROUP BY story_id) s`,
  );
  await pgc.end();
  console.log(JSON.stringify({ bench: "burst-stores", ...rows[0] }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
