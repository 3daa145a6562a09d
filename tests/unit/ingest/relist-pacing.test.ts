import type { FSWatcher } from "chokidar";
import { NodeFsHandler } from "chokidar/handler.js";
import { describe, expect, it } from "vitest";
import { forgetFolder, paceFolderRelists, relistSoon } from "../../../src/ingest/relist-pacing.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Something shaped like chokidar's folder handler whose listings take `ms` each (on the clock,
 * not the CPU) and are recorded with their arguments.
 */
function fakeHandler(ms: number, settle: "resolve" | "never" = "resolve") {
  const listings: { directory: string; initialAdd: boolean; rest: unknown[]; at: number }[] = [];
  let running = 0;
  let overlapped = false;
  const proto = {
    _handleRead(directory: string, initialAdd: boolean, ...rest: unknown[]): Promise<unknown> {
      listings.push({ directory, initialAdd, rest, at: performance.now() });
      if (++running > 1) overlapped = true;
      if (settle === "never") return new Promise(() => {});
      return sleep(ms).then(() => {
        running--;
      });
    },
  };
  const fsw = { closed: false };
  const handler = Object.assign(Object.create(proto), { fsw }) as typeof proto;
  /** A change in `directory`, as chokidar's folder watch reports it. */
  const change = (directory = "/seeds") =>
    handler._handleRead(directory, false, "helpers", undefined, directory, 0, undefined);
  return { proto, handler, fsw, listings, change, overlapped: () => overlapped };
}

/** A paced fake handler with 20 ms listings, and a watcher object that leads to it. */
function pacedWatcher() {
  const fake = fakeHandler(20);
  paceFolderRelists(fake.proto, { share: 0.2 });
  return { fake, watcher: { _nodeFsHandler: fake.handler } as unknown as FSWatcher };
}

describe("paceFolderRelists", () => {
  it("is installed on chokidar's own folder handler", () => {
    expect(paceFolderRelists()).toBe(true);
    // Installing twice keeps one layer.
    const paced = NodeFsHandler.prototype._handleRead;
    expect(paceFolderRelists()).toBe(true);
    expect(NodeFsHandler.prototype._handleRead).toBe(paced);
  });

  it("changes nothing when the method it wraps is missing", () => {
    const proto = { _handleRead: undefined };
    expect(paceFolderRelists(proto)).toBe(false);
    expect(proto._handleRead).toBeUndefined();
  });

  it("lists at once after a quiet spell, with chokidar's arguments", async () => {
    const fake = fakeHandler(5);
    paceFolderRelists(fake.proto, { share: 0.2 });
    const result = fake.change();
    expect(result).toBeInstanceOf(Promise);
    expect(fake.listings).toHaveLength(1);
    expect(fake.listings[0]).toMatchObject({
      directory: "/seeds",
      initialAdd: false,
      rest: ["helpers", undefined, "/seeds", 0, undefined],
    });
    await result;
  });

  it("leaves start-up listings and single-file watches alone", async () => {
    const fake = fakeHandler(20);
    paceFolderRelists(fake.proto, { share: 0.2 });
    await Promise.all([
      fake.handler._handleRead("/seeds", true, "helpers", undefined, "/seeds", 0, undefined),
      fake.handler._handleRead("/seeds", true, "helpers", undefined, "/seeds", 0, undefined),
      fake.handler._handleRead("/seeds", false, "helpers", "one.txt", "/seeds", 0, undefined),
    ]);
    expect(fake.listings).toHaveLength(3);
  });

  it("under a steady stream of changes, lists within its share of time and once after the last change", async () => {
    const fake = fakeHandler(20);
    paceFolderRelists(fake.proto, { share: 0.2 });
    const started = performance.now();
    let lastChange = started;
    for (let i = 0; i < 200; i++) {
      fake.change();
      lastChange = performance.now();
      await sleep(2);
    }
    const streamMs = lastChange - started;
    // Each 20 ms listing is followed by at least 80 ms of rest. Unpaced, chokidar lists back to
    // back: one listing every 20 ms or so, several times as many.
    expect(fake.listings.length).toBeLessThanOrEqual(Math.ceil(streamMs / 100) + 1);
    expect(fake.listings.length).toBeGreaterThanOrEqual(2);
    expect(fake.overlapped()).toBe(false);
    for (let i = 1; i < fake.listings.length; i++) {
      const gap = (fake.listings[i]?.at ?? 0) - (fake.listings[i - 1]?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(100 - 5); // timers may fire a little early
    }
    // The changes since the last listing are covered by one more, after the rest.
    await sleep(300);
    expect(fake.listings.at(-1)?.at).toBeGreaterThanOrEqual(lastChange);
    const count = fake.listings.length;
    await sleep(300);
    expect(fake.listings).toHaveLength(count);
  });

  it("paces each folder on its own", async () => {
    const fake = fakeHandler(20);
    paceFolderRelists(fake.proto, { share: 0.2 });
    fake.change("/seeds/a");
    fake.change("/seeds/b");
    expect(fake.listings.map((l) => l.directory)).toEqual(["/seeds/a", "/seeds/b"]);
    await sleep(30);
  });

  it("lists nothing more once the watcher is closed", async () => {
    const fake = fakeHandler(10);
    paceFolderRelists(fake.proto, { share: 0.2 });
    await fake.change();
    fake.change(); // within the rest: deferred
    fake.fsw.closed = true;
    await sleep(80);
    expect(fake.listings).toHaveLength(1);
  });

  it("does not stop listing a folder when a listing never ends", async () => {
    const fake = fakeHandler(0, "never");
    paceFolderRelists(fake.proto, { share: 0.2, watchdogMs: 30 });
    fake.change();
    fake.change();
    expect(fake.listings).toHaveLength(1);
    await sleep(45);
    // The watchdog let the deferred change through, without a rest after the hung listing.
    expect(fake.listings).toHaveLength(2);
  });

  it("lists at once, without the rest, when asked to, but at most once per rest", async () => {
    const { fake, watcher } = pacedWatcher();
    await fake.change(); // 20 ms listing, then 80 ms of rest
    fake.change(); // deferred
    expect(fake.listings).toHaveLength(1);
    relistSoon(watcher, "/seeds"); // a sub-folder appeared: now
    expect(fake.listings).toHaveLength(2);
    await sleep(25);
    // Asked again within the rest of the listing asked for: it waits its turn like any change.
    fake.change();
    relistSoon(watcher, "/seeds");
    expect(fake.listings).toHaveLength(2);
    await sleep(150);
    expect(fake.listings).toHaveLength(3);
    const [, second, third] = fake.listings;
    expect((third?.at ?? 0) - (second?.at ?? 0)).toBeGreaterThanOrEqual(100 - 5);
    // Other folders, and folders never listed since start-up, are left alone.
    relistSoon(watcher, "/elsewhere");
    await sleep(50);
    expect(fake.listings).toHaveLength(3);
  });

  it("forgets a folder that went: no listing still due is made, and a new one is not held back", async () => {
    const { fake, watcher } = pacedWatcher();
    await fake.change("/seeds/sub"); // 20 ms listing, then 80 ms of rest
    fake.change("/seeds/sub"); // deferred to the end of the rest
    void fake.change("/seeds"); // another folder: kept
    forgetFolder(watcher, "/seeds/sub");
    await sleep(120);
    expect(fake.listings.map((l) => l.directory)).toEqual(["/seeds/sub", "/seeds"]);
    // A folder made again at the path is listed at once on its first change.
    fake.change("/seeds/sub");
    expect(fake.listings).toHaveLength(3);
    // One still under way when the folder went is not followed by the listing asked for meanwhile.
    const running = fake.change("/seeds/other");
    fake.change("/seeds/other");
    forgetFolder(watcher, "/seeds/other");
    await running;
    await sleep(120);
    expect(fake.listings.filter((l) => l.directory === "/seeds/other")).toHaveLength(1);
    forgetFolder(watcher, "/never-listed"); // nothing to forget
  });

  it("has a change made during a listing listed right after it, when asked to", async () => {
    const { fake, watcher } = pacedWatcher();
    void fake.change();
    relistSoon(watcher, "/seeds"); // the listing under way was started by this very notice
    await sleep(40);
    expect(fake.listings).toHaveLength(1); // and no second one races it
    void fake.change(); // no rest after a listing asked for: at once
    fake.change(); // during it: one more is due after its rest...
    relistSoon(watcher, "/seeds"); // ...or at once, when something appeared meanwhile
    await sleep(40);
    expect(fake.listings).toHaveLength(3);
    const [, second, third] = fake.listings;
    expect((third?.at ?? 0) - (second?.at ?? 0)).toBeLessThan(40);
  });
});
