// Subscribers for the live benchmark, run on a worker thread so the server under test has the main
// thread to itself, as it would with remote clients. Plain JavaScript: worker threads do not
// inherit the TypeScript loader.
//
// workerData: { url, n, query, transport }. Opens n clients (graphql-ws, or SSE when transport is
// "sse"), each subscribed with `query`, and
// records when each event (told apart by its `path`) reaches each of them, in milliseconds since
// the epoch (performance.timeOrigin + performance.now(), comparable across threads). Posts
// { type: "arrived", path, times } once an event has reached all n, and answers
// { type: "flush", path } with whatever arrived so far. { type: "close" } disposes the clients
// and posts { type: "closed", errors }.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const { url, n, query, transport = "ws" } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** path → arrival times of an event still on its way to some subscribers. */
const arrivals = new Map();
let errors = 0;

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

function received({ data, errors: errs }) {
  if (errs) errors++;
  const path = data?.articleEvents?.path;
  if (path) arrived(path);
}

/** One SSE subscriber: a streaming POST, read frame by frame; `dispose` aborts it. */
function sseClient() {
  const stop = new AbortController();
  const done = (async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query }),
      signal: stop.signal,
    });
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
    if (!stop.signal.aborted) errors++;
  });
  return {
    dispose: async () => {
      stop.abort();
      await done;
    },
  };
}

const clients = [];
for (let i = 0; i < n; i++) {
  if (transport === "sse") {
    clients.push(sseClient());
    continue;
  }
  const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  clients.push(client);
  client.subscribe(
    { query },
    {
      next: received,
      error: () => errors++,
      complete: () => {},
    },
  );
}

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
