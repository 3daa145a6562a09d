// Live latency: time from a file being renamed into seeds/ to its ADDED event arriving at each
// of N subscribers (graphql-ws by default), for N = 1, 100, 1,000. Prints p50/p99 per N, split
// into ingest (rename to commit seen by the event log) and fan-out (commit to arrival), and a
// JSON record.
// The subscribers run on a worker thread (bench/live-clients.mjs); every event is the same
// article with one line changed, the costliest case for the story lookup. `--select full` asks
// for a dashboard's worth of each article instead of its path and title.
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local server); creates
// and drops its own database.
// `--preload 5000` puts that many (hidden, never ingested) files in the folder first, which the
// watcher lists again each time the folder changes; `--gap-ms` is the pause between events;
// `--transport sse` subscribes over SSE (a streaming POST each) instead of graphql-ws.
// Run: npm run bench:live [-- --events 30 --subscribers 1,100,1000 --select light|full
//                           --preload 0 --gap-ms 5 --transport ws|sse]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { silentLogger } from "../src/logger.ts";
import { type Service, startService } from "../src/main.ts";

const adminUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const eventsPerRun = Number(arg("--events")) || 30;
const subscriberCounts = (arg("--subscribers") ?? "1,100,1000").split(",").map(Number);
const selection = arg("--select") ?? "light";
const preload = Number(arg("--preload")) || 0;
const gapMs = Number(arg("--gap-ms") ?? 5);
const transport = arg("--transport") ?? "ws";
if (transport !== "ws" && transport !== "sse") throw new Error("--transport is ws or sse");
const SELECTIONS: Record<string, string> = {
  // What a feed of new articles shows.
  light: "kind path article { path title }",
  // What a dashboard that redraws from the event alone asks for: about 6 kB per event here.
  full: `kind cursor path at article { id path title lead url wordCount publishedOn
    source { name } story { id } meetings { key name series level number year location }
    agreements { code nameEn } countries { code nameEn } topics { slug nameEn }
    people { role person { name } } figures { kind value unit qualifier year text sentence }
    mentions { kind entityKey text start end } }`,
};
if (!SELECTIONS[selection]) throw new Error(`--select is one of ${Object.keys(SELECTIONS).join(", ")}`);
const QUERY = `subscription ($after: String) { articleEvents(after: $after) { ${SELECTIONS[selection]} } }`;
const root = path.resolve(import.meta.dirname, "..");
const body = fs.readFileSync(path.join(root, "seeds/003_8e497b4819558aaa.txt"), "utf8");
/** Milliseconds since the epoch, comparable with the client worker's clock. */
const now = () => performance.timeOrigin + performance.now();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

/** The subscribers, on a worker thread: resolves each event's arrival times at all of them. */
function startClients(url: string, n: number) {
  const worker = new Worker(new URL("./live-clients.mjs", import.meta.url), {
    workerData: { url: transport === "ws" ? url.replace(/^http/, "ws") : url, n, query: QUERY, transport },
  });
  const waiting = new Map<string, (times: number[]) => void>();
  let closed: (errors: number) => void = () => {};
  worker.on("message", (m: { type: string; path: string; times: number[]; errors: number }) => {
    if (m.type === "arrived") waiting.get(m.path)?.(m.times);
    else if (m.type === "closed") closed(m.errors);
  });
  return {
    /** Arrival times of `file`'s event at every subscriber, or those seen within `ms`. */
    arrival(file: string, ms: number): Promise<number[]> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => worker.postMessage({ type: "flush", path: file }), ms);
        waiting.set(file, (times) => {
          clearTimeout(timer);
          waiting.delete(file);
          resolve(times);
        });
      });
    },
    async close(): Promise<number> {
      const errors = new Promise<number>((resolve) => {
        closed = resolve;
      });
      worker.postMessage({ type: "close" });
      const count = await errors;
      await worker.terminate();
      return count;
    },
  };
}

function drop(seedsDir: string, name: string, text: string): number {
  const tmp = path.join(seedsDir, `.${name}.tmp`);
  fs.writeFileSync(tmp, text);
  const t0 = now();
  fs.renameSync(tmp, path.join(seedsDir, name));
  return t0;
}

async function run(url: string, seedsDir: string, n: number, tag: string) {
  // When the service's own event log sees each commit: splits latency into ingest and fan-out.
  const committedAt = new Map<string, number>();
  const stop = new AbortController();
  void (async () => {
    for await (const e of service.events.stream(service.events.lastSeq, stop.signal))
      committedAt.set(e.path, now());
  })();
  const clients = startClients(url, n);
  // Every subscriber must be live before measuring: drop warm-up files until one has reached
  // each of them (a subscription still registering would miss an earlier one).
  for (let w = 0; ; w++) {
    if (w === 30) throw new Error(`the ${n} subscribers never all received an event (see the query)`);
    const warm = `warmup-${tag}-${w}.txt`;
    const arrival = clients.arrival(warm, 1000);
    drop(seedsDir, warm, `${body}\n${warm}\n`);
    if ((await arrival).length >= n) break;
  }

  const latencies: number[] = [];
  const ingest: number[] = [];
  const fanOut: number[] = [];
  let delivered = 0;
  for (let i = 0; i < eventsPerRun; i++) {
    const name = `bench-${tag}-${i}.txt`;
    const arrival = clients.arrival(name, 10_000);
    const t0 = drop(seedsDir, name, `${body}\nBài số ${name}\n`);
    const got = await arrival;
    delivered += got.length;
    for (const t of got) latencies.push(t - t0);
    const committed = committedAt.get(name);
    if (committed !== undefined) {
      ingest.push(committed - t0);
      for (const t of got) fanOut.push(t - committed);
    }
    // Files land one at a time: the next waits until this one was delivered, and --gap-ms more.
    await new Promise((r) => setTimeout(r, gapMs));
  }
  stop.abort();
  const errors = await clients.close();
  return {
    n,
    events: eventsPerRun,
    delivered,
    expected: eventsPerRun * n,
    errors,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    ingestP50: pct(ingest, 50),
    ingestP99: pct(ingest, 99),
    fanOutP50: pct(fanOut, 50),
    fanOutP99: pct(fanOut, 99),
  };
}

const dbName = `seedgraph_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const u = new URL(adminUrl);
u.pathname = `/${dbName}`;
const seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-live-"));
// A large seeds folder, without ingesting it: hidden files are never articles, but the watcher
// still lists and stats them whenever the folder changes.
for (let i = 0; i < preload; i++) fs.writeFileSync(path.join(seedsDir, `.preload-${i}.txt`), "x");
const service: Service = await startService(
  {
    databaseUrl: u.toString(),
    port: 0,
    host: "127.0.0.1",
    seedsDir,
    dataDir: seedsDir,
    logLevel: "silent",
    redisUrl: undefined,
  },
  silentLogger,
);
await service.reconciled;
const rows = [];
try {
  for (const n of subscriberCounts) {
    process.stderr.write(`running with ${n} subscriber(s)…\n`);
    rows.push(await run(service.url, seedsDir, n, String(n)));
  }
} finally {
  await service.stop();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  fs.rmSync(seedsDir, { recursive: true, force: true });
}
const ms = (v: number, width: number) => v.toFixed(1).padStart(width);
console.log(
  `transport: ${transport}; selection: ${selection}; ${preload} other files in the folder; ${gapMs} ms between events; ` +
    "subscribers on a worker thread; times from rename to arrival",
);
console.log(
  "subscribers  events  delivered/expected  errors   p50 ms   p99 ms | ingest p50   p99 | fan-out p50   p99",
);
for (const r of rows) {
  const total = `${ms(r.p50, 8)} ${ms(r.p99, 8)}`;
  const split = `${ms(r.ingestP50, 10)} ${ms(r.ingestP99, 5)} | ${ms(r.fanOutP50, 11)} ${ms(r.fanOutP99, 5)}`;
  const counts = `${`${r.delivered}/${r.expected}`.padStart(19)} ${String(r.errors).padStart(7)}`;
  console.log(`${String(r.n).padStart(11)} ${String(r.events).padStart(7)} ${counts} ${total} | ${split}`);
}
console.log(JSON.stringify({ bench: "live", transport, selection, preload, gapMs, rows }));
