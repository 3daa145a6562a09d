// Load generator for the HTTP benchmarks, run on a worker thread so the server under test has
// the main thread to itself. Plain JavaScript: worker threads do not inherit the TypeScript
// loader. workerData: { url, body, seconds, concurrency, warmup }; posts back the latency of
// every request in ms.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { url, body, seconds, concurrency, warmup = 50 } = workerData;

async function post() {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
}

for (let i = 0; i < warmup; i++) await post();
const latencies = [];
const end = performance.now() + seconds * 1000;
async function loop() {
  while (performance.now() < end) {
    const t0 = performance.now();
    await post();
    latencies.push(performance.now() - t0);
  }
}
await Promise.all(Array.from({ length: concurrency }, loop));
parentPort.postMessage(latencies);
