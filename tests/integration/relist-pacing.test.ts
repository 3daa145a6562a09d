import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NodeFsHandler } from "chokidar/handler.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RELIST_SHARE } from "../../src/ingest/relist-pacing.ts";
import { type SeedEvent, type SeedWatcher, watchSeeds } from "../../src/ingest/watcher.ts";
import { AsyncQueue } from "../helpers/wait-for.ts";

// Each test file has its own copy of chokidar: this records every later listing of a folder that
// chokidar itself starts, beneath the pacing the watcher adds when it starts.
const listings: { start: number; end: number }[] = [];
{
  const proto = NodeFsHandler.prototype;
  const original = proto._handleRead;
  proto._handleRead = function (this: NodeFsHandler, ...args: Parameters<typeof original>) {
    const result = original.apply(this, args);
    if (args[1] || !result) return result;
    const listing = { start: performance.now(), end: Number.NaN };
    listings.push(listing);
    return result.finally(() => {
      listing.end = performance.now();
    });
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

    // Unpaced, chokidar lists back to back for as long as files keep coming: its listings fill
    // the whole stream. Paced, they take about RELIST_SHARE of it (the slack is for the last one).
    const streamEnd = started + streamMs;
    const busy = listings
      .filter((l) => l.start < streamEnd)
      .reduce((sum, l) => sum + (Number.isNaN(l.end) ? streamEnd : Math.min(l.end, streamEnd)) - l.start, 0);
    expect(listings.length).toBeGreaterThan(0);
    expect(busy / streamMs, `listings: ${listings.length}`).toBeLessThan(RELIST_SHARE * 2);

    // chokidar comes to know every new file, so it reports each removal, and only once.
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
    // chokidar watches the new folder: a removal there is reported too.
    fs.unlinkSync(path.join(inner, "inside.txt"));
    const rest = await events.takeUntil((e) => e.path === path.join(inner, "inside.txt"), 10_000);
    expect(rest.at(-1)).toEqual({ kind: "unlink", path: path.join(inner, "inside.txt") });
    expect(errors).toEqual([]);
  });
});
