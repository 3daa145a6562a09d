import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeedEvent } from "../../src/ingest/watcher.ts";
import { type ThreadSeedWatcher, watchSeedsOnThread } from "../../src/ingest/watcher-thread.ts";
import { AsyncQueue, waitFor } from "../helpers/wait-for.ts";

let dir: string;
let watcher: ThreadSeedWatcher | undefined;
let errors: unknown[];
let events: AsyncQueue<SeedEvent>;
let restarts: AsyncQueue<true>;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-watch-thread-")));
  errors = [];
  events = new AsyncQueue();
  restarts = new AsyncQueue();
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
}, 20_000);

async function start(): Promise<ThreadSeedWatcher> {
  watcher = await watchSeedsOnThread(dir, (event) => events.push(event), {
    onError: (error) => errors.push(error),
    onRestart: () => restarts.push(true),
  });
  return watcher;
}

const at = (rel: string) => path.join(dir, rel);

function renameIntoPlace(rel: string, content: string): string {
  const target = at(rel);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, target);
  return target;
}

describe("watchSeedsOnThread", () => {
  it("reports files added, rewritten and removed, from a thread other than the caller's", async () => {
    const w = await start();
    expect(w.worker.threadId).toBeGreaterThan(0);
    const file = renameIntoPlace("a.txt", "first");
    expect(await events.next(15_000)).toEqual({ kind: "upsert", path: file });
    renameIntoPlace("a.txt", "second, longer");
    expect(await events.next(15_000)).toEqual({ kind: "upsert", path: file });
    fs.rmSync(file);
    expect(await events.next(15_000)).toEqual({ kind: "unlink", path: file });
    expect(errors).toEqual([]);
  });

  it("keeps the order of the reports across the thread boundary", async () => {
    await start();
    const names = Array.from({ length: 40 }, (_, i) => `f-${String(i).padStart(2, "0")}.txt`);
    for (const name of names) renameIntoPlace(name, `content of ${name}`);
    const seen: string[] = [];
    while (seen.length < names.length) seen.push(path.basename((await events.next(15_000)).path));
    expect(seen).toEqual(names);
  });

  it("starts a new thread when the watching one dies, says so, and watches on", async () => {
    const w = await start();
    const first = w.worker;
    await first.terminate();
    await restarts.next(20_000);
    expect(w.worker).not.toBe(first);
    expect(String(errors[0])).toMatch(/watcher thread stopped/);
    const file = renameIntoPlace("after.txt", "written after the restart");
    expect(await events.next(15_000)).toEqual({ kind: "upsert", path: file });
  });

  it("watches the folder anew when the folder itself is removed and made again", async () => {
    renameIntoPlace("before.txt", "there at the start");
    const w = await start();
    const first = w.worker;
    // Like a sync tool that replaces the whole folder: the old watch would see nothing more.
    fs.rmSync(dir, { recursive: true });
    fs.mkdirSync(dir);
    await restarts.next(20_000);
    expect(w.worker).not.toBe(first);
    expect(errors.map(String).join("\n")).toMatch(/removed or replaced/);
    const file = renameIntoPlace("after.txt", "written into the new folder");
    const seen = await events.takeUntil((e) => e.path === file, 15_000);
    expect(seen.at(-1)).toEqual({ kind: "upsert", path: file });
  });

  it("watches anew when a sub-folder is replaced with sub-folders of its own", async () => {
    fs.mkdirSync(at("2026/11"), { recursive: true });
    renameIntoPlace("2026/11/old.txt", "there at the start");
    await start();
    fs.rmSync(at("2026"), { recursive: true });
    fs.mkdirSync(at("2026/11"), { recursive: true });
    // Either the watcher saw the old folder go first and takes the new one as new, or the watcher
    // thread is replaced; either way files put into the new tree are reported in the end. (A file
    // written while a new thread starts is the caller's to find, through `onRestart`.)
    await waitFor(
      async () => {
        const file = renameIntoPlace(`2026/11/new-${Date.now()}.txt`, "written into the new folder");
        const seen = await events.takeUntil((e) => e.path === file, 2_000).catch(() => []);
        return seen.at(-1)?.kind === "upsert";
      },
      { timeout: 30_000, interval: 0, message: "a file in the new tree to be reported" },
    );
  });

  it("closes at once while a new thread is starting, or failing to start", async () => {
    const w = await start();
    await w.worker.terminate();
    // The folder is gone: every new thread fails to start, and the watcher waits to try again.
    fs.rmSync(dir, { recursive: true, force: true });
    await waitFor(() => errors.some((e) => /ENOENT/.test(String(e))), {
      timeout: 20_000,
      message: "a failed start",
    });
    await w.close();
    watcher = undefined;
    expect(restarts.size).toBe(0);
  });

  it("reports nothing once closed, and ends its thread", async () => {
    const w = await start();
    const thread = w.worker;
    const exited = new Promise((resolve) => thread.once("exit", resolve));
    await w.close();
    watcher = undefined;
    renameIntoPlace("late.txt", "too late");
    await exited;
    await expect(events.next(300)).rejects.toThrow(/no item arrived/);
    expect(errors).toEqual([]);
  });

  it("fails to start on a missing folder, as the watcher does", async () => {
    await expect(watchSeedsOnThread(at("missing"), () => {})).rejects.toThrow(/ENOENT/);
  });
});
