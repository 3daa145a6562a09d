// Live latency: time from a file being renamed into seeds/ to its ADDED event arriving at each
// of N graphql-ws subscribers, for N = 1, 100, 1,000. Prints p50/p99 per N and a JSON record.
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local server); creates
// and drops its own database. Run: npm run bench:live [-- --events 30 --subscribers 1,100,1000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type Client, createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
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
const QUERY =
  "subscription ($after: String) { articleEvents(after: $after) { kind path article { path title } } }";
const root = path.resolve(import.meta.dirname, "..");
const body = fs.readFileSync(path.join(root, "seeds/003_8e497b4819558aaa.txt"), "utf8");

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

async function run(url: string, seedsDir: string, n: number, tag: string) {
  const clients: Client[] = [];
  const arrivals = new Map<string, number[]>();
  // When the service's own event log sees each commit: splits latency into ingest and fan-out.
  const committedAt = new Map<string, number>();
  const stop = new AbortController();
  void (async () => {
    for await (const e of service.events.stream(service.events.lastSeq, stop.signal))
      committedAt.set(e.path, performance.now());
  })();
  let ready = 0;
  for (let i = 0; i < n; i++) {
    const client = createClient({ url: url.replace(/^http/, "ws"), webSocketImpl: WebSocket, lazy: false });
    clients.push(client);
    client.subscribe<{ articleEvents: { path: string } }>(
      { query: QUERY },
      {
        next: ({ data }) => {
          const p = data?.articleEvents.path;
          if (!p) return;
          if (p.startsWith("warmup")) ready++;
          else arrivals.get(p)?.push(performance.now());
        },
        error: () => {},
        complete: () => {},
      },
    );
  }
  // Every subscriber must be live before measuring: drop warm-up files until one has reached
  // each of them (a subscription still registering would miss an earlier one).
  for (let w = 0; ; w++) {
    const warm = `warmup-${tag}-${w}.txt`;
    fs.writeFileSync(path.join(seedsDir, `.${warm}.tmp`), `${body}\n${warm}\n`);
    fs.renameSync(path.join(seedsDir, `.${warm}.tmp`), path.join(seedsDir, warm));
    const before = ready;
    await new Promise((r) => setTimeout(r, 300));
    if (ready - before >= n) break;
  }

  const latencies: number[] = [];
  const ingest: number[] = [];
  const fanOut: number[] = [];
  let delivered = 0;
  for (let i = 0; i < eventsPerRun; i++) {
    const name = `bench-${tag}-${i}.txt`;
    const tmp = path.join(seedsDir, `.${name}.tmp`);
    fs.writeFileSync(tmp, `${body}\nBài số ${name}\n`);
    arrivals.set(name, []);
    const t0 = performance.now();
    fs.renameSync(tmp, path.join(seedsDir, name));
    const got = arrivals.get(name) as number[];
    const deadline = t0 + 10_000;
    while (got.length < n && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
    delivered += got.length;
    for (const t of got) latencies.push(t - t0);
    const committed = committedAt.get(name);
    if (committed !== undefined) {
      ingest.push(committed - t0);
      for (const t of got) fanOut.push(t - committed);
    }
  }
  stop.abort();
  await Promise.all(clients.map((c) => c.dispose()));
  return {
    n,
    events: eventsPerRun,
    delivered,
    expected: eventsPerRun * n,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    ingestP50: pct(ingest, 50),
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
console.log("subscribers  events  delivered/expected   p50 ms   p99 ms | ingest p50 | fan-out p50   p99");
for (const r of rows) {
  const cells = [r.p50, r.p99].map((v) => v.toFixed(1).padStart(8)).join(" ");
  const split = `${r.ingestP50.toFixed(1).padStart(10)} | ${r.fanOutP50.toFixed(1).padStart(11)} ${r.fanOutP99.toFixed(1).padStart(6)}`;
  console.log(
    `${String(r.n).padStart(11)} ${String(r.events).padStart(7)} ${`${r.delivered}/${r.expected}`.padStart(19)} ${cells} | ${split}`,
  );
}
console.log(JSON.stringify({ bench: "live", rows }));
