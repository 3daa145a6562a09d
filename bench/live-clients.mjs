// Subscribers for the live benchmark, run on a worker thread of the benchmark's process so the
// server under test (a child process) is measured without them. Plain JavaScript: worker threads
// do not inherit the TypeScript loader.
//
// workerData: { url, n, query, transport, connectBatch }. Opens n clients (graphql-ws, or SSE
// when transport is "sse"), `connectBatch` at a time (default 250: thousands of handshakes at
// once overflow the listen backlog), each subscribed with `query`, and posts
// { type: "connected", connected, errors } once every one has connected or failed. The same
// graphql-ws clients serve seedgraph and the bare `ws` peer (bench/live-peer.mjs), which speaks
// just enough of the protocol for them, so both servers are measured with identical client work;
// every client names its subscription "1", so the peer can send one frame to all of them.
// It records when each event (told apart by its `path`) reaches each client, in milliseconds since
// the epoch (performance.timeOrigin + performance.now(), comparable across threads and, to well
// under a millisecond, across processes). Posts { type: "sample", payload } with the first event
// received (its size is what the peer sends), { type: "arrived", path, times } once an event has
// reached all n, and answers { type: "flush", path } with whatever arrived so far.
// { type: "close" } disposes the clients and posts { type: "closed", errors }.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const { url, n, query, transport = "ws", connectBatch = 250 } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** path → arrival times of an event still on its way to some subscribers. */
const arrivals = new Map();
let errors = 0;
let sampled = false;

function arrived(path) {
  let times = arrivals.get(path);
  if (!times) {
    times = [];
    arrivals.set(path, times);
  }
  times.push(now());
  if (times.length === n) {
    arrivals.delete(path);
    parentPort.postMessage({ type: "arrived", path, times });
  }
}

function received(result) {
  if (result.errors) errors++;
  const path = result.data?.articleEvents?.path;
  if (!path) return;
  arrived(path);
  if (!sampled) {
    sampled = true;
    parentPort.postMessage({ type: "sample", payload: result });
  }
}

/** One SSE subscriber: a streaming POST, read frame by frame; `dispose` aborts it. */
function sseClient() {
  const stop = new AbortController();
  let opened;
  const open = new Promise((resolve) => {
    opened = resolve;
  });
  const done = (async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query }),
      signal: stop.signal,
    });
    opened(true);
    const decoder = new TextDecoder();
    let pending = "";
    for await (const chunk of response.body) {
      pending += decoder.decode(chunk, { stream: true });
      let cut = pending.indexOf("\n\n");
      while (cut >= 0) {
        const frame = pending.slice(0, cut);
        pending = pending.slice(cut + 2);
        const data = frame.split("\n").find((line) => line.startsWith("data: "));
        if (data) received(JSON.parse(data.slice(6)));
        cut = pending.indexOf("\n\n");
      }
    }
  })().catch(() => {
    opened(false);
    if (!stop.signal.aborted) errors++;
  });
  return {
    open,
    dispose: async () => {
      stop.abort();
      await done;
    },
  };
}

/** One graphql-ws subscriber; `open` resolves true once the server acknowledged it. */
function wsClient() {
  let opened;
  const open = new Promise((resolve) => {
    opened = resolve;
  });
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    generateID: () => "1",
    on: { connected: () => opened(true), closed: () => opened(false), error: () => opened(false) },
  });
  client.subscribe({ query }, { next: received, error: () => errors++, complete: () => {} });
  return { open, dispose: () => client.dispose() };
}

const clients = [];
parentPort.on("message", async (message) => {
  if (message.type === "flush") {
    const times = arrivals.get(message.path) ?? [];
    arrivals.delete(message.path);
    parentPort.postMessage({ type: "arrived", path: message.path, times });
  } else if (message.type === "close") {
    await Promise.all(clients.map((c) => c.dispose()));
    parentPort.postMessage({ type: "closed", errors });
  }
});

let connected = 0;
for (let i = 0; i < n; i += connectBatch) {
  const batch = [];
  for (let j = i; j < Math.min(n, i + connectBatch); j++) {
    const client = transport === "sse" ? sseClient() : wsClient();
    clients.push(client);
    batch.push(client.open);
  }
  for (const ok of await Promise.all(batch)) if (ok) connected++;
}
parentPort.postMessage({ type: "connected", connected, errors });
