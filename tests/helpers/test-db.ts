import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";
import type { SqlRunner } from "../../src/db/sql.ts";
import { syncCatalog } from "../../src/store/catalog.ts";

export interface TestDb {
  /** postgres:// URL of this database, or undefined for the embedded one. */
  url: string | undefined;
  /** Folder for the embedded database (unused with PostgreSQL). */
  dataDir: string;
  kind: "postgres" | "embedded";
  /** Opens a client on it (the caller closes it). */
  open(): Promise<Database>;
  /** Drops the database / removes the folder. */
  drop(): Promise<void>;
}

/**
 * A database of its own in a new temp folder: on the run's PostgreSQL server when one answered
 * (created empty, or as a copy of the run's migrated template), else embedded (`prepare` readies
 * it: a migration, or nothing).
 */
async function freshDb(
  template: string | null | undefined,
  from: "empty" | "template",
  prepare: (db: Database) => Promise<unknown>,
): Promise<TestDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-db-"));
  if (!template) {
    const db = await openDatabase({ dataDir });
    await prepare(db);
    await db.close();
    return {
      url: undefined,
      dataDir,
      kind: "embedded",
      open: () => openDatabase({ dataDir }),
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = new URL(template);
  const templateName = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  const name = `seedgraph_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await run(`CREATE DATABASE "${name}"${from === "template" ? ` TEMPLATE "${templateName}"` : ""}`);
  const url = new URL(template);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    kind: "postgres",
    open: () => openDatabase({ url: url.toString(), dataDir }),
    async drop() {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database of its own with no migration applied (for tests of a migration over data
 * stored before it): an empty database on the run's PostgreSQL server, or an embedded database in
 * a temp folder when no server answered.
 */
export function createEmptyTestDb(): Promise<TestDb> {
  return freshDb(inject("templateDatabaseUrl"), "empty", async () => {});
}

/**
 * A fresh, migrated database of its own: a copy of the run's template on PostgreSQL, or an
 * embedded database in a temp folder when no server answered.
 */
export function createTestDb(options: { embedded?: boolean } = {}): Promise<TestDb> {
  const template = options.embedded ? null : inject("templateDatabaseUrl");
  return freshDb(template, "template", (db) => migrate(db.sql));
}

/**
 * `sql` with the article save sent to `save` instead of the function the code calls now: a test
 * of a migration stores articles as the code of its day did, before later wrappers of the save.
 */
export function savingThrough(sql: SqlRunner, save: string): SqlRunner {
  return {
    ...sql,
    query: <T>(text: string, params?: unknown[]) =>
      sql.query<T>(text.replace(/FROM seedgraph_save_article\w*\(/, `FROM ${save}(`), params),
  };
}

/**
 * A fresh migrated database (with the catalog when `catalog`), opened for the tests of the
 * enclosing `describe` and dropped after them, its tear-down registered here: `get()` returns it
 * and its client.
 */
export function useTestDb(options: { catalog?: boolean } = {}): () => { testDb: TestDb; db: Database } {
  let testDb: TestDb | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    db = await testDb.open();
    if (options.catalog) await syncCatalog(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });
  return () => {
    if (!testDb || !db) throw new Error("the database is not open yet");
    return { testDb, db };
  };
}

/** {@link useTestDb} with the catalog. */
export const useCatalogDb = () => useTestDb({ catalog: true });
