import path from "node:path";
import type { PrismaClient } from "../db/client.ts";
import { extractArticle } from "../extract/index.ts";
import type { Logger } from "../logger.ts";
import {
  findStoredVersion,
  isCurrent,
  markRemoved,
  recordFailure,
  saveArticle,
} from "../store/article-store.ts";
import { readArticleFile } from "./reader.ts";

export interface IngestDeps {
  prisma: PrismaClient;
  /** Absolute seeds folder; article paths are stored relative to it. */
  seedsDir: string;
  logger: Logger;
  maxFileBytes?: number;
  /** Called after each commit that produced an event (publish here: never before commit). */
  onCommitted?: (seq: number) => void;
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
  const read = await readArticleFile(path.resolve(deps.seedsDir, file), deps.maxFileBytes);
  if (!read.ok) {
    await recordFailure(deps.prisma, {
      path: rel,
      contentHash: read.hash,
      code: read.code,
      message: read.message,
    });
    deps.logger.warn(`cannot ingest ${rel}: ${read.code} ${read.message}`);
    return { path: rel, status: "failed", code: read.code, message: read.message };
  }
  const stored = await findStoredVersion(deps.prisma, rel);
  if (stored && isCurrent(stored, read.hash)) return { path: rel, status: "unchanged", articleId: stored.id };
  let extraction: ReturnType<typeof extractArticle>;
  try {
    extraction = extractArticle(read.text);
  } catch (error) {
    const message = `extraction failed: ${(error as Error).message}`;
    await recordFailure(deps.prisma, { path: rel, contentHash: read.hash, code: "EXTRACT_ERROR", message });
    deps.logger.error(`cannot ingest ${rel}: ${message}`);
    return { path: rel, status: "failed", code: "EXTRACT_ERROR", message };
  }
  const outcome = await saveArticle(deps.prisma, { path: rel, contentHash: read.hash, extraction }, stored);
  if (outcome.status !== "unchanged") {
    deps.logger.debug(`${outcome.status} ${rel}`);
    deps.onCommitted?.(outcome.seq);
  }
  return { path: rel, ...outcome };
}

/** Handles a file that disappeared: marks its article removed and publishes after commit. */
export async function removeFile(
  deps: IngestDeps,
  file: string,
): Promise<{ path: string; seq: number | null }> {
  const rel = articlePath(deps.seedsDir, file);
  const seq = await markRemoved(deps.prisma, rel);
  if (seq !== null) {
    deps.logger.debug(`removed ${rel}`);
    deps.onCommitted?.(seq);
  }
  return { path: rel, seq };
}
