// Extraction CPU time of this checkout against another one (a `git worktree` of an earlier
// commit): batches of the 10 KB article alternate between two child processes, one per
// checkout, so both see the same machine load. Each checkout runs in a process of its own: loaded
// side by side in one process, two identical checkouts measured 1.28 apart (the one imported
// second slower), which is larger than most differences this bench is asked about. On a shared
// machine wall-clock medians drift by a third from run to run; the median of the per-round CPU
// ratios does not. Prints a table and one JSON record.
// With --corpus, a batch is one pass over every seed, fixture and press article instead (the
// figure is then CPU ms per 10 KB of text): rules that only some articles reach show there.
// Run: npx tsx bench/extract-ab.ts <path of the other checkout> [rounds] [--corpus]
import { type ChildProcess, fork } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const self = import.meta.filename;

type Extract = (text: string) => { meetings: unknown[] };

if (process.argv[2] === "--worker") {
  // A worker: extract the 10 KB article in batches on request, answer with CPU ms per article.
  const checkout = process.argv[3] as string;
  const extract: Extract = (await import(path.join(checkout, "src/extract/index.ts"))).extractArticle;
  const tenKb = fs
    .readFileSync(path.join(root, "seeds/001_83f2f5ee3d553817.txt"))
    .subarray(0, 10_240)
    .toString("utf8")
    .replace(/\uFFFD+$/, "");
  // Both checkouts read the same articles: this checkout's.
  const corpus =
    process.argv[4] === "--corpus"
      ? ["seeds", "tests/fixtures/articles", "tests/fixtures/press/dev", "tests/fixtures/press/test"].flatMap(
          (d) =>
            fs
              .readdirSync(path.join(root, d))
              .filter((f) => f.endsWith(".txt"))
              .map((f) => fs.readFileSync(path.join(root, d, f), "utf8")),
        )
      : null;
  const corpusKb = corpus ? corpus.reduce((s, t) => s + Buffer.byteLength(t), 0) / 10_240 : 0;
  let sink = 0;
  process.on("message", (n: number) => {
    const before = process.cpuUsage();
    if (corpus) for (const t of corpus) sink += extract(t).meetings.length;
    else for (let i = 0; i < n; i++) sink += extract(tenKb).meetings.length;
    const used = process.cpuUsage(before);
    const per = corpus ? corpusKb : n;
    process.send?.({ ms: (used.user + used.system) / 1000 / per, sink: sink > 0 });
  });
  process.send?.({ ready: true });
} else {
  const other = process.argv[2];
  if (!other || !fs.existsSync(path.join(other, "src/extract/index.ts"))) {
    console.error("usage: npx tsx bench/extract-ab.ts <checkout with src/extract/index.ts> [rounds]");
    process.exit(2);
  }
  const corpus = process.argv.includes("--corpus");
  const rounds = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? (corpus ? 12 : 80));

  const start = (checkout: string): Promise<ChildProcess> =>
    new Promise((resolve, reject) => {
      const child = fork(self, ["--worker", checkout, ...(corpus ? ["--corpus"] : [])], {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      child.once("message", () => resolve(child));
      child.once("error", reject);
    });
  const batch = (child: ChildProcess, n: number): Promise<number> =>
    new Promise((resolve) => {
      child.once("message", (m: { ms: number }) => resolve(m.ms));
      child.send(n);
    });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

  const base = await start(path.resolve(other));
  const head = await start(root);
  for (let i = 0; i < (corpus ? 1 : 10); i++) {
    await batch(base, 20);
    await batch(head, 20);
  }
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    let x: number;
    let y: number;
    if (i % 2) {
      x = await batch(base, 25);
      y = await batch(head, 25);
    } else {
      y = await batch(head, 25);
      x = await batch(base, 25);
    }
    a.push(x);
    b.push(y);
    ratios.push(y / x);
  }
  base.kill();
  head.kill();
  const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
  const record = {
    bench: "extract-ab",
    other: path.resolve(other),
    input: corpus ? "corpus" : "seed 001, 10 KB",
    rounds,
    otherMsCpu: Number(median(a).toFixed(3)),
    thisMsCpu: Number(median(b).toFixed(3)),
    ratio: Number(median(ratios).toFixed(3)),
    ratioOfTotals: Number((sum(b) / sum(a)).toFixed(3)),
  };
  console.log(`checkout            CPU ms per 10 KB ${corpus ? "of the corpus" : "article"} (median)`);
  console.log(`other               ${record.otherMsCpu}`);
  console.log(`this                ${record.thisMsCpu}`);
  console.log(`this / other        ${record.ratio} (median of ${rounds} paired rounds)`);
  console.log(`this / other        ${record.ratioOfTotals} (total CPU over all rounds)`);
  console.log(JSON.stringify(record));
}
