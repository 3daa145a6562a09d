import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { migrate, type Repeatable, readMigrations, readRepeatables } from "../../src/db/migrate.ts";
import type { SqlExecutor } from "../../src/db/sql.ts";
import { createEmptyTestDb, createTestDb, type TestDb, useTestDb } from "../helpers/test-db.ts";

// The migration runner's repeatable step (src/db/migrate.ts): the files of src/store/sql/ applied
// again after the migrations whenever their checksum changes.

const repeatable = (name: string, sql: string): Repeatable => ({
  name,
  sql,
  checksum: createHash("sha256").update(sql).digest("hex"),
});

/** Every function the save's SQL file defines, with its definition and settings as stored. */
async function saveFunctions(sql: SqlExecutor) {
  return sql.query<{ name: string; def: string; config: string[] | null; version: string }>(
    `SELECT p.proname AS name, pg_get_functiondef(p.oid) AS def, p.proconfig AS config, p.xmin::text AS version
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.proname IN ('seedgraph_save_article', 'seedgraph_saved_meeting_key',
            'seedgraph_mentioned_meeting', 'seedgraph_save_article_with_relations', 'seedgraph_link_coverage',
            'seedgraph_save_article_linked')
      ORDER BY p.proname`,
  );
}

async function recorded(sql: SqlExecutor) {
  return sql.query<{ name: string; checksum: string; applied_at: Date | string }>(
    `SELECT name, checksum, applied_at FROM "seedgraph_repeatable" ORDER BY name`,
  );
}

describe("the repeatable step", () => {
  const open = useTestDb();
  let db: Database;
  beforeAll(() => {
    db = open().db;
  });

  it("records the save's SQL with its checksum, and skips it while it is unchanged", async () => {
    const files = readRepeatables();
    expect(files.map((f) => f.name)).toContain("save-article.sql");
    const before = await recorded(db.sql);
    expect(before.map((r) => [r.name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    const functions = await saveFunctions(db.sql);
    expect(functions).toHaveLength(6);
    expect(await migrate(db.sql)).toEqual({ applied: [], modified: [] });
    // Not applied again: the rows and the functions are the ones from before.
    expect(await recorded(db.sql)).toEqual(before);
    expect(await saveFunctions(db.sql)).toEqual(functions);
  });

  it("applies the file again when its checksum changed, to the same definitions and settings", async () => {
    const file = readRepeatables().find((f) => f.name === "save-article.sql") as Repeatable;
    const before = await saveFunctions(db.sql);
    await db.sql.query(
      `UPDATE "seedgraph_repeatable" SET checksum = 'stale' WHERE name = 'save-article.sql'`,
    );
    expect(await migrate(db.sql)).toEqual({ applied: ["save-article.sql"], modified: [] });
    const after = await saveFunctions(db.sql);
    // Created again (new catalogue rows), as they were: text, parameters, settings.
    for (const [i, fn] of after.entries()) expect(fn.version, fn.name).not.toBe(before[i]?.version);
    const strip = (rows: typeof before) => rows.map(({ version: _, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
    expect(after.find((f) => f.name === "seedgraph_save_article_linked")?.config).toEqual([
      "jit=off",
      "plan_cache_mode=force_generic_plan",
    ]);
    const rows = await recorded(db.sql);
    expect(rows.find((r) => r.name === "save-article.sql")?.checksum).toBe(file.checksum);
  });

  it("applies a changed file, skips an unchanged one, and applies none of a step that fails", async () => {
    const fn = (name: string, value: number) =>
      repeatable(
        `${name}.sql`,
        `CREATE OR REPLACE FUNCTION seedgraph_${name.replace("-", "_")}() RETURNS int LANGUAGE sql RETURN ${value};`,
      );
    const value = async (name: string) =>
      (await db.sql.query<{ v: number }>(`SELECT seedgraph_${name}() AS v`))[0]?.v;
    expect((await migrate(db.sql, [], [fn("t-a", 1), fn("t-b", 2)])).applied).toEqual(["t-a.sql", "t-b.sql"]);
    expect((await migrate(db.sql, [], [fn("t-a", 1), fn("t-b", 3)])).applied).toEqual(["t-b.sql"]);
    expect([await value("t_a"), await value("t_b")]).toEqual([1, 3]);
    const checksums = await recorded(db.sql);
    // t-a changes but t-c fails: the step is one transaction, so t-a stays as it was.
    const broken = repeatable("t-c.sql", "SELECT nope FROM nowhere;");
    await expect(migrate(db.sql, [], [fn("t-a", 4), fn("t-b", 3), broken])).rejects.toThrow(
      /repeatable t-c\.sql failed/,
    );
    expect(await value("t_a")).toBe(1);
    expect(await recorded(db.sql)).toEqual(checksums);
  });

  it("applies a changed file once when two processes migrate at once", async (ctx) => {
    // The embedded database is opened by one process at a time.
    const { testDb } = open();
    if (testDb.kind === "embedded") ctx.skip();
    const other = await testDb.open();
    try {
      // Slow enough that the second process arrives while the first applies it.
      const slow = repeatable(
        "t-once.sql",
        `CREATE TABLE IF NOT EXISTS t_once (n int);
         INSERT INTO t_once VALUES (1);
         SELECT pg_sleep(0.3);`,
      );
      const results = await Promise.all([migrate(db.sql, [], [slow]), migrate(other.sql, [], [slow])]);
      expect(results.flatMap((r) => r.applied)).toEqual(["t-once.sql"]);
      expect(await db.sql.query("SELECT n FROM t_once")).toEqual([{ n: 1 }]);
    } finally {
      await other.close();
    }
  });

  it("leaves a database migrated up to a migration as the code of that day left it", async () => {
    const empty = await createEmptyTestDb();
    const old = await empty.open();
    try {
      const { applied } = await migrate(
        old.sql,
        readMigrations().filter((m) => m.name < "20261206040000_relations"),
      );
      expect(applied).not.toContain("save-article.sql");
      const tables = await old.sql.query("SELECT 1 FROM pg_class WHERE relname = 'seedgraph_repeatable'");
      expect(tables).toHaveLength(0);
      // The rest, then the file: the functions of today.
      const rest = await migrate(old.sql);
      expect(rest.applied.at(-1)).toBe("save-article.sql");
      expect(await saveFunctions(old.sql)).toHaveLength(6);
    } finally {
      await old.close();
      await empty.drop();
    }
  });
});

describe("the repeatable step on the embedded database", () => {
  let testDb: TestDb;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDb({ embedded: true });
    db = await testDb.open();
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it("records the file when it migrates, skips it next time, and applies it again once changed", async () => {
    const files = readRepeatables();
    expect((await recorded(db.sql)).map((r) => [r.name, r.checksum])).toEqual(
      files.map((f) => [f.name, f.checksum]),
    );
    expect(await migrate(db.sql)).toEqual({ applied: [], modified: [] });
    await db.sql.query(`UPDATE "seedgraph_repeatable" SET checksum = 'stale'`);
    expect((await migrate(db.sql)).applied).toEqual(files.map((f) => f.name));
    expect(
      (await saveFunctions(db.sql)).find((f) => f.name === "seedgraph_save_article_linked")?.config,
    ).toEqual(["jit=off", "plan_cache_mode=force_generic_plan"]);
  });
});
