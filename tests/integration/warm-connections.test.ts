import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { WARM_UP_ARTICLES } from "../../src/ingest/extract-off-thread.ts";
import { saveArticle, warmUpSave, warmUpStatements } from "../../src/store/article-store.ts";
import { STORY_LOCK_KEY } from "../../src/store/sql/constants.ts";
import { createDeferred } from "../helpers/deferred.ts";
import { useCatalogDb } from "../helpers/test-db.ts";

// Each pooled connection carries the save function's plans: a connection is warmed once, when it
// opens (or at start for those already open), before anything else runs on it.
describe("warming every connection of the pool", () => {
  const open = useCatalogDb();

  /** Checks out `n` connections at once and asks each what `query` answers. */
  async function onEachOf<T>(n: number, query: string): Promise<T[]> {
    const answers = await Promise.all(
      Array.from({ length: n }, () =>
        open().db.sql.transaction(async (tx) => {
          const rows = await tx.query<{ v: T }>(query);
          // Held a moment, so the others cannot reuse this connection.
          await tx.query("SELECT pg_sleep(0.05)");
          return rows[0]?.v as T;
        }),
      ),
    );
    return answers;
  }

  it("runs the statements on open connections now and on new ones before their first use", async () => {
    const { db, testDb } = open();
    if (!db.warmEachConnection) return expect(testDb.kind).toBe("embedded");
    await onEachOf(2, "SELECT 1 AS v");
    await db.warmEachConnection([{ text: "SELECT set_config('seedgraph.warmed', 'yes', false)" }]);
    // Six at once: the two open ones and at least four new ones, all warmed.
    const answers = await onEachOf<string>(6, "SELECT current_setting('seedgraph.warmed', true) AS v");
    expect(answers).toEqual(Array(6).fill("yes"));
    expect(db.poolStats?.().total).toBeGreaterThanOrEqual(6);
  });

  it("a failing statement does not leave the connection in a failed transaction", async () => {
    const { db } = open();
    if (!db.warmEachConnection) return;
    await db.warmEachConnection([{ text: "BEGIN" }, { text: "SELECT 1/0" }, { text: "ROLLBACK" }]);
    const answers = await onEachOf<number>(8, "SELECT 2 AS v");
    expect(answers).toEqual(Array(8).fill(2));
  });

  it("a new connection's warm-up does not wait for the story lock another transaction holds", async () => {
    const { db } = open();
    if (!db.warmEachConnection) return;
    await warmUpSave(db, extractArticle(WARM_UP_ARTICLES[0] as string));
    const taken = createDeferred();
    const release = createDeferred();
    const holding = db.sql.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${STORY_LOCK_KEY})`);
      taken.resolve();
      await release.promise;
    });
    await taken.promise;
    try {
      // Ten at once: some on new connections, each warmed with three saves that find the lock
      // taken; all answer while it is still held.
      const answers = await Promise.race([
        onEachOf<number>(10, "SELECT 3 AS v"),
        new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 20_000)),
      ]);
      expect(answers).toEqual(Array(10).fill(3));
    } finally {
      release.resolve();
      await holding;
    }
  });

  it("the save's warm-up leaves nothing behind, and saves run after it on every connection", async () => {
    const { db } = open();
    const extraction = extractArticle(WARM_UP_ARTICLES[0] as string);
    const once = ["BEGIN", "SET LOCAL lock_timeout = '50ms'", "/* seedgraph:save-article */", "ROLLBACK"];
    expect(warmUpStatements(extraction, 2).map((s) => s.text.split("\n")[0])).toEqual([...once, ...once]);
    await warmUpSave(db, extraction);
    // New connections (warmed on opening) and old ones all take saves.
    const saved = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        saveArticle(db.sql, {
          path: `warm-${i}.txt`,
          contentHash: `h${i}`,
          extraction: extractArticle(`Bài ${i}. ${WARM_UP_ARTICLES[0]}`),
        }),
      ),
    );
    expect(saved.map((s) => s.status)).toEqual(Array(8).fill("added"));
    const rows = await db.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM article WHERE path LIKE '%warm-up%'",
    );
    expect(rows[0]?.n).toBe(0);
  });
});
