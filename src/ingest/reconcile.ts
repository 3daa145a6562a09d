import path from "node:path";
import { listStoredPaths } from "../store/article-store.ts";
import { listArticleFiles } from "./files.ts";
import { articlePath, type IngestDeps, type IngestResult, ingestFile, removeFile } from "./pipeline.ts";

export interface ReconcileSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  removed: number;
  results: IngestResult[];
  removedPaths: string[];
}

/**
 * Brings the database in line with the seeds folder: ingests new and changed files and marks
 * articles whose file is gone as removed. Running it twice in a row changes nothing the second time.
 */
export async function reconcile(deps: IngestDeps): Promise<ReconcileSummary> {
  const { files, missing } = await compareFolder(deps);
  const summary: ReconcileSummary = {
    added: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    removed: 0,
    results: [],
    removedPaths: [],
  };
  for (const file of files) {
    const result = await ingestFile(deps, file);
    summary[result.status]++;
    summary.results.push(result);
  }
  for (const stored of missing) {
    if ((await removeFile(deps, stored)).seq !== null) {
      summary.removed++;
      summary.removedPaths.push(stored);
    }
  }
  return summary;
}

/**
 * Every path whose state may differ from what is stored, as absolute paths: each file in the
 * folder and each stored article whose file is gone. For looking at the whole folder again
 * through the ingest queue (after the watcher missed a stretch of time), which handles a path
 * present or gone alike.
 */
export async function pathsToRecheck(deps: IngestDeps): Promise<string[]> {
  const { files, missing } = await compareFolder(deps);
  return [...files, ...missing.map((stored) => path.resolve(deps.seedsDir, stored))];
}

/** The folder's files (absolute, sorted) and the stored paths with no file any more. */
async function compareFolder(deps: IngestDeps): Promise<{ files: string[]; missing: string[] }> {
  const files = await listArticleFiles(deps.seedsDir);
  const present = new Set(files.map((f) => articlePath(deps.seedsDir, f)));
  const missing = (await listStoredPaths(deps.prisma)).filter((stored) => !present.has(stored));
  return { files, missing };
}
