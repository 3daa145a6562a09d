import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

/** `seedgraph migrate` (npm run db:migrate): applies pending migrations and exits. */
export async function runMigrate(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await migrate(db.sql);
    process.stdout.write(
      result.applied.length > 0
        ? `applied ${result.applied.length} migration(s): ${result.applied.join(", ")}\n`
        : "database is up to date\n",
    );
    for (const name of result.modified)
      process.stderr.write(`warning: migration ${name} changed after it was applied\n`);
    return 0;
  } finally {
    await db.close();
  }
}
