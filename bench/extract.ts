// Extraction speed: median time per article over the seeds and fixtures, and for a ~10 KB
// article (seed 001 cut to 10,240 bytes). The target is <= 2 ms per 10 KB article.
//
// Machines running this are often shared and busy, so wall-clock figures drift from run to run.
// The 10 KB article is therefore also timed in CPU time, in rounds interleaved with a reference
// pass over the same text (`normalize("NFC")` + `toLowerCase()`, native code doing a trivial
// amount of work per character); the ratio of the two medians is what to compare between runs
// and machines. Prints a table and one JSON record.
// Run: npm run bench:extract
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractArticle } from "../src/extract/index.ts";

const root = path.resolve(import.meta.dirname, "..");
const read = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), "utf8") }))
    : [];
const corpus = [...read(path.join(root, "seeds")), ...read(path.join(root, "tests/fixtures/articles"))];
const seed = fs.readFileSync(path.join(root, "seeds/001_83f2f5ee3d553817.txt"));
const tenKb = seed
  .subarray(0, 10_240)
  .toString("utf8")
  .replace(/\uFFFD+$/, "");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

// Results go somewhere observable so that no call can be optimised away.
let sink = 0;
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

const perArticle = corpus.map((a) => ({ name: a.name, kb: a.text.length / 1024, ms: time(a.text, 50) }));
const corpusMedian = median(perArticle.map((a) => a.ms));
const msPer10Kb = median(perArticle.map((a) => (a.ms / Math.max(a.kb, 0.1)) * 10));
const tenKbMs = time(tenKb, 200);
const cpu = cpuAgainstReference(tenKb, 40);
const ratio = cpu.extract / cpu.reference;

console.log("article                                         KB     median ms");
for (const a of perArticle)
  console.log(`${a.name.padEnd(46)} ${a.kb.toFixed(1).padStart(5)} ${a.ms.toFixed(3).padStart(10)}`);
console.log(
  `\n${perArticle.length} articles: median ${corpusMedian.toFixed(3)} ms per article, ${msPer10Kb.toFixed(3)} ms per 10 KB`,
);
console.log(`10 KB article: median ${tenKbMs.toFixed(3)} ms wall clock (target <= 2 ms)`);
console.log(
  `10 KB article: ${cpu.extract.toFixed(3)} ms CPU; reference NFC + toLowerCase pass ${cpu.reference.toFixed(4)} ms CPU; ratio ${ratio.toFixed(1)}`,
);
console.log(
  JSON.stringify({
    bench: "extract",
    articles: perArticle.length,
    medianMsPerArticle: Number(corpusMedian.toFixed(4)),
    medianMsPer10Kb: Number(msPer10Kb.toFixed(4)),
    tenKbArticleMs: Number(tenKbMs.toFixed(4)),
    tenKbCpuMs: Number(cpu.extract.toFixed(4)),
    referenceCpuMs: Number(cpu.reference.toFixed(5)),
    ratioToReference: Number(ratio.toFixed(1)),
    sink: sink > 0,
  }),
);
