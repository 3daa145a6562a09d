// Prints the GraphQL schema (lexicographically sorted) to schema.graphql; `npm run check` fails
// when the committed file differs from what the code defines.
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { printSchema } from "graphql";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { buildSchema } from "../src/graphql/schema.ts";
import { EventLog } from "../src/live/event-log.ts";
import { silentLogger } from "../src/logger.ts";

// The client never connects: building a schema needs its shape, not a database.
const prisma = new PrismaClient({
  adapter: new PrismaPg({ connectionString: "postgresql://unused@127.0.0.1/unused" }),
});
const out = new URL("../schema.graphql", import.meta.url);
const events = new EventLog(prisma, { logger: silentLogger });
const sql = {
  query: () => Promise.reject(new Error("no database while printing the schema")),
  exec: () => Promise.reject(new Error("no database while printing the schema")),
  transaction: () => Promise.reject(new Error("no database while printing the schema")),
};
fs.writeFileSync(out, `${printSchema(buildSchema({ prisma, sql, events }))}\n`);
process.stdout.write("schema.graphql written\n");
