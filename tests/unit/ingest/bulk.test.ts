import { describe, expect, it } from "vitest";
import { BULK_CONCURRENCY, ingestEach } from "../../../src/ingest/bulk.ts";
import type { IngestResult } from "../../../src/ingest/pipeline.ts";
import { SAVE_BATCH_MAX } from "../../../src/store/save-batch.ts";

const added = (path: string): IngestResult => ({ path, status: "added", articleId: 1, seq: 1 });

/** An ingest whose calls finish when the test says, recording how many run at once. */
function gatedIngest() {
  const gates = new Map<string, () => void>();
  let running = 0;
  let most = 0;
  const started: string[] = [];
  const ingest = (file: string) =>
    new Promise<IngestResult>((resolve) => {
      running++;
      most = Math.max(most, running);
      started.push(file);
      gates.set(file, () => {
        running--;
        resolve(added(file));
      });
    });
  const release = async (file: string) => {
    for (let i = 0; i < 50 && !gates.has(file); i++) await new Promise((r) => setImmediate(r));
    const open = gates.get(file);
    if (!open) throw new Error(`${file} never started`);
    open();
  };
  return { ingest, release, started, most: () => most };
}

describe("ingestEach", () => {
  it("keeps the given number of files in flight and returns results in the files' order", async () => {
    const files = ["a", "b", "c", "d", "e", "f"];
    const gated = gatedIngest();
    const finished: string[] = [];
    const all = ingestEach(files, gated.ingest, {
      concurrency: 3,
      onResult: (r, done) => finished.push(`${r.path}:${done}`),
    });
    // Finishing out of order: f's lane only opens once c, b and a have made room.
    for (const f of ["c", "b", "a", "e", "d", "f"]) await gated.release(f);
    const results = await all;
    expect(results.map((r) => r.path)).toEqual(files);
    expect(finished).toEqual(["c:1", "b:2", "a:3", "e:4", "d:5", "f:6"]);
    expect(gated.most()).toBe(3);
    expect(gated.started).toEqual(files);
  });

  it("stops drawing files after a rejection and rejects once the files in flight settle", async () => {
    const started: string[] = [];
    let inFlight = 0;
    let settledAfterReject = false;
    const ingest = async (file: string) => {
      started.push(file);
      inFlight++;
      await new Promise((r) => setTimeout(r, file === "b" ? 1 : 20));
      inFlight--;
      if (file === "b") throw new Error("connection lost");
      return added(file);
    };
    await expect(
      ingestEach(["a", "b", "c", "d", "e"], ingest, { concurrency: 2 }).finally(() => {
        settledAfterReject = inFlight === 0;
      }),
    ).rejects.toThrow("connection lost");
    expect(settledAfterReject).toBe(true);
    // a and b start together; b fails first, so only the lane it freed never draws another file.
    expect(started).toEqual(["a", "b"]);
  });

  it("handles no files and a concurrency above the number of files", async () => {
    expect(await ingestEach([], async (f) => added(f))).toEqual([]);
    expect((await ingestEach(["x"], async (f) => added(f), { concurrency: 16 })).map((r) => r.path)).toEqual([
      "x",
    ]);
  });
});

describe("bulk ingest's files in flight", () => {
  it("are two batches' worth, so the next batch is extracted while one is written", () => {
    expect(BULK_CONCURRENCY).toBeGreaterThanOrEqual(2 * SAVE_BATCH_MAX);
  });
});
