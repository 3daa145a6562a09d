// Bulk ingest: seedgraph's own path beside raw `pg` baselines storing the same files, in one run.
//
// For one generated corpus of N article files (bench/ingest-corpus.ts: real press renditions
// recombined into ~4.4 KB articles, 10% near-copies; the share seedgraph puts in stories is
// printed) and a fresh database per size:
// 1. seedgraph ingest: `npx tsx src/cli.ts ingest <folder>` as a user runs it (DATABASE_URL and
//    SEEDS_DIR in the environment; migrated beforehand by `npx tsx src/cli.ts migrate`). Wall time
//    around the child; CPU is the user+sys time /usr/bin/time reports for it, which counts its
//    waited-for descendants too (npx → tsx → node), i.e. everything the command costs on the client
//    side, start-up included (printed apart: the same command on an empty folder). The start-up
//    reconcile of `serve` (src/main.ts → src/ingest/reconcile.ts) runs the same `ingestFile` through
//    the same `ingestEach` and save batcher, so it is not measured by default; `reconcile=1` adds
//    that row (startService in-process on the full folder until `reconciled` resolves; CPU = this
//    process, watcher thread included).
// 2. extraction alone: `readArticleFile` + `extractArticle` in-process over the same files.
// 3. raw pg per-row: `CREATE TABLE bench_article (LIKE article INCLUDING ALL)` in the migrated
//    database (same columns, defaults and indexes, search indexes included), one INSERT per file
//    (autocommit, prepared) through one `pg` connection, after the same `readArticleFile`; the
//    values are computed cheaply (first lines as title and lead, a guess at the language, a word
//    count, 128 integers from the hash as fingerprint): no extraction.
// 4. raw pg unnest: the same rows, `INSERT … SELECT … FROM unnest($1::text[], …)` per 500 files.
// The baselines write article rows only; seedgraph also writes mentions, links, figures, stories
// and events (counted and printed). "PG CPU s" is the server time of the run's backends, read from
// /proc/<pid>/stat (the baselines' one backend exactly; the CLI's pool backends sampled every
// 100 ms, so up to 0.1 s per backend may be missed).
//
// Prints the table, the targets line, one JSON record per row and a summary record.
// Run: npm run bench:ingest [-- articles=2000,10000 reconcile=1]
//      (PostgreSQL at TEST_DATABASE_URL or 127.0.0.1; databases are created and dropped)
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { EXTRACTOR_VERSION, extractArticle } from "../src/extract/index.ts";
import { type ReadResult, readArticleFile } from "../src/ingest/reader.ts";
import { type CorpusSummary, writeCorpus } from "./ingest-corpus.ts";
import { SERVICE_NODE_FLAGS } from "./node-flags.ts";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split("=") as [string, string]));
const SIZES = (args.articles ?? "2000").split(",").map(Number);
const RECONCILE = args.reconcile === "1";
const BATCH = 500;
const root = path.resolve(import.meta.dirname, "..");
const adminUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const TICKS = 100; // USER_HZ, the unit of /proc/<pid>/stat times on Linux

if (SIZES.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad articles=${args.articles}`);

interface Row {
  path: string;
  articles: number;
  seconds: number;
  cpuSeconds: number | null;
  pgCpuSeconds: number | null;
  extra?: Record<string, unknown>;
}

// Everything created is undone in reverse order, on success, failure and SIGINT/SIGTERM alike.
const cleanups: Array<() => Promise<void>> = [];
let child: ChildProcess | null = null;
let interrupted = false;
async function cleanUp() {
  if (child?.pid) killGroup(child.pid);
  for (const fn of cleanups.splice(0).reverse())
    await fn().catch((e) => console.error("cleanup failed:", (e as Error).message));
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: dropping the bench databases and files`);
    void cleanUp().finally(() => process.exit(130));
  });

function killGroup(pid: number) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {}
}

/** CPU seconds (user + sys) of a live process, from /proc; null once it is gone. */
function procCpu(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/** Samples the server CPU of every backend connected to `db` until stopped. */
function watchBackends(admin: pg.Client, db: string) {
  const last = new Map<number, number>();
  let busy = false;
  const sample = async () => {
    if (busy) return;
    busy = true;
    try {
      const { rows } = await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = $1",
        [db],
      );
      for (const { pid } of rows) {
        const cpu = procCpu(pid);
        if (cpu !== null) last.set(pid, Math.max(cpu, last.get(pid) ?? 0));
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void sample().catch(() => {}), 100);
  return {
    sample,
    stop(): number {
      clearInterval(timer);
      return [...last.values()].reduce((a, b) => a + b, 0);
    },
  };
}

/** Runs `npx tsx src/cli.ts …` under /usr/bin/time: wall and CPU seconds of the whole command. */
async function runCli(cliArgs: string[], env: Record<string, string>, timeFile: string) {
  const command = ["npx", "tsx", ...SERVICE_NODE_FLAGS, "src/cli.ts", ...cliArgs];
  const argv = TIME ? [TIME, "-o", timeFile, "-f", "%e %U %S", ...command] : command;
  const t0 = performance.now();
  // Its own process group, so that an interrupted bench can end the whole command.
  const proc = spawn(argv[0]!, argv.slice(1), {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child = proc;
  let stdout = "";
  let stderr = "";
  proc.stdout?.on("data", (d) => {
    stdout += d;
  });
  proc.stderr?.on("data", (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    proc.on("error", reject);
    proc.on("close", resolve);
  });
  child = null;
  const seconds = (performance.now() - t0) / 1000;
  let cpuSeconds: number | null = null;
  if (TIME) {
    const times = fs.readFileSync(timeFile, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
    cpuSeconds = (times[1] ?? Number.NaN) + (times[2] ?? Number.NaN);
  }
  if (code !== 0) throw new Error(`${command.join(" ")} exited with ${code}\n${stdout}${stderr}`);
  return { seconds, cpuSeconds, stdout, stderr };
}

/** The article row of a file for the raw baselines: values computed cheaply, nothing extracted. */
function rowOf(rel: string, read: ReadResult & { ok: true }) {
  const text = read.text;
  const lines: string[] = [];
  for (let at = 0; lines.length < 2 && at < text.length; ) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end).trim();
    if (line !== "") lines.push(line);
    at = end < 0 ? text.length : end + 1;
  }
  const title = (lines[0] ?? rel).slice(0, 300);
  const fingerprint = Array.from({ length: 128 }, (_, i) =>
    Number.parseInt(read.hash.slice((i % 8) * 8, (i % 8) * 8 + 7), 16),
  );
  return {
    path: rel,
    contentHash: read.hash,
    title,
    displayTitle: title,
    lead: lines[1] ?? null,
    body: text,
    lang: /[ăâđêôơư]/i.test(text.slice(0, 2000)) ? "vi" : "en",
    wordCount: text.split(/\s+/).length,
    extractorVersion: EXTRACTOR_VERSION,
    fingerprint,
  };
}

async function readRow(dir: string, file: string) {
  const read = await readArticleFile(file, { root: dir });
  if (!read.ok) throw new Error(`${file}: ${read.code} ${read.message}`);
  return rowOf(path.relative(dir, file), read);
}

const COLUMNS =
  "path, content_hash, title, display_title, lead, body, lang, word_count, extractor_version, fingerprint";

/** Stores every file's row with one INSERT each, on one connection; wall, client and server CPU. */
async function insertPerRow(url: string, dir: string, files: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE TABLE bench_article (LIKE article INCLUDING ALL)");
    const backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const pg0 = procCpu(backend);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const file of files) {
      const r = await readRow(dir, file);
      await client.query({
        name: "bench-insert-row",
        text: `INSERT INTO bench_article (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        values: [
          r.path,
          r.contentHash,
          r.title,
          r.displayTitle,
          r.lead,
          r.body,
          r.lang,
          r.wordCount,
          r.extractorVersion,
          r.fingerprint,
        ],
      });
    }
    return measured(t0, cpu0, pg0, backend);
  } finally {
    await client.end();
  }
}

/** The same rows through `unnest`, one statement per batch of BATCH files. */
async function insertUnnest(url: string, dir: string, files: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE TABLE bench_article_unnest (LIKE article INCLUDING ALL)");
    const backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const pg0 = procCpu(backend);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let at = 0; at < files.length; at += BATCH) {
      const rows = [];
      for (const file of files.slice(at, at + BATCH)) rows.push(await readRow(dir, file));
      await client.query({
        name: "bench-insert-unnest",
        text: `INSERT INTO bench_article_unnest (${COLUMNS})
               SELECT p, h, t, dt, l, b, lg, wc, ev, fp::int[]
               FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                           $7::text[], $8::int[], $9::text[], $10::text[])
                 AS u(p, h, t, dt, l, b, lg, wc, ev, fp)`,
        values: [
          rows.map((r) => r.path),
          rows.map((r) => r.contentHash),
          rows.map((r) => r.title),
          rows.map((r) => r.displayTitle),
          rows.map((r) => r.lead),
          rows.map((r) => r.body),
          rows.map((r) => r.lang),
          rows.map((r) => r.wordCount),
          rows.map((r) => r.extractorVersion),
          // An int[] per row travels as its literal: a text[] of them unnests one per row.
          rows.map((r) => `{${r.fingerprint.join(",")}}`),
        ],
      });
    }
    return measured(t0, cpu0, pg0, backend);
  } finally {
    await client.end();
  }
}

function measured(t0: number, cpu0: NodeJS.CpuUsage, pg0: number | null, backend: number) {
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pg1 = procCpu(backend);
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    pgCpuSeconds: pg0 !== null && pg1 !== null ? pg1 - pg0 : null,
  };
}

/** `readArticleFile` + `extractArticle` over the files, in-process (as pipeline.ts does inline). */
async function extractAll(dir: string, files: string[]) {
  let sink = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const file of files) {
    const read = await readArticleFile(file, { root: dir });
    if (!read.ok) throw new Error(`${file}: ${read.code} ${read.message}`);
    sink += extractArticle(read.text).meetings.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, meetings: sink };
}

/** `serve`'s start-up reconcile of the full folder, in-process (`reconcile=1`). */
async function reconcileInProcess(url: string, dir: string, admin: pg.Client, db: string) {
  const { startService } = await import("../src/main.ts");
  const { loadConfig } = await import("../src/config.ts");
  const { createLogger } = await import("../src/logger.ts");
  const config = loadConfig({ ...process.env, DATABASE_URL: url, SEEDS_DIR: dir, PORT: "0", REDIS_URL: "" });
  const backends = watchBackends(admin, db);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const service = await startService(config, createLogger("warn"));
  try {
    const summary = await service.reconciled;
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await backends.sample();
    return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, pgCpuSeconds: backends.stop(), summary };
  } finally {
    backends.stop();
    await service.stop();
  }
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** What seedgraph wrote beside the article rows, per table. */
async function writtenBeside(url: string): Promise<Record<string, number>> {
  const tables = [
    "mention",
    "article_meeting",
    "article_agreement",
    "article_country",
    "article_person",
    "article_topic",
    "figure",
    "participation",
    "agreement_step",
    "story_band",
    "article_event",
    "story",
    "meeting",
    "person",
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await count(url, `SELECT count(*) AS n FROM "${t}"`);
  return out;
}

async function createDatabase(admin: pg.Client, name: string): Promise<string> {
  await admin.query(`CREATE DATABASE "${name}"`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Fails loudly unless every count is the corpus size. */
function expectCounts(n: number, counts: Record<string, number>) {
  const wrong = Object.entries(counts).filter(([, v]) => v !== n);
  if (wrong.length > 0)
    throw new Error(
      `row counts differ from the ${n} files: ${wrong.map(([k, v]) => `${k} = ${v}`).join(", ")}`,
    );
}

async function benchSize(admin: pg.Client, n: number): Promise<{ rows: Row[]; corpus: CorpusSummary }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-ingest-"));
  cleanups.push(async () => fs.rmSync(work, { recursive: true, force: true }));
  const dir = path.join(work, "seeds");
  const empty = path.join(work, "empty");
  fs.mkdirSync(empty);
  const corpus = writeCorpus({ articles: n, dir });
  const { files } = corpus;
  const kb = (b: number) => (b / 1024).toFixed(1);
  console.log(
    `corpus: ${n} files in ${dir}, mean ${kb(corpus.bytes.mean)} KB (min ${kb(corpus.bytes.min)}, ` +
      `max ${kb(corpus.bytes.max)}, ${(corpus.bytes.total / 1048576).toFixed(1)} MB), ` +
      `${corpus.distinct} distinct + ${corpus.copies} near-copies, ` +
      `${Object.entries(corpus.langs)
        .map(([l, c]) => `${c} ${l}`)
        .join(" / ")}, from ${corpus.sources} renditions`,
  );

  const db = `seedgraph_bench_ingest_${process.pid}_${n}`;
  const url = await createDatabase(admin, db);
  const time = (name: string) => path.join(work, `${name}.time`);
  await runCli(["migrate"], { DATABASE_URL: url, SEEDS_DIR: dir }, time("migrate"));
  // The fixed cost of the command: npx, tsx, imports, connecting, migration check, catalog.
  const startup = await runCli(["ingest", empty], { DATABASE_URL: url, SEEDS_DIR: empty }, time("empty"));
  const backends = watchBackends(admin, db);
  let pgCpu = 0;
  const ingest = await runCli(["ingest", dir], { DATABASE_URL: url, SEEDS_DIR: dir }, time("ingest")).finally(
    () => {
      pgCpu = backends.stop();
    },
  );
  const expected = `${n} file(s): ${n} added, 0 updated, 0 unchanged, 0 failed`;
  if (!ingest.stdout.includes(expected))
    throw new Error(`seedgraph ingest said:\n${ingest.stdout}${ingest.stderr}\nexpected: ${expected}`);
  const inStories = await count(url, "SELECT count(*) AS n FROM article WHERE story_id IS NOT NULL");
  const storyCount = await count(url, "SELECT count(DISTINCT story_id) AS n FROM article");
  const beside = await writtenBeside(url);

  const { meetings: _meetings, ...extraction } = await extractAll(dir, files);
  const perRow = await insertPerRow(url, dir, files);
  const unnest = await insertUnnest(url, dir, files);

  expectCounts(n, {
    "seedgraph article rows": await count(url, "SELECT count(*) AS n FROM article"),
    "seedgraph present articles": await count(
      url,
      "SELECT count(*) AS n FROM article WHERE removed_at IS NULL",
    ),
    "per-row rows": await count(url, "SELECT count(*) AS n FROM bench_article"),
    "unnest rows": await count(url, "SELECT count(*) AS n FROM bench_article_unnest"),
  });
  const failures = await count(url, "SELECT count(*) AS n FROM ingest_failure");
  if (failures !== 0) throw new Error(`seedgraph recorded ${failures} ingest failure(s)`);

  const rows: Row[] = [
    {
      path: "seedgraph ingest (CLI)",
      articles: n,
      seconds: ingest.seconds,
      cpuSeconds: ingest.cpuSeconds,
      pgCpuSeconds: pgCpu,
      extra: {
        startup: { seconds: startup.seconds, cpuSeconds: startup.cpuSeconds },
        articlesPerSecondAfterStartup: n / (ingest.seconds - startup.seconds),
        articlesInStories: inStories,
        stories: storyCount,
        alsoWrote: beside,
      },
    },
  ];
  if (RECONCILE) {
    const rdb = `${db}_reconcile`;
    const rurl = await createDatabase(admin, rdb);
    await runCli(["migrate"], { DATABASE_URL: rurl, SEEDS_DIR: dir }, time("migrate-r"));
    const r = await reconcileInProcess(rurl, dir, admin, rdb);
    if (r.summary.added !== n || r.summary.failed !== 0)
      throw new Error(`reconcile: ${r.summary.added} added, ${r.summary.failed} failed of ${n}`);
    expectCounts(n, { "reconcile article rows": await count(rurl, "SELECT count(*) AS n FROM article") });
    const { summary: _summary, ...measures } = r;
    rows.push({ path: "seedgraph serve reconcile", articles: n, ...measures });
  }
  rows.push(
    { path: "extraction alone", articles: n, ...extraction, pgCpuSeconds: null },
    { path: "raw pg per-row", articles: n, ...perRow },
    { path: "raw pg unnest", articles: n, ...unnest, extra: { batch: BATCH } },
  );
  console.log(
    `seedgraph start-up (same command, empty folder): ${startup.seconds.toFixed(2)} s wall, ` +
      `${startup.cpuSeconds?.toFixed(2) ?? "?"} s CPU; ${inStories} of ${n} articles in ${storyCount} stories`,
  );
  console.log(
    `seedgraph also wrote (the baselines write article rows only): ${Object.entries(beside)
      .map(([t, c]) => `${t} ${c}`)
      .join(", ")}`,
  );
  await cleanUpDatabase(admin, db);
  fs.rmSync(work, { recursive: true, force: true });
  return { rows, corpus };
}

/** Drops a size's databases as soon as it is done (they are large); cleanUp would too. */
async function cleanUpDatabase(admin: pg.Client, db: string) {
  await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS "${db}_reconcile" WITH (FORCE)`);
}

const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || Number.isNaN(x) ? "-" : x.toFixed(digits);

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
cleanups.push(() => admin.end());
try {
  // Settings that change what a bulk load costs; with autovacuum off, nothing is analysed during
  // the run and the planner keeps its empty-table estimates however large the tables grow.
  const { rows: settings } = await admin.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
     WHERE name IN ('autovacuum', 'synchronous_commit', 'fsync', 'shared_buffers') ORDER BY name`,
  );
  const server = Object.fromEntries(settings.map((r) => [r.name, r.setting]));
  console.log(
    `server: PostgreSQL ${(await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version}, ` +
      `${settings.map((r) => `${r.name}=${r.setting}`).join(", ")}`,
  );
  const all: { rows: Row[]; corpus: CorpusSummary }[] = [];
  for (const n of SIZES) all.push(await benchSize(admin, n));

  const rate = (r: Row) => r.articles / r.seconds;
  const header = [
    "path".padEnd(26),
    "articles".padStart(8),
    "seconds".padStart(8),
    "articles/s".padStart(10),
    "CPU s".padStart(7),
    "ratio to unnest".padStart(15),
    "ratio to per-row".padStart(16),
    "PG CPU s".padStart(8),
  ];
  console.log(`\n${header.join(" | ")}`);
  const records: Record<string, unknown>[] = [];
  const sizes: Record<string, unknown>[] = [];
  for (const { rows, corpus } of all) {
    const unnest = rows.find((r) => r.path === "raw pg unnest")!;
    const perRow = rows.find((r) => r.path === "raw pg per-row")!;
    const seedgraph = rows[0]!;
    for (const r of rows) {
      const toUnnest = rate(r) / rate(unnest);
      const toPerRow = rate(r) / rate(perRow);
      console.log(
        [
          r.path.padEnd(26),
          String(r.articles).padStart(8),
          fmt(r.seconds).padStart(8),
          fmt(rate(r), 0).padStart(10),
          fmt(r.cpuSeconds).padStart(7),
          fmt(toUnnest, 3).padStart(15),
          fmt(toPerRow, 3).padStart(16),
          fmt(r.pgCpuSeconds).padStart(8),
        ].join(" | "),
      );
      records.push({
        bench: "ingest",
        path: r.path,
        articles: r.articles,
        meanBytes: Math.round(corpus.bytes.mean),
        seconds: Number(r.seconds.toFixed(3)),
        articlesPerSecond: Number(rate(r).toFixed(1)),
        cpuSeconds: r.cpuSeconds === null ? null : Number(r.cpuSeconds.toFixed(2)),
        pgCpuSeconds: r.pgCpuSeconds === null ? null : Number(r.pgCpuSeconds.toFixed(2)),
        ratioToUnnest: Number(toUnnest.toFixed(4)),
        ratioToPerRow: Number(toPerRow.toFixed(4)),
        ...r.extra,
      });
    }
    const extraction = rows.find((r) => r.path === "extraction alone")!;
    sizes.push({
      articles: seedgraph.articles,
      meanBytes: Math.round(corpus.bytes.mean),
      distinct: corpus.distinct,
      nearCopies: corpus.copies,
      seedgraphPerSecond: Number(rate(seedgraph).toFixed(1)),
      unnestPerSecond: Number(rate(unnest).toFixed(1)),
      perRowPerSecond: Number(rate(perRow).toFixed(1)),
      ratioToUnnest: Number((rate(seedgraph) / rate(unnest)).toFixed(4)),
      ratioToPerRow: Number((rate(seedgraph) / rate(perRow)).toFixed(4)),
      extractionShareOfWall: Number((extraction.seconds / seedgraph.seconds).toFixed(3)),
    });
  }
  const firstRate = all[0] ? rate(all[0].rows[0]!) : Number.NaN;
  const lastRate = all.at(-1) ? rate(all.at(-1)!.rows[0]!) : Number.NaN;
  const linearity = lastRate / firstRate;
  console.log("\ntarget: seedgraph ≥ 0.5× unnest; linear in corpus size (10,000 at the rate of 2,000)");
  for (const r of records) console.log(JSON.stringify(r));
  const ratios = sizes.map((s) => s.ratioToUnnest as number);
  console.log(
    JSON.stringify({
      bench: "ingest",
      summary: true,
      sizes,
      // Rate at the largest size over the rate at the smallest (1 = linear; only with 2+ sizes).
      linearity: all.length > 1 ? Number(linearity.toFixed(3)) : null,
      targets: {
        halfOfUnnest: ratios.every((x) => x >= 0.5),
        linear: all.length > 1 ? linearity >= 0.9 : null,
      },
      cpu: TIME ? "/usr/bin/time user+sys of the whole command" : "unavailable (no /usr/bin/time)",
      server,
    }),
  );
} catch (error) {
  if (!interrupted) console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
