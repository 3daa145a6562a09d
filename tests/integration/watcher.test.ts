import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createIngestQueue } from "../../src/ingest/queue.ts";
import { type SeedEvent, type SeedWatcher, watchSeeds } from "../../src/ingest/watcher.ts";
import { AsyncQueue, waitFor } from "../helpers/wait-for.ts";

/** A reported event and what the file held at the moment it was reported. */
interface Seen extends SeedEvent {
  content?: string;
}

let dir: string;
let watcher: SeedWatcher | undefined;
let errors: unknown[];
let barriers = 0;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-watch-")));
  errors = [];
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

/** Starts the watcher; every event is queued with the file's content read at that moment. */
async function start(stabilityMs?: number): Promise<AsyncQueue<Seen>> {
  const events = new AsyncQueue<Seen>();
  // Known to the watcher from its first scan; `barrier` removes it.
  fs.writeFileSync(at(ANCHOR), "anchor");
  watcher = await watchSeeds(dir, (event) => events.push({ ...event, content: readNow(event) }), {
    stabilityMs,
    onError: (error) => errors.push(error),
  });
  return events;
}

function readNow(event: SeedEvent): string | undefined {
  if (event.kind === "unlink") return undefined;
  try {
    return fs.readFileSync(event.path, "utf8");
  } catch {
    return undefined;
  }
}

const at = (rel: string) => path.join(dir, rel);

/** Writes the content under a temporary name beside the target, then renames it into place. */
async function renameIntoPlace(rel: string, content: string): Promise<string> {
  const target = at(rel);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  await fsp.writeFile(temp, content);
  await fsp.rename(temp, target);
  return target;
}

const ANCHOR = "zz-barrier-anchor.txt";

/**
 * Waits until every report due for what the test did before has come, and returns those reports.
 * A file written in place is reported only after a quiet window, so any report still due for files
 * touched earlier is due before it; a rename reported afterwards lets those last checks finish.
 * The watcher holds each removal back 100 ms in case the file returns, and lets them go in the
 * order it found them: removing the file it has known since the start, and waiting for that
 * report, lets through every removal it found before. Once per test (there is one such file).
 */
async function barrier(events: AsyncQueue<Seen>): Promise<Seen[]> {
  const n = ++barriers;
  const file = at(`zz-barrier-${n}.txt`);
  await fsp.writeFile(file, "barrier");
  const seen = await events.takeUntil((e) => e.path === file && e.kind === "upsert");
  const probe = await renameIntoPlace(`zz-barrier-${n}-probe.txt`, "probe");
  seen.push(...(await events.takeUntil((e) => e.path === probe)));
  await fsp.unlink(at(ANCHOR));
  seen.push(...(await events.takeUntil((e) => e.kind === "unlink" && e.path === at(ANCHOR))));
  return seen.filter((e) => !path.basename(e.path).startsWith("zz-barrier-"));
}

describe("watchSeeds", () => {
  it("reports a file renamed into place without waiting for the stability window", async () => {
    fs.writeFileSync(at("existing.txt"), "old");
    // With a one-minute window, anything held back by the window would miss the 5 s wait below.
    const events = await start(60_000);
    const created = await renameIntoPlace("new.txt", "fresh article");
    expect(await events.next()).toEqual({ kind: "upsert", path: created, content: "fresh article" });
    const replaced = await renameIntoPlace("existing.txt", "new version");
    expect(await events.next()).toEqual({ kind: "upsert", path: replaced, content: "new version" });
  });

  it("reports a file renamed into place exactly once", async () => {
    const events = await start();
    const file = await renameIntoPlace("article.txt", "body");
    expect(await events.next()).toEqual({ kind: "upsert", path: file, content: "body" });
    expect(await barrier(events)).toEqual([]);
  });

  it("reports a file written in place in chunks only after it stops changing, with its final content", async () => {
    // A wide window keeps the probe round trips below well inside it even on a loaded machine.
    const events = await start(500);
    const file = at("slow.txt");
    const handle = await fsp.open(file, "w");
    let expected = "";
    for (let i = 0; i < 4; i++) {
      expected += `chunk ${i}\n`;
      await handle.write(`chunk ${i}\n`);
      // The watcher has processed the directory after this chunk once a later rename is reported.
      const probe = await renameIntoPlace(`probe-${i}.txt`, "probe");
      const seen = await events.takeUntil((e) => e.path === probe);
      expect(seen.filter((e) => e.path === file)).toEqual([]);
    }
    await handle.close();
    const reports = (await events.takeUntil((e) => e.path === file)).filter((e) => e.path === file);
    reports.push(...(await barrier(events)).filter((e) => e.path === file));
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(reports.length).toBeLessThanOrEqual(2);
    for (const report of reports) expect(report).toEqual({ kind: "upsert", path: file, content: expected });
  });

  it("reports a new file written in place in one go once, when it is complete", async () => {
    const events = await start();
    await fsp.writeFile(at("note.txt"), "a short note");
    expect(await barrier(events)).toEqual([
      { kind: "upsert", path: at("note.txt"), content: "a short note" },
    ]);
  });

  it("reports an in-place overwrite of an existing file with its final content", async () => {
    fs.writeFileSync(at("edited.txt"), "first draft");
    const events = await start();
    await fsp.writeFile(at("edited.txt"), "x".repeat(50_000));
    await fsp.appendFile(at("edited.txt"), "final paragraph");
    const reports = await barrier(events);
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(reports.every((e) => e.kind === "upsert" && e.path === at("edited.txt"))).toBe(true);
    expect(reports.at(-1)?.content).toBe(`${"x".repeat(50_000)}final paragraph`);
  });

  it("ignores hidden, swap and temporary names until they are renamed into place", async () => {
    fs.mkdirSync(at(".git/objects"), { recursive: true });
    const events = await start();
    const ignored = [".draft.txt", "draft.txt~", "draft.txt.part", "draft.txt.tmp", "draft.txt.swp"];
    ignored.push("draft.txt.crdownload", "#draft.txt#", ".git/objects/blob.txt");
    for (const name of ignored) await fsp.writeFile(at(name), `content of ${name}`);
    await fsp.appendFile(at("draft.txt.part"), " and more");
    await fsp.rename(at("draft.txt.part"), at("draft.txt"));
    const seen = await events.takeUntil((e) => e.path === at("draft.txt"));
    seen.push(...(await barrier(events)));
    expect(seen).toEqual([
      { kind: "upsert", path: at("draft.txt"), content: "content of draft.txt.part and more" },
    ]);
  });

  it("watches existing and new sub-folders and folders moved in", async () => {
    fs.mkdirSync(at("2024/hanoi"), { recursive: true });
    fs.mkdirSync(at(".incoming/batch"), { recursive: true });
    for (const name of ["one.txt", "two.txt"]) fs.writeFileSync(at(`.incoming/batch/${name}`), name);
    const events = await start();
    const nested = await renameIntoPlace("2024/hanoi/summit.txt", "nested");
    expect(await events.next()).toEqual({ kind: "upsert", path: nested, content: "nested" });
    await fsp.mkdir(at("2025"));
    const fresh = await renameIntoPlace("2025/forum.txt", "new folder");
    expect(await events.next()).toEqual({ kind: "upsert", path: fresh, content: "new folder" });
    await fsp.rename(at(".incoming/batch"), at("batch"));
    const moved = [await events.next(), await events.next()].map((e) => [e.kind, e.path]).sort();
    expect(moved).toEqual([
      ["upsert", at("batch/one.txt")],
      ["upsert", at("batch/two.txt")],
    ]);
  });

  it("reports files moved into folders created an instant before", async () => {
    // A new folder listed before it is watched loses a file moved in between (chokidar did that).
    // The round trips before each move sweep across that gap.
    const events = await start();
    const expected = new Set<string>();
    for (let i = 0; i < 45; i++) {
      const staged = at(`.staged-${i}`);
      await fsp.writeFile(staged, `article ${i}`);
      await fsp.mkdir(at(`fresh-${i}`));
      for (let k = 0; k < i % 15; k++) await fsp.stat(dir);
      await fsp.rename(staged, at(`fresh-${i}/article.txt`));
      expected.add(at(`fresh-${i}/article.txt`));
    }
    const seen = new Set<string>();
    while (seen.size < expected.size) seen.add((await events.next()).path);
    expect(seen).toEqual(expected);
    // They are watched like any other file afterwards: their removal is reported too.
    for (let i = 0; i < 45; i++) await fsp.rm(at(`fresh-${i}`), { recursive: true });
    const removed = new Set<string>();
    while (removed.size < expected.size) {
      const event = await events.next();
      if (event.kind === "unlink") removed.add(event.path);
    }
    expect(removed).toEqual(expected);
  });

  it("reports removed files, also those inside a removed folder", async () => {
    fs.mkdirSync(at("old"));
    fs.writeFileSync(at("gone.txt"), "x");
    fs.writeFileSync(at("old/inner.txt"), "y");
    const events = await start();
    await fsp.unlink(at("gone.txt"));
    expect(await events.next()).toEqual({ kind: "unlink", path: at("gone.txt") });
    await fsp.rm(at("old"), { recursive: true });
    expect(await events.next()).toEqual({ kind: "unlink", path: at("old/inner.txt") });
    expect(await barrier(events)).toEqual([]);
  });

  it("reports the removal of a file deleted an instant after it was added and replaced", async () => {
    const events = await start();
    const names = Array.from({ length: 10 }, (_, i) => `quick-${i}.txt`);
    const replace = (name: string, content: string) => {
      fs.writeFileSync(at(`.${name}.tmp`), content);
      fs.renameSync(at(`.${name}.tmp`), at(name));
    };
    for (const name of names) {
      replace(name, "first");
      // Long enough for the first to be reported, too short for a listing to catch up.
      await new Promise((resolve) => setTimeout(resolve, 2));
      replace(name, "second, longer");
      fs.unlinkSync(at(name));
    }
    const seen = await barrier(events);
    // A path reported at all must end up reported gone.
    const reported = names.filter((name) => seen.some((e) => e.path === at(name)));
    expect(reported.length).toBeGreaterThan(0);
    for (const name of reported)
      expect(seen.filter((e) => e.path === at(name)).at(-1)).toMatchObject({ kind: "unlink" });
  });

  it("does not report a file gone while an editor saves it by moving the old one aside", async () => {
    fs.writeFileSync(at("edited.txt"), "first version");
    const events = await start();
    await renameIntoPlace("edited.txt", "second version");
    expect(await events.next()).toMatchObject({ kind: "upsert", path: at("edited.txt") });
    // Like vim: the old file becomes the backup, then the new content is written in place.
    fs.renameSync(at("edited.txt"), at("edited.txt~"));
    await new Promise((resolve) => setTimeout(resolve, 5)); // the watcher sees the name gone
    fs.writeFileSync(at("edited.txt"), "third version");
    const seen = await barrier(events);
    expect(seen.filter((e) => e.path === at("edited.txt")).map((e) => e.kind)).not.toContain("unlink");
    expect(seen.at(-1)).toMatchObject({ kind: "upsert", path: at("edited.txt"), content: "third version" });
  });

  it("keeps watching a folder removed and made again at once, and reports what goes into it", async () => {
    fs.mkdirSync(at("sub"));
    fs.writeFileSync(at("sub/old.txt"), "old");
    const events = await start();
    // The new folder often gets the old one's inode; a watch kept on the old folder sees nothing.
    fs.rmSync(at("sub"), { recursive: true });
    fs.mkdirSync(at("sub"));
    const names = Array.from({ length: 10 }, (_, i) => `sub/new-${i}.txt`);
    for (const name of names) {
      await renameIntoPlace(name, `content of ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const seen = await barrier(events);
    expect(seen).toContainEqual({ kind: "unlink", path: at("sub/old.txt") });
    for (const name of names)
      expect(seen.filter((e) => e.path === at(name)).at(-1)).toEqual({
        kind: "upsert",
        path: at(name),
        content: `content of ${name}`,
      });
    // The new folder is watched: a removal in it is reported.
    await fsp.unlink(at("sub/new-0.txt"));
    expect(await events.next()).toEqual({ kind: "unlink", path: at("sub/new-0.txt") });
  });

  it("reports the files of a folder moved in where a watched one was", async () => {
    fs.mkdirSync(at("sub"));
    fs.writeFileSync(at("sub/old.txt"), "old");
    fs.mkdirSync(at(".incoming"));
    fs.writeFileSync(at(".incoming/a.txt"), "a");
    fs.writeFileSync(at(".incoming/b.txt"), "b");
    const events = await start();
    fs.rmSync(at("sub"), { recursive: true });
    fs.renameSync(at(".incoming"), at("sub"));
    const seen = await barrier(events);
    expect(seen).toContainEqual({ kind: "unlink", path: at("sub/old.txt") });
    for (const name of ["a", "b"])
      expect(seen.filter((e) => e.path === at(`sub/${name}.txt`)).at(-1)).toEqual({
        kind: "upsert",
        path: at(`sub/${name}.txt`),
        content: name,
      });
  });

  it("does not report a directory named like an article file", async () => {
    const events = await start();
    await fsp.mkdir(at("x.txt"));
    const inner = await renameIntoPlace("x.txt/inner.txt", "inside");
    expect(await events.next()).toEqual({ kind: "upsert", path: inner, content: "inside" });
    await fsp.rm(at("x.txt"), { recursive: true });
    expect(await events.next()).toEqual({ kind: "unlink", path: inner });
    // Told once, though both the file's folder and its parent notice it going. Nothing else.
    expect(await barrier(events)).toEqual([]);
  });

  it("passes an error thrown by the callback to onError and keeps watching", async () => {
    const received: string[] = [];
    const caught: unknown[] = [];
    watcher = await watchSeeds(
      dir,
      (event) => {
        received.push(event.path);
        if (received.length === 1) throw new Error("callback failed");
      },
      { onError: (error) => caught.push(error) },
    );
    await renameIntoPlace("a.txt", "a");
    await waitFor(() => received.length === 1, { message: "first event" });
    await renameIntoPlace("b.txt", "b");
    await waitFor(() => received.length === 2, { message: "second event" });
    expect(received).toEqual([at("a.txt"), at("b.txt")]);
    expect((caught[0] as Error).message).toBe("callback failed");
  });

  it("watches a tree moved in 100 folders deep, and reports the file at its bottom and its removal", async () => {
    const events = await start();
    const parts = Array.from({ length: 100 }, (_, i) => `d${i}`);
    const staged = at(path.join(".staging", ...parts));
    fs.mkdirSync(staged, { recursive: true });
    fs.writeFileSync(path.join(staged, "deep.txt"), "at the bottom");
    await fsp.rename(at(".staging/d0"), at("d0"));
    const deep = at(path.join(...parts, "deep.txt"));
    expect(await events.next()).toEqual({ kind: "upsert", path: deep, content: "at the bottom" });
    fs.rmSync(at("d0"), { recursive: true });
    expect(await events.next()).toEqual({ kind: "unlink", path: deep });
    expect(await barrier(events)).toEqual([]);
  });

  it("refuses to start on a missing folder", async () => {
    await expect(watchSeeds(at("missing"), () => {})).rejects.toThrow(/ENOENT/);
  });
});

/** Wraps a handler to record the peak number of runs in flight, overall and for any one path. */
function tracked(handle: (file: string) => Promise<void>) {
  const perPath = new Map<string, number>();
  const peak = { total: 0, perPath: 0 };
  let inFlight = 0;
  const run = async (file: string) => {
    const mine = (perPath.get(file) ?? 0) + 1;
    perPath.set(file, mine);
    peak.perPath = Math.max(peak.perPath, mine);
    peak.total = Math.max(peak.total, ++inFlight);
    try {
      await handle(file);
    } finally {
      perPath.set(file, (perPath.get(file) ?? 1) - 1);
      inFlight--;
    }
  };
  return { peak, handle: run };
}

describe("watchSeeds with the ingest queue", () => {
  it("a burst of 500 files, rewritten while processing: all reported, handled one run per path at a time, final content last", async () => {
    const limit = 4;
    const files = Array.from({ length: 500 }, (_, i) => at(`burst-${String(i).padStart(3, "0")}.txt`));
    const reports = new Map<string, number>();
    const lastRead = new Map<string, string | undefined>();
    const isFinal = (file: string) => lastRead.get(file) === `${path.basename(file)} v2`;
    // The first runs of two files hold half the slots until every other file is done and their own
    // second event has come. That event then waits at the head of the queue with free slots to
    // start in: only per-path serialisation keeps it from running beside the first run.
    const held = new Set(files.slice(0, 2));
    const heldReads: string[] = [];
    const heldMayFinish = () =>
      files.every((file) => held.has(file) || isFinal(file)) &&
      [...held].every((file) => (reports.get(file) ?? 0) >= 2);
    const { peak, handle } = tracked(async (file) => {
      const content = await fsp.readFile(file, "utf8").catch(() => undefined);
      lastRead.set(file, content);
      if (!held.has(file)) return;
      heldReads.push(`${content}`);
      if (content?.endsWith(" v1")) await waitFor(heldMayFinish, { timeout: 30_000 });
    });
    const queue = createIngestQueue({ concurrency: limit, handle, onError: (...e) => errors.push(e) });
    const onEvent = (event: SeedEvent) => {
      reports.set(event.path, (reports.get(event.path) ?? 0) + 1);
      if (!queue.enqueue(event.path)) errors.push(`queue full at ${event.path}`);
    };
    watcher = await watchSeeds(dir, onEvent, { onError: (error) => errors.push(error) });
    const names = files.map((file) => path.basename(file));
    const write = async (batch: string[], version: string) => {
      for (let i = 0; i < batch.length; i += 50) {
        await Promise.all(batch.slice(i, i + 50).map((name) => renameIntoPlace(name, `${name} ${version}`)));
      }
    };
    await write(names.slice(0, 2), "v1");
    await waitFor(() => heldReads.length === 2, { message: "the held runs to start" });
    await write(names.slice(2), "v1");
    await write(names, "v2");
    await waitFor(() => files.every(isFinal), {
      timeout: 30_000,
      message: "every file read in its final version",
    });
    await queue.close();
    expect(reports.size).toBe(files.length);
    expect(heldReads.sort()).toEqual([
      "burst-000.txt v1",
      "burst-000.txt v2",
      "burst-001.txt v1",
      "burst-001.txt v2",
    ]);
    expect(peak.perPath).toBe(1);
    expect(peak.total).toBeLessThanOrEqual(limit);
  });
});
