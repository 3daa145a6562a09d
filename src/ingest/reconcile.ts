import path from "node:path";
import { connectionProblem } from "../db/client.ts";
import { listStoredPaths } from "../store/article-store.ts";
import { createSaveBatcher } from "../store/save-batch.ts";
import { ingestEach } from "./bulk.ts";
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
  // Saves of the files in flight are committed together (deps.save of the caller otherwise).
  const batcher = deps.save ? null : createSaveBatcher(deps.sql);
  const bulk = { ...deps, save: deps.save ?? batcher?.save };
  for (const result of await ingestEach(files, (file) => ingestPastErrors(bulk, file))) {
    summary[result.status]++;
    summary.results.push(result);
  }
  // The search indexes' pending entries of the bulk, merged once (see BULK_GIN_PENDING_LIMIT):
  // only a help to searches, so a failure leaves the reconcile as it is.
  if (summary.added + summary.updated > 0) await batcher?.finish().catch(() => 0);
  for (const stored of missing) {
    if ((await removeFile(deps, stored)).seq !== null) {
      summary.removed++;
      summary.removedPaths.push(stored);
    }
  }
  return summary;
}

/**
 * `ingestFile`, going on past a file whose failure cannot even be recorded: it is logged and
 * counted as failed, and the next reconcile tries it again. A lost connection still stops the
 * reconcile (whoever leads next starts it over).
 */
async function ingestPastErrors(deps: IngestDeps, file: string): Promise<IngestResult> {
  try {
    return await ingestFile(deps, file);
  } catch (error) {
    if (connectionProblem(error) !== null) throw error;
    const rel = articlePath(deps.seedsDir, file);
    deps.logger.error(`cannot ingest ${rel}, nor record why; the next reconcile tries again`, error);
    return { path: rel, status: "failed", code: "SAVE_FAILED", message: "the failure could not be recorded" };
  }
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
