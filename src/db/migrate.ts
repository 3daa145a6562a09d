import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SQL_CONSTANTS } from "../store/sql/constants.ts";
import type { SqlRunner } from "./sql.ts";

/** The committed migrations folder, found from this file so the working directory does not matter. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/**
 * The folder of repeatable SQL (the article save's functions): each `*.sql` file in it is applied
 * again whenever its text changes, after the versioned migrations (see {@link migrate}).
 */
export const REPEATABLE_DIR = fileURLToPath(new URL("../store/sql", import.meta.url));

// Same key as `prisma migrate`, so the Prisma CLI and this runner never migrate at once.
const MIGRATION_LOCK_KEY = 72707369;

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Checksums of the repeatable files as last applied, by file name. Created by the runner (under
// the lock, so two processes never race to create it), like `_prisma_migrations`.
const REPEATABLE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "seedgraph_repeatable" (
    "name"       TEXT PRIMARY KEY,
    "checksum"   VARCHAR(64) NOT NULL,
    "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file's bytes, hex — what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/** A file of repeatable SQL ({@link REPEATABLE_DIR}). */
export interface Repeatable {
  /** The file's name, which keys its `seedgraph_repeatable` row. */
  name: string;
  /** Its text with the constants filled in: what is applied. */
  sql: string;
  /** sha256 of `sql`, hex. */
  checksum: string;
}

export interface MigrateResult {
  /** Migrations applied, in order, then the repeatable files applied again (`save-article.sql`). */
  applied: string[];
  /** Applied migrations whose file changed since (Prisma would report drift). */
  modified: string[];
}

/** Reads `<dir>/<timestamp>_<name>/migration.sql` in name order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    });
}

const PLACEHOLDER = /\{\{([A-Z][A-Z0-9_]*)\}\}/g;

/**
 * `sql` with each `{{NAME}}` replaced by the integer `constants[NAME]`; an unknown name is an
 * error (a file must not be applied with a placeholder left in it).
 */
export function fillConstants(
  sql: string,
  constants: Readonly<Record<string, number>>,
  file = "SQL",
): string {
  return sql.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(constants, name) ? constants[name] : undefined;
    if (value === undefined) throw new Error(`${file}: no constant ${name}`);
    if (!Number.isSafeInteger(value)) throw new Error(`${file}: constant ${name} is not an integer`);
    return String(value);
  });
}

/**
 * Reads `<dir>/*.sql` in name order, with the constants filled in (see {@link fillConstants});
 * the checksum is the sha256 of that text, so a changed constant re-applies a file as a changed
 * file does.
 */
export function readRepeatables(
  dir: string = REPEATABLE_DIR,
  constants: Readonly<Record<string, number>> = SQL_CONSTANTS,
): Repeatable[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".sql"))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fillConstants(fs.readFileSync(path.join(dir, name), "utf8"), constants, name);
      return { name, sql, checksum: createHash("sha256").update(sql, "utf8").digest("hex") };
    });
}

/**
 * Applies pending migrations in order, each in its own transaction together with its
 * `_prisma_migrations` row, under Prisma's advisory lock; then the repeatable files (the article
 * save's functions, {@link REPEATABLE_DIR}) whose checksum differs from the one recorded in
 * `seedgraph_repeatable`, in one transaction under the same lock, recording their new checksums.
 * An unchanged file is skipped: with nothing to apply, the step is one short transaction (the
 * lock and one SELECT). Safe to run from several processes: the second to take the lock finds the
 * checksums the first recorded and applies nothing.
 *
 * Given `migrations`, it applies those and no repeatable file unless `repeatables` are given
 * too: a database migrated up to some migration is left as the code of that day left it (the
 * repeatable files hold today's functions).
 */
export async function migrate(
  sql: SqlRunner,
  migrations?: Migration[],
  repeatables?: Repeatable[],
): Promise<MigrateResult> {
  const versioned = migrations ?? readMigrations();
  const again = repeatables ?? (migrations === undefined ? readRepeatables() : []);
  await sql.exec(BOOKKEEPING);
  const result: MigrateResult = { applied: [], modified: [] };
  for (const migration of versioned) {
    await sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      const rows = await tx.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations"
          WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (rows.length > 0) {
        if (rows[0]?.checksum !== migration.checksum) result.modified.push(migration.name);
        return;
      }
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
        [id, migration.checksum, migration.name],
      );
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`migration ${migration.name} failed: ${reason}`);
      }
      await tx.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      result.applied.push(migration.name);
    });
  }
  if (again.length > 0) result.applied.push(...(await applyRepeatables(sql, again)));
  return result;
}

/**
 * Applies the repeatable files whose checksum differs from the recorded one, in one transaction
 * under the migration lock (all or none), and records the new checksums; returns their names.
 */
async function applyRepeatables(sql: SqlRunner, repeatables: Repeatable[]): Promise<string[]> {
  return sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(REPEATABLE_BOOKKEEPING);
    const rows = await tx.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "seedgraph_repeatable" WHERE name = ANY($1::text[])`,
      [repeatables.map((r) => r.name)],
    );
    const recorded = new Map(rows.map((r) => [r.name, r.checksum]));
    const applied: string[] = [];
    for (const repeatable of repeatables) {
      if (recorded.get(repeatable.name) === repeatable.checksum) continue;
      try {
        await tx.exec(repeatable.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`repeatable ${repeatable.name} failed: ${reason}`);
      }
      await tx.query(
        `INSERT INTO "seedgraph_repeatable" (name, checksum, applied_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at`,
        [repeatable.name, repeatable.checksum],
      );
      applied.push(repeatable.name);
    }
    return applied;
  });
}
