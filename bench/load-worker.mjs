// Load generator for the HTTP benchmarks, run on a worker thread so the server under test has
// the main thread to itself. Plain JavaScript: worker threads do not inherit the TypeScript
// loader. workerData: { url, body, seconds, concurrency, warmup }; posts back the latency of
// every request in ms and the size of the last answer in characters.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { url, body, seconds, concurrency, warmup = 50 } = workerData;

let bytes = 0;

/**
 * One request. The answer is checked as a load generator does (status, a data member, no errors
 * member), not parsed: parsing tens of kilobytes per answer would make the client the bottleneck.
 */
async function post() {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await res.text();
  if (res.status !== 200 || !text.startsWith('{"data":') || text.includes('"errors":')) {
    throw new Error(`unexpected answer (${res.status}): ${text.slice(0, 500)}`);
  }
  bytes = text.length;
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
parentPort.postMessage({ latencies, bytes });
