// The API under hostile queries: the server's memory and a probe's latency while one long
// article's body is asked for under many aliases (issue 12: 300 aliases made a 598 MB answer
// and took 3.8 GB).
// Setup: a running server, and one article made long behind its back, e.g.
//   psql "$DATABASE_URL" -c "UPDATE article SET body = repeat('Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 bàn về kinh tế số. ', 33000) WHERE id = 1"
// Run: npx tsx bench/api-hostile.ts http://127.0.0.1:4000/graphql <server pid> [article id, default 1]
import fs from "node:fs";

const [url, pid, articleId = "1"] = process.argv.slice(2);
if (!url || !pid) throw new Error("usage: bench/api-hostile.ts URL SERVER_PID [ARTICLE_ID]");

/** The server's resident memory now and at its peak, in MB (Linux /proc). */
function memory() {
  const text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const mb = (key: string) => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024);
  return { rssMb: mb("VmRSS"), peakMb: mb("VmHWM") };
}

const id = Buffer.from(`Article:${articleId}`).toString("base64");
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: article(id: "${id}") { body }`).join(" ")} }`;

async function post(query: string) {
  const t0 = performance.now();
  const res = await fetch(url as string, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return {
    ms: Math.round(performance.now() - t0),
    bytes: text.length,
    code: /"code":"(\w+)"/.exec(text)?.[1] ?? "ok",
  };
}

console.log("server before", memory());
console.log(`300 aliases (${aliases(300).length} characters):`, await post(aliases(300)));

// A probe every 100 ms for the whole run, and the server's memory every 20 ms.
const probes: number[] = [];
let running = true;
const prober = (async () => {
  while (running) {
    probes.push((await post("{ articles { totalCount } }")).ms);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, memory().rssMb);
}, 20);
for (const concurrency of [1, 4, 8]) {
  const t0 = performance.now();
  const results = await Promise.all(Array.from({ length: concurrency }, () => post(aliases(15))));
  console.log(
    `15 aliases × ${concurrency} at once:`,
    results[0],
    `wall ${Math.round(performance.now() - t0)} ms, highest RSS so far ${peak} MB`,
  );
}
console.log("1 alias:", await post(aliases(1)));
running = false;
await prober;
clearInterval(sampler);
probes.sort((a, b) => a - b);
console.log(
  `probe: ${probes.length} answers, p50 ${probes[Math.floor(probes.length / 2)]} ms, max ${probes.at(-1)} ms`,
);
console.log("server after", memory());
