import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

// A connection lost inside a transaction (the server restarted, an administrator ended the
// backend) fails the transaction's statement; the process must go on serving.
describe("a transaction whose connection is lost", () => {
  let testDb: TestDb;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDb({ embedded: false });
    db = await testDb.open();
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it("rejects, discards the connection and leaves the next transaction working", async () => {
    const admin = new pg.Client({ connectionString: testDb.url as string });
    await admin.connect();
    try {
      const attempt = db.sql.transaction(async (tx) => {
        const [row] = await tx.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        await admin.query("SELECT pg_terminate_backend($1)", [row?.pid]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await tx.query("SELECT 1");
      });
      await expect(attempt).rejects.toBeDefined();
      const rows = await db.sql.transaction((tx) => tx.query<{ one: number }>("SELECT 1 AS one"));
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
    }
  });
});
