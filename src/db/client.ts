import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { StartupError } from "../errors.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { SqlExecutor, SqlRunner } from "./sql.ts";

export type { PrismaClient } from "../generated/prisma/client.ts";

/** An open database: the Prisma client, raw SQL, and how to close both. */
export interface Database {
  prisma: PrismaClient;
  sql: SqlRunner;
  kind: "postgres" | "embedded";
  /** Where it lives, without credentials, for log lines. */
  description: string;
  /**
   * A session-level advisory lock on a connection of its own, held until released or until that
   * connection drops (then `onLost` is called). The embedded database lives in one process, so
   * there its lock is always granted.
   */
  lockSession(onLost: () => void): Promise<LockSession>;
  close(): Promise<void>;
}

export interface LockSession {
  /** Tries to take the lock without waiting. */
  tryLock(key: number): Promise<boolean>;
  /** Releases the lock and the connection. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL; when absent the embedded database is used. */
  url?: string | undefined;
  /** Folder for the embedded database (created if missing). */
  dataDir: string;
}

/** Opens PostgreSQL through `@prisma/adapter-pg`, or the embedded PGlite when no URL is given. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url) : openEmbedded(options.dataDir);
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function openPostgres(url: string): Promise<Database> {
  const description = describeUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on("error", () => {}); // idle-client errors surface on the next query instead
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`cannot connect to PostgreSQL at ${description}: ${reason}`);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const run = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (script: string) => {
      await client.query(script);
    },
  });
  const sql: SqlRunner = {
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(run(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return {
    prisma,
    sql,
    kind: "postgres",
    description,
    async lockSession(onLost) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      let closing = false;
      client.on("error", () => {});
      client.on("end", () => {
        if (!closing) onLost();
      });
      await client.connect();
      return {
        tryLock: async (key) =>
          (await client.query("SELECT pg_try_advisory_lock($1) AS ok", [key])).rows[0]?.ok === true,
        async close() {
          closing = true;
          await client.end().catch(() => {});
        },
      };
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir, "pglite");
  fs.mkdirSync(dir, { recursive: true });
  let db: PGlite;
  try {
    // Search needs these contrib extensions (the migrations CREATE EXTENSION them).
    db = await PGlite.create(dir, { extensions: { unaccent, pg_trgm } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`cannot open the embedded database in ${dir}: ${reason}`);
  }
  const run = (client: Pick<PGlite, "query" | "exec">): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (script: string) => {
      await client.exec(script);
    },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    prisma,
    sql: { ...run(db), transaction: (fn) => db.transaction((tx) => fn(run(tx))) },
    kind: "embedded",
    description: `embedded PostgreSQL in ${dir}`,
    lockSession: async () => ({ tryLock: async () => true, close: async () => {} }),
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}
