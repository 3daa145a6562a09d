// seedgraph's side of bench/live.ts: the service as `seedgraph serve` starts it (startService),
// alone in a child process (`node --expose-gc --import tsx`), driven over IPC. Same protocol as
// bench/live-peer.mjs:
//   heap        → heap after full GCs: { heapUsed, external, arrayBuffers, rss, tcp }
//   subscribed  → { count } live streams waiting on the event log besides this script's own (one
//                 per distinct subscription: identical ones share an execution)
//   now         → { at }: its clock, to check it against the benchmark's
//   lastSend    → { at }: when a WebSocket frame was last handed to a socket
//   stop        → stops the service and exits
// and, unasked, { type: "ready", url, at } once the seeds are reconciled, then
// { type: "committed", path, at } as the event log sees each commit (splits ingest from fan-out).
// Environment: BENCH_LIVE_DATABASE_URL (an empty database), BENCH_LIVE_SEEDS_DIR.
import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { silentLogger } from "../src/logger.ts";
import { startService } from "../src/main.ts";

/** Milliseconds since the epoch, comparable with the benchmark's clock. */
const now = () => performance.timeOrigin + performance.now();
const send = (message: object, then?: () => void) => process.send?.(message, undefined, {}, then);
const databaseUrl = process.env.BENCH_LIVE_DATABASE_URL;
const seedsDir = process.env.BENCH_LIVE_SEEDS_DIR;
if (!databaseUrl || !seedsDir)
  throw new Error("BENCH_LIVE_DATABASE_URL and BENCH_LIVE_SEEDS_DIR are required");
// When the service last handed a frame to a socket: with events one at a time, the end of an
// event's fan-out on the server's side, whatever its clients' speed.
let lastSendAt = 0;
const send0 = WebSocket.prototype.send;
WebSocket.prototype.send = function (this: WebSocket, ...args: Parameters<WebSocket["send"]>) {
  const result = send0.apply(this, args);
  lastSendAt = now();
  return result;
} as WebSocket["send"];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

const service = await startService(
  {
    databaseUrl,
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
const tracking = new AbortController();
void (async () => {
  for await (const e of service.events.stream(service.events.lastSeq, tracking.signal))
    send({ type: "committed", path: e.path, at: now() });
})();

/** Heap after full collections (finalisers get a turn in between), and the open TCP handles. */
async function heap() {
  for (let i = 0; i < 4; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  const tcp = process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap").length;
  return { heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss, tcp };
}

let stopping: Promise<void> | null = null;
function stop(): Promise<void> {
  stopping ??= (async () => {
    tracking.abort();
    await service.stop().catch(() => {});
  })();
  return stopping;
}

process.on("message", async (request: { id: number; type: string }) => {
  let reply: object = {};
  if (request.type === "heap") reply = await heap();
  else if (request.type === "now") reply = { at: now() };
  else if (request.type === "lastSend") reply = { at: lastSendAt };
  else if (request.type === "subscribed") reply = { count: Math.max(0, service.events.waitingStreams - 1) };
  else if (request.type === "stop") await stop();
  send({ id: request.id, ...reply }, () => {
    if (request.type === "stop") process.exit(0);
  });
});
// The benchmark went away: stop rather than linger with the database open.
process.on("disconnect", () => {
  void stop().then(() => process.exit(0));
});

send({ type: "ready", url: service.url, at: now() });
