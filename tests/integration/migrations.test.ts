import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { migrate, readMigrations } from "../../src/db/migrate.ts";
import { getDatamodel } from "../../src/generated/prisma/pothos-types.ts";
import { useTestDb } from "../helpers/test-db.ts";

// Prisma scalar type → the PostgreSQL types a migration may use for it.
const PG_TYPES: Record<string, string[]> = {
  Int: ["integer"],
  BigInt: ["bigint"],
  String: ["text", "character varying"],
  Boolean: ["boolean"],
  Float: ["double precision", "real"],
  DateTime: ["timestamp with time zone", "timestamp without time zone", "date"],
  Json: ["jsonb", "json"],
};

const PG_ARRAY_TYPES: Record<string, string> = {
  Int: "_int4",
  String: "_text",
  BigInt: "_int8",
  Float: "_float8",
  Boolean: "_bool",
};

interface RuntimeModel {
  dbName: string | null;
  fields: { name: string; kind: string; dbName?: string }[];
}

describe("migrations", () => {
  const open = useTestDb();
  let db: Database;
  beforeAll(() => {
    db = open().db;
  });

  it("keeps Prisma's _prisma_migrations history with sha256 checksums", async () => {
    const rows = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const result = await migrate(db.sql);
    expect(result).toEqual({ applied: [], modified: [] });
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const bad = {
      name: "99990101000000_broken",
      sql: "CREATE TABLE broken_x (id int); SELECT nope FROM nowhere;",
      checksum: "x",
    };
    await expect(migrate(db.sql, [...readMigrations(), bad])).rejects.toThrow(/99990101000000_broken failed/);
    const tables = await db.sql.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'broken_x'`,
    );
    expect(tables).toHaveLength(0);
    const rows = await db.sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [
      bad.name,
    ]);
    expect(rows).toHaveLength(0);
  });

  it("creates every model, field, unique constraint and relation of schema.prisma", async () => {
    const runtime = (db.prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })
      ._runtimeDataModel.models;
    const columns = await db.sql.query<{
      table_name: string;
      column_name: string;
      is_nullable: string;
      data_type: string;
      udt_name: string;
    }>(
      `SELECT table_name, column_name, is_nullable, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const uniques = await db.sql.query<{ table_name: string; columns: string[] }>(
      `SELECT t.relname AS table_name, array_agg(a.attname ORDER BY a.attname)::text[] AS columns
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
        WHERE n.nspname = 'public' AND i.indisunique GROUP BY t.relname, i.indexrelid`,
    );
    const fks = await db.sql.query<{ table_name: string; column_name: string; foreign_table: string }>(
      `SELECT tc.table_name, kcu.column_name, ccu.table_name AS foreign_table
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name
         JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    );
    const problems: string[] = [];
    const models = getDatamodel().datamodel.models;
    for (const [modelName, model] of Object.entries(models)) {
      const rt = runtime[modelName];
      const table = rt?.dbName ?? modelName;
      const colName = (field: string) => rt?.fields.find((f) => f.name === field)?.dbName ?? field;
      for (const field of model.fields) {
        if (field.kind === "object") {
          for (const from of field.relationFromFields ?? []) {
            const target = runtime[field.type]?.dbName ?? field.type;
            if (
              !fks.some(
                (fk) =>
                  fk.table_name === table && fk.column_name === colName(from) && fk.foreign_table === target,
              )
            ) {
              problems.push(
                `${modelName}.${field.name}: no foreign key ${table}.${colName(from)} → ${target}`,
              );
            }
          }
          continue;
        }
        const col = columns.find((c) => c.table_name === table && c.column_name === colName(field.name));
        if (!col) {
          problems.push(`${modelName}.${field.name}: no column ${table}.${colName(field.name)}`);
          continue;
        }
        // Prisma creates scalar-list columns as nullable arrays (`TEXT[]`), whatever the schema says.
        const expectedNullable = field.isRequired && !field.isList ? "NO" : "YES";
        if (col.is_nullable !== expectedNullable)
          problems.push(
            `${modelName}.${field.name}: nullable ${col.is_nullable}, schema says ${expectedNullable}`,
          );
        const ok = field.isList
          ? col.data_type === "ARRAY" && PG_ARRAY_TYPES[field.type] === col.udt_name
          : field.kind === "enum"
            ? col.udt_name === field.type
            : (PG_TYPES[field.type] ?? []).includes(col.data_type);
        if (!ok)
          problems.push(
            `${modelName}.${field.name}: column type ${col.data_type}/${col.udt_name} for ${field.type}`,
          );
        if (
          (field.isUnique || field.isId) &&
          !uniques.some((u) => u.table_name === table && u.columns.join() === colName(field.name))
        ) {
          problems.push(`${modelName}.${field.name}: not unique in the database`);
        }
      }
      for (const index of model.uniqueIndexes) {
        const cols = index.fields.map(colName).sort().join();
        if (!uniques.some((u) => u.table_name === table && u.columns.join() === cols)) {
          problems.push(`${modelName}: no unique index on (${cols})`);
        }
      }
      if (model.primaryKey) {
        const cols = model.primaryKey.fields.map(colName).sort().join();
        if (!uniques.some((u) => u.table_name === table && u.columns.join() === cols))
          problems.push(`${modelName}: no primary key (${cols})`);
      }
      for (const c of columns.filter((c) => c.table_name === table)) {
        if (!model.fields.some((f) => f.kind !== "object" && colName(f.name) === c.column_name)) {
          problems.push(`${table}.${c.column_name}: column not in schema.prisma`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
