import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import type { SqlExecutor } from "../../src/db/sql.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { failureReason } from "../../src/ingest/failure-reason.ts";
import type { SaveOutcome } from "../../src/store/article-store.ts";
import { warmUpSave } from "../../src/store/article-store.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import { createSaveBatcher } from "../../src/store/save-batch.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");
const texts = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));

describe.each(["postgres", "embedded"] as const)("saves committed in batches (%s)", (kind) => {
  let testDb: TestDb;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDb({ embedded: kind === "embedded" });
    db = await testDb.open();
    await syncCatalog(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it("warms the save up without leaving an article, an event or a meeting behind", async () => {
    await warmUpSave(db, extractArticle(texts[3] as string));
    const counts = await db.sql.query<{ articles: number; events: number; meetings: number; last: number }>(
      `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM article_event)::int AS events,
              (SELECT count(*) FROM meeting)::int AS meetings, (SELECT last FROM event_counter)::int AS last`,
    );
    expect(counts).toEqual([{ articles: 0, events: 0, meetings: 0, last: 0 }]);
  });

  it("commits the saves asked for meanwhile together, numbers their events without gaps and fails a refused save alone", async () => {
    const batcher = createSaveBatcher(db.sql);
    const input = (name: string, text: string) => ({
      path: name,
      contentHash: `hash-${name}`,
      extraction: extractArticle(text),
    });
    // What another connection sees when each save resolves: a save resolves after its commit.
    const seenAtResolve: Record<string, boolean> = {};
    const visible = async (p: string) =>
      testDb.url
        ? (await pgCount(testDb.url, p)) === 1
        : (await db.sql.query("SELECT 1 FROM article WHERE path = $1", [p])).length === 1;
    const save = (name: string, text: string) =>
      batcher.save(input(name, text), null).then(async (outcome) => {
        seenAtResolve[name] = await visible(name);
        return outcome;
      });
    // The first is written at once; the others wait for it and go together, the refused one among
    // them (PostgreSQL refuses a NUL character in text).
    const settled = await Promise.allSettled([
      save("first.txt", texts[0] as string),
      save("second.txt", texts[1] as string),
      save("bad\u0000name.txt", texts[2] as string),
      save("third.txt", texts[3] as string),
      save("fourth.txt", texts[4] as string),
    ]);
    expect(settled.map((s) => s.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    const outcomes = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value as SaveOutcome] : []));
    expect(outcomes.map((o) => o.status)).toEqual(["added", "added", "added", "added"]);
    const seqs = outcomes.map((o) => (o.status === "unchanged" ? 0 : o.seq));
    expect(seqs).toEqual([
      seqs[0],
      (seqs[0] as number) + 1,
      (seqs[0] as number) + 2,
      (seqs[0] as number) + 3,
    ]);
    expect(seenAtResolve).toEqual({
      "first.txt": true,
      "second.txt": true,
      "third.txt": true,
      "fourth.txt": true,
    });
    // One transaction for the first, one for the other three: an event's time is its
    // transaction's start (CURRENT_TIMESTAMP), the same for every event of one batch.
    const events = await db.sql.query<{ seq: number; path: string; at: string }>(
      "SELECT seq::int AS seq, path, at::text AS at FROM article_event ORDER BY seq",
    );
    expect(events.map((e) => e.path)).toEqual(["first.txt", "second.txt", "third.txt", "fourth.txt"]);
    expect(events.map((e) => e.seq)).toEqual(seqs);
    const at = events.map((e) => e.at);
    expect(at[0]).not.toBe(at[1]);
    expect(new Set(at.slice(1)).size).toBe(1);
  });

  it("saves a batch in one call, a save the database refuses inside it failing alone with its SQLSTATE", async () => {
    const input = (name: string, text: string, wordCount?: number) => {
      const extraction = extractArticle(text);
      // A count no integer column holds: the call takes it, the save inside it is refused.
      if (wordCount !== undefined) extraction.article.wordCount = wordCount;
      return { path: name, contentHash: `hash-${name}`, extraction };
    };
    const calls: string[] = [];
    const counting = {
      ...db.sql,
      transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
        db.sql.transaction((tx) =>
          fn({
            exec: (script) => tx.exec(script),
            query: (text, params) => {
              calls.push(text);
              return tx.query(text, params);
            },
          }),
        ),
    } as typeof db.sql;
    const counted = createSaveBatcher(counting);
    const settled = await Promise.allSettled([
      counted.save(input("batch-a.txt", texts[0] as string), null),
      counted.save(input("batch-b.txt", texts[1] as string), null),
      counted.save(input("batch-c.txt", texts[2] as string, 3_000_000_000), null),
      counted.save(input("batch-d.txt", texts[3] as string), null),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    const refused = (settled[2] as PromiseRejectedResult).reason as { code: string; severity: string };
    expect(refused.code).toBe("22003");
    expect(failureReason(refused, "save")).toMatchObject({ code: "SAVE_FAILED" });
    // The first alone, then b, c and d: one call each, no statement per save.
    expect(calls.filter((c) => c.includes("seedgraph:save-articles"))).toHaveLength(2);
    expect(
      calls.filter((c) => c.includes("seedgraph:save-article */") || c.includes("SAVEPOINT seedgraph_save")),
    ).toEqual([]);
    const stored = await db.sql.query<{ path: string }>(
      "SELECT path FROM article WHERE path LIKE 'batch-%' ORDER BY path",
    );
    expect(stored.map((r) => r.path)).toEqual(["batch-a.txt", "batch-b.txt", "batch-d.txt"]);
  });

  it("keeps to its largest batch and saves an article again as an update", async () => {
    const batcher = createSaveBatcher(db.sql, { maxBatch: 2 });
    const again = await Promise.all(
      ["first.txt", "second.txt", "third.txt"].map((p, i) =>
        batcher.save(
          { path: p, contentHash: `changed-${p}`, extraction: extractArticle(`${texts[i]}\nĐã sửa.`) },
          null,
        ),
      ),
    );
    expect(again.map((o) => o.status)).toEqual(["updated", "updated", "updated"]);
    const at = (
      await db.sql.query<{ at: string }>(
        "SELECT at::text AS at FROM article_event WHERE kind = 'UPDATED' ORDER BY seq",
      )
    ).map((r) => r.at);
    // first alone, then second and third together (at most 2 a batch).
    expect(at).toHaveLength(3);
    expect(at[0]).not.toBe(at[1]);
    expect(at[1]).toBe(at[2]);
  });

  it("keeps to its most text a batch, a save larger than that going alone", async () => {
    // Room for one seed's text a batch: three saves asked for together go in three batches.
    const extraction = extractArticle(texts[0] as string);
    const batcher = createSaveBatcher(db.sql, { maxBatchChars: 2 * extraction.text.length - 1 });
    const paths = ["chars-1.txt", "chars-2.txt", "chars-3.txt"];
    await Promise.all(paths.map((p) => batcher.save({ path: p, contentHash: p, extraction }, null)));
    const at = await db.sql.query<{ at: string }>(
      "SELECT DISTINCT at::text AS at FROM article_event WHERE path LIKE 'chars-%'",
    );
    expect(at).toHaveLength(3);
  });

  it("merges the search indexes' pending entries once the saves asked for are written", async () => {
    const batcher = createSaveBatcher(db.sql);
    const done: string[] = [];
    const save = (p: string, i: number) =>
      batcher
        .save({ path: p, contentHash: p, extraction: extractArticle(texts[i] as string) }, null)
        .then(() => done.push(p));
    const saves = [save("pending-1.txt", 0), save("pending-2.txt", 1), save("pending-3.txt", 2)];
    const merged = await batcher.finish();
    // Every save was written before the merge.
    expect(done.sort()).toEqual(["pending-1.txt", "pending-2.txt", "pending-3.txt"]);
    await Promise.all(saves);
    const gin = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace`,
    );
    expect(merged).toBe(gin[0]?.n);
    expect(merged).toBeGreaterThanOrEqual(5);
  });

  it("has the tables analysed once enough has been saved, so the lookups' plans see their sizes", async () => {
    const analysed = async () =>
      (
        await db.sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('mention', 'meeting', 'story_band') AND reltuples >= 0",
        )
      )[0]?.n;
    expect(await analysed()).toBe(0);
    const batcher = createSaveBatcher(db.sql, { analyzeAfter: 2 });
    const save = (p: string, i: number) =>
      batcher.save({ path: p, contentHash: p, extraction: extractArticle(texts[i] as string) }, null);
    await save("analyse-1.txt", 0);
    expect(await analysed()).toBe(0);
    await save("analyse-2.txt", 1);
    // The statistics are taken before the next batch is written.
    await save("analyse-3.txt", 2);
    expect(await analysed()).toBe(3);
    // The article table on the columns the lookups filter on, not on its search indexes' text
    // expressions (the costly part of analysing it).
    const stats = await db.sql.query<{ tablename: string; attname: string }>(
      `SELECT tablename::text, attname::text FROM pg_stats
        WHERE schemaname = current_schema() AND (tablename = 'article' OR tablename LIKE 'article\\_search%')`,
    );
    expect(stats.filter((r) => r.tablename === "article").map((r) => r.attname)).toEqual(
      expect.arrayContaining(["path", "story_id", "removed_at"]),
    );
    expect(stats.filter((r) => r.tablename !== "article" || r.attname === "body")).toEqual([]);
  });
});

async function pgCount(url: string, p: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM article WHERE path = $1", [p])).rowCount ?? 0;
  } finally {
    await client.end();
  }
}
