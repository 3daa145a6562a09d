import { connectionProblem } from "../db/client.ts";
import type { SqlRunner } from "../db/sql.ts";
import { type SaveArticleInput, type SaveOutcome, type StoredVersion, saveArticle } from "./article-store.ts";

/**
 * Saves asked for while a batch is being written wait and go together in the next one (at most
 * this many, one transaction). A commit costs a WAL flush, several milliseconds on a busy disk:
 * one per batch instead of one per article is most of what bulk ingest gains from batching.
 */
export const SAVE_BATCH_MAX = 32;

/**
 * Saves after which a batcher first has the tables analysed, then each time the number saved has
 * doubled. The save's lookups (a relation's meeting through its mention, the story candidates)
 * pick their indexes from the tables' statistics; without any (the embedded database never
 * analyses on its own, and a server may run without autovacuum) the meeting lookup read every
 * meeting mention, and a save at 10,000 articles cost 42.6 ms against 24.0 at 2,000 (after
 * `ANALYZE`, the lookup takes 0.17 ms instead of 19).
 */
export const ANALYZE_AFTER = 500;

/**
 * Room for the search indexes' pending entries during a batch (PostgreSQL's default is 4 MB). The
 * trigram indexes take new entries into a pending list that the inserting transaction merges
 * whenever it is full; with a larger list the merges come seldom and in bigger, cheaper runs:
 * `npm run bench:ingest -- articles=2000`, three paired runs: 33.0–37.3 s against 39.5–41.8 s,
 * PostgreSQL CPU 19.5–21.5 s against 23.4–25.1 s. {@link SaveBatcher.finish} merges what is left.
 */
export const BULK_GIN_PENDING_LIMIT = "64MB";

export interface SaveBatcherOptions {
  /** Largest batch (default {@link SAVE_BATCH_MAX}). */
  maxBatch?: number;
  /** Saves before the first `ANALYZE` (default {@link ANALYZE_AFTER}); doubled after each. */
  analyzeAfter?: number;
}

export interface SaveBatcher {
  /** Saves `input` in the next batch; resolves once that batch has committed. */
  save(input: SaveArticleInput, stored: StoredVersion | null): Promise<SaveOutcome>;
  /**
   * Once the saves asked for are written, merges the search indexes' pending entries, so that
   * searches after a bulk ingest do not read a long pending list; resolves with the number of
   * indexes merged. Call it when the bulk is done.
   */
  finish(): Promise<number>;
}

interface Job {
  input: SaveArticleInput;
  stored: StoredVersion | null;
  resolve: (outcome: SaveOutcome) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; outcome: SaveOutcome } | { ok: false; error: unknown };

/**
 * Group commit for bulk ingest (`seedgraph ingest`, the start-up reconcile): one batch at a time
 * is written, in one transaction, each save under a savepoint so that a save the database refuses
 * fails alone while the others commit. The first save asked for is written at once (a lone file
 * waits for nobody); those asked for meanwhile form the next batch. Every save keeps its own
 * guarantees: its events are numbered in order under the story lock, which the transaction holds
 * to its commit, so a batch's events are consecutive and committed together; a promise resolves
 * only after the commit, so nothing is announced before it is stored. A lost connection (or a
 * failed commit) rejects the whole batch: none of it was stored.
 */
export function createSaveBatcher(sql: SqlRunner, options: SaveBatcherOptions = {}): SaveBatcher {
  const maxBatch = options.maxBatch ?? SAVE_BATCH_MAX;
  let analyzeAt = options.analyzeAfter ?? ANALYZE_AFTER;
  const waiting: Job[] = [];
  let writing = false;
  let saved = 0;

  function next(): void {
    if (writing || waiting.length === 0) return;
    writing = true;
    const jobs = waiting.splice(0, maxBatch);
    void write(jobs)
      .then(analyzeWhenDue)
      .finally(() => {
        writing = false;
        next();
        if (!writing && waiting.length === 0) for (const resolve of idle.splice(0)) resolve();
      });
  }

  /** Statistics for the next batches' plans, once enough has been saved since the last time. */
  async function analyzeWhenDue(): Promise<void> {
    if (saved < analyzeAt) return;
    analyzeAt = saved * 2;
    // Only a help to the planner: a failure (the connection went, say) leaves the saves as they are.
    await sql.exec("ANALYZE").catch(() => {});
  }

  async function write(jobs: Job[]): Promise<void> {
    let settled: Settled[];
    try {
      settled = await sql.transaction(async (tx) => {
        await tx.query(`SET LOCAL gin_pending_list_limit = '${BULK_GIN_PENDING_LIMIT}'`);
        const results: Settled[] = [];
        for (const job of jobs) {
          await tx.query("SAVEPOINT seedgraph_save");
          try {
            results.push({ ok: true, outcome: await saveArticle(tx, job.input, job.stored) });
            await tx.query("RELEASE SAVEPOINT seedgraph_save");
          } catch (error) {
            if (connectionProblem(error) !== null) throw error;
            await tx.query("ROLLBACK TO SAVEPOINT seedgraph_save");
            results.push({ ok: false, error });
          }
        }
        return results;
      });
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const result = settled[i] as Settled;
      if (result.ok && result.outcome.status !== "unchanged") saved++;
      if (result.ok) job.resolve(result.outcome);
      else job.reject(result.error);
    });
  }

  /** Callers of `finish` waiting for the saves asked for to be written. */
  const idle: Array<() => void> = [];
  const drained = () =>
    writing || waiting.length > 0 ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve();

  return {
    save(input, stored) {
      return new Promise<SaveOutcome>((resolve, reject) => {
        waiting.push({ input, stored, resolve, reject });
        next();
      });
    },
    async finish() {
      await drained();
      const rows = await sql.query<{ merged: number }>(
        `/* seedgraph:merge-search-pending */
         SELECT count(gin_clean_pending_list(i.indexrelid::regclass))::int AS merged
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid
         JOIN pg_am am ON am.oid = c.relam
         WHERE am.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace`,
      );
      return rows[0]?.merged ?? 0;
    },
  };
}
