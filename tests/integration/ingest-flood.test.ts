import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { makeSeedsDir, SEEDS, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";
import { waitFor } from "../helpers/wait-for.ts";

const ARTICLE = fs.readFileSync(path.join(SEEDS, "000_b85c5de12b388afb.txt"), "utf8");
const QUEUE_SIZE = 20;
const FLOOD = 300;

describe("a flood of files larger than the ingest queue", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir([]);
    service = await startTestApp(testDb, seedsDir, { ingestQueueSize: QUEUE_SIZE });
  });
  afterAll(async () => {
    await service?.stop();
    await testDb?.drop();
    if (seedsDir) fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("ingests every file without a restart", async () => {
    // Written out of sight (hidden folder), then renamed in at once.
    const staging = path.join(seedsDir, ".staging");
    fs.mkdirSync(staging);
    const names = Array.from({ length: FLOOD }, (_, i) => `flood-${String(i).padStart(4, "0")}.txt`);
    for (const name of names) fs.writeFileSync(path.join(staging, name), `${ARTICLE}\nbulletin ${name}\n`);
    for (const name of names) fs.renameSync(path.join(staging, name), path.join(seedsDir, name));
    fs.rmdirSync(staging);
    const stored = await waitFor(
      async () => {
        const n = await service.db.prisma.article.count({ where: { removedAt: null } });
        return n === FLOOD ? n : null;
      },
      { timeout: 60_000, interval: 200, message: `all ${FLOOD} files to be ingested` },
    );
    expect(stored).toBe(FLOOD);
    await service.idle();
    expect(await service.db.prisma.ingestFailure.count()).toBe(0);
    const paths = (await service.db.prisma.article.findMany({ select: { path: true } })).map((a) => a.path);
    expect(paths.sort()).toEqual(names);
  }, 90_000);
});
