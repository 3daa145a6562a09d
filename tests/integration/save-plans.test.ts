import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import type { SqlExecutor } from "../../src/db/sql.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { saveArticle } from "../../src/store/article-store.ts";
import { useTestDb } from "../helpers/test-db.ts";

// A save must not read a table whose size grows with the corpus from end to end: with thousands
// of people and meetings stored, every lookup the save makes by a document's value goes through an
// index. Checked on the plans PostgreSQL itself reports for every statement the save function
// runs (auto_explain, nested statements), which only a server lets a session load.
describe("the save's plans on a large store", () => {
  const open = useTestDb({ catalog: true });

  it("look up people and meetings through their indexes, never by reading every row", async (ctx) => {
    const { testDb } = open();
    if (testDb.kind === "embedded" || testDb.url === undefined) ctx.skip();
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO person (name, aliases) SELECT 'Stored Person ' || i, '{}' FROM generate_series(1, 3000) i;
        INSERT INTO meeting (key, series, level, name, name_vi)
          SELECT 'AMM-' || (1000 + i), 'AMM', 'foreign_ministers', 'AMM ' || i, 'AMM ' || i
            FROM generate_series(1, 3000) i;
        ANALYZE`);
      const plans: string[] = [];
      client.on("notice", (notice) => plans.push(notice.message ?? ""));
      await client.query(`LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0;
        SET auto_explain.log_nested_statements = on; SET auto_explain.log_level = notice`);
      const sql: SqlExecutor = {
        query: async (text, params) => (await client.query(text, params)).rows,
        exec: async (script) => void (await client.query(script)),
      };
      // Seed 001 names people who took part in meetings: the participants are saved too.
      const text = fs.readFileSync(
        path.join(import.meta.dirname, "../../seeds/001_83f2f5ee3d553817.txt"),
        "utf8",
      );
      const extraction = extractArticle(text);
      expect(extraction.participants.length).toBeGreaterThan(0);
      await saveArticle(sql, { path: "plans/001.txt", contentHash: "h1", extraction }, null);
      const saved = await client.query("SELECT count(*)::int AS n FROM participation");
      expect(saved.rows[0].n).toBeGreaterThan(0);
      const inSave = plans.filter((p) =>
        /INSERT INTO (participation|article_person|meeting)|WITH old AS/.test(p),
      );
      expect(inSave.length).toBeGreaterThanOrEqual(2);
      for (const plan of inSave) {
        expect(plan).not.toMatch(/Seq Scan on person/);
        expect(plan).not.toMatch(/Seq Scan on meeting/);
      }
    } finally {
      await client.end();
    }
  });
});
