import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { ingestFile } from "../../src/ingest/pipeline.ts";
import { silentLogger } from "../../src/logger.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE, searchAll, searchArticleIds } from "../../src/store/search.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

const COPIES = 3000;
// Far above what these searches take on a quiet machine (tens to a few hundred milliseconds),
// far below what an unbounded one would (seconds per thousand articles rebuilt or rechecked).
const LIMIT_MS = 3000;

const HOSTILE: Record<string, string> = {
  "a name thousands of articles report": "Hoa Ky",
  "a word in every article": "ASEAN",
  "200 characters of one-letter words": Array.from({ length: 100 }, (_, i) =>
    String.fromCharCode(97 + (i % 26)),
  )
    .join(" ")
    .slice(0, MAX_QUERY_LENGTH),
  "200 characters of quoted phrases": Array.from({ length: 40 }, (_, i) => `"Mỹ ${i}"`)
    .join(" ")
    .slice(0, MAX_QUERY_LENGTH),
  "names, phrases and words in 200 characters":
    `"Hoa Kỳ" "Mỹ" "United States" "US" "Bộ trưởng Ngoại giao" hội nghị ASEAN lần thứ 58 Kuala Lumpur Lavrov Iwaya Takeshi hòa bình ổn định hợp tác kinh tế số`.slice(
      0,
      MAX_QUERY_LENGTH,
    ),
};

describe("search on hostile texts", () => {
  let testDb: TestDb;
  let db: Database;

  // The seeds, then COPIES copies of seed 000 (which names the United States as "Mỹ") linked to it.
  beforeAll(async () => {
    testDb = await createTestDb();
    db = await testDb.open();
    await syncCatalog(db.prisma);
    const seeds = path.resolve(import.meta.dirname, "../../seeds");
    for (const file of fs.readdirSync(seeds).sort()) {
      await ingestFile({ prisma: db.prisma, sql: db.sql, seedsDir: seeds, logger: silentLogger }, file);
    }
    await db.sql.query(
      `INSERT INTO article (path, content_hash, display_title, body, lang, word_count, extractor_version)
       SELECT 'gen/' || n || '.txt', a.content_hash, a.display_title || ' #' || n, a.body || ' (bản ' || n || ')',
              a.lang, a.word_count, a.extractor_version
         FROM article a CROSS JOIN generate_series(1, $1::int) AS n WHERE a.path LIKE '000%'`,
      [COPIES],
    );
    await db.sql.query(
      `INSERT INTO article_country (article_id, country_code)
       SELECT id, 'US' FROM article WHERE path LIKE 'gen/%'`,
    );
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it.each(Object.entries(HOSTILE))("answers %s in bounded time, one page at most", async (name, query) => {
    expect([...query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const started = performance.now();
    const page = await searchAll(db.sql, query, { first: MAX_SEARCH_PAGE });
    const ids = await searchArticleIds(db.sql, query);
    const ms = performance.now() - started;
    expect(page.hits.length).toBeLessThanOrEqual(MAX_SEARCH_PAGE);
    expect(page.totalCount).toBeGreaterThanOrEqual(ids.length);
    expect(ms).toBeLessThan(LIMIT_MS);
    process.stdout.write(
      `search, ${name}: ${page.totalCount} hits, ${ms.toFixed(0)} ms for a page and the ids\n`,
    );
  });

  it("finds every article the name reports and ranks them in one statement", async () => {
    const page = await searchAll(db.sql, "Hoa Ky", { first: 20 });
    expect(page.totalCount).toBeGreaterThan(COPIES);
    expect(page.hits.every((h) => h.kind === "article")).toBe(true);
    expect(page.hits[0]?.snippet).toContain("«Hoa Kỳ»");
  });
});
