/**
 * How well search finds what it should: the labelled queries of tests/fixtures/search/labelled.json
 * (half on the real-press set, half on the seeds and the article fixtures), each run on a fresh
 * database holding exactly the files listed there, scored on the articles it returns:
 * - P@5: the share of the first five articles (or fewer, when fewer are found) that are relevant;
 * - R@20: the share of the relevant articles among the first 20, out of at most 20 (a query with
 *   148 relevant articles scores 1 when its first 20 are all relevant);
 * - recall: the share of the relevant articles found at all (any rank), and the `mustNot`
 *   articles found (should be none).
 * Means over the queries, per half and overall, as a table and one JSON record.
 *
 *   npx tsx scripts/eval-search.ts [--details]   # also the last part of `npm run eval`
 *
 * With DATABASE_URL it creates a scratch database on that server (and drops it); without, the
 * embedded database in a temp folder (removed afterwards).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { type Database, openDatabase } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { ingestFile } from "../src/ingest/pipeline.ts";
import { silentLogger } from "../src/logger.ts";
import { syncCatalog } from "../src/store/catalog.ts";
import { searchAll, searchArticleIds } from "../src/store/search.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The labelled set. */
export const LABELLED_FILE = path.join(ROOT, "tests/fixtures/search/labelled.json");

export type Half = "seeds" | "press";

/** One labelled query; articles are paths from the repository root. */
export interface LabelledQuery {
  query: string;
  corpus: Half;
  basis: string;
  relevant: string[];
  mustNot?: string[];
}

export interface LabelledSet {
  corpora: Record<Half, string[]>;
  queries: LabelledQuery[];
}

export interface QueryScore {
  query: string;
  corpus: Half;
  p5: number;
  r20: number;
  recall: number;
  /** `mustNot` articles found. */
  wrong: string[];
  /** The first five articles found. */
  top: string[];
  ms: number;
}

export interface MeanScore {
  queries: number;
  p5: number;
  r20: number;
  recall: number;
  wrong: number;
}

export function loadLabelled(file: string = LABELLED_FILE): LabelledSet {
  return JSON.parse(fs.readFileSync(file, "utf8")) as LabelledSet;
}

/**
 * Ingests every file of both corpora (paths from the repository root, which is the seeds folder
 * here), a few at a time: on PostgreSQL saves overlap with extraction.
 */
export async function ingestCorpora(db: Database, set: LabelledSet, concurrency = 4): Promise<number> {
  await syncCatalog(db.prisma);
  const files = [...set.corpora.seeds, ...set.corpora.press];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      const deps = { prisma: db.prisma, sql: db.sql, seedsDir: ROOT, logger: silentLogger };
      const result = await ingestFile(deps, file);
      if (result.status === "failed")
        throw new Error(`cannot ingest ${file}: ${result.code} ${result.message}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return files.length;
}

// Pages through the hits until `want` articles of the query's corpus are in hand (or none is left).
async function firstArticles(
  db: Database,
  query: string,
  corpus: ReadonlySet<string>,
  paths: Map<number, string>,
  want: number,
) {
  const found: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10 && found.length < want; page++) {
    const hits = await searchAll(db.sql, query, { first: 100, after });
    for (const hit of hits.hits) {
      const file = hit.kind === "article" ? paths.get(hit.id as number) : undefined;
      if (file && corpus.has(file)) found.push(file);
    }
    if (!hits.hasNextPage) break;
    after = hits.hits.at(-1)?.cursor ?? null;
  }
  return found.slice(0, want);
}

/** Runs every labelled query on `db` (holding the corpora) and scores it. */
export async function scoreSearch(db: Database, set: LabelledSet): Promise<QueryScore[]> {
  const rows = await db.sql.query<{ id: number; path: string }>("SELECT id, path FROM article");
  const paths = new Map(rows.map((r) => [Number(r.id), r.path]));
  const scores: QueryScore[] = [];
  for (const q of set.queries) {
    const corpus = new Set(set.corpora[q.corpus]);
    const relevant = new Set(q.relevant);
    const t0 = performance.now();
    const first = await firstArticles(db, q.query, corpus, paths, 20);
    const all = new Set((await searchArticleIds(db.sql, q.query)).map((id) => paths.get(id)));
    const ms = performance.now() - t0;
    const top = first.slice(0, 5);
    const hitsIn = (list: readonly string[]) => list.filter((f) => relevant.has(f)).length;
    scores.push({
      query: q.query,
      corpus: q.corpus,
      p5: top.length === 0 ? 0 : hitsIn(top) / top.length,
      r20: hitsIn(first) / Math.min(20, relevant.size),
      recall: q.relevant.filter((f) => all.has(f)).length / relevant.size,
      wrong: (q.mustNot ?? []).filter((f) => all.has(f)),
      top,
      ms,
    });
  }
  return scores;
}

export function meanScore(scores: readonly QueryScore[]): MeanScore {
  const mean = (f: (s: QueryScore) => number) =>
    scores.length === 0 ? 0 : Number((scores.reduce((a, s) => a + f(s), 0) / scores.length).toFixed(3));
  return {
    queries: scores.length,
    p5: mean((s) => s.p5),
    r20: mean((s) => s.r20),
    recall: mean((s) => s.recall),
    wrong: scores.reduce((a, s) => a + s.wrong.length, 0),
  };
}

/** The scratch database: on DATABASE_URL's server when set, else embedded in a temp folder. */
async function scratchDatabase(): Promise<{ db: Database; where: string; drop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-eval-search-"));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ dataDir });
    return { db, where: "embedded database", drop: async () => removeDir() };
  }
  const name = `seedgraph_eval_search_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const db = await openDatabase({ url: scratch.toString(), dataDir });
  return {
    db,
    where: `scratch database on ${scratch.host}`,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      removeDir();
    },
  };
}

const n3 = (x: number) => x.toFixed(3);

/** Builds the database, runs the labelled set, prints the table (and each query with `details`) and the JSON record. */
export async function runSearchEval(opts: { details?: boolean } = {}): Promise<Record<string, unknown>> {
  const set = loadLabelled();
  const started = performance.now();
  const { db, where, drop } = await scratchDatabase();
  try {
    await migrate(db.sql);
    const t0 = performance.now();
    const articles = await ingestCorpora(db, set);
    const ingestSeconds = (performance.now() - t0) / 1000;
    const scores = await scoreSearch(db, set);
    const querySeconds = scores.reduce((a, s) => a + s.ms, 0) / 1000;
    const halves = {
      seeds: meanScore(scores.filter((s) => s.corpus === "seeds")),
      press: meanScore(scores.filter((s) => s.corpus === "press")),
      all: meanScore(scores),
    };
    const totalSeconds = (performance.now() - started) / 1000;
    console.log(
      `\nsearch — ${scores.length} labelled queries on ${articles} articles (${where}): ` +
        `${totalSeconds.toFixed(1)} s in all, ${ingestSeconds.toFixed(1)} s ingesting, ${querySeconds.toFixed(1)} s searching`,
    );
    console.log(
      `  ${"half".padEnd(16)} ${"queries".padStart(7)} ${"P@5".padStart(6)} ${"R@20".padStart(6)} ${"recall".padStart(6)}  must-not found`,
    );
    for (const [name, m] of [
      ["seeds+fixtures", halves.seeds],
      ["press", halves.press],
      ["all", halves.all],
    ] as const) {
      console.log(
        `  ${name.padEnd(16)} ${String(m.queries).padStart(7)} ${n3(m.p5).padStart(6)} ${n3(m.r20).padStart(6)} ${n3(m.recall).padStart(6)}  ${m.wrong}`,
      );
    }
    if (opts.details) {
      for (const s of scores) {
        console.log(
          `  [${s.corpus}] ${JSON.stringify(s.query)} P@5 ${n3(s.p5)} R@20 ${n3(s.r20)} recall ${n3(s.recall)} ${s.ms.toFixed(0)} ms`,
        );
        for (const f of s.wrong) console.log(`    ! must not find ${f}`);
      }
    }
    const record = {
      queries: scores.length,
      articles,
      seconds: {
        total: Number(totalSeconds.toFixed(1)),
        ingest: Number(ingestSeconds.toFixed(1)),
        search: Number(querySeconds.toFixed(2)),
      },
      ...halves,
      perQuery: scores.map((s) => ({
        query: s.query,
        corpus: s.corpus,
        p5: Number(n3(s.p5)),
        r20: Number(n3(s.r20)),
        recall: Number(n3(s.recall)),
      })),
    };
    console.log(`\n${JSON.stringify({ search: record })}`);
    return record;
  } finally {
    await db.close();
    await drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runSearchEval({ details: process.argv.includes("--details") });
}
