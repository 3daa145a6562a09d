/**
 * Stories that link the Vietnamese and English coverage of one event (migration
 * 20261206070000_coverage_stories): two real press reports of the opening of the 37th ASEAN Summit
 * (12 November 2020), one in each language, join one story; a report of the same summit dated a
 * week later, or a report in the same language, does not.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { ingestFile } from "../../src/ingest/pipeline.ts";
import { silentLogger } from "../../src/logger.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

const PRESS = path.resolve(import.meta.dirname, "../fixtures/press/dev");
const VI = "summit-01-asean37-khai-mac.txt";
const EN = "r7-en-07-asean-summit-2020-opening-hanoi-suga-first.txt";

describe("stories across languages", () => {
  let testDb: TestDb;
  let db: Database;
  let seedsDir: string;
  const ingest = async (file: string) =>
    (await ingestFile({ prisma: db.prisma, sql: db.sql, seedsDir, logger: silentLogger }, file)).status;
  const storyOf = async (file: string) =>
    (
      await db.sql.query<{ story_id: number | null }>("SELECT story_id FROM article WHERE path = $1", [file])
    )[0]?.story_id ?? null;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = await testDb.open();
    await syncCatalog(db.prisma);
    seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-coverage-"));
    fs.copyFileSync(path.join(PRESS, VI), path.join(seedsDir, VI));
    fs.copyFileSync(path.join(PRESS, EN), path.join(seedsDir, EN));
    // The English report again, dated a week later: same meetings and people, another day.
    const later = fs.readFileSync(path.join(PRESS, EN), "utf8").replace("date 2020-11-13", "date 2020-11-20");
    fs.writeFileSync(path.join(seedsDir, "en-week-later.txt"), later);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
    if (seedsDir) fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("links the English report of the summit's opening to the Vietnamese one, whichever comes first", async () => {
    expect(await ingest(EN)).toBe("added");
    expect(await storyOf(EN)).toBeNull();
    expect(await ingest(VI)).toBe("added");
    const story = await storyOf(VI);
    expect(story).not.toBeNull();
    expect(await storyOf(EN)).toBe(story);
  });

  it("leaves a report of the same meetings published a week apart out of the story", async () => {
    // Without the English report of the day (which shares its words and so its story).
    await db.sql.query("DELETE FROM article WHERE path = $1", [EN]);
    await db.sql.query("UPDATE article SET story_id = NULL");
    expect(await ingest("en-week-later.txt")).toBe("added");
    const dated = await db.sql.query<{ published_at: string }>(
      "SELECT published_at::text FROM article WHERE path = 'en-week-later.txt'",
    );
    expect(dated[0]?.published_at).toBe("2020-11-20");
    expect(await storyOf("en-week-later.txt")).toBeNull();
    expect(await storyOf(VI)).toBeNull();
  });
});
