import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StartupError } from "../../src/errors.ts";
import type { Logger } from "../../src/logger.ts";
import { type Service, startService } from "../../src/main.ts";
import { makeSeedsDir, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";
import { waitFor } from "../helpers/wait-for.ts";

const presentArticles = async (service: Service) =>
  service.db.prisma.article.count({ where: { removedAt: null } });

/** A logger that keeps its lines, for what a test can only see in the log. */
function recordingLogger(lines: string[]): Logger {
  const keep = (line: string) => void lines.push(line);
  return { error: keep, warn: keep, info: keep, debug: () => {} };
}

describe("the database remembers which seeds folder it mirrors", () => {
  let testDb: TestDb;
  let first: string;
  let other: string;
  let linkDir: string;
  const services: Service[] = [];
  const start = async (dir: string, overrides = {}, options = {}) => {
    const service = await startTestApp(testDb, dir, overrides, options);
    services.push(service);
    return service;
  };
  beforeAll(async () => {
    testDb = await createTestDb();
    first = makeSeedsDir(["000_b85c5de12b388afb.txt", "001_83f2f5ee3d553817.txt"]);
    other = makeSeedsDir(["004_fbd71147380da296.txt"]);
    linkDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-folder-link-"));
  });
  afterAll(async () => {
    for (const service of services.reverse()) await service.stop().catch(() => {});
    await testDb?.drop();
    for (const dir of [first, other, linkDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to start on another folder, and keeps the stored articles", async () => {
    const a = await start(first);
    expect(await presentArticles(a)).toBe(2);
    await a.stop();
    const refused = await startTestApp(testDb, other).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as Error).message).toMatch(/is not the folder this database mirrors/);
    expect((refused as Error).message).toMatch(/SEEDS_DIR_ADOPT=true/);
    expect((refused as Error).message).not.toMatch(/\n/);
    const again = await start(first);
    expect(await again.reconciled).toMatchObject({ removed: 0, unchanged: 2 });
    await again.stop();
  });

  it("takes the same folder reached through a link for the same folder", async () => {
    const link = path.join(linkDir, "seeds");
    fs.symlinkSync(first, link);
    const service = await start(link);
    expect(await service.reconciled).toMatchObject({ removed: 0, unchanged: 2 });
    await service.stop();
  });

  it("does not take over the watch for another folder recorded after it started", async () => {
    if (testDb.kind === "embedded") return; // one process owns an embedded database
    const leader = await start(first);
    const lines: string[] = [];
    const config = {
      databaseUrl: testDb.url,
      port: 0,
      host: "127.0.0.1",
      seedsDir: first,
      dataDir: testDb.dataDir,
    };
    const follower = await startService(
      { ...config, logLevel: "silent", redisUrl: undefined },
      recordingLogger(lines),
    );
    services.push(follower);
    expect(follower.leadership.leading).toBe(false);
    // Meanwhile the database was adopted for another folder.
    const admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
    await admin.query("UPDATE seeds_folder SET path = $1", [fs.realpathSync(other)]);
    await admin.end();
    await leader.stop();
    await waitFor(() => lines.some((line) => /not watching: SEEDS_DIR .* is not the folder/.test(line)), {
      timeout: 10_000,
      message: "the follower to refuse the watch",
    });
    expect(follower.leadership.leading).toBe(false);
    expect(await presentArticles(follower)).toBe(2);
    await follower.stop();
  });

  it("adopts another folder on purpose with SEEDS_DIR_ADOPT", async () => {
    const adopted = await start(other, { seedsDirAdopt: true });
    expect(await adopted.reconciled).toMatchObject({ added: 1, removed: 2 });
    const row = await adopted.db.prisma.seedsFolder.findUnique({ where: { id: 1 } });
    expect(row?.path).toBe(fs.realpathSync(other));
    await adopted.stop();
    // From now on the first folder is the other one.
    expect(await startTestApp(testDb, first).catch((error: unknown) => error)).toBeInstanceOf(StartupError);
  });
});
