// The seeds watcher beside chokidar 5 as it comes, the library a user would pick instead, in one
// run and on the same folder: how soon a new file is reported and what watching costs.
//
// For each round, each watcher (in a child process of its own, in turn, order alternating by
// round) watches a folder that already holds N article files (default 5,000); then a stream of S
// files (default 300) is renamed in, one every 10 ms, like an export or a sync tool; at the middle
// of the stream a sub-folder is made and one file renamed into it. Measured per watcher:
// - latency from each rename to the report of the file (seedgraph: `upsert`; chokidar: `add`),
//   p50 / p99 / max, and for the file in the new sub-folder;
// - CPU (user + sys of the child) from the stream's start until every file was reported;
// - files reported: every file must be, once (a watcher that misses one fails the run).
// chokidar runs with the options the seeds watcher would need from it (`ignoreInitial`, the same
// ignored names, links not followed); it is installed by this bench into bench/peers/chokidar.
// Prints a table per round, the medians over rounds with ratios, and one JSON record.
// Run: npx tsx bench/watch.ts [files=5000] [stream=300] [rounds=3]
import { type ChildProcess, fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { isIgnoredName } from "../src/ingest/files.ts";
import { seenNow } from "../src/ingest/first-seen.ts";
import { watchSeeds } from "../src/ingest/watcher.ts";
import { installedPeer } from "./peers.ts";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split("=") as [string, string]));
const WATCHERS = ["seedgraph", "chokidar"] as const;
type WatcherName = (typeof WATCHERS)[number];

/** What a child says: ready, a file reported, or its CPU so far (milliseconds). */
type FromChild = { ready: true } | { path: string; at: number } | { cpuMs: number };

async function child(watcher: WatcherName, dir: string): Promise<void> {
  const say = (message: FromChild) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const reported = (file: string) => say({ path: file, at: seenNow() });
  if (watcher === "seedgraph") {
    await watchSeeds(dir, (event) => event.kind === "upsert" && reported(event.path));
  } else {
    const peer = installedPeer("chokidar");
    const { watch } = await import(pathToFileURL(path.join(peer, "node_modules/chokidar/index.js")).href);
    const w = watch(dir, {
      ignoreInitial: true,
      ignored: (file: string) => file !== dir && isIgnoredName(path.basename(file)),
      followSymlinks: false,
    });
    w.on("add", reported);
    w.on("change", reported);
    await new Promise((resolve) => w.once("ready", resolve));
  }
  say({ ready: true });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== "cpu") continue;
    const { user, system } = process.cpuUsage();
    say({ cpuMs: (user + system) / 1000 });
  }
  process.exit(0);
}

interface Run {
  watcher: WatcherName;
  round: number;
  p50: number;
  p99: number;
  max: number;
  subfolderMs: number;
  cpuMs: number;
  streamMs: number;
  reported: number;
}

async function main(): Promise<void> {
  const files = Number(args.files ?? 5000);
  const stream = Number(args.stream ?? 300);
  const rounds = Number(args.rounds ?? 3);
  installedPeer("chokidar");
  const runs: Run[] = [];
  console.log(`${files} files in the folder, ${stream} renamed in one per 10 ms, ${rounds} rounds`);
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? WATCHERS : [...WATCHERS].reverse();
    for (const watcher of order) runs.push(await measure(watcher, round, files, stream));
    printTable(runs.filter((r) => r.round === round));
  }
  const summary = Object.fromEntries(
    WATCHERS.map((w) => {
      const mine = runs.filter((r) => r.watcher === w);
      const med = (key: keyof Run) => median(mine.map((r) => r[key] as number));
      return [
        w,
        {
          p50: med("p50"),
          p99: med("p99"),
          max: med("max"),
          subfolderMs: med("subfolderMs"),
          cpuMs: med("cpuMs"),
        },
      ];
    }),
  ) as unknown as Record<WatcherName, Record<string, number>>;
  const ratio = (key: string) =>
    round3((summary.seedgraph[key] as number) / (summary.chokidar[key] as number));
  console.log("\nmedians over rounds (ratio = seedgraph / chokidar; below 1 is better)");
  console.log("watcher   | p50 ms | p99 ms | max ms | sub-folder ms | CPU ms");
  for (const w of WATCHERS) {
    const s = summary[w];
    console.log(
      `${w.padEnd(9)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${fmt(s.max)} | ${fmt(s.subfolderMs, 13)} | ${fmt(s.cpuMs)}`,
    );
  }
  const ratios = {
    p50: ratio("p50"),
    p99: ratio("p99"),
    subfolderMs: ratio("subfolderMs"),
    cpuMs: ratio("cpuMs"),
  };
  console.log(
    `ratio     | ${fmt(ratios.p50)} | ${fmt(ratios.p99)} |        | ${fmt(ratios.subfolderMs, 13)} | ${fmt(ratios.cpuMs)}`,
  );
  console.log(
    JSON.stringify({ bench: "watch", files, stream, rounds, load: os.loadavg()[0], summary, ratios, runs }),
  );
}

async function measure(watcher: WatcherName, round: number, files: number, stream: number): Promise<Run> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bench-watch-")));
  for (let i = 0; i < files; i++)
    fs.writeFileSync(path.join(dir, `old-${i}.txt`), `article ${i}\n`.repeat(40));
  const proc = fork(import.meta.filename, ["role=child", `watcher=${watcher}`, `dir=${dir}`], {
    execArgv: process.execArgv,
    stdio: ["pipe", "pipe", "inherit", "ipc"],
  });
  try {
    const messages = lines(proc);
    await until(messages, (m) => "ready" in m);
    const cpuBefore = await cpu(proc, messages);
    const renamedAt = new Map<string, number>();
    const started = seenNow();
    for (let i = 0; i < stream; i++) {
      if (i === Math.floor(stream / 2)) {
        fs.mkdirSync(path.join(dir, "2026", "12"), { recursive: true });
        renameIn(dir, path.join("2026", "12", "inside.txt"), renamedAt);
      }
      renameIn(dir, `new-${i}.txt`, renamedAt);
      await sleep(10);
    }
    const reportedAt = new Map<string, number>();
    while (reportedAt.size < renamedAt.size) {
      const m = await until(messages, (x) => "path" in x, 30_000);
      if ("path" in m && renamedAt.has(m.path) && !reportedAt.has(m.path)) reportedAt.set(m.path, m.at);
    }
    const cpuMs = (await cpu(proc, messages)) - cpuBefore;
    const latencies = [...renamedAt]
      .map(([file, at]) => (reportedAt.get(file) as number) - at)
      .sort((a, b) => a - b);
    const inside = path.join(dir, "2026", "12", "inside.txt");
    return {
      watcher,
      round,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: latencies.at(-1) as number,
      subfolderMs: (reportedAt.get(inside) as number) - (renamedAt.get(inside) as number),
      cpuMs,
      streamMs: seenNow() - started,
      reported: reportedAt.size,
    };
  } finally {
    proc.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function renameIn(dir: string, rel: string, renamedAt: Map<string, number>): void {
  const target = path.join(dir, rel);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  fs.writeFileSync(temp, `fresh article ${rel}\n`.repeat(40));
  fs.renameSync(temp, target);
  renamedAt.set(target, seenNow());
}

/** The child's messages, one per line, as they come. */
function lines(proc: ChildProcess): AsyncIterator<FromChild> {
  const rl = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
  const it = rl[Symbol.asyncIterator]();
  return {
    async next() {
      const r = await it.next();
      return r.done ? r : { done: false, value: JSON.parse(r.value) as FromChild };
    },
  };
}

async function until(
  messages: AsyncIterator<FromChild>,
  wanted: (m: FromChild) => boolean,
  timeoutMs = 60_000,
): Promise<FromChild> {
  const deadline = sleep(timeoutMs).then(() => {
    throw new Error(`no answer from the watcher within ${timeoutMs} ms`);
  });
  for (;;) {
    const r = await Promise.race([messages.next(), deadline]);
    if (r.done) throw new Error("the watcher process ended");
    if (wanted(r.value)) return r.value;
  }
}

async function cpu(proc: ChildProcess, messages: AsyncIterator<FromChild>): Promise<number> {
  proc.stdin?.write("cpu\n");
  const m = await until(messages, (x) => "cpuMs" in x);
  return (m as { cpuMs: number }).cpuMs;
}

function printTable(runs: Run[]): void {
  console.log(`\nround ${runs[0]?.round}`);
  console.log("watcher   | p50 ms | p99 ms | max ms | sub-folder ms | CPU ms | stream ms | reported");
  for (const r of runs)
    console.log(
      `${r.watcher.padEnd(9)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.subfolderMs, 13)} | ${fmt(r.cpuMs)} | ${fmt(r.streamMs, 9)} | ${r.reported}`,
    );
}

const fmt = (x: number | undefined, width = 6) => (x === undefined ? "-" : x.toFixed(1)).padStart(width);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

// Last: the helpers above are initialised by now.
if (args.role === "child") await child(args.watcher as WatcherName, args.dir as string);
else await main();
