import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RELIST_DELAY_MS, RELIST_SHARE } from "../../src/ingest/relist-pacing.ts";
import { type SeedEvent, type SeedWatcher, watchSeeds } from "../../src/ingest/watcher.ts";
import { AsyncQueue } from "../helpers/wait-for.ts";

// Every listing of the watched folder, timed: the watcher lists through `fs.readdirSync`, which
// this file wraps (the watcher runs on this thread here).
const listings: { folder: string; start: number; end: number }[] = [];
{
  const original = fs.readdirSync;
  (fs as { readdirSync: unknown }).readdirSync = function (this: unknown, ...args: unknown[]) {
    const listing = { folder: String(args[0]), start: performance.now(), end: Number.NaN };
    try {
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } finally {
      listing.end = performance.now();
      listings.push(listing);
    }
  };
}

let dir: string;
let watcher: SeedWatcher | undefined;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-relist-")));
  // A folder of a size a corpus reaches: each listing lstats every entry.
  for (let i = 0; i < 4_000; i++) fs.writeFileSync(path.join(dir, `old-${i}.txt`), `article ${i}`);
  listings.length = 0;
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const renameIn = (name: string, content: string) => {
  const temp = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, path.join(dir, name));
};

describe("folder listings under a steady stream of new files", () => {
  it("take a bounded share of the time, and every file is still reported, and its removal once", async () => {
    const events = new AsyncQueue<SeedEvent>();
    const errors: unknown[] = [];
    watcher = await watchSeeds(dir, (event) => events.push(event), { onError: (e) => errors.push(e) });
    const names = Array.from({ length: 150 }, (_, i) => `new-${i}.txt`);
    const started = performance.now();
    for (const name of names) {
      renameIn(name, `fresh article ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const streamMs = performance.now() - started;
    const reported = await events.takeUntil(
      (e) => e.kind === "upsert" && e.path === path.join(dir, names.at(-1) ?? ""),
    );
    expect(new Set(reported.map((e) => e.path)).size).toBe(names.length);

    // The files are reported from notices; the folder is listed again only as a safety net, at
    // most once per RELIST_DELAY_MS and within RELIST_SHARE of the time.
    const streamEnd = started + streamMs;
    const during = listings.filter((l) => l.folder === dir && l.start >= started && l.start < streamEnd);
    const busy = during.reduce((sum, l) => sum + Math.min(l.end, streamEnd) - l.start, 0);
    expect(during.length).toBeLessThanOrEqual(Math.ceil(streamMs / RELIST_DELAY_MS) + 1);
    expect(busy / streamMs, `listings: ${during.length}`).toBeLessThan(RELIST_SHARE);

    // Every new file is known, so each removal is reported, and only once.
    for (const name of names) fs.unlinkSync(path.join(dir, name));
    const gone = new Set<string>();
    while (gone.size < names.length) {
      const event = await events.next();
      expect(event.kind).toBe("unlink");
      expect(gone.has(event.path)).toBe(false);
      gone.add(event.path);
    }
    const probe = "probe.txt";
    renameIn(probe, "probe");
    expect(await events.next()).toEqual({ kind: "upsert", path: path.join(dir, probe) });
    expect(errors).toEqual([]);
  });

  it("still finds a sub-folder made in the middle of the stream, and the files put into it", async () => {
    const events = new AsyncQueue<SeedEvent>();
    const errors: unknown[] = [];
    watcher = await watchSeeds(dir, (event) => events.push(event), { onError: (e) => errors.push(e) });
    const inner = path.join(dir, "2026", "11");
    for (let i = 0; i < 60; i++) {
      renameIn(`stream-${i}.txt`, `fresh article ${i}`);
      if (i === 30) {
        fs.mkdirSync(inner, { recursive: true });
        fs.writeFileSync(path.join(inner, ".inside.txt.tmp"), "inside the new folder");
        fs.renameSync(path.join(inner, ".inside.txt.tmp"), path.join(inner, "inside.txt"));
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const seen = await events.takeUntil((e) => e.path === path.join(inner, "inside.txt"), 10_000);
    expect(seen.at(-1)).toEqual({ kind: "upsert", path: path.join(inner, "inside.txt") });
    // The new folder is watched: a removal there is reported too.
    fs.unlinkSync(path.join(inner, "inside.txt"));
    const rest = await events.takeUntil((e) => e.path === path.join(inner, "inside.txt"), 10_000);
    expect(rest.at(-1)).toEqual({ kind: "unlink", path: path.join(inner, "inside.txt") });
    expect(errors).toEqual([]);
  });

  it("finds the files whose notices the system dropped, by listing the folder again", async () => {
    const events = new AsyncQueue<SeedEvent>();
    const errors: unknown[] = [];
    watcher = await watchSeeds(dir, (event) => events.push(event), { onError: (e) => errors.push(e) });
    // Four notices per file (create, write, move out, move in), 32,000 in all while this thread,
    // the watcher's, is busy: past the 16,384 Linux queues for one watcher, the rest are dropped.
    const names = Array.from({ length: 8_000 }, (_, i) => `flood-${i}.txt`);
    for (const name of names) renameIn(name, `flooded article ${name}`);
    const wanted = new Set(names.map((name) => path.join(dir, name)));
    while (wanted.size > 0) {
      const event = await events.next(15_000);
      expect(event.kind).toBe("upsert");
      wanted.delete(event.path);
    }
    expect(errors).toEqual([]);
  });
});
