import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of a migrated template database to copy per test file; null = embedded database. */
    templateDatabaseUrl: string | null;
  }
}

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Creates one migrated template database for the run and drops it at the end. Without a
 * reachable server the integration tests fall back to the embedded database — unless
 * SEEDGRAPH_REQUIRE_POSTGRES=1 (set by CI), where that is a failure.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL || DEFAULT_URL;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.SEEDGRAPH_REQUIRE_POSTGRES === "1") {
      throw new Error(`PostgreSQL at ${adminUrl} is required but unreachable: ${(error as Error).message}`);
    }
    process.stdout.write(`integration tests: no PostgreSQL at ${adminUrl}, using the embedded database\n`);
    project.provide("templateDatabaseUrl", null);
    return;
  }
  const name = `seedgraph_tpl_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  const db = await openDatabase({ url, dataDir: "" });
  await migrate(db.sql);
  await db.close();
  project.provide("templateDatabaseUrl", url);
  return async () => {
    // Copies may still be dropping; FORCE ends any straggling connection.
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
}
