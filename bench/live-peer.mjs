// The peer of bench/live.ts: what a user would write instead of seedgraph's live layer, a bare
// `ws` WebSocketServer that records each subscriber in a Set and sends every event as one frame,
// serialised once, to all of them. Run as a child process (`node --expose-gc`), driven over IPC.
//
// It speaks just enough of graphql-ws for the benchmark's graphql-ws clients (bench/live-clients.mjs)
// — `connection_init` is acknowledged, `subscribe` records the socket, `complete` or a close forgets
// it — so both servers are measured with the same clients doing the same work per frame.
//
// IPC, each request { id, type, … } answered with { id, … }:
//   heap        → heap after full GCs: { heapUsed, external, arrayBuffers, rss, tcp }
//   subscribed  → { count } subscribers recorded
//   now         → { at }: its clock, to check it against the benchmark's
//   lastSend    → { at }: when the last broadcast had handed its frame to every socket
//   broadcast   → { at, bytes }: `payload` (set with `template`) with its articleEvents.path set to
//                 `path`, sent to every subscriber; `at` is taken before serialising
//   template    → sets the payload sent (seedgraph's event as its clients received it)
//   stop        → closes the server and exits
// and { type: "ready", url, at } once listening.
import { performance } from "node:perf_hooks";
import { WebSocketServer } from "ws";

const now = () => performance.timeOrigin + performance.now();
const subscribers = new Set();
let lastSendAt = 0;
let template = { data: { articleEvents: { kind: "ADDED", path: "", article: { path: "", title: "" } } } };

const server = new WebSocketServer({ host: "127.0.0.1", port: 0, maxPayload: 1024 * 1024 });
server.on("connection", (socket) => {
  socket.on("message", (data) => {
    let message;
    try {
      message = JSON.parse(String(data));
    } catch {
      socket.close(4400, "not JSON");
      return;
    }
    if (message?.type === "connection_init") socket.send('{"type":"connection_ack"}');
    else if (message?.type === "subscribe") subscribers.add(socket);
    else if (message?.type === "complete") subscribers.delete(socket);
  });
  socket.on("close", () => subscribers.delete(socket));
});

function broadcast(path) {
  const at = now();
  const { articleEvents } = template.data;
  const article = articleEvents.article && { ...articleEvents.article, path };
  const payload = { ...template, data: { articleEvents: { ...articleEvents, path, article } } };
  const frame = JSON.stringify({ id: "1", type: "next", payload });
  for (const socket of subscribers) socket.send(frame);
  lastSendAt = now();
  return { at, bytes: Buffer.byteLength(frame) };
}

/** Heap after full collections (finalisers get a turn in between), and the open TCP handles. */
async function heap() {
  for (let i = 0; i < 4; i++) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  const tcp = process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap").length;
  return { heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss, tcp };
}

function stop() {
  for (const socket of server.clients) socket.terminate();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}

process.on("message", async (request) => {
  let reply = {};
  if (request.type === "heap") reply = await heap();
  else if (request.type === "now") reply = { at: now() };
  else if (request.type === "lastSend") reply = { at: lastSendAt };
  else if (request.type === "subscribed") reply = { count: subscribers.size };
  else if (request.type === "broadcast") reply = broadcast(request.path);
  else if (request.type === "template") template = request.payload;
  process.send({ id: request.id, ...reply }, () => {
    if (request.type === "stop") stop();
  });
});
// The benchmark went away: nothing else would end this process.
process.on("disconnect", stop);

server.on("listening", () => {
  const { port } = server.address();
  process.send({ type: "ready", url: `ws://127.0.0.1:${port}/graphql`, at: now() });
});
