import path from "node:path";
import type { PrismaClient } from "../db/client.ts";
import type { SqlRunner } from "../db/sql.ts";
import { type ArticleExtraction, extractArticle } from "../extract/index.ts";
import type { IngestFailure } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import {
  clearFailure,
  findStoredVersion,
  isCurrent,
  markRemoved,
  recordFailure,
  saveArticle,
} from "../store/article-store.ts";
import type { StoredEvent } from "../store/events.ts";
import { readArticleFile } from "./reader.ts";

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
 * `IngestFailure` with a stable code; only database errors propagate (the caller retries).
 */
export async function ingestFile(deps: IngestDeps, file: string): Promise<IngestResult> {
  const rel = articlePath(deps.seedsDir, file);
  // The file and the stored version are independent: the lookup is sent first and travels while
  // the file is read (synchronously: see readArticleFile).
  const [stored, read] = await Promise.all([
    findStoredVersion(deps.sql, rel),
    readArticleFile(path.resolve(deps.seedsDir, file), { maxBytes: deps.maxFileBytes, root: deps.seedsDir }),
  ]);
  if (!read.ok)
    return failed(deps, { path: rel, contentHash: read.hash, code: read.code, message: read.message });
  if (stored && isCurrent(stored, read.hash)) {
    // The bytes may have been restored after a bad version was recorded: that failure is over.
    await clearFailure(deps.prisma, rel);
    return { path: rel, status: "unchanged", articleId: stored.id };
  }
  let extraction: ArticleExtraction;
  try {
    extraction = extractArticle(read.text);
  } catch (error) {
    const message = `extraction failed: ${(error as Error).message}`;
    return failed(deps, { path: rel, contentHash: read.hash, code: "EXTRACT_ERROR", message });
  }
  const outcome = await saveArticle(deps.sql, { path: rel, contentHash: read.hash, extraction }, stored);
  if (outcome.status !== "unchanged") {
    deps.logger.debug(`${outcome.status} ${rel}`);
    deps.onCommitted?.(outcome.seq, outcome.event);
    const { event: _event, ...result } = outcome;
    return { path: rel, ...result };
  }
  return { path: rel, ...outcome };
}

/** Records a failure, logs it and announces it after the write. */
async function failed(
  deps: IngestDeps,
  failure: { path: string; contentHash: string | null; code: string; message: string },
): Promise<IngestResult> {
  const row = await recordFailure(deps.prisma, failure);
  const line = `cannot ingest ${failure.path}: ${failure.code} ${failure.message}`;
  if (failure.code === "EXTRACT_ERROR") deps.logger.error(line);
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
