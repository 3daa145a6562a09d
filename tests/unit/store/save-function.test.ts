import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STORY_LOCK_KEY } from "../../../src/store/article-store.ts";
import { SAVE_ARTICLE_SQL } from "../../../src/store/save-statement.ts";

// The function as the newest migration that (re)defines it leaves it.
const migrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const migration =
  fs
    .readdirSync(migrations)
    .sort()
    .map((dir) => path.join(migrations, dir, "migration.sql"))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, "utf8"))
    .filter((sql) => /CREATE (OR REPLACE )?FUNCTION seedgraph_save_article\(/.test(sql))
    .at(-1) ?? "";

describe("the save function", () => {
  it("takes the same story lock as removals, before its statement", () => {
    const lock = migration.indexOf(`PERFORM pg_advisory_xact_lock(${STORY_LOCK_KEY});`);
    expect(lock).toBeGreaterThan(0);
    expect(lock).toBeLessThan(migration.indexOf("RETURN QUERY"));
  });

  it("is called with every parameter it declares", () => {
    const declared = migration.slice(
      migration.indexOf("seedgraph_save_article("),
      migration.indexOf("RETURNS TABLE"),
    );
    const parameters = declared.match(/\bp_\w+/g) ?? [];
    const passed = SAVE_ARTICLE_SQL.match(/\$\d+/g) ?? [];
    expect(parameters).toHaveLength(18);
    expect(passed).toEqual(parameters.map((_, i) => `$${i + 1}`));
  });
});
