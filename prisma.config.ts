import { defineConfig } from "prisma/config";

// The Prisma CLI is used here for `prisma generate` only; migrations are applied by the
// project's own runner (src/db/migrate.ts), which keeps Prisma's `_prisma_migrations` table.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
