// Throughput of the nested query of issue 4 over a generated database, for seedgraph and, in the
// same run and on the same database, for PostGraphile v5 as a peer: requests per second, p50/p99
// latency, SQL statements per request and CPU time per request of each server, and the ratio
//   meetings(first: 20) { edges { node { key articles(first: 10) { edges { node {
//     path agreements { code } countries { code } } } } } } }
// Articles, meetings and their links are generated in SQL (deterministic, no extraction): every
// article reports 2 of 300 meetings and cites 3 agreements and 4 countries; a handful of edge
// rows (removed articles, ties, undated rows) make the orders and filters matter.
//
// The peer: PostGraphile v5 (amber preset, grafserv on node:http) is not a dependency of
// seedgraph. It lives in bench/peers/postgraphile (pinned package.json and package-lock.json);
// the bench runs `npm ci` there when its node_modules is missing. Its server.mjs adds SQL
// functions in the generated database (`meetings()`, `meeting_articles`, `article_agreements`,
// `article_countries`: seedgraph's default orders and present-article filters), so that the
// very same GraphQL document is answered by both servers.
//
// What is compared: before timing, both servers answer the document above once; the answers
// are reduced to meetings (key, in order) → articles (path, in order) → agreement and country
// codes (in code order on both sides) and must be equal, or the bench fails. Then each server is
// loaded with the same client worker and concurrency, alternately (seedgraph, peer, seedgraph,
// peer … one pair per concurrency level). Each server runs in a child process of its own, so
// each has its own event loop and both are measured the same way: `cpu ms` is the server
// process's CPU time (all its threads) per request, `server ms` its event loop's busy time per
// request, `db ms` the CPU time of the PostgreSQL backends serving its pool (read from /proc;
// empty when PostgreSQL runs elsewhere), `SQL/request` the statements node-postgres sent for one
// request after warm-up (counted in each server process). Neither server has a response cache
// unless `cache=on|both` (seedgraph only; the ratio always uses the uncached row).
// Run: npm run bench:query [-- articles=10000 seconds=10 clients=4,16 cache=off|on|both
//        peer=postgraphile|none peerFlags=none|same query=keyed|issue4 keep=1 profile=DIR]
//      (`query=issue4` times issue 4's document, without `key` and `path`; the check still uses
//      the keyed one. PostgreSQL at TEST_DATABASE_URL or 127.0.0.1; the database is created and
//      dropped.)
import { type ChildProcess, fork, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { openDatabase } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { EventLog } from "../src/live/event-log.ts";
import { silentLogger } from "../src/logger.ts";
import { syncCatalog } from "../src/store/catalog.ts";
import { SERVICE_NODE_FLAGS } from "./node-flags.ts";
import { installedPeer } from "./peers.ts";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split(/=(.*)/s, 2) as [string, string]));
const ARTICLES = Number(args.articles ?? 10_000);
const SECONDS = Number(args.seconds ?? 10);
const LEVELS = String(args.clients ?? args.concurrency ?? 16)
  .split(",")
  .map(Number);
const WARMUP = 50;
// cache=off|on|both (default off: the comparison with the peer is without seedgraph's response cache).
const CACHES = { off: [0], on: [64], both: [0, 64] }[args.cache ?? "off"] ?? [0];
const PEER = args.peer ?? "postgraphile";

const QUERIES = {
  // Issue 4's query with the meeting's key and the article's path: the answers compared say which
  // meeting and article each list belongs to, and the timed document is the compared one.
  keyed: `{ meetings(first: 20) { edges { node { key articles(first: 10) { edges { node {
  path agreements { code } countries { code } } } } } } } }`,
  issue4: `{ meetings(first: 20) { edges { node { articles(first: 10) { edges { node {
  agreements { code } countries { code } } } } } } } }`,
};
const QUERY_NAME = (args.query ?? "keyed") as keyof typeof QUERIES;
const QUERY = QUERIES[QUERY_NAME];

const GENERATE = `
  INSERT INTO source (name) SELECT 'Bench source ' || i FROM generate_series(1, 20) i;
  INSERT INTO meeting (key, series, level, partner_code, number, year, date, date_precision, name, name_vi)
  SELECT 'BENCH-' || i, (ARRAY['AMM','AEM','ASEAN_SUMMIT','EAS','ARF','ASEAN_PLUS_THREE','ASEAN_PLUS_ONE'])[1 + i % 7]::"MeetingSeries",
         'foreign_ministers', CASE WHEN i % 7 = 6 THEN (ARRAY['JP','KR','CN','US','IN','AU'])[1 + i % 6] END,
         i, 2000 + i % 26, DATE '2000-01-01' + i * 30, 'day', 'Bench meeting ' || i, 'Hội nghị ' || i
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
    CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM country) c;`;

// Rows on which a server that got an order or a filter wrong answers differently (the load is
// unchanged): the newest meeting of all is reported only by a removed article (not listed); two
// meetings share the newest generated meeting's date, one a year later (year, then id, break the
// ties); an undated meeting (last, not first as DESC alone would put it); a removed article newest
// in its meeting (not listed); two present articles of one day (id breaks the tie); an undated
// article (last in its meeting).
const EDGES = `
  INSERT INTO meeting (key, series, level, number, year, date, date_precision, name, name_vi)
  SELECT 'BENCH-EDGE-' || e.k, 'AMM', 'foreign_ministers', 900 + e.n, e.year, e.day, 'day', 'Edge ' || e.k, 'Edge ' || e.k
    FROM (SELECT date, year FROM meeting WHERE key = 'BENCH-300') top
   CROSS JOIN LATERAL (VALUES (1, 'REMOVED-ONLY', 2031, DATE '2031-01-01'), (2, 'LATER-YEAR', top.year + 1, top.date),
                              (3, 'SAME-DAY', top.year, top.date), (4, 'UNDATED', NULL, NULL)) e(n, k, year, day);
  INSERT INTO article (path, content_hash, display_title, body, lang, published_at, date_precision,
                       source_id, word_count, extractor_version, fingerprint, removed_at)
  SELECT 'bench/edge-' || e.k || '.txt', md5(e.k), 'Edge ' || e.k, 'Edge case.', 'vi', e.day, 'day',
         (SELECT min(id) FROM source), 2, 'bench', '{}', CASE WHEN e.removed THEN now() END
    FROM (VALUES ('removed-only', DATE '2031-01-01', true), ('removed-newest', DATE '2031-01-01', true),
                 ('same-day-1', DATE '2030-06-01', false), ('same-day-2', DATE '2030-06-01', false),
                 ('undated', NULL, false)) e(k, day, removed);
  INSERT INTO article_meeting (article_id, meeting_id)
  SELECT a.id, m.id FROM (VALUES ('removed-only', 'EDGE-REMOVED-ONLY'), ('removed-newest', '300'),
                                 ('same-day-1', '300'), ('same-day-2', '300'), ('same-day-1', 'EDGE-SAME-DAY'),
                                 ('undated', 'EDGE-LATER-YEAR'), ('same-day-2', 'EDGE-LATER-YEAR'),
                                 ('same-day-1', 'EDGE-UNDATED')) l(article, meeting)
    JOIN article a ON a.path = 'bench/edge-' || l.article || '.txt' JOIN meeting m ON m.key = 'BENCH-' || l.meeting;
  INSERT INTO article_agreement (article_id, agreement_code)
  SELECT a.id, (SELECT max(code) FROM agreement) FROM article a WHERE a.path LIKE 'bench/edge-%';`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

async function post(url: string, query: string): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors || res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

// ---------------------------------------------------------------------------------------------
// Server processes: seedgraph (this file, role=seedgraph-server) and the peer (server.mjs).

/** What a server process reports about itself: totals since it started. */
interface ServerStats {
  cpuMicros: number;
  activeMs: number;
  statements: number;
  cacheHits?: number;
}

/** The reply to `{ type: "stats" }`, shared by both server processes. */
function answerStats(extra: () => Partial<ServerStats>, stop: () => Promise<void>, counter: () => number) {
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "stats") {
      const cpu = process.cpuUsage();
      const stats: ServerStats = {
        cpuMicros: cpu.user + cpu.system,
        activeMs: performance.eventLoopUtilization().active,
        statements: counter(),
        ...extra(),
      };
      process.send?.({ type: "stats", ...stats });
    } else if (message?.type === "stop") void stop();
  });
  process.on("disconnect", () => void stop());
}

/** Counts the statements node-postgres sends (every Prisma and raw query goes through Client#query). */
function countClientQueries(): () => number {
  let statements = 0;
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function counted(this: unknown, ...queryArgs: unknown[]) {
    statements++;
    return query.apply(this, queryArgs);
  };
  return () => statements;
}

/** The child side of seedgraph: one app over its own pool, answering stats over IPC. */
async function serveSeedgraph(url: string, cacheMb: number): Promise<void> {
  const statements = countClientQueries();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-"));
  const db = await openDatabase({ url, dataDir });
  const app = buildApp({
    db,
    events: new EventLog(db.prisma, { logger: silentLogger }),
    logger: silentLogger,
    options: { responseCacheMb: cacheMb },
  });
  const running = await app.start(0, "127.0.0.1");
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.stop();
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    })().finally(() => process.exit(0));
    return stopping;
  };
  process.on("SIGTERM", () => void stop());
  answerStats(() => ({ cacheHits: app.responseCache.stats().hits }), stop, statements);
  console.log(`listening ${running.url}`);
}

/** A server under test in a child process: its URL, its stats, and how to stop it. */
interface ServerProcess {
  name: "seedgraph" | "postgraphile";
  responseCacheMb: number;
  /** The PostgreSQL application_name of its pool, to find its backends. */
  application: string;
  url: string;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// Last resort (an exception before `finally`, Ctrl-C): no server outlives the bench.
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

/** Forks a server and waits for its `listening <url>` line (two minutes at most). */
async function startServer(
  name: ServerProcess["name"],
  script: string,
  scriptArgs: string[],
  execArgv: string[],
  application: string,
  responseCacheMb = 0,
): Promise<ServerProcess> {
  // Both servers run as deployed: `npm start` sets NODE_ENV=production (src/production-env.ts).
  const env = { ...process.env, NODE_ENV: "production" };
  const child = fork(script, scriptArgs, { execArgv, env, stdio: ["ignore", "pipe", "inherit", "ipc"] });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => children.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s`)), 120_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /^listening (\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      } else console.error(`[${name}] ${line}`);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening`));
    });
  });
  const stats = () =>
    new Promise<ServerStats>((resolve, reject) => {
      const onMessage = (m: ServerStats & { type?: string }) => {
        if (m?.type !== "stats") return;
        child.off("message", onMessage);
        resolve(m);
      };
      child.on("message", onMessage);
      if (!child.connected) reject(new Error(`${name} is gone`));
      else child.send({ type: "stats" }, (error) => error && reject(error));
    });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: "stop" }, () => {});
    else child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { name, responseCacheMb, application, url, stats, stop };
}

/** The database URL a server's pool connects with, tagged so its backends can be found. */
function taggedUrl(dbUrl: URL, application: string): string {
  const url = new URL(dbUrl);
  url.searchParams.set("application_name", application);
  return url.toString();
}

function startSeedgraph(dbUrl: URL, cacheMb: number): Promise<ServerProcess> {
  const application = `bench-seedgraph-${cacheMb}`;
  const database = taggedUrl(dbUrl, application);
  const script = fileURLToPath(import.meta.url);
  // process.execArgv holds tsx's loader: the child runs this very file as TypeScript.
  const scriptArgs = ["role=seedgraph-server", `database=${database}`, `cache=${cacheMb}`];
  // `profile=DIR`: the seedgraph server writes a CPU profile there when it stops.
  const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [];
  const execArgv = [...process.execArgv, ...SERVICE_NODE_FLAGS, ...profile];
  return startServer("seedgraph", script, scriptArgs, execArgv, application, cacheMb);
}

function startPeer(dbUrl: URL): Promise<ServerProcess> {
  const application = "bench-postgraphile";
  const database = taggedUrl(dbUrl, application);
  const script = path.join(installedPeer("postgraphile", "PostGraphile"), "server.mjs");
  // `peerFlags=same` gives the peer the flags seedgraph starts with too (see SERVICE_NODE_FLAGS).
  const flags = args.peerFlags === "same" ? SERVICE_NODE_FLAGS : [];
  return startServer("postgraphile", script, [`database=${database}`, "port=0"], flags, application);
}

// ---------------------------------------------------------------------------------------------
// The answers, reduced to what the query asks for.

interface CanonicalMeeting {
  key: string;
  articles: Array<{ path: string; agreements: string[]; countries: string[] }>;
}

interface Edges<T> {
  edges: Array<{ node: T }>;
}

interface KeyedAnswer {
  data: {
    meetings: Edges<{
      key: string;
      articles: Edges<{
        path: string;
        agreements: Array<{ code: string }>;
        countries: Array<{ code: string }>;
      }>;
    }>;
  };
}

/** Meetings in order → articles in order → codes in the order the server gives (code order on both). */
function canonical(answer: unknown): CanonicalMeeting[] {
  return (answer as KeyedAnswer).data.meetings.edges.map(({ node: m }) => ({
    key: m.key,
    articles: m.articles.edges.map(({ node: a }) => ({
      path: a.path,
      agreements: a.agreements.map((g) => g.code),
      countries: a.countries.map((c) => c.code),
    })),
  }));
}

/** Fails, naming the first difference, unless both servers give the same answer. */
async function checkAnswers(seedgraph: ServerProcess, peer: ServerProcess): Promise<void> {
  const ours = canonical(await post(seedgraph.url, QUERIES.keyed));
  const theirs = canonical(await post(peer.url, QUERIES.keyed));
  const articles = ours.reduce((n, m) => n + m.articles.length, 0);
  if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
    const differs = ours.findIndex((m, i) => JSON.stringify(m) !== JSON.stringify(theirs[i]));
    const at = differs === -1 ? ours.length : differs;
    throw new Error(
      `answers differ (${ours.length} meetings from seedgraph, ${theirs.length} from ${peer.name}); ` +
        `first difference at meeting ${at}:\n  seedgraph: ${JSON.stringify(ours[at])}\n  ` +
        `${peer.name}: ${JSON.stringify(theirs[at])}`,
    );
  }
  if (ours.length !== 20 || articles === 0) throw new Error(`unexpected answer: ${ours.length} meetings`);
  console.log(`answers identical: yes (${ours.length} meetings, ${articles} articles)`);
}

// ---------------------------------------------------------------------------------------------
// Measuring.

let clockTicks: number | undefined;
/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
function ticksPerSecond(): number {
  clockTicks ??= Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;
  return clockTicks;
}

/**
 * CPU ms so far of each PostgreSQL backend of the server's pool, by pid; null when they cannot be
 * read (PostgreSQL on another machine or in another container).
 */
async function backendCpu(admin: pg.Client, server: ServerProcess): Promise<Map<number, number> | null> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE application_name = $1",
    [server.application],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      return null;
    }
    // Fields after "(comm) ": state is the 3rd field, utime the 14th and stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond());
  }
  return cpu;
}

function cpuSpent(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, total] of after) ms += total - (before.get(pid) ?? 0);
  return ms;
}

/**
 * Runs the query from `concurrency` loops for `SECONDS` on a worker thread, as a client on
 * another machine would; returns each request's latency in ms.
 */
function load(url: string, concurrency: number): Promise<{ latencies: number[]; bytes: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), {
      workerData: {
        url,
        body: JSON.stringify({ query: QUERY }),
        seconds: SECONDS,
        concurrency,
        warmup: WARMUP,
      },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** Statements one request issues, after warm-up: counted by the server process itself. */
async function statementsPerRequest(server: ServerProcess): Promise<number> {
  await post(server.url, QUERY);
  const before = await server.stats();
  await post(server.url, QUERY);
  return (await server.stats()).statements - before.statements;
}

const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));

async function measure(
  admin: pg.Client,
  server: ServerProcess,
  concurrency: number,
  statements: number | null,
) {
  const dbBefore = await backendCpu(admin, server);
  const before = await server.stats();
  const { latencies: unsorted, bytes } = await load(server.url, concurrency);
  const after = await server.stats();
  const dbMs = cpuSpent(dbBefore, await backendCpu(admin, server));
  const latencies = unsorted.sort((a, b) => a - b);
  // Per request, warm-up included (it ran inside the measured window).
  const served = latencies.length + WARMUP;
  return {
    bench: "query",
    server: server.name,
    query: QUERY_NAME,
    articles: ARTICLES,
    responseCache: server.responseCacheMb > 0,
    seconds: SECONDS,
    concurrency,
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / SECONDS),
    p50Ms: round(percentile(latencies, 50), 2)!,
    p99Ms: round(percentile(latencies, 99), 2)!,
    sqlStatementsPerRequest: statements,
    sqlStatementsPerRequestUnderLoad: round((after.statements - before.statements) / served, 2),
    cacheHits: after.cacheHits === undefined ? null : after.cacheHits - (before.cacheHits ?? 0),
    // Time the server's event loop spent working (not waiting) per request: its capacity on one core.
    serverMsPerRequest: round((after.activeMs - before.activeMs) / served, 3),
    // CPU time of the whole server process (every thread: GC, libuv pool, Prisma's engine).
    cpuMsPerRequest: round((after.cpuMicros - before.cpuMicros) / 1000 / served, 3),
    // CPU time of the PostgreSQL backends of the server's pool.
    dbCpuMsPerRequest: dbMs === null ? null : round(dbMs / served, 3),
    responseChars: bytes,
  };
}

type Row = Awaited<ReturnType<typeof measure>>;

function printRow(r: Row): void {
  const cells = [
    r.server.padEnd(12),
    String(r.articles).padStart(8),
    (r.responseCache ? "on" : "off").padStart(5),
    String(r.concurrency).padStart(11),
    String(r.requests).padStart(8),
    String(r.requestsPerSecond).padStart(5),
    r.p50Ms.toFixed(1).padStart(6),
    r.p99Ms.toFixed(1).padStart(6),
    String(r.sqlStatementsPerRequest ?? "-").padStart(11),
    String(r.cacheHits ?? "-").padStart(5),
    (r.serverMsPerRequest?.toFixed(2) ?? "-").padStart(9),
    (r.cpuMsPerRequest?.toFixed(2) ?? "-").padStart(6),
    (r.dbCpuMsPerRequest?.toFixed(2) ?? "-").padStart(5),
  ];
  console.log(cells.join("  "));
}

function ratioRecord(ours: Row, theirs: Row) {
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null || b === 0 ? null : round(a / b, 2);
  return {
    bench: "query",
    ratio: `seedgraph/${theirs.server}`,
    query: QUERY_NAME,
    articles: ARTICLES,
    concurrency: ours.concurrency,
    seedgraphRequestsPerSecond: ours.requestsPerSecond,
    peerRequestsPerSecond: theirs.requestsPerSecond,
    requestsPerSecond: ratio(ours.requestsPerSecond, theirs.requestsPerSecond),
    cpuMsPerRequest: ratio(ours.cpuMsPerRequest, theirs.cpuMsPerRequest),
    dbCpuMsPerRequest: ratio(ours.dbCpuMsPerRequest, theirs.dbCpuMsPerRequest),
  };
}

// ---------------------------------------------------------------------------------------------

/** Creates and fills the database (the bench's own process closes its connections afterwards). */
async function generate(dbUrl: URL): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-"));
  const db = await openDatabase({ url: dbUrl.toString(), dataDir });
  try {
    await migrate(db.sql);
    await syncCatalog(db.prisma);
    await db.sql.exec(GENERATE.replace(":articles", String(ARTICLES)));
    await db.sql.exec(EDGES);
    // The state autovacuum leaves a live database in (visibility map set, so index-only scans
    // work); VACUUM cannot run inside the generating script's implicit transaction.
    await db.sql.exec("VACUUM ANALYZE");
  } finally {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runLevels(
  admin: pg.Client,
  servers: ServerProcess[],
  statements: Map<ServerProcess, number | null>,
) {
  const rows: Row[] = [];
  const ratios: object[] = [];
  console.log(
    "server        articles  cache  concurrency  requests  req/s  p50 ms  p99 ms  SQL/request   hits  server ms  cpu ms  db ms",
  );
  for (const concurrency of LEVELS) {
    const level: Row[] = [];
    for (const server of servers) {
      const row = await measure(admin, server, concurrency, statements.get(server) ?? null);
      printRow(row);
      level.push(row);
    }
    const ours = level.find((r) => r.server === "seedgraph" && !r.responseCache);
    const theirs = level.find((r) => r.server !== "seedgraph");
    if (ours && theirs) {
      const record = ratioRecord(ours, theirs);
      ratios.push(record);
      console.log(
        `  ratio at ${concurrency} clients: seedgraph ${ours.requestsPerSecond} req/s ÷ ${theirs.server} ` +
          `${theirs.requestsPerSecond} req/s = ${record.requestsPerSecond}`,
      );
    }
    rows.push(...level);
  }
  return { rows, ratios };
}

/** Starts the servers; their order is the order in which each level runs them. */
async function startServers(dbUrl: URL, servers: ServerProcess[]): Promise<void> {
  // seedgraph (uncached), the peer, then seedgraph with its cache if asked: started together
  // (the peer's introspection overlaps seedgraph's start), measured in turn.
  if (PEER !== "none") installedPeer("postgraphile", "PostGraphile");
  const starting = [
    ...CACHES.filter((mb) => mb === 0).map((mb) => startSeedgraph(dbUrl, mb)),
    ...(PEER === "none" ? [] : [startPeer(dbUrl)]),
    ...CACHES.filter((mb) => mb > 0).map((mb) => startSeedgraph(dbUrl, mb)),
  ];
  const started = await Promise.allSettled(starting);
  for (const result of started) if (result.status === "fulfilled") servers.push(result.value);
  const failed = started.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

async function main(): Promise<void> {
  if (!QUERY) throw new Error(`query=${QUERY_NAME}: expected one of ${Object.keys(QUERIES).join(", ")}`);
  if (PEER !== "postgraphile" && PEER !== "none")
    throw new Error(`peer=${PEER}: expected postgraphile or none`);
  if (LEVELS.some((n) => !(n >= 1))) throw new Error(`clients=${args.clients}: expected numbers, e.g. 4,16`);
  const adminUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `seedgraph_bench_query_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${name}`;
  const servers: ServerProcess[] = [];
  let cleaning: Promise<void> | undefined;
  // Stops the servers and drops the database, once: on success, failure or Ctrl-C.
  const cleanUp = () => {
    cleaning ??= (async () => {
      await Promise.allSettled(servers.map((s) => s.stop()));
      for (const child of children) child.kill("SIGKILL");
      if (args.keep) console.log(`kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    })();
    return cleaning;
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await generate(dbUrl);
    await startServers(dbUrl, servers);
    const ours = servers.find((s) => s.name === "seedgraph");
    const peer = servers.find((s) => s.name !== "seedgraph");
    if (ours && peer) await checkAnswers(ours, peer);
    // A cached server answers a repeated request without SQL: its row shows the uncached count.
    const statements = new Map<ServerProcess, number | null>();
    for (const server of servers.filter((s) => s.responseCacheMb === 0)) {
      statements.set(server, await statementsPerRequest(server));
    }
    for (const server of servers.filter((s) => s.responseCacheMb > 0)) {
      statements.set(server, ours && ours.responseCacheMb === 0 ? (statements.get(ours) ?? null) : null);
    }
    const { rows, ratios } = await runLevels(admin, servers, statements);
    console.log("target: at least 800 req/s with p99 <= 50 ms");
    for (const record of [...rows, ...ratios]) console.log(JSON.stringify(record));
  } finally {
    await cleanUp();
  }
}

if (args.role === "seedgraph-server") await serveSeedgraph(String(args.database), Number(args.cache ?? 0));
else await main();
