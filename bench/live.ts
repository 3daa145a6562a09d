// Live benchmark: seedgraph beside the peer a user would pick instead, a bare `ws` server
// (bench/live-peer.mjs), in the same run with the same clients. Each server runs alone in a child
// process (`node --expose-gc`; seedgraph started as `seedgraph serve` starts it, bench/live-server.ts);
// the subscribers run on a worker thread of this process (bench/live-clients.mjs), the same
// graphql-ws clients for both. Three measures:
//  1. memory per idle subscriber: the server's heap after full GCs before and after N clients
//     connected and subscribed (`--sockets`), divided by N;
//  2. latency: seedgraph from a file renamed into seeds/ to its ADDED event arriving at each of N
//     subscribers (`--subscribers`), split into ingest (rename to commit seen by the event log) and
//     fan-out (commit to arrival); the peer's fan-out is one frame of the same size as seedgraph's
//     event, serialised once and sent to all N, from the send to arrival;
//  3. first event after start: the first file's (frame's) latency after a fresh start against the
//     tenth's, over `--starts` fresh processes (the first event runs the extractor cold).
// Prints a table per measure with both servers and their ratio (seedgraph ÷ ws), the targets, and
// JSON records (one per server, one of ratios).
// Every seedgraph event is the same article with one line changed, the costliest case for the
// story lookup. `--select full` asks for a dashboard's worth of each article instead of its path
// and title (the peer then sends frames of that size). `--preload 5000` puts that many (hidden,
// never ingested) files in the folder first, which the watcher lists again each time the folder
// changes; `--gap-ms` is the pause between events; `--transport sse` subscribes to seedgraph over
// SSE (a streaming POST each) instead of graphql-ws (the peer stays on WebSockets).
// `--texts distinct` changes measure 3: the tenth event is otherwise the same article as the nine
// before it, which a server reads again at about half the cost of a new text whatever its warm-up.
// With it, every start reads seed 003 once among nine other articles (seeds 001, 002, 004, 005 and
// the first five Vietnamese press-dev articles of 1,500 characters or more): first on even starts,
// tenth on odd ones; the first event is then seed 003 on a fresh server, the tenth seed 003 on a
// server that has read nine other articles (the medians of those starts).
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local server); creates
// and drops a database per seedgraph start. Clients and server each hold one file descriptor per
// socket: Node raises its soft open-file limit to the hard one, so the hard limit (`ulimit -Hn`)
// bounds N, checked before anything starts.
// Run: npm run bench:live [-- --events 30 --subscribers 1,100,1000,5000 --sockets 1000,5000|none
//                           --starts 3 --select light|full --preload 0 --gap-ms 5 --transport ws|sse
//                           --texts same|distinct]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { clockOffset, type Heap, now, type ServerChild, spawnServer } from "./live-child.ts";

const adminUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const counts = (v: string) =>
  v === "none"
    ? []
    : v
        .split(",")
        .map(Number)
        .filter((n) => n > 0);
const eventsPerRun = Number(arg("--events")) || 30;
const subscriberCounts = counts(arg("--subscribers") ?? "1,100,1000,5000");
const socketCounts = counts(arg("--sockets") ?? "1000,5000");
const starts = Number(arg("--starts")) || 3;
const selection = arg("--select") ?? "light";
const preload = Number(arg("--preload")) || 0;
const gapMs = Number(arg("--gap-ms") ?? 5);
const transport = (arg("--transport") ?? "ws") as "ws" | "sse";
if (transport !== "ws" && transport !== "sse") throw new Error("--transport is ws or sse");
const texts = arg("--texts") ?? "same";
if (texts !== "same" && texts !== "distinct") throw new Error("--texts is same or distinct");
/** Which event after a start the first is compared with. */
const NTH = 10;
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
/** `--texts distinct`: the nine other articles read around seed 003 (see the header); else none. */
const otherTexts = (() => {
  if (texts === "same") return [];
  const read = (dir: string, f: string) => fs.readFileSync(path.join(root, dir, f), "utf8");
  const seeds = fs
    .readdirSync(path.join(root, "seeds"))
    .filter((f) => f.endsWith(".txt") && !f.startsWith("003_"))
    .sort()
    .map((f) => read("seeds", f));
  const pressDir = "tests/fixtures/press/dev";
  const press = fs
    .readdirSync(path.join(root, pressDir))
    .filter((f) => f.endsWith(".txt") && f.includes("-vi-"))
    .sort()
    .map((f) => read(pressDir, f))
    .filter((t) => t.length >= 1500)
    .slice(0, NTH - 1 - seeds.length);
  return [...seeds, ...press];
})();
if (texts === "distinct" && otherTexts.length !== NTH - 1)
  throw new Error(`--texts distinct needs ${NTH - 1} other articles`);
/** The texts of a start's first NTH events: all seed 003, or seed 003 first (even starts) or last. */
const startTexts = (start: number): string[] =>
  texts === "same"
    ? Array<string>(NTH).fill(body)
    : start % 2 === 0
      ? [body, ...otherTexts]
      : [...otherTexts, body];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const median = (xs: number[]) => pct(xs, 50);

/** This process's open-file limit (its clients hold one descriptor per socket). */
function openFileLimit(): number {
  try {
    const line = fs
      .readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === "unlimited" ? Number.POSITIVE_INFINITY : Number(soft);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
const fdLimit = openFileLimit();
const maxSockets = Math.max(1, ...subscriberCounts, ...socketCounts);
if (maxSockets + 256 > fdLimit)
  throw new Error(
    `${maxSockets} sockets need about ${maxSockets + 256} open files here and in the server, and the ` +
      `limit is ${fdLimit}: raise it (ulimit -n; above the hard limit only as root) or ask for fewer`,
  );

// Everything started is stopped and dropped again, on failure and on Ctrl-C too.
const cleanups: Array<() => Promise<void>> = [];
const once = (fn: () => Promise<void>) => {
  let done: Promise<void> | null = null;
  return () => {
    done ??= fn();
    return done;
  };
};
let cleaning: Promise<void> | null = null;
/** Runs every cleanup once, newest first; later calls wait for the same run. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.splice(0).reverse())
      await fn().catch((e) => process.stderr.write(`cleanup: ${(e as Error).message}\n`));
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    interrupted = true;
    process.stderr.write(`${signal}: stopping the servers and dropping the databases…\n`);
    void cleanUp().finally(() => process.exit(130));
  });

type ServerName = "seedgraph" | "ws";
/** A server under test, as the measures drive it. */
interface Target {
  server: ServerName;
  child: ServerChild;
  /** Clients' endpoint and transport. */
  url: string;
  transport: "ws" | "sse";
  /** Open TCP handles of the server before any client (its database pool, its listener). */
  idleTcp: number;
  clock: { offset: number; rtt: number };
  /**
   * Makes event `name` happen: t0 is the rename (seedgraph) or the send (ws), `from` when fan-out
   * started (the commit, or the send), if it was seen. seedgraph ingests `text` (seed 003 by
   * default) under `name`.
   */
  fire(name: string, text?: string): Promise<{ t0: number; from: number | undefined }>;
  stop(): Promise<void>;
}

const admin = new pg.Client({ connectionString: adminUrl });
/** seedgraph's first event as its clients received it: the payload the peer sends. */
let sample: unknown;
/** Size of the peer's last frame, bytes. */
let peerFrameBytes = 0;

async function startSeedgraph(label: string): Promise<Target> {
  const dbName = `seedgraph_bench_${process.pid}_${label}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const dropDb = once(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });
  cleanups.push(dropDb);
  const seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-live-"));
  const removeDir = once(async () => fs.rmSync(seedsDir, { recursive: true, force: true }));
  cleanups.push(removeDir);
  // A large seeds folder, without ingesting it: hidden files are never articles, but the watcher
  // still lists and stats them whenever the folder changes.
  for (let i = 0; i < preload; i++) fs.writeFileSync(path.join(seedsDir, `.preload-${i}.txt`), "x");
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const child = spawnServer(path.join(import.meta.dirname, "live-server.ts"), {
    BENCH_LIVE_DATABASE_URL: u.toString(),
    BENCH_LIVE_SEEDS_DIR: seedsDir,
  });
  const stopChild = once(() => child.stop());
  cleanups.push(async () => child.kill());
  await child.ready;
  // When the service's own event log saw each commit.
  const committed = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  child.onMessage = (m) => {
    if (m.type !== "committed") return;
    committed.set(m.path, m.at);
    waiting.get(m.path)?.(m.at);
  };
  const commitOf = (name: string, ms: number) =>
    new Promise<number | undefined>((resolve) => {
      const at = committed.get(name);
      if (at !== undefined) return resolve(at);
      const timer = setTimeout(() => resolve(undefined), ms);
      waiting.set(name, (t) => {
        clearTimeout(timer);
        waiting.delete(name);
        resolve(t);
      });
    });
  const idle = await child.request<Heap>("heap");
  return {
    server: "seedgraph",
    child,
    url: transport === "ws" ? child.url.replace(/^http/, "ws") : child.url,
    transport,
    idleTcp: idle.tcp,
    clock: await clockOffset(child),
    async fire(name, text = body) {
      const tmp = path.join(seedsDir, `.${name}.tmp`);
      fs.writeFileSync(tmp, `${text}\nBài số ${name}\n`);
      const t0 = now();
      fs.renameSync(tmp, path.join(seedsDir, name));
      return { t0, from: await commitOf(name, 10_000) };
    },
    async stop() {
      await stopChild();
      await dropDb();
      await removeDir();
    },
  };
}

async function startPeer(): Promise<Target> {
  const child = spawnServer(path.join(import.meta.dirname, "live-peer.mjs"), {});
  cleanups.push(async () => child.kill());
  await child.ready;
  if (sample) await child.request("template", { payload: sample });
  const idle = await child.request<Heap>("heap");
  return {
    server: "ws",
    child,
    url: child.url,
    transport: "ws",
    idleTcp: idle.tcp,
    clock: await clockOffset(child),
    async fire(name) {
      const { at, bytes } = await child.request<{ at: number; bytes: number }>("broadcast", { path: name });
      peerFrameBytes = bytes;
      return { t0: at, from: at };
    },
    stop: () => child.stop(),
  };
}

/** The subscribers, on a worker thread: resolves each event's arrival times at all of them. */
function startClients(target: Target, n: number) {
  const worker = new Worker(new URL("./live-clients.mjs", import.meta.url), {
    workerData: { url: target.url, n, query: QUERY, transport: target.transport },
  });
  const waiting = new Map<string, (times: number[]) => void>();
  let closed: (errors: number) => void = () => {};
  let connected: (c: { connected: number; errors: number }) => void = () => {};
  let failed: (e: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  failure.catch(() => {});
  worker.on("error", (e) => failed(e));
  worker.on("exit", () => closed(-1));
  worker.on(
    "message",
    (m: {
      type: string;
      path: string;
      times: number[];
      errors: number;
      connected: number;
      payload: unknown;
    }) => {
      if (m.type === "arrived") waiting.get(m.path)?.(m.times);
      else if (m.type === "closed") closed(m.errors);
      else if (m.type === "connected") connected(m);
      else if (m.type === "sample") sample ??= m.payload;
    },
  );
  return {
    /** Once every client has connected or failed to. */
    connected: Promise.race([
      new Promise<{ connected: number; errors: number }>((resolve) => {
        connected = resolve;
      }),
      failure,
    ]),
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
    /** Disposes the clients (at most 30 s) and ends the thread; resolves with the errors seen. */
    async close(): Promise<number> {
      const errors = new Promise<number>((resolve) => {
        closed = resolve;
        setTimeout(() => resolve(-1), 30_000).unref();
      });
      worker.postMessage({ type: "close" });
      const count = await errors;
      await worker.terminate();
      return count;
    },
  };
}
type Clients = ReturnType<typeof startClients>;

/** Fires warm-up events until one reaches all n clients (a subscription still registering misses one). */
async function warmUp(target: Target, clients: Clients, n: number, tag: string) {
  for (let w = 0; ; w++) {
    if (w === 30) throw new Error(`the ${n} ${target.server} subscribers never all received an event`);
    const name = `warmup-${tag}-${w}.txt`;
    const arrival = clients.arrival(name, 1000);
    await target.fire(name);
    if ((await arrival).length >= n) return;
  }
}

/** The server's heap once the previous round's sockets have closed (at most 15 s). */
async function settledHeap(target: Target): Promise<Heap> {
  const deadline = now() + 15_000;
  for (;;) {
    const heap = await target.child.request<Heap>("heap");
    if (heap.tcp <= target.idleTcp + 16 || now() > deadline) return heap;
    await sleep(100);
  }
}

interface MemoryRow {
  sockets: number;
  connected: number;
  heapBefore: number;
  heapAfter: number;
  /** Heap per socket, KiB. */
  kibPerSocket: number;
  /** Outside the heap (buffers), per socket, KiB. */
  externalKibPerSocket: number;
  rssKibPerSocket: number;
  /** TCP handles the server gained: one per socket. */
  serverSockets: number;
}

interface LatencyRow {
  n: number;
  events: number;
  delivered: number;
  expected: number;
  errors: number;
  p50: number;
  p99: number;
  ingestP50?: number;
  ingestP99?: number;
  fanOutP50: number;
  fanOutP99: number;
  /** From the commit (or send) to the server handing the last frame to a socket, per event (ws transport). */
  writesP50: number;
  writesP99: number;
}

/** N clients: the heap they cost (when `memory`), then `eventsPerRun` events to all of them (when `latency`). */
async function round(target: Target, n: number, measure: { memory: boolean; latency: boolean }) {
  const tag = String(n);
  const before = measure.memory ? await settledHeap(target) : undefined;
  const clients = startClients(target, n);
  let memory: MemoryRow | undefined;
  let latency: LatencyRow | undefined;
  try {
    const { connected } = await clients.connected;
    if (connected < n)
      process.stderr.write(`${target.server}: only ${connected} of ${n} clients connected\n`);
    await warmUp(target, clients, connected, tag);
    if (before) {
      const after = await target.child.request<Heap>("heap");
      const per = (b: number, a: number) => (a - b) / 1024 / connected;
      memory = {
        sockets: n,
        connected,
        heapBefore: before.heapUsed,
        heapAfter: after.heapUsed,
        kibPerSocket: per(before.heapUsed, after.heapUsed),
        externalKibPerSocket: per(before.external, after.external),
        rssKibPerSocket: per(before.rss, after.rss),
        serverSockets: after.tcp - before.tcp,
      };
    }
    if (measure.latency) {
      const latencies: number[] = [];
      const ingest: number[] = [];
      const fanOut: number[] = [];
      const writes: number[] = [];
      let delivered = 0;
      for (let i = 0; i < eventsPerRun; i++) {
        const name = `bench-${tag}-${i}.txt`;
        const arrival = clients.arrival(name, 10_000);
        const [got, { t0, from }] = await Promise.all([arrival, target.fire(name)]);
        delivered += got.length;
        for (const t of got) latencies.push(t - t0);
        if (from !== undefined) {
          if (target.server === "seedgraph") ingest.push(from - t0);
          for (const t of got) fanOut.push(t - from);
          const { at: last } = await target.child.request<{ at: number }>("lastSend");
          if (last >= from) writes.push(last - from);
        }
        // Events come one at a time: the next waits until this one was delivered, and --gap-ms more.
        await sleep(gapMs);
      }
      latency = {
        n,
        events: eventsPerRun,
        delivered,
        expected: eventsPerRun * n,
        errors: 0,
        p50: pct(latencies, 50),
        p99: pct(latencies, 99),
        ...(target.server === "seedgraph" ? { ingestP50: pct(ingest, 50), ingestP99: pct(ingest, 99) } : {}),
        fanOutP50: pct(fanOut, 50),
        fanOutP99: pct(fanOut, 99),
        writesP50: pct(writes, 50),
        writesP99: pct(writes, 99),
      };
    }
  } finally {
    const errors = await clients.close();
    if (latency) latency.errors = errors;
  }
  return { memory, latency };
}

interface FirstEvents {
  /** Spawn to ready (seedgraph: migrated, reconciled, listening), ms. */
  startMs: number;
  /** Ready to the first event (the rename or send), after one subscriber connected, ms. */
  readyToFirstEventMs: number;
  /** Ready to the first event's arrival, ms. */
  readyToFirstMs: number;
  /** Latency of each of the first NTH events (ms), with seedgraph's ingest part. */
  events: Array<{ i: number; ms: number; ingestMs?: number; fanOutMs?: number }>;
  /** The event after those, once the server ran four full collections (a quiet spell's). */
  quiet: { ms: number; ingestMs?: number };
}

/** One subscriber on a fresh server, then NTH events one at a time (their texts: `startTexts`). */
async function firstEvents(target: Target, eventTexts: string[]): Promise<FirstEvents> {
  const clients = startClients(target, 1);
  const events: FirstEvents["events"] = [];
  let firstArrival = Number.NaN;
  let firstEvent = Number.NaN;
  let quiet: FirstEvents["quiet"] = { ms: Number.NaN };
  try {
    await clients.connected;
    // Registered before the first event, without an event to prove it (that would warm the server).
    const deadline = now() + 10_000;
    while ((await target.child.request<{ count: number }>("subscribed")).count < 1) {
      if (now() > deadline) throw new Error(`${target.server}: the subscription never registered`);
      await sleep(10);
    }
    for (let i = 1; i <= NTH; i++) {
      const name = `first-${i}.txt`;
      const arrival = clients.arrival(name, 10_000);
      const [got, { t0, from }] = await Promise.all([arrival, target.fire(name, eventTexts[i - 1])]);
      const at = got[0];
      if (at === undefined) throw new Error(`${target.server}: event ${i} after start never arrived`);
      if (i === 1) {
        firstArrival = at;
        firstEvent = t0;
      }
      events.push({
        i,
        ms: at - t0,
        ...(target.server === "seedgraph" && from !== undefined
          ? { ingestMs: from - t0, fanOutMs: at - from }
          : {}),
      });
      await sleep(gapMs);
    }
    // A quiet spell: what V8 drops after full collections (compiled patterns, caches) the next
    // event pays for again.
    await target.child.request("heap");
    const arrival = clients.arrival("quiet.txt", 10_000);
    const [got, { t0, from }] = await Promise.all([arrival, target.fire("quiet.txt")]);
    const at = got[0];
    if (at === undefined) throw new Error(`${target.server}: the event after a quiet spell never arrived`);
    quiet = {
      ms: at - t0,
      ...(target.server === "seedgraph" && from !== undefined ? { ingestMs: from - t0 } : {}),
    };
  } finally {
    await clients.close();
  }
  return {
    startMs: target.child.readyAt - target.child.spawnedAt,
    readyToFirstEventMs: firstEvent - target.child.readyAt,
    readyToFirstMs: firstArrival - target.child.readyAt,
    events,
    quiet,
  };
}

interface ServerRecord {
  server: ServerName;
  clock: Array<{ offset: number; rtt: number }>;
  first: FirstEvents[];
  memory: MemoryRow[];
  rows: LatencyRow[];
}

/** Every measure on one server: `starts` fresh processes for the first events, the last kept for the rest. */
async function measure(server: ServerName): Promise<ServerRecord> {
  const record: ServerRecord = { server, clock: [], first: [], memory: [], rows: [] };
  let target: Target | undefined;
  try {
    for (let s = 0; s < starts; s++) {
      process.stderr.write(`${server}: start ${s + 1} of ${starts}, first ${NTH} events…\n`);
      target = server === "seedgraph" ? await startSeedgraph(String(s)) : await startPeer();
      record.clock.push(target.clock);
      record.first.push(await firstEvents(target, startTexts(s)));
      if (s < starts - 1) await target.stop();
    }
    if (!target) throw new Error("--starts must be at least 1");
    const ns = [...new Set([...subscriberCounts, ...socketCounts])].sort((a, b) => a - b);
    for (const n of ns) {
      const what = { memory: socketCounts.includes(n), latency: subscriberCounts.includes(n) };
      process.stderr.write(`${server}: ${n} subscriber(s)${what.memory ? ", heap" : ""}…\n`);
      const { memory, latency } = await round(target, n, what);
      if (memory) record.memory.push(memory);
      if (latency) record.rows.push(latency);
    }
  } finally {
    await target?.stop();
  }
  return record;
}

await admin.connect();
cleanups.push(once(() => admin.end()));
let seedgraph: ServerRecord;
let ws: ServerRecord;
try {
  // seedgraph first: its first event is the frame the peer sends.
  seedgraph = await measure("seedgraph");
  ws = await measure("ws");
} catch (error) {
  await cleanUp();
  // What fails once the servers are being stopped is a consequence of the interruption.
  if (interrupted) await new Promise(() => {});
  throw error;
} finally {
  await cleanUp();
}

const f = (v: number | undefined, width: number, digits = 1) =>
  (v === undefined || Number.isNaN(v) ? "–" : v.toFixed(digits)).padStart(width);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? Number.NaN : a / b;
const frameBytes = {
  seedgraph: Buffer.byteLength(JSON.stringify({ id: "1", type: "next", payload: sample })),
  ws: peerFrameBytes,
};
const offsets = [...seedgraph.clock, ...ws.clock].map((c) => Math.abs(c.offset));
console.log(
  `transport: ${transport} (ws peer: ws); selection: ${selection}; ${preload} other files in the folder; ` +
    `${gapMs} ms between events; each server in its own process, clients on a worker thread here; ` +
    `clocks agree within ${f(Math.max(...offsets), 0, 2)} ms; open-file limit ${fdLimit}; ` +
    `event frame ${frameBytes.seedgraph} bytes (seedgraph, graphql-ws) / ${frameBytes.ws} (ws)`,
);

console.log("\n1. memory per idle subscriber: server heap after GC, (after − before) ÷ sockets");
console.log("sockets | seedgraph KiB/socket  heap +MiB | ws KiB/socket  heap +MiB | ratio");
const memoryRatios = socketCounts.map((n) => {
  const a = seedgraph.memory.find((m) => m.sockets === n);
  const b = ws.memory.find((m) => m.sockets === n);
  const mib = (m: MemoryRow | undefined) => (m ? (m.heapAfter - m.heapBefore) / 1024 / 1024 : undefined);
  const r = ratio(a?.kibPerSocket, b?.kibPerSocket);
  console.log(
    `${String(n).padStart(7)} | ${f(a?.kibPerSocket, 20)} ${f(mib(a), 10)} | ${f(b?.kibPerSocket, 13)} ` +
      `${f(mib(b), 10)} | ${f(r, 5, 2)}`,
  );
  return { sockets: n, kibPerSocket: r };
});

console.log(
  `\n2. fan-out: one event to N subscribers, ${eventsPerRun} events each; seedgraph in detail (ms)`,
);
console.log(
  "subscribers  events  delivered/expected  errors   p50 ms   p99 ms | ingest p50   p99 | fan-out p50   p99",
);
for (const r of seedgraph.rows) {
  const total = `${f(r.p50, 8)} ${f(r.p99, 8)}`;
  const split = `${f(r.ingestP50, 10)} ${f(r.ingestP99, 5)} | ${f(r.fanOutP50, 11)} ${f(r.fanOutP99, 5)}`;
  const delivered = `${`${r.delivered}/${r.expected}`.padStart(19)} ${String(r.errors).padStart(7)}`;
  console.log(`${String(r.n).padStart(11)} ${String(r.events).padStart(7)} ${delivered} ${total} | ${split}`);
}
console.log(
  "fan-out beside the bare broadcast: seedgraph commit → arrival, ws send → arrival (ms); " +
    "writes: to the last frame handed to a socket, per event",
);
console.log(
  "subscribers | seedgraph p50    p99  writes p50   p99 | ws p50    p99  writes p50   p99 | ratio p50   p99 | delivered seedgraph / ws",
);
const fanOutRatios = subscriberCounts.map((n) => {
  const a = seedgraph.rows.find((r) => r.n === n);
  const b = ws.rows.find((r) => r.n === n);
  const r = {
    n,
    p50: ratio(a?.fanOutP50, b?.fanOutP50),
    p99: ratio(a?.fanOutP99, b?.fanOutP99),
    writesP50: ratio(a?.writesP50, b?.writesP50),
    writesP99: ratio(a?.writesP99, b?.writesP99),
  };
  const delivered = `${a?.delivered ?? "–"}/${a?.expected ?? "–"} / ${b?.delivered ?? "–"}/${b?.expected ?? "–"}`;
  console.log(
    `${String(n).padStart(11)} | ${f(a?.fanOutP50, 13)} ${f(a?.fanOutP99, 6)} ${f(a?.writesP50, 11)} ${f(a?.writesP99, 5)} | ` +
      `${f(b?.fanOutP50, 6)} ${f(b?.fanOutP99, 6)} ${f(b?.writesP50, 11)} ${f(b?.writesP99, 5)} | ` +
      `${f(r.p50, 9, 2)} ${f(r.p99, 5, 2)} | ${delivered}`,
  );
  return r;
});

console.log(
  `\n3. first event after start against the ${NTH}th, one subscriber (ms; median over ${starts} starts` +
    `${texts === "distinct" ? "; seed 003 first on even starts, tenth after nine other articles on odd ones" : ""})`,
);
console.log(
  `server    | spawn→ready  ready→1st event  ready→1st arrival |  1st  (ingest) | ${NTH}th  (ingest) | 1st ÷ ${NTH}th`,
);
const firstSummary = (record: ServerRecord) => {
  // `--texts distinct`: the first event of the even starts, the tenth of the odd ones (seed 003
  // both times); otherwise every start's.
  const at = (i: number, key: "ms" | "ingestMs") => {
    const parity = texts === "same" ? null : i === 1 ? 0 : 1;
    const xs = record.first
      .filter((_, s) => parity === null || s % 2 === parity)
      .map((s) => s.events[i - 1]?.[key])
      .filter((v): v is number => v !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const s = {
    startMs: median(record.first.map((x) => x.startMs)),
    readyToFirstEventMs: median(record.first.map((x) => x.readyToFirstEventMs)),
    readyToFirstMs: median(record.first.map((x) => x.readyToFirstMs)),
    firstMs: at(1, "ms"),
    firstIngestMs: at(1, "ingestMs"),
    nthMs: at(NTH, "ms"),
    nthIngestMs: at(NTH, "ingestMs"),
    quietMs: median(record.first.map((x) => x.quiet.ms)),
  };
  const r = ratio(s.firstMs, s.nthMs);
  console.log(
    `${record.server.padEnd(9)} | ${f(s.startMs, 11)} ${f(s.readyToFirstEventMs, 15)} ${f(s.readyToFirstMs, 18)} | ` +
      `${f(s.firstMs, 5)} ` +
      `(${f(s.firstIngestMs, 6)}) | ${f(s.nthMs, 5)} (${f(s.nthIngestMs, 6)}) | ${f(r, 10, 2)}`,
  );
  return { ...s, firstOverNth: r, quietOverNth: ratio(s.quietMs, s.nthMs) };
};
const firstSg = firstSummary(seedgraph);
const firstWs = firstSummary(ws);
const firstRatio = ratio(firstSg.firstMs, firstWs.firstMs);
const nthRatio = ratio(firstSg.nthMs, firstWs.nthMs);
console.log(`seedgraph ÷ ws: 1st ${f(firstRatio, 0, 2)}, ${NTH}th ${f(nthRatio, 0, 2)}`);
console.log(
  `after a quiet spell (four full collections, then one event) ÷ ${NTH}th: ` +
    `seedgraph ${f(firstSg.quietMs, 0, 1)} ms, ${f(firstSg.quietOverNth, 0, 2)}; ws ${f(firstWs.quietMs, 0, 1)} ms, ${f(firstWs.quietOverNth, 0, 2)}`,
);

const heapMet = memoryRatios.every((m) => m.kibPerSocket <= 2);
const p99At5000 = fanOutRatios.find((r) => r.n === 5000)?.p99;
// "As fast as": within a quarter, the spread of one event's latency from run to run.
const firstMet = firstSg.firstOverNth <= 1.25;
const verdict = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "met" : "missed");
console.log(
  "\ntargets: heap per idle subscriber ≤ 2× bare ws; file → 5,000 subscribers p99 ≤ 2× the bare broadcast; " +
    "first event as fast as the tenth",
);
console.log(
  `         heap ${verdict(memoryRatios.length ? heapMet : undefined)}; ` +
    `5,000 p99 ${verdict(p99At5000 === undefined ? undefined : p99At5000 <= 2)}; ` +
    `first event ${verdict(firstMet)} (1st ÷ ${NTH}th ≤ 1.25 counted as met)`,
);

const common = {
  bench: "live",
  transport,
  selection,
  preload,
  gapMs,
  events: eventsPerRun,
  starts,
  texts,
  frameBytes,
  openFileLimit: fdLimit,
};
console.log(
  JSON.stringify({ ...common, ...seedgraph, first: { summary: firstSg, starts: seedgraph.first } }),
);
console.log(
  JSON.stringify({ ...common, ...ws, transport: "ws", first: { summary: firstWs, starts: ws.first } }),
);
console.log(
  JSON.stringify({
    ...common,
    ratio: "seedgraph/ws",
    memory: memoryRatios,
    fanOut: fanOutRatios,
    first: {
      first: firstRatio,
      nth: nthRatio,
      seedgraphFirstOverNth: firstSg.firstOverNth,
      seedgraphQuietOverNth: firstSg.quietOverNth,
    },
    targets: {
      heapPerSocketAtMost2x: memoryRatios.length ? heapMet : null,
      p99At5000AtMost2x: p99At5000 === undefined ? null : p99At5000 <= 2,
      firstAsFastAsNth: firstMet,
    },
  }),
);
