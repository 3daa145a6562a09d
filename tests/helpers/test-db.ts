import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";

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
 * A fresh database of its own with no migration applied (for tests of a migration over data
 * stored before it): an empty database on the run's PostgreSQL server, or an embedded database in
 * a temp folder when no server answered.
 */
export async function createEmptyTestDb(): Promise<TestDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-empty-"));
  const template = inject("templateDatabaseUrl");
  if (!template) {
    return {
      url: undefined,
      dataDir,
      kind: "embedded",
      open: () => openDatabase({ dataDir }),
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = new URL(template);
  admin.pathname = "/postgres";
  const name = `seedgraph_empty_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await run(`CREATE DATABASE "${name}"`);
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
 * A fresh, migrated database of its own: a copy of the run's template on PostgreSQL, or an
 * embedded database in a temp folder when no server answered.
 */
export async function createTestDb(options: { embedded?: boolean } = {}): Promise<TestDb> {
  const template = options.embedded ? null : inject("templateDatabaseUrl");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-db-"));
  if (!template) {
    const db = await openDatabase({ dataDir });
    await migrate(db.sql);
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
  const name = `seedgraph_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  await client.end();
  const url = new URL(template);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    kind: "postgres",
    open: () => openDatabase({ url: url.toString(), dataDir }),
    async drop() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
