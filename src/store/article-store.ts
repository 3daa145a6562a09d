import type { Database, PrismaClient, WarmStatement } from "../db/client.ts";
import type { SqlExecutor, SqlRunner } from "../db/sql.ts";
import { type ArticleExtraction, EXTRACTOR_VERSION, STORY_THRESHOLD } from "../extract/index.ts";
import type { IngestFailure } from "../generated/prisma/client.ts";
import { partialDateToDate, precisionOf } from "./dates.ts";
import type { StoredEvent } from "./events.ts";
import { factsDocument, toStoredFingerprint } from "./facts.ts";
import { PRESENT, PRESENT_SQL } from "./present.ts";
import { SAVE_ARTICLE_SQL, SAVE_ARTICLES_SQL } from "./save-statement.ts";
import { STORY_LOCK_KEY } from "./sql/constants.ts";
import { storyBandKeys } from "./story-bands.ts";

/**
 * What saving an article did; `unchanged` means nothing was written and nothing is to be
 * published. `seq` is the committed event's sequence number.
 */
export type SaveOutcome =
  | { status: "added" | "updated"; articleId: number; seq: number; event: StoredEvent }
  | { status: "unchanged"; articleId: number };

export interface SaveArticleInput {
  /** Path relative to the seeds folder, `/`-separated. */
  path: string;
  contentHash: string;
  extraction: ArticleExtraction;
}

// Advisory lock that serialises saves (story assignment) across instances; removals take it too.
// Defined once in sql/constants.ts, from where the migration runner also writes it into the save
// function (sql/save-article.sql).
export { STORY_LOCK_KEY };

/** What is stored for a path, as far as deciding whether to re-ingest goes. */
export interface StoredVersion {
  id: number;
  contentHash: string;
  extractorVersion: string;
  removedAt: Date | null;
}

/** The stored version of `path`, or null. */
export async function findStoredVersion(sql: SqlExecutor, path: string): Promise<StoredVersion | null> {
  const rows = await sql.query<{
    id: number;
    content_hash: string;
    extractor_version: string;
    removed_at: Date | string | null;
  }>(
    `/* seedgraph:find-stored-version */
     SELECT id, content_hash, extractor_version, removed_at FROM article WHERE path = $1`,
    [path],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: Number(row.id),
    contentHash: row.content_hash,
    extractorVersion: row.extractor_version,
    removedAt: row.removed_at === null ? null : new Date(row.removed_at),
  };
}

/** A failure recorded for a path, as far as deciding whether to try the file again goes. */
export interface StoredFailure {
  code: string;
  message: string;
  contentHash: string | null;
  extractorVersion: string | null;
}

/** The stored article and the recorded failure of `path` (either may be null), in one round trip. */
export async function findPathState(
  sql: SqlExecutor,
  path: string,
): Promise<{ stored: StoredVersion | null; failure: StoredFailure | null }> {
  const rows = await sql.query<{
    id: number | null;
    content_hash: string | null;
    extractor_version: string | null;
    removed_at: Date | string | null;
    failure_code: string | null;
    failure_message: string | null;
    failure_hash: string | null;
    failure_version: string | null;
  }>(
    `/* seedgraph:find-path-state */
     SELECT a.id, a.content_hash, a.extractor_version, a.removed_at,
            f.code AS failure_code, f.message AS failure_message,
            f.content_hash AS failure_hash, f.extractor_version AS failure_version
     FROM (SELECT $1::text AS path) p
     LEFT JOIN article a ON a.path = p.path
     LEFT JOIN ingest_failure f ON f.path = p.path`,
    [path],
  );
  const row = rows[0];
  const stored =
    row && row.id !== null
      ? {
          id: Number(row.id),
          contentHash: row.content_hash as string,
          extractorVersion: row.extractor_version as string,
          removedAt: row.removed_at === null ? null : new Date(row.removed_at),
        }
      : null;
  const failure =
    row && row.failure_code !== null
      ? {
          code: row.failure_code,
          message: row.failure_message ?? "",
          contentHash: row.failure_hash,
          extractorVersion: row.failure_version,
        }
      : null;
  return { stored, failure };
}

/**
 * True when `failure` was recorded for these very bytes by this extractor version: trying them
 * again would fail the same way (a save that ran out of memory, a limit), so it is not done.
 */
export function failedBefore(failure: StoredFailure | null, contentHash: string): boolean {
  return (
    failure !== null && failure.contentHash === contentHash && failure.extractorVersion === EXTRACTOR_VERSION
  );
}

/** True when `stored` already holds these bytes, extracted by this extractor version. */
export function isCurrent(stored: StoredVersion | null, contentHash: string): boolean {
  return (
    stored !== null &&
    stored.contentHash === contentHash &&
    stored.extractorVersion === EXTRACTOR_VERSION &&
    stored.removedAt === null
  );
}

/**
 * Stores one extracted article in one transaction: upsert by path, its facts replaced as a whole,
 * its story assigned, any ingest failure for the path cleared, its event numbered. Identical
 * bytes already stored by this extractor version write nothing.
 *
 * One round trip: the story lock and the save statement run in one database function
 * (save-statement.ts). The writes of ingest go below Prisma, straight to the driver: they are on
 * the path from a file landing to its event, and Prisma's handling of a raw statement with this
 * many parameters costs about 2 ms per save.
 */
export async function saveArticle(
  sql: SqlExecutor,
  input: SaveArticleInput,
  existing?: StoredVersion | null,
): Promise<SaveOutcome> {
  const stored = existing === undefined ? await findStoredVersion(sql, input.path) : existing;
  if (stored && isCurrent(stored, input.contentHash)) return { status: "unchanged", articleId: stored.id };
  // One call, one transaction: the function takes the story lock, then saves (save-statement.ts).
  const rows = await sql.query<SavedRow>(SAVE_ARTICLE_SQL, saveParams(input));
  const row = rows[0];
  if (!row) throw new Error(`saving ${input.path} returned no event`);
  return savedOutcome(row, input.path);
}

/** The event a save returns. */
interface SavedRow {
  article_id: number;
  seq: number | string;
  kind: "ADDED" | "UPDATED";
  at: Date | string;
}

function savedOutcome(row: SavedRow, path: string): SaveOutcome {
  // An article that comes back after its file was removed is added again, not updated.
  const status = row.kind === "ADDED" ? "added" : "updated";
  const articleId = Number(row.article_id);
  const seq = Number(row.seq);
  const event = { seq, kind: row.kind, articleId, path, at: new Date(row.at) };
  return { status, articleId, seq, event };
}

/** One save of a batch: its outcome, or why the database refused it. */
export type BatchSave = { ok: true; outcome: SaveOutcome } | { ok: false; error: unknown };

/**
 * A save the database refused inside a batch call, with its SQLSTATE as `code` (as the driver's
 * errors carry it), so that failures are recorded and retried as for a single save.
 */
export class SaveRefusedError extends Error {
  readonly severity = "ERROR";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "SaveRefusedError";
  }
}

/**
 * Saves `inputs` (none of them current) in one call of `seedgraph_save_articles`, inside the
 * caller's transaction: each save in a subtransaction of its own, so one the database refuses
 * fails alone (its outcome is the error) and the others stand. Throws when the call as a whole
 * fails (a lost connection; a text the JSON parameter cannot carry, such as a NUL character):
 * then none of the batch was saved.
 */
export async function saveArticles(
  sql: SqlExecutor,
  inputs: readonly SaveArticleInput[],
): Promise<BatchSave[]> {
  const rows = await sql.query<
    { i: number; error_state: string | null; error_message: string | null } & SavedRow
  >(SAVE_ARTICLES_SQL, [saveBatchParam(inputs)]);
  if (rows.length !== inputs.length)
    throw new Error(`a batch of ${inputs.length} saves returned ${rows.length} rows`);
  return rows.map((row, k) => {
    if (Number(row.i) !== k + 1) throw new Error(`a batch of saves answered save ${row.i} in place ${k + 1}`);
    const input = inputs[k] as SaveArticleInput;
    if (row.error_state !== null)
      return { ok: false, error: new SaveRefusedError(row.error_state, row.error_message ?? "") };
    return { ok: true, outcome: savedOutcome(row, input.path) };
  });
}

/** What a save stores, by the names of the save function's parameters (without `p_`), in its order. */
function saveValues(input: SaveArticleInput) {
  const a = input.extraction.article;
  const published = partialDateToDate(a.published);
  const fingerprint = toStoredFingerprint(input.extraction.fingerprint);
  return {
    path: input.path,
    content_hash: input.contentHash,
    title: a.title,
    display_title: a.displayTitle,
    lead: a.lead,
    // The body followed by the photo captions and the headline: the text every evidence offset refers to.
    body: input.extraction.text,
    lang: a.lang,
    published: published ? published.toISOString().slice(0, 10) : null,
    date_precision: precisionOf(a.published),
    source: a.source,
    url: a.url,
    author: a.author,
    word_count: a.wordCount,
    extractor_version: EXTRACTOR_VERSION,
    fingerprint,
    band_keys: storyBandKeys(fingerprint).map(String),
    story_threshold: STORY_THRESHOLD,
    facts: factsDocument(input.extraction),
  };
}

/** The parameters of {@link SAVE_ARTICLE_SQL} for `input`. */
function saveParams(input: SaveArticleInput): unknown[] {
  const { facts, ...values } = saveValues(input);
  return [...Object.values(values), JSON.stringify(facts)];
}

/** The parameter of {@link SAVE_ARTICLES_SQL}: every save's values by name, as one JSON array. */
function saveBatchParam(inputs: readonly SaveArticleInput[]): string {
  return JSON.stringify(inputs.map(saveValues));
}

/** Thrown inside {@link warmUpSave}'s transaction to roll it back. */
class WarmUpDone extends Error {}

const WARM_UP_PATH = "\u0001seedgraph-warm-up";

/**
 * Runs the save of `extraction` and rolls it back, `rounds` times: the save function's statements
 * are planned on first use on each connection and its code paths are cold, which made the first
 * save after start cost 150–200 ms where later ones cost about 30; after one rolled-back save the
 * first real one still cost twice a later one, after three it costs what they do. Nothing stays
 * behind but the ids the rollbacks skip. On PostgreSQL every connection of the pool is warmed so,
 * now and when it opens ({@link warmUpStatements}); on the embedded database, its one connection.
 */
export async function warmUpSave(
  db: { sql: SqlRunner; warmEachConnection?: Database["warmEachConnection"] },
  extraction: ArticleExtraction,
  rounds = 3,
): Promise<void> {
  if (db.warmEachConnection) return db.warmEachConnection(warmUpStatements(extraction, rounds));
  for (let round = 0; round < rounds; round++) {
    try {
      await db.sql.transaction(async (tx) => {
        await saveArticle(tx, { path: WARM_UP_PATH, contentHash: "", extraction }, null);
        throw new WarmUpDone();
      });
    } catch (error) {
      if (!(error instanceof WarmUpDone)) throw error;
    }
  }
}

/**
 * The save of `extraction` in a transaction that is rolled back, `rounds` times, as statements to
 * queue on one connection (the ROLLBACK runs whether the save succeeded or not). A warm-up never
 * waits for the story lock: while another transaction holds it (a batch of bulk saves), the save
 * gives up after 50 ms and the connection goes to its user half warmed.
 */
export function warmUpStatements(extraction: ArticleExtraction, rounds = 3): WarmStatement[] {
  const save = {
    text: SAVE_ARTICLE_SQL,
    values: saveParams({ path: WARM_UP_PATH, contentHash: "", extraction }),
  };
  const once = [{ text: "BEGIN" }, { text: "SET LOCAL lock_timeout = '50ms'" }, save, { text: "ROLLBACK" }];
  return Array.from({ length: rounds }, () => once).flat();
}

/** Records (or replaces) why a file could not be ingested; returns the stored row. */
export async function recordFailure(
  prisma: PrismaClient,
  failure: { path: string; contentHash: string | null; code: string; message: string },
): Promise<IngestFailure> {
  const data = {
    contentHash: failure.contentHash,
    code: failure.code,
    message: failure.message,
    at: new Date(),
    extractorVersion: failure.contentHash === null ? null : EXTRACTOR_VERSION,
  };
  return prisma.ingestFailure.upsert({
    where: { path: failure.path },
    create: { path: failure.path, ...data },
    update: data,
  });
}

/**
 * Forgets the failure of a file that now reads as an article already stored (its bytes were
 * restored), which `saveArticle` skips as unchanged.
 */
export async function clearFailure(prisma: PrismaClient, path: string): Promise<void> {
  await prisma.ingestFailure.deleteMany({ where: { path } });
}

/**
 * Marks an article whose file is gone as removed, with its REMOVED event, and forgets the path's
 * ingest failure, in one transaction; returns the event's sequence number, or null when there was
 * nothing to remove. Under the story lock like a save: a save locks article rows and the event
 * counter in no fixed order within its one statement, so removals must not interleave with it.
 */
export async function markRemoved(sql: SqlRunner, path: string): Promise<number | null> {
  const rows = await sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK_KEY]);
    return tx.query<{ seq: number | string }>(
      `WITH failure_gone AS (DELETE FROM ingest_failure WHERE path = $1),
       gone AS (
         UPDATE article a SET removed_at = CURRENT_TIMESTAMP WHERE path = $1 AND ${PRESENT_SQL} RETURNING id
       ),
       -- A removed article is no story candidate; a save puts its bands back if it returns.
       bands_gone AS (DELETE FROM story_band WHERE article_id IN (SELECT id FROM gone)),
       counter AS (UPDATE event_counter SET last = last + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM gone) RETURNING last)
       INSERT INTO article_event (seq, kind, article_id, path)
       SELECT counter.last, 'REMOVED', gone.id, $1 FROM counter, gone
       RETURNING seq`,
      [path],
    );
  });
  return rows[0] ? Number(rows[0].seq) : null;
}

/**
 * Paths of every stored, not-removed article and every recorded failure (for start-up
 * reconciliation: a path among them whose file is gone is marked removed, which also forgets its
 * failure).
 */
export async function listStoredPaths(prisma: PrismaClient): Promise<string[]> {
  const [articles, failures] = await Promise.all([
    prisma.article.findMany({ where: PRESENT, select: { path: true } }),
    prisma.ingestFailure.findMany({ select: { path: true } }),
  ]);
  return [...new Set([...articles.map((r) => r.path), ...failures.map((r) => r.path)])];
}
