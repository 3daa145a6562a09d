import path from "node:path";
import { connectionProblem, type PrismaClient } from "../db/client.ts";
import type { SqlRunner } from "../db/sql.ts";
import type { ArticleExtraction } from "../extract/index.ts";
import type { IngestFailure } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import {
  clearFailure,
  failedBefore,
  findPathState,
  isCurrent,
  markRemoved,
  recordFailure,
  type SaveArticleInput,
  type SaveOutcome,
  type StoredVersion,
  saveArticle,
} from "../store/article-store.ts";
import type { StoredEvent } from "../store/events.ts";
import { extractArticleBounded } from "./extract-off-thread.ts";
import { failureReason, type IngestStage, isRetryableConflict } from "./failure-reason.ts";
import { isInvalidNameStandIn } from "./file-names.ts";
import { type ReadFailureCode, type ReadResult, readArticleFile } from "./reader.ts";

export interface IngestDeps {
  prisma: PrismaClient;
  /** Raw SQL on the same database: the article writes, below Prisma (see `saveArticle`). */
  sql: SqlRunner;
  /** Absolute seeds folder; article paths are stored relative to it. */
  seedsDir: string;
  logger: Logger;
  /** Largest file read, in bytes (default 2 MiB); bigger ones fail with `TOO_LARGE`. */
  maxFileBytes?: number;
  /**
   * Called after each commit that produced an event (publish here: never before commit), with
   * the event itself when it is at hand (saves; not removals).
   */
  onCommitted?: (seq: number, event?: StoredEvent) => void;
  /**
   * Stores an extracted article (default: `saveArticle`, one transaction each). Bulk ingest passes
   * a batcher's (store/save-batch.ts), which commits the saves of several files together.
   */
  save?: (input: SaveArticleInput, stored: StoredVersion | null) => Promise<SaveOutcome>;
  /** Called with each failure once it is recorded (announce it here); must not throw. */
  onFailure?: (failure: IngestFailure) => void;
}

/** The outcome of ingesting one file: expected results are data, never exceptions. */
export type IngestResult =
  | { path: string; status: "added" | "updated"; articleId: number; seq: number }
  | { path: string; status: "unchanged"; articleId: number }
  | { path: string; status: "failed"; code: string; message: string };

/** The stored identity of a file: its path relative to the seeds folder, `/`-separated. */
export function articlePath(seedsDir: string, file: string): string {
  return path.relative(seedsDir, path.resolve(seedsDir, file)).split(path.sep).join("/");
}

/**
 * Reads, extracts and stores one file. A file that cannot be ingested is recorded as an
 * `IngestFailure` with a stable code, whatever went wrong: a bad file, a limit, an extractor bug or
 * a statement the database refuses. Only lost connections propagate (the caller retries them).
 * Bytes that failed before under this extractor version are not tried again: the failure stays.
 */
export async function ingestFile(deps: IngestDeps, file: string): Promise<IngestResult> {
  const rel = articlePath(deps.seedsDir, file);
  let hash: string | null = null;
  let stage: IngestStage = "read";
  try {
    // The file and the stored state are independent: the lookup is sent first and travels while
    // the file is read (synchronously: see readArticleFile).
    const [{ stored, failure }, read] = await Promise.all([
      findPathState(deps.sql, rel),
      readFile(deps, file),
    ]);
    if (!read.ok) {
      const reason = { path: rel, contentHash: read.hash, code: read.code, message: read.message };
      // The same failure again (a restart, a second event for the same state): nothing to record.
      if (failure && sameFailure(failure, reason))
        return { path: rel, status: "failed", code: read.code, message: read.message };
      return await failed(deps, reason);
    }
    hash = read.hash;
    if (stored && isCurrent(stored, read.hash)) {
      // The bytes may have been restored after a bad version was recorded: that failure is over.
      if (failure) await clearFailure(deps.prisma, rel);
      return { path: rel, status: "unchanged", articleId: stored.id };
    }
    if (failure && failedBefore(failure, read.hash))
      return { path: rel, status: "failed", code: failure.code, message: failure.message };
    stage = "extract";
    const extraction: ArticleExtraction = await extractArticleBounded(read.text);
    stage = "save";
    const input = { path: rel, contentHash: read.hash, extraction };
    const outcome = await (deps.save ? deps.save(input, stored) : saveArticle(deps.sql, input, stored));
    if (outcome.status !== "unchanged") {
      deps.logger.debug(`${outcome.status} ${rel}`);
      deps.onCommitted?.(outcome.seq, outcome.event);
      const { event: _event, ...result } = outcome;
      return { path: rel, ...result };
    }
    return { path: rel, ...outcome };
  } catch (error) {
    if (connectionProblem(error) !== null || isRetryableConflict(error)) throw error;
    return failed(deps, { path: rel, contentHash: hash, ...failureReason(error, stage) }, error);
  }
}

function sameFailure(
  stored: { code: string; message: string; contentHash: string | null },
  now: { code: string; message: string; contentHash: string | null },
): boolean {
  return stored.code === now.code && stored.message === now.message && stored.contentHash === now.contentHash;
}

/** Reads `file` (below the seeds folder), never throwing: an unexpected throw is a read failure. */
async function readFile(deps: IngestDeps, file: string): Promise<ReadResult> {
  try {
    const absolute = path.resolve(deps.seedsDir, file);
    const read = await readArticleFile(absolute, { maxBytes: deps.maxFileBytes, root: deps.seedsDir });
    // Nothing opens under the stand-in of a name that is not UTF-8: say so, not "not found".
    if (!read.ok && read.code === "NOT_FOUND" && isInvalidNameStandIn(absolute))
      return {
        ok: false,
        code: "INVALID_FILE_NAME",
        message: "the file name is not valid UTF-8 (its bad bytes are shown as %XX): rename the file",
        hash: null,
      };
    return read;
  } catch (error) {
    const { code, message } = failureReason(error, "read");
    return { ok: false, code: code as ReadFailureCode, message, hash: null };
  }
}

/**
 * Records a failure, logs it and announces it after the write. An unexpected `cause` (an
 * extractor bug, a refused save) is logged as an error with its details, which the recorded
 * message leaves out.
 */
async function failed(
  deps: IngestDeps,
  failure: { path: string; contentHash: string | null; code: string; message: string },
  cause?: unknown,
): Promise<IngestResult> {
  const row = await recordFailure(deps.prisma, failure);
  const line = `cannot ingest ${failure.path}: ${failure.code} ${failure.message}`;
  if (cause !== undefined) deps.logger.error(line, cause);
  else deps.logger.warn(line);
  try {
    deps.onFailure?.(row);
  } catch (error) {
    deps.logger.warn(`cannot announce the failure of ${failure.path}`, error);
  }
  return { path: failure.path, status: "failed", code: failure.code, message: failure.message };
}

/** Handles a file that disappeared: marks its article removed and publishes after commit. */
export async function removeFile(
  deps: IngestDeps,
  file: string,
): Promise<{ path: string; seq: number | null }> {
  const rel = articlePath(deps.seedsDir, file);
  const seq = await markRemoved(deps.sql, rel);
  if (seq !== null) {
    deps.logger.debug(`removed ${rel}`);
    deps.onCommitted?.(seq);
  }
  return { path: rel, seq };
}
