// Extraction CPU time of this checkout against another one (a `git worktree` of an earlier
// commit), in one process: batches of the 10 KB article alternate between the two extractors,
// so both see the same machine load. On a shared machine wall-clock medians drift by a third from
// run to run; the median of the per-round ratios does not. Prints a table and one JSON record.
// Run: npx tsx bench/extract-ab.ts <path of the other checkout> [rounds]
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const other = process.argv[2];
if (!other || !fs.existsSync(path.join(other, "src/extract/index.ts"))) {
  console.error("usage: npx tsx bench/extract-ab.ts <checkout with src/extract/index.ts> [rounds]");
  process.exit(2);
}
const rounds = Number(process.argv[3] ?? 80);
type Extract = (text: string) => { meetings: unknown[] };
const base: Extract = (await import(path.join(path.resolve(other), "src/extract/index.ts"))).extractArticle;
const head: Extract = (await import(path.join(root, "src/extract/index.ts"))).extractArticle;
const tenKb = fs
  .readFileSync(path.join(root, "seeds/001_83f2f5ee3d553817.txt"))
  .subarray(0, 10_240)
  .toString("utf8")
  .replace(/\uFFFD+$/, "");

let sink = 0;
/** CPU milliseconds per extraction over a batch of `n`. */
function batch(extract: Extract, n: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) sink += extract(tenKb).meetings.length;
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / n;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

for (let i = 0; i < 10; i++) {
  batch(base, 20);
  batch(head, 20);
}
const a: number[] = [];
const b: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < rounds; i++) {
  // Alternate which goes first, so neither always runs on a warmer cache.
  let x: number;
  let y: number;
  if (i % 2) {
    x = batch(base, 25);
    y = batch(head, 25);
  } else {
    y = batch(head, 25);
    x = batch(base, 25);
  }
  a.push(x);
  b.push(y);
  ratios.push(y / x);
}
const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
const record = {
  bench: "extract-ab",
  other: path.resolve(other),
  rounds,
  otherMsCpu: Number(median(a).toFixed(3)),
  thisMsCpu: Number(median(b).toFixed(3)),
  ratio: Number(median(ratios).toFixed(3)),
  ratioOfTotals: Number((sum(b) / sum(a)).toFixed(3)),
  sink: sink > 0,
};
console.log("checkout            CPU ms per 10 KB article (median)");
console.log(`other               ${record.otherMsCpu}`);
console.log(`this                ${record.thisMsCpu}`);
console.log(`this / other        ${record.ratio} (median of ${rounds} paired rounds)`);
console.log(`this / other        ${record.ratioOfTotals} (total CPU over all rounds)`);
console.log(JSON.stringify(record));
