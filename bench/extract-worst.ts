// Extraction time and stored size per article for hostile and ordinary inputs of 10 KB, 100 KB
// and 1.9 MB: normal-looking text (seed sentences), one meeting sentence repeated without a full
// stop, and distinct words (bench/extract-cases.ts). For each, in a child process of its own
// (a case that crashes or runs too long is reported as such, not fatal to the run): the
// extraction's time on the calling thread, the evidence it keeps, the facts document's size, and
// after a save into a scratch database, the bytes the article's rows take (pg_column_size of the
// article row, its mentions, figures, links and story bands) and the growth of those tables with
// their indexes (pg_total_relation_size, page-granular). Prints a table and one JSON record.
//
// Run: npx tsx bench/extract-worst.ts [-- sizes=10240,102400,1900000 cases=normal,repeated,distinct timeout=300]
// Database: TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) creates and
// drops a scratch database.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { extractArticle } from "../src/extract/index.ts";
import { saveArticle } from "../src/store/article-store.ts";
import { syncCatalog } from "../src/store/catalog.ts";
import { factsDocument } from "../src/store/facts.ts";
import { distinctWords, normalText, worstCases } from "./extract-cases.ts";

const CASES: Record<string, (bytes: number) => string> = {
  normal: normalText,
  repeated: (bytes) => worstCases(bytes)["sentence, no full stop"] as string,
  distinct: distinctWords,
};

const TABLES = [
  "article",
  "mention",
  "figure",
  "article_meeting",
  "article_agreement",
  "article_country",
  "article_person",
  "article_topic",
  "story_band",
];

interface Measure {
  case: string;
  bytes: number;
  extractMs?: number;
  evidence?: number;
  factsJsonBytes?: number;
  saveMs?: number;
  rowBytes?: number;
  relationBytes?: number;
  error?: string;
}

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split("=") as [string, string])) as Record<
  string,
  string | undefined
>;

/** One case in this process: extract, save, measure. */
async function measureOne(url: string, name: string, bytes: number): Promise<Measure> {
  const text = (CASES[name] as (b: number) => string)(bytes);
  const out: Measure = { case: name, bytes: Buffer.byteLength(text) };
  // Warm the extractor up (a cold process compiles it on the first call), then time the text:
  // the median of 5 runs up to 200 KB, one run above.
  const warm = normalText(10_240);
  for (let i = 0; i < 20; i++) extractArticle(warm);
  const runs: number[] = [];
  let x = extractArticle(warm);
  for (let i = 0; i < (bytes <= 200_000 ? 5 : 1); i++) {
    const t0 = performance.now();
    x = extractArticle(text);
    runs.push(performance.now() - t0);
  }
  out.extractMs = runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
  const facts = factsDocument(x) as { mentions: unknown[] };
  out.evidence = facts.mentions.length;
  try {
    out.factsJsonBytes = Buffer.byteLength(JSON.stringify(facts));
  } catch (error) {
    out.error = `facts document: ${(error as Error).message}`;
    return out;
  }
  const db = await openDatabase({ url, dataDir: os.tmpdir() });
  const relations = async () =>
    Number(
      (
        await db.sql.query<{ n: string }>(
          "SELECT sum(pg_total_relation_size(t::regclass))::bigint AS n FROM unnest($1::text[]) AS t",
          [TABLES],
        )
      )[0]?.n,
    );
  try {
    const before = await relations();
    const t1 = performance.now();
    const path = `${name}-${bytes}.txt`;
    const saved = await saveArticle(db.sql, { path, contentHash: `${name}-${bytes}`, extraction: x });
    out.saveMs = performance.now() - t1;
    out.relationBytes = (await relations()) - before;
    const id = saved.articleId;
    const rows = await db.sql.query<{ n: string }>(
      `SELECT (SELECT pg_column_size(a.*) FROM article a WHERE a.id = $1)
            + (SELECT coalesce(sum(pg_column_size(m.*)), 0) FROM mention m WHERE m.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(f.*)), 0) FROM figure f WHERE f.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(l.*)), 0) FROM article_meeting l WHERE l.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(l.*)), 0) FROM article_agreement l WHERE l.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(l.*)), 0) FROM article_country l WHERE l.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(l.*)), 0) FROM article_person l WHERE l.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(l.*)), 0) FROM article_topic l WHERE l.article_id = $1)
            + (SELECT coalesce(sum(pg_column_size(b.*)), 0) FROM story_band b WHERE b.article_id = $1) AS n`,
      [id],
    );
    out.rowBytes = Number(rows[0]?.n);
  } catch (error) {
    out.error = `save: ${(error as Error).message.slice(0, 120)}`;
  } finally {
    await db.close();
  }
  return out;
}

async function main() {
  if (args.child) {
    const [url, name, bytes] = JSON.parse(args.child) as [string, string, number];
    process.stdout.write(`${JSON.stringify(await measureOne(url, name, bytes))}\n`);
    return;
  }
  const sizes = (args.sizes ?? "10240,102400,1900000").split(",").map(Number);
  const cases = (args.cases ?? "normal,repeated,distinct").split(",");
  const timeoutS = Number(args.timeout ?? 300);
  const server = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const dbName = `seedgraph_bench_extract_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  const results: Measure[] = [];
  try {
    const db = await openDatabase({ url: url.toString(), dataDir: os.tmpdir() });
    await migrate(db.sql);
    await syncCatalog(db.prisma);
    await db.close();
    for (const size of sizes)
      for (const name of cases) {
        const child = spawnSync(
          process.execPath,
          [
            ...process.execArgv,
            fileURLToPath(import.meta.url),
            `child=${JSON.stringify([url.toString(), name, size])}`,
          ],
          { encoding: "utf8", timeout: timeoutS * 1000, maxBuffer: 1 << 20 },
        );
        const line = child.stdout.trim().split("\n").at(-1) ?? "";
        const m: Measure = line.startsWith("{")
          ? JSON.parse(line)
          : {
              case: name,
              bytes: size,
              error:
                child.error?.message.includes("ETIMEDOUT") || child.signal === "SIGTERM"
                  ? `over ${timeoutS} s`
                  : (
                      child.stderr
                        .trim()
                        .split("\n")
                        .find((l) => /Error/.test(l)) ?? `exit ${child.status}`
                    ).slice(0, 120),
            };
        results.push(m);
        const kb = (n?: number) => (n === undefined ? "-" : (n / 1024).toFixed(1));
        console.log(
          [
            m.case.padEnd(9),
            kb(m.bytes).padStart(8),
            (m.extractMs?.toFixed(0) ?? "-").padStart(8),
            String(m.evidence ?? "-").padStart(7),
            kb(m.factsJsonBytes).padStart(9),
            (m.saveMs?.toFixed(0) ?? "-").padStart(7),
            kb(m.rowBytes).padStart(9),
            kb(m.relationBytes).padStart(9),
            m.error ?? "",
          ].join(" "),
        );
      }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
  console.log(JSON.stringify({ bench: "extract-worst", results }));
}

if (!args.child) console.log("case      input KB  extr ms  evid.  facts KB save ms   rows KB   +rel KB");
await main();
