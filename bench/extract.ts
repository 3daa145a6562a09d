// Extraction speed: median time per article over the seeds and fixtures, and for a ~10 KB
// article (seed 001 cut to 10,240 bytes). Prints a table and one JSON record.
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
const tenKb = {
  name: "10 KB article",
  text: seed
    .subarray(0, 10_240)
    .toString("utf8")
    .replace(/\uFFFD+$/, ""),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Median milliseconds of `runs` extractions of `text`, after a warm-up. */
function time(text: string, runs: number): number {
  for (let i = 0; i < 20; i++) extractArticle(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractArticle(text);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const perArticle = corpus.map((a) => ({ name: a.name, kb: a.text.length / 1024, ms: time(a.text, 50) }));
const corpusMedian = median(perArticle.map((a) => a.ms));
const tenKbMs = time(tenKb.text, 200);
const msPer10Kb = median(perArticle.map((a) => (a.ms / Math.max(a.kb, 0.1)) * 10));

console.log("article                                         KB     median ms");
for (const a of perArticle)
  console.log(`${a.name.padEnd(46)} ${a.kb.toFixed(1).padStart(5)} ${a.ms.toFixed(3).padStart(10)}`);
console.log(
  `\n${perArticle.length} articles: median ${corpusMedian.toFixed(3)} ms per article, ${msPer10Kb.toFixed(3)} ms per 10 KB`,
);
console.log(`10 KB article: median ${tenKbMs.toFixed(3)} ms (target <= 2 ms)`);
console.log(
  JSON.stringify({
    bench: "extract",
    articles: perArticle.length,
    medianMsPerArticle: Number(corpusMedian.toFixed(4)),
    medianMsPer10Kb: Number(msPer10Kb.toFixed(4)),
    tenKbArticleMs: Number(tenKbMs.toFixed(4)),
  }),
);
