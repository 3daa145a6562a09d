import { connectionProblem } from "../db/client.ts";
import type { SqlExecutor, SqlRunner } from "../db/sql.ts";
import {
  type BatchSave,
  isCurrent,
  type SaveArticleInput,
  type SaveOutcome,
  type StoredVersion,
  saveArticle,
  saveArticles,
} from "./article-store.ts";

/**
 * Saves asked for while a batch is being written wait and go together in the next one (at most
 * this many, one transaction). A commit costs a WAL flush, several milliseconds on a busy disk:
 * one per batch instead of one per article is most of what bulk ingest gains from batching.
 */
export const SAVE_BATCH_MAX = 32;

/**
 * Most article text in one batch (UTF-16 units): 32 press articles are about 150,000; 32 of the
 * largest files accepted (2 MiB each) would make a parameter of 64 MiB and more, held whole by
 * both sides, so such files go a few to a batch.
 */
export const SAVE_BATCH_MAX_CHARS = 8_000_000;

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
 * What a batcher analyses: every table of the schema, the article table on the columns the save's
 * lookups filter on only. Its search indexes are on expressions of the whole text (folded words,
 * phrase keys), which `ANALYZE article` evaluates again on every sampled row: 3.45 s of the 4.1 s a
 * full `ANALYZE` took at 2,000 articles, three times in a bulk ingest, while the saves waited;
 * these columns take 0.09 s. The expressions' statistics are the search's, left to autovacuum (or
 * an `ANALYZE` after the bulk).
 */
export const BULK_ANALYZE = `/* seedgraph:bulk-analyze */
DO $analyze$
DECLARE
  t regclass;
BEGIN
  FOR t IN SELECT c.oid::regclass FROM pg_class c
            WHERE c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = current_schema())
              AND c.relkind IN ('r', 'p')
              AND c.relname <> 'article' LOOP
    EXECUTE format('ANALYZE %s', t);
  END LOOP;
  ANALYZE article (id, path, lang, published_at, date_precision, source_id, removed_at, story_id);
END
$analyze$`;

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
  /** Most text in one batch, in UTF-16 units (default {@link SAVE_BATCH_MAX_CHARS}); one save may exceed it alone. */
  maxBatchChars?: number;
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

type Settled = BatchSave;

/**
 * Group commit for bulk ingest (`seedgraph ingest`, the start-up reconcile): one batch at a time
 * is written, in one transaction and one call of the batch save function, each save in a
 * subtransaction of its own (a savepoint each when the call cannot take the batch) so that a save
 * the database refuses fails alone while the others commit. The first save asked for is written
 * at once (a lone file waits for nobody); those asked for meanwhile form the next batch. Every save keeps its own
 * guarantees: its events are numbered in order under the story lock, which the transaction holds
 * to its commit, so a batch's events are consecutive and committed together; a promise resolves
 * only after the commit, so nothing is announced before it is stored. A lost connection (or a
 * failed commit) rejects the whole batch: none of it was stored.
 */
export function createSaveBatcher(sql: SqlRunner, options: SaveBatcherOptions = {}): SaveBatcher {
  const maxBatch = options.maxBatch ?? SAVE_BATCH_MAX;
  const maxBatchChars = options.maxBatchChars ?? SAVE_BATCH_MAX_CHARS;
  let analyzeAt = options.analyzeAfter ?? ANALYZE_AFTER;
  const waiting: Job[] = [];
  let writing = false;
  let saved = 0;

  function next(): void {
    if (writing || waiting.length === 0) return;
    writing = true;
    // At most `maxBatch` saves and, past the first, `maxBatchChars` of text: the batch is one JSON
    // parameter, held whole by this process and by the database while it is written.
    let count = 0;
    let chars = 0;
    while (count < Math.min(maxBatch, waiting.length)) {
      chars += (waiting[count] as Job).input.extraction.text.length;
      if (count > 0 && chars > maxBatchChars) break;
      count++;
    }
    const jobs = waiting.splice(0, count);
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
    await sql.exec(BULK_ANALYZE).catch(() => {});
  }

  async function write(jobs: Job[]): Promise<void> {
    let settled: Settled[];
    try {
      settled = await sql.transaction(async (tx) => {
        await tx.query(`SET LOCAL gin_pending_list_limit = '${BULK_GIN_PENDING_LIMIT}'`);
        return saveAll(tx, jobs);
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

  /**
   * The batch's saves in one call (`saveArticles`: the database runs them back to back, without
   * waiting for this thread between them); when that call fails as a whole, each on its own
   * under a savepoint, as before. Bytes already stored write nothing.
   */
  async function saveAll(tx: SqlExecutor, jobs: Job[]): Promise<Settled[]> {
    const results: Settled[] = [];
    const toSave: number[] = [];
    jobs.forEach((job, i) => {
      if (job.stored && isCurrent(job.stored, job.input.contentHash))
        results[i] = { ok: true, outcome: { status: "unchanged", articleId: job.stored.id } };
      else toSave.push(i);
    });
    if (toSave.length === 0) return results;
    await tx.query("SAVEPOINT seedgraph_batch");
    try {
      const saved = await saveArticles(
        tx,
        toSave.map((i) => (jobs[i] as Job).input),
      );
      await tx.query("RELEASE SAVEPOINT seedgraph_batch");
      toSave.forEach((i, k) => {
        results[i] = saved[k] as Settled;
      });
      return results;
    } catch (error) {
      if (connectionProblem(error) !== null) throw error;
      // A parameter the call cannot take as a whole (a NUL in a text, say): save by save.
      await tx.query("ROLLBACK TO SAVEPOINT seedgraph_batch");
    }
    for (const i of toSave) {
      const job = jobs[i] as Job;
      await tx.query("SAVEPOINT seedgraph_save");
      try {
        results[i] = { ok: true, outcome: await saveArticle(tx, job.input, job.stored) };
        await tx.query("RELEASE SAVEPOINT seedgraph_save");
      } catch (error) {
        if (connectionProblem(error) !== null) throw error;
        await tx.query("ROLLBACK TO SAVEPOINT seedgraph_save");
        results[i] = { ok: false, error };
      }
    }
    return results;
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
         WHERE am.amname = 'gin' AND c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = current_schema())`,
      );
      return rows[0]?.merged ?? 0;
    },
  };
}
