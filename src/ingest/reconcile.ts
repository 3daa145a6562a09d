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
  const files = await listArticleFiles(deps.seedsDir);
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
  const present = new Set(files.map((f) => articlePath(deps.seedsDir, f)));
  for (const stored of await listStoredPaths(deps.prisma)) {
    if (present.has(stored)) continue;
    if ((await removeFile(deps, stored)).seq !== null) {
      summary.removed++;
      summary.removedPaths.push(stored);
    }
  }
  return summary;
}
