import fs from "node:fs";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { StartupError } from "../../src/errors.ts";
import { startTestService, useTestService } from "../helpers/test-service.ts";

const SEED = "002_686e873e6aaa9cef.txt";
const COUNT = JSON.stringify({ query: "{ articles { totalCount } }" });

const totalCount = async (url: string) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: COUNT,
  });
  return ((await res.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
};

/** The databases of this test process (none with the embedded database). */
async function databases(): Promise<string[]> {
  const template = inject("templateDatabaseUrl");
  if (!template) return [];
  const admin = new URL(template);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const { rows } = await client
    .query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `seedgraph_test_${process.pid}_%`,
    ])
    .finally(() => client.end());
  return rows.map((r) => r.datname).sort();
}

describe("useTestService", () => {
  const served = useTestService({ files: [SEED] });
  const early = (() => {
    try {
      return served.url;
    } catch (error) {
      return error;
    }
  })();

  it("says so when read before its set-up ran", () => {
    expect(early).toBeInstanceOf(Error);
    expect((early as Error).message).toMatch(/^useTestService: the service is read before its set-up ran/);
  });

  it("serves the chosen seeds from a folder and a database of its own", async () => {
    expect(fs.readdirSync(served.seedsDir)).toEqual([SEED]);
    expect(served.url).toBe(served.service.url);
    expect(served.db.dataDir).toBeTruthy();
    expect(await served.service.reconciled).toMatchObject({ added: 1 });
    expect(await totalCount(served.url)).toBe(1);
  });

  it("starts again on the same database and folder", async () => {
    const first = served.service;
    await served.stop();
    expect(() => served.service).toThrow(/the service is not running/);
    await served.start();
    expect(served.service).not.toBe(first);
    expect(await served.service.reconciled).toMatchObject({ added: 0, unchanged: 1 });
    await served.restart();
    expect(await totalCount(served.url)).toBe(1);
  });
});

describe("startTestService", () => {
  let before: string[] = [];
  let left: { url: string; seedsDir: string; dataDir: string } | undefined;

  it("starts a service for the calling test", async () => {
    before = await databases();
    const { url, seedsDir, db } = await startTestService({ files: [] });
    left = { url, seedsDir, dataDir: db.dataDir };
    expect(await totalCount(url)).toBe(0);
  });

  it("has torn it down once that test finished", async () => {
    if (!left) throw new Error("the test before did not start its service");
    expect(fs.existsSync(left.seedsDir)).toBe(false);
    expect(fs.existsSync(left.dataDir)).toBe(false);
    await expect(fetch(left.url)).rejects.toThrow();
    expect(await databases()).toEqual(before);
  });

  it("fails with the start's error when the service does not start", async () => {
    const failed = await startTestService({
      files: [],
      config: { trustedDocuments: "/nonexistent.json" },
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(StartupError);
  });

  it("has dropped the database of the start that failed", async () => {
    expect(await databases()).toEqual(before);
  });
});
