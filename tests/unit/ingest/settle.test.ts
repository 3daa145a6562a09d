import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seenNow } from "../../../src/ingest/first-seen.ts";
import { createSettler, type Settler } from "../../../src/ingest/settle.ts";
import { AsyncQueue } from "../../helpers/wait-for.ts";

let dir: string;
let settler: Settler;
let reports: string[];
let errors: unknown[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-settle-"));
  reports = [];
  errors = [];
  // A window long enough that no quiet check runs during a test: every report below is immediate.
  settler = createSettler({
    stabilityMs: 60_000,
    onReady: (file) => reports.push(file),
    onError: (e) => errors.push(e),
  });
});

afterEach(() => {
  settler.close();
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

/** Writes `content` under a temporary name and renames it to `name`, as a finished file arrives. */
function renameIntoPlace(name: string, content: string): { file: string; stats: fs.Stats } {
  const file = path.join(dir, name);
  fs.writeFileSync(`${file}.tmp`, content);
  fs.renameSync(`${file}.tmp`, file);
  return { file, stats: fs.statSync(file) };
}

describe("createSettler", () => {
  it("reports a complete file at once, and the same state told again not twice", () => {
    const { file, stats } = renameIntoPlace("a.txt", "first");
    settler.appeared(file, stats);
    settler.appeared(file, stats);
    expect(reports).toEqual([file]);
  });

  it("reports a new version, but not a late report of a version already replaced", () => {
    const first = renameIntoPlace("a.txt", "first");
    settler.appeared(first.file, first.stats);
    const second = renameIntoPlace("a.txt", "second, longer");
    settler.appeared(second.file, second.stats);
    expect(reports).toEqual([first.file, first.file]);
    // A listing lags behind: it may tell of the first version after the second was reported.
    settler.appeared(first.file, first.stats);
    expect(reports).toHaveLength(2);
  });

  it("does not report a late report of a version of a file now gone", () => {
    const first = renameIntoPlace("a.txt", "first");
    settler.appeared(first.file, first.stats);
    const second = renameIntoPlace("a.txt", "second, longer");
    settler.appeared(second.file, second.stats);
    fs.rmSync(second.file);
    // The removal is reported by the watcher; an upsert of the stale version must not follow it.
    settler.appeared(first.file, first.stats);
    expect(reports).toHaveLength(2);
  });

  it("does not report a late report of a file gone and already told removed", () => {
    const { file, stats } = renameIntoPlace("a.txt", "first");
    settler.appeared(file, stats);
    fs.rmSync(file);
    expect(settler.created(file, undefined)).toBe(true); // the removal is reported: forgotten
    settler.appeared(file, stats); // a listing's view of the file, from before it went
    expect(reports).toEqual([file]);
  });

  it("reports the file as it is now when the stats given are of an older version", () => {
    const first = renameIntoPlace("a.txt", "first");
    const second = renameIntoPlace("a.txt", "second, longer");
    settler.appeared(first.file, first.stats);
    expect(reports).toEqual([first.file]);
    // The version reported is the second: its own report is the same state told again.
    settler.appeared(second.file, second.stats);
    expect(reports).toHaveLength(1);
  });

  it("waits for quiet when the file was seen empty, though content came since", () => {
    const file = path.join(dir, "a.txt");
    fs.writeFileSync(file, "");
    const empty = fs.statSync(file);
    fs.writeFileSync(file, "the first part of it");
    settler.appeared(file, empty);
    expect(reports).toEqual([]);
  });

  it("waits for quiet when the file is empty now, though a listing saw it complete", () => {
    const { file, stats } = renameIntoPlace("a.txt", "first");
    settler.appeared(file, stats);
    // Truncated to be written again in place; the write notice has not been handled yet.
    fs.writeFileSync(file, "");
    const second = renameIntoPlace("b.txt", "a complete version seen earlier");
    settler.appeared(file, second.stats);
    expect(reports).toEqual([file]);
  });

  it("reports a file it cannot look at again, with the failure, so that reading it records why", () => {
    const { stats } = renameIntoPlace("seen.txt", "seen");
    const loop = path.join(dir, "loop.txt");
    fs.symlinkSync(loop, loop); // stat fails with ELOOP
    settler.appeared(loop, stats);
    expect(reports).toEqual([loop]);
    expect(errors).toHaveLength(1);
    expect((errors[0] as NodeJS.ErrnoException).code).toBe("ELOOP");
    errors = [];
  });

  it("tells the caller to report the removal of a file it reported", () => {
    const { file, stats } = renameIntoPlace("a.txt", "first");
    settler.appeared(file, stats);
    fs.rmSync(file);
    expect(settler.created(file, undefined)).toBe(true);
    // Forgotten: told once.
    expect(settler.created(file, undefined)).toBe(false);
    expect(settler.created(path.join(dir, "never-seen.txt"), undefined)).toBe(false);
  });

  it("tells when a file reported at once was noticed", () => {
    const seen: number[] = [];
    const timed = createSettler({
      stabilityMs: 60_000,
      onReady: (_f, at) => seen.push(at),
      onError: (e) => errors.push(e),
    });
    const { file, stats } = renameIntoPlace("a.txt", "first");
    const before = seenNow();
    timed.appeared(file, stats);
    const after = seenNow();
    timed.close();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThanOrEqual(before);
    expect(seen[0]).toBeLessThanOrEqual(after);
  });

  it("counts a file written in place from its first write noticed, not from the last", async () => {
    const ready = new AsyncQueue<{ file: string; at: number }>();
    const timed = createSettler({
      stabilityMs: 30,
      onReady: (file, at) => ready.push({ file, at }),
      onError: (e) => errors.push(e),
    });
    try {
      const file = path.join(dir, "draft.txt");
      fs.writeFileSync(file, "part one");
      const first = seenNow();
      timed.written(file);
      await sleep(10);
      fs.appendFileSync(file, " and part two");
      const second = seenNow();
      timed.written(file);
      const report = await ready.next();
      expect(report.file).toBe(file);
      expect(report.at).toBeGreaterThanOrEqual(first);
      expect(report.at).toBeLessThan(second);
    } finally {
      timed.close();
    }
  });
});
