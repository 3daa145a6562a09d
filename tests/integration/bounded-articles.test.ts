import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distinctWords, MEETING_SENTENCE, worstCases } from "../../bench/extract-cases.ts";
import type { Database } from "../../src/db/client.ts";
import { EXTRACTION_LIMITS } from "../../src/extract/index.ts";
import { MAX_SENTENCE_CHARS } from "../../src/extract/sentences.ts";
import { type IngestDeps, ingestFile } from "../../src/ingest/pipeline.ts";
import { silentLogger } from "../../src/logger.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import { searchAll, searchArticleIds } from "../../src/store/search.ts";
import { SEARCH_BODY_CHARS } from "../../src/store/search-sql.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

const MiB = 1024 * 1024;

// Just under the default MAX_FILE_BYTES (2 MiB): the largest files the service reads.
const FILES = {
  "distinct-words.txt": distinctWords(1_900_000),
  "repeated-no-stop.txt": worstCases(1_900_000)["sentence, no full stop"] as string,
  "repeated-no-stop-100k.txt": worstCases(100_000)["sentence, no full stop"] as string,
  "many-numbers.txt": worstCases(1_900_000)["many numbers"] as string,
};

interface Stored {
  id: number;
  body_chars: number;
  body_bytes: number;
  mentions: number;
  figures: number;
  mention_bytes: number;
  figure_bytes: number;
  longest_sentence: number;
}

describe("articles near MAX_FILE_BYTES that used to stop the ingest", () => {
  let testDb: TestDb;
  let db: Database;
  let seedsDir: string;
  let deps: IngestDeps;
  const stored = async (file: string): Promise<Stored> => {
    const rows = await db.sql.query<Stored>(
      `SELECT a.id, length(a.body) AS body_chars, pg_column_size(a.body) AS body_bytes,
              (SELECT count(*)::int FROM mention m WHERE m.article_id = a.id) AS mentions,
              (SELECT count(*)::int FROM figure f WHERE f.article_id = a.id) AS figures,
              (SELECT coalesce(sum(pg_column_size(m.*)), 0)::int FROM mention m WHERE m.article_id = a.id) AS mention_bytes,
              (SELECT coalesce(sum(pg_column_size(f.*)), 0)::int FROM figure f WHERE f.article_id = a.id) AS figure_bytes,
              greatest((SELECT max(m.sentence_end - m.sentence_start - (m."end" - m.start)) FROM mention m WHERE m.article_id = a.id),
                       (SELECT max(f.sentence_end - f.sentence_start - (f."end" - f.start)) FROM figure f WHERE f.article_id = a.id),
                       0) AS longest_sentence
         FROM article a WHERE a.path = $1`,
      [file],
    );
    const row = rows[0];
    if (!row) throw new Error(`${file} is not stored`);
    return row;
  };

  beforeAll(async () => {
    testDb = await createTestDb();
    db = await testDb.open();
    await syncCatalog(db.prisma);
    seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-bounded-"));
    for (const [name, text] of Object.entries(FILES)) {
      expect(Buffer.byteLength(text)).toBeLessThan(2 * MiB);
      fs.writeFileSync(path.join(seedsDir, name), text);
    }
    deps = { prisma: db.prisma, sql: db.sql, seedsDir, logger: silentLogger };
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it.each(Object.keys(FILES))("stores %s as an article with bounded evidence", async (file) => {
    const result = await ingestFile(deps, file);
    expect(result).toMatchObject({ path: file, status: "added" });
    const s = await stored(file);
    expect(s.mentions).toBeLessThanOrEqual(EXTRACTION_LIMITS.mentions);
    expect(s.figures).toBeLessThanOrEqual(EXTRACTION_LIMITS.figures);
    // Evidence is a few hundred kilobytes at most whatever the text: no copy of a sentence per row.
    expect(s.mention_bytes + s.figure_bytes).toBeLessThan(EXTRACTION_LIMITS.mentions * 200);
    expect(s.longest_sentence).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // A second look at the same bytes writes nothing.
    expect(await ingestFile(deps, file)).toMatchObject({ status: "unchanged" });
  });

  it("records the evidence of a repeated sentence up to the limits, first mentions first", async () => {
    const s = await stored("repeated-no-stop.txt");
    expect(s.figures).toBe(EXTRACTION_LIMITS.figures);
    const perFact = await db.sql.query<{ kind: string; entity_key: string; n: number }>(
      "SELECT kind, entity_key, count(*)::int AS n FROM mention WHERE article_id = $1 GROUP BY 1, 2",
      [s.id],
    );
    const meeting = perFact.find((r) => r.kind === "meeting");
    expect(meeting).toMatchObject({ entity_key: "AMM-58", n: EXTRACTION_LIMITS.evidencePerFact });
    for (const r of perFact.filter((r) => r.kind !== "figure"))
      expect(r.n).toBeLessThanOrEqual(EXTRACTION_LIMITS.evidencePerFact);
    const first = await db.sql.query<{ start: number; sentence_start: number; sentence_end: number }>(
      `SELECT start, sentence_start, sentence_end FROM mention
        WHERE article_id = $1 AND kind = 'meeting' ORDER BY start LIMIT 1`,
      [s.id],
    );
    const body = FILES["repeated-no-stop.txt"].slice("Tin hội nghị\n\n".length);
    expect(first[0]?.start).toBe(body.indexOf("Hội nghị Bộ trưởng Ngoại giao ASEAN"));
    expect(first[0]?.sentence_start).toBe(0);
  });

  it("searches the first SEARCH_BODY_CHARS characters of a long body, and stores the rest", async () => {
    const s = await stored("distinct-words.txt");
    expect(s.body_chars).toBeGreaterThan(SEARCH_BODY_CHARS * 10);
    const words = FILES["distinct-words.txt"].split("\n\n")[1]?.split(" ") ?? [];
    const early = words[10] as string;
    const late = words.at(-10) as string;
    expect(await searchArticleIds(db.sql, early)).toEqual([s.id]);
    expect(await searchArticleIds(db.sql, late)).toEqual([]);
    const page = await searchAll(db.sql, early, { first: 5 });
    expect(page.hits[0]?.snippet).toContain(`«${early}»`);
  });

  it("cuts a snippet quickly from a body where the word occurs thousands of times", async () => {
    const page = await searchAll(db.sql, "Bùi Thanh Sơn", { first: 5 });
    const hit = page.hits.find((h) => h.kind === "article");
    expect(hit?.snippet).toContain("«Bùi Thanh Sơn»");
    expect(hit?.snippet.length).toBeLessThan(MEETING_SENTENCE.length * 2);
  });
});
