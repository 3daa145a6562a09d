import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { StartupError } from "../errors.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { lockDataDir } from "./data-dir-lock.ts";
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
  /**
   * Runs `statements` (in order, each with its parameters) on every connection of the pool: now
   * on those already open, and on each new one before its first use. For work a connection pays
   * for once (the save function's plans, see warmUpSave). Absent when embedded (one connection).
   */
  warmEachConnection?(statements: readonly WarmStatement[]): Promise<void>;
  /** The raw SQL pool's connections (open, idle) and requests waiting for one; none when embedded. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/** A statement {@link Database.warmEachConnection} runs; a failure is ignored. */
export interface WarmStatement {
  text: string;
  values?: unknown[];
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
  /**
   * How long to keep trying a PostgreSQL server that cannot be reached yet (refused, timed out,
   * unknown host, starting up), in seconds. Default 0: fail at once. Other errors (bad password,
   * missing database) always fail at once.
   */
  waitSeconds?: number;
  /** Where each failed attempt is reported while waiting. */
  logger?: Logger;
  /**
   * What opens the embedded database, recorded in its lock for the message a second process
   * gets (`seedgraph ingest`). Default: read from `process.argv`.
   */
  command?: string | undefined;
}

/**
 * Opens PostgreSQL through `@prisma/adapter-pg`, or the embedded PGlite when no URL is given.
 * The embedded database is taken for this process alone (`DATA_DIR/seedgraph.lock`) until
 * `close()`; a second opener gets a `StartupError` naming the first.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options) : openEmbedded(options);
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

// Errors that mean "the server is not there (yet), or dropped the connection" rather than "the
// request is wrong": node socket codes, SQLSTATE classes 08 and 57P (shutdown, starting up), too
// many connections, and how Prisma and its pg adapter name the same things.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ECONNABORTED",
  "08000",
  "08001",
  "08003",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2037",
]);
const CONNECTION_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/**
 * Marks a statement worth preparing: `/* seedgraph:save-article *\/`, through Prisma and through
 * raw SQL alike.
 */
const PREPARED_MARK = /^\/\* seedgraph:([\w-]+) \*\//;

const CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection timeout|timeout expired|server closed the connection|not queryable|database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Says why `error` is a connection-level problem worth retrying once the database is back (a
 * short reason such as `ECONNREFUSED`), or null for anything else. Looks through `cause`,
 * Prisma's driver-adapter error and the attempts of an `AggregateError`.
 */
export function connectionProblem(error: unknown): string | null {
  const seen = new Set<unknown>();
  const visit = (e: unknown): string | null => {
    if (e === null || typeof e !== "object" || seen.has(e)) return null;
    seen.add(e);
    const { code, kind, message, severity, cause, meta, errors } = e as Record<string, unknown>;
    // A server's own message ("the database system is starting up") says more than its SQLSTATE.
    if (typeof code === "string" && CONNECTION_CODES.has(code))
      return typeof severity === "string" && typeof message === "string" ? message : code;
    if (typeof kind === "string" && CONNECTION_KINDS.has(kind)) return kind;
    // Prisma's own errors quote the calling code and its arguments in their message, so only
    // their code and the driver error they wrap are read.
    const fromPrisma = typeof (e as { clientVersion?: unknown }).clientVersion === "string";
    if (!fromPrisma && typeof message === "string" && CONNECTION_MESSAGES.test(message)) return message;
    const inner = [cause, (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError];
    if (Array.isArray(errors)) inner.push(...errors);
    for (const next of inner) {
      const found = visit(next);
      if (found) return found;
    }
    return null;
  };
  return visit(error);
}

/** Waits for the server to answer, retrying connection-level errors with backoff until `waitSeconds` pass. */
async function firstContact(pool: pg.Pool, url: string, options: OpenDatabaseOptions): Promise<void> {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}`;
  const deadline = Date.now() + (options.waitSeconds ?? 0) * 1000;
  for (let backoff = 500; ; backoff = Math.min(backoff * 2, 5000)) {
    try {
      await pool.query("select 1");
      return;
    } catch (error) {
      const problem = connectionProblem(error);
      const left = deadline - Date.now();
      if (problem === null || left <= 0) {
        const reason = (error instanceof Error && error.message) || problem || String(error);
        const waited = problem && options.waitSeconds ? ` (gave up after ${options.waitSeconds} s)` : "";
        throw new StartupError(`cannot connect to PostgreSQL at ${describeUrl(url)}: ${reason}${waited}`);
      }
      const ms = Math.min(backoff, left);
      options.logger?.warn(
        `database at ${where} unreachable (${problem}); retrying in ${Number((ms / 1000).toFixed(1))} s`,
      );
      await sleep(ms);
    }
  }
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const description = describeUrl(url);
  // Idle connections stay open (pg-pool closes them after 10 s by default): a connection carries
  // the save function's plans, and with the default a server that saw a file a minute saved each
  // on a new connection, at three times the cost of a save on a warm one (bench:live).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 0,
  });
  pool.on("error", () => {}); // idle-client errors surface on the next query instead
  let warming: readonly WarmStatement[] = [];
  // Queued on the new connection before the pool hands it out: its first user's statements run
  // after these, never between them.
  const warm = (client: pg.ClientBase) => {
    for (const w of warming) client.query(w.text, w.values).catch(() => {});
  };
  pool.on("connect", warm);
  try {
    await firstContact(pool, url, options);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, {
      // Statements marked `/* seedgraph:<name> */` (the article save) are prepared once per
      // connection; the rest stay unnamed, so the set of prepared statements stays small.
      statementNameGenerator: (query) => PREPARED_MARK.exec(query.sql)?.[1] as string,
    }),
  });
  const run = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      // Marked statements are prepared once per connection, as through Prisma.
      const name = PREPARED_MARK.exec(sql)?.[1];
      const result = name
        ? await client.query({ name, text: sql, values: params })
        : await client.query(sql, params);
      return result.rows as T[];
    },
    exec: async (script: string) => {
      await client.query(script);
    },
  });
  const sql: SqlRunner = {
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // A connection lost while checked out also emits 'error' on the client (its query fails
      // too): unheard, that event would end the process. The client is then discarded, not pooled.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on("error", onError);
      try {
        await client.query("BEGIN");
        const result = await fn(run(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.off("error", onError);
        client.release(lost);
      }
    },
  };
  return {
    prisma,
    sql,
    kind: "postgres",
    description,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async warmEachConnection(statements) {
      warming = statements;
      // Every connection open now, checked out at once so that each is a different one.
      const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
      try {
        for (const client of clients) warm(client);
        await Promise.all(clients.map((client) => client.query("SELECT 1")));
      } finally {
        for (const client of clients) client.release();
      }
    },
    async lockSession(onLost) {
      // Keep-alive probes notice a connection that died without a word (the lock went with it).
      const client = new pg.Client({
        connectionString: url,
        connectionTimeoutMillis: 5000,
        keepAlive: true,
        // The system default waits two hours before the first probe; a dead lock connection must
        // be noticed within seconds, or two instances could both believe they watch.
        keepAliveInitialDelayMillis: 10_000,
      });
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

/**
 * Stops what a PGlite that failed to start left running: PostgreSQL arms an interval timer
 * during start-up (emscripten implements it with `setTimeout`) that nobody disarms when start-up
 * fails, and it would keep the process alive forever. Exiting the runtime clears it and closes
 * the files it had open.
 */
function disposeFailed(db: PGlite): void {
  try {
    (db.Module as PGlite["Module"] | undefined)?._emscripten_force_exit(1);
  } catch {
    // It reports the exit by throwing ExitStatus.
  }
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  // One process at a time: a second PGlite on the same folder corrupts it (see data-dir-lock.ts).
  const lock = await lockDataDir(options.dataDir, { command: options.command });
  if (lock.replaced)
    options.logger?.debug(
      lock.replaced === "unreadable"
        ? `replaced an unreadable ${lock.path}`
        : `replaced ${lock.path} of process ${lock.replaced.pid}, which no longer runs`,
    );
  const dir = path.resolve(options.dataDir, "pglite");
  let db: PGlite | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    // Search needs these contrib extensions (the migrations CREATE EXTENSION them). Built by
    // hand rather than with PGlite.create, which drops an instance that failed to start.
    db = new PGlite(dir, { extensions: { unaccent, pg_trgm } });
    await db.waitReady;
  } catch (error) {
    if (db) disposeFailed(db);
    lock.release();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`cannot open the embedded database in ${dir}: ${reason}`);
  }
  const pglite = db;
  const run = (client: Pick<PGlite, "query" | "exec">): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (script: string) => {
      await client.exec(script);
    },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    sql: { ...run(pglite), transaction: (fn) => pglite.transaction((tx) => fn(run(tx))) },
    kind: "embedded",
    description: `embedded PostgreSQL in ${dir}`,
    lockSession: async () => ({ tryLock: async () => true, close: async () => {} }),
    async close() {
      try {
        await prisma.$disconnect();
      } finally {
        await pglite.close();
        // Not when closing failed: the lock then goes when the process exits.
        lock.release();
      }
    },
  };
}
