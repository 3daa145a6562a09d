import type { IngestResult } from "./pipeline.ts";

/**
 * Files ingested at the same time by `seedgraph ingest` and the start-up reconcile: two batches'
 * worth (store/save-batch.ts, 32 a batch), so that while one batch of saves is written the next
 * one's files are read, looked up and extracted. With 16, every file in flight waited in the batch
 * being written: batches alternated between 1 and 15 saves and the extraction waited for them.
 */
export const BULK_CONCURRENCY = 64;

export interface BulkOptions {
  /** Files in flight (default {@link BULK_CONCURRENCY}). */
  concurrency?: number;
  /** Called once per file as it finishes, in the order they finish. */
  onResult?: (result: IngestResult, done: number) => void;
}

/**
 * Runs `ingest` over `files` with several in flight; resolves with the results in the order of
 * `files`. A rejection (a lost connection) stops drawing new files and rejects once the files in
 * flight have settled, so no save is left running behind the caller.
 */
export async function ingestEach(
  files: readonly string[],
  ingest: (file: string) => Promise<IngestResult>,
  options: BulkOptions = {},
): Promise<IngestResult[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? BULK_CONCURRENCY));
  const results = new Array<IngestResult>(files.length);
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | null = null;
  async function lane(): Promise<void> {
    while (failure === null && next < files.length) {
      const i = next++;
      try {
        const result = await ingest(files[i] as string);
        results[i] = result;
        options.onResult?.(result, ++done);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, lane));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}
