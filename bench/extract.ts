// Extraction speed: median time per article over the seeds and fixtures, for a ~10 KB article
// (seed 001 cut to 10,240 bytes; the target is <= 2 ms), and CPU per 10 KB over the whole press
// set, Vietnamese and English articles in turn as a service meets them.
//
// Machines running this are often shared and busy, so wall-clock figures drift from run to run.
// The 10 KB article is therefore also timed in CPU time, in rounds interleaved with a reference
// pass over the same text (`normalize("NFC")` + `toLowerCase()`, native code doing a trivial
// amount of work per character); the ratio of the two medians is what to compare between runs
// and machines.
//
// Each configuration runs in a child process of its own: with the Node flags `npm start` gives
// the service (bench/node-flags.ts; `--no-regexp-tier-up` among them) and with Node's defaults,
// so the table shows what the flags are worth on this machine in the same run. Prints a table
// and one JSON record.
// Run: npm run bench:extract
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { SERVICE_NODE_FLAGS } from "./node-flags.ts";

const root = path.resolve(import.meta.dirname, "..");
const read = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), "utf8") }))
    : [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

// Results go somewhere observable so that no call can be optimised away.
let sink = 0;
// Loaded by the child processes only: the parent just starts them and prints their figures.
let extractArticle: (text: string) => { meetings: unknown[] } = () => {
  throw new Error("the extractor is loaded in the child processes only");
};
const extractOnce = (text: string) => {
  sink += extractArticle(text).meetings.length;
};
const referenceOnce = (text: string) => {
  sink += text.normalize("NFC").toLowerCase().length;
};

/** Median wall-clock milliseconds of `runs` extractions of `text`, after a warm-up. */
function time(text: string, runs: number): number {
  for (let i = 0; i < 20; i++) extractOnce(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractOnce(text);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** CPU milliseconds per call of `fn`, over a batch of `n` calls. */
function cpuPerCall(fn: () => void, n: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / n;
}

/**
 * Median CPU milliseconds per extraction and per reference pass of `text`, measured in
 * `rounds` interleaved rounds so that both see the same load.
 */
function cpuAgainstReference(text: string, rounds: number): { extract: number; reference: number } {
  for (let i = 0; i < 50; i++) extractOnce(text);
  for (let i = 0; i < 1000; i++) referenceOnce(text);
  const extract: number[] = [];
  const reference: number[] = [];
  for (let r = 0; r < rounds; r++) {
    extract.push(cpuPerCall(() => extractOnce(text), 10));
    reference.push(cpuPerCall(() => referenceOnce(text), 300));
  }
  return { extract: median(extract), reference: median(reference) };
}

/** CPU milliseconds per 10 KB of text over the press set, after one pass that warms it. */
function pressCpuPer10Kb(passes: number): number {
  const dirs = ["tests/fixtures/press/dev", "tests/fixtures/press/test"].map((d) => path.join(root, d));
  const texts = dirs.flatMap((d) => read(d).map((a) => a.text));
  const kb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 10_240;
  for (const t of texts) extractOnce(t);
  const samples: number[] = [];
  for (let p = 0; p < passes; p++) {
    const before = process.cpuUsage();
    for (const t of texts) extractOnce(t);
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000 / kb);
  }
  return median(samples);
}

interface Figures {
  flags: string[];
  articles: number;
  medianMsPerArticle: number;
  medianMsPer10Kb: number;
  tenKbArticleMs: number;
  tenKbCpuMs: number;
  referenceCpuMs: number;
  ratioToReference: number;
  pressCpuMsPer10Kb: number;
  perArticle: Array<{ name: string; kb: number; ms: number }>;
}

if (process.argv[2] === "--child") {
  ({ extractArticle } = await import("../src/extract/index.ts"));
  const corpus = [...read(path.join(root, "seeds")), ...read(path.join(root, "tests/fixtures/articles"))];
  const tenKb = fs
    .readFileSync(path.join(root, "seeds/001_83f2f5ee3d553817.txt"))
    .subarray(0, 10_240)
    .toString("utf8")
    .replace(/\uFFFD+$/, "");
  const perArticle = corpus.map((a) => ({ name: a.name, kb: a.text.length / 1024, ms: time(a.text, 50) }));
  const cpu = cpuAgainstReference(tenKb, 40);
  const figures: Figures = {
    flags: process.execArgv.filter((a) => a.startsWith("--") && a !== "--import" && !a.includes("tsx")),
    articles: perArticle.length,
    medianMsPerArticle: median(perArticle.map((a) => a.ms)),
    medianMsPer10Kb: median(perArticle.map((a) => (a.ms / Math.max(a.kb, 0.1)) * 10)),
    tenKbArticleMs: time(tenKb, 200),
    tenKbCpuMs: cpu.extract,
    referenceCpuMs: cpu.reference,
    ratioToReference: cpu.extract / cpu.reference,
    pressCpuMsPer10Kb: pressCpuPer10Kb(3),
    perArticle,
  };
  if (sink <= 0) throw new Error("nothing extracted");
  console.log(JSON.stringify(figures));
  process.exit(0);
}

/** One configuration measured in a fresh process with these Node flags. */
function measure(flags: string[]): Figures {
  const out = execFileSync(process.execPath, [...flags, "--import", "tsx", import.meta.filename, "--child"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1) as string) as Figures;
}

const runs = [
  { label: "npm start's flags", figures: measure(SERVICE_NODE_FLAGS) },
  { label: "Node's defaults", figures: measure([]) },
];
const [service, plain] = runs.map((r) => r.figures) as [Figures, Figures];

console.log(
  `article                                         KB  median ms (${runs.map((r) => r.label).join(" / ")})`,
);
for (const [i, a] of service.perArticle.entries())
  console.log(
    `${a.name.padEnd(46)} ${a.kb.toFixed(1).padStart(5)} ${a.ms.toFixed(3).padStart(10)} ${(plain.perArticle[i]?.ms ?? Number.NaN).toFixed(3).padStart(10)}`,
  );
const f3 = (x: number) => x.toFixed(3);
console.log(`\n${"measure".padEnd(44)} ${runs.map((r) => r.label.padStart(18)).join(" ")}   ratio`);
const row = (name: string, pick: (f: Figures) => number) =>
  console.log(
    `${name.padEnd(44)} ${f3(pick(service)).padStart(18)} ${f3(pick(plain)).padStart(18)}   ${(pick(service) / pick(plain)).toFixed(2)}`,
  );
row(`median ms per article (${service.articles} articles)`, (f) => f.medianMsPerArticle);
row("median ms per 10 KB (same articles)", (f) => f.medianMsPer10Kb);
row("10 KB article, median ms wall clock", (f) => f.tenKbArticleMs);
row("10 KB article, ms CPU", (f) => f.tenKbCpuMs);
row("10 KB article ÷ reference pass", (f) => f.ratioToReference);
row("press set, ms CPU per 10 KB", (f) => f.pressCpuMsPer10Kb);
console.log(`flags of npm start: ${SERVICE_NODE_FLAGS.join(" ")}; target: 10 KB article <= 2 ms`);
const record = (f: Figures) => ({
  flags: f.flags,
  articles: f.articles,
  medianMsPerArticle: Number(f.medianMsPerArticle.toFixed(4)),
  medianMsPer10Kb: Number(f.medianMsPer10Kb.toFixed(4)),
  tenKbArticleMs: Number(f.tenKbArticleMs.toFixed(4)),
  tenKbCpuMs: Number(f.tenKbCpuMs.toFixed(4)),
  referenceCpuMs: Number(f.referenceCpuMs.toFixed(5)),
  ratioToReference: Number(f.ratioToReference.toFixed(1)),
  pressCpuMsPer10Kb: Number(f.pressCpuMsPer10Kb.toFixed(3)),
});
console.log(JSON.stringify({ bench: "extract", service: record(service), defaults: record(plain) }));
