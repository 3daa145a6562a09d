import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STORY_LOCK_KEY } from "../../../src/store/article-store.ts";
import { SAVE_ARTICLE_SQL } from "../../../src/store/save-statement.ts";

// A function as the newest migration that (re)defines it leaves it.
const migrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const newestDefinition = (name: string) =>
  fs
    .readdirSync(migrations)
    .sort()
    .map((dir) => path.join(migrations, dir, "migration.sql"))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, "utf8"))
    .filter((sql) => new RegExp(`CREATE (OR REPLACE )?FUNCTION ${name}\\(`).test(sql))
    .at(-1) ?? "";
const migration = newestDefinition("seedgraph_save_article");
const wrapper = newestDefinition("seedgraph_save_article_with_relations");
const linked = newestDefinition("seedgraph_save_article_linked");

/** The parameter names a function's definition declares. */
function declaredParameters(sql: string, name: string): string[] {
  const declared = sql.slice(sql.indexOf(`${name}(`), sql.indexOf("RETURNS TABLE", sql.indexOf(`${name}(`)));
  return declared.match(/\bp_\w+/g) ?? [];
}

describe("the save function", () => {
  it("takes the same story lock as removals, before its statement", () => {
    const lock = migration.indexOf(`PERFORM pg_advisory_xact_lock(${STORY_LOCK_KEY});`);
    expect(lock).toBeGreaterThan(0);
    expect(lock).toBeLessThan(migration.indexOf("RETURN QUERY"));
  });

  it("is called, through the linking save and the save with relations, with every parameter it declares", () => {
    const parameters = declaredParameters(migration, "seedgraph_save_article");
    expect(parameters).toHaveLength(18);
    expect(declaredParameters(wrapper, "seedgraph_save_article_with_relations")).toEqual(parameters);
    expect(declaredParameters(linked, "seedgraph_save_article_linked")).toEqual(parameters);
    const passed = SAVE_ARTICLE_SQL.match(/\$\d+/g) ?? [];
    expect(SAVE_ARTICLE_SQL).toContain("seedgraph_save_article_linked(");
    expect(passed).toEqual(parameters.map((_, i) => `$${i + 1}`));
    // Each wrapper hands every parameter on, in order, before it does its own part.
    for (const [sql, callee] of [
      [linked, "FROM seedgraph_save_article_with_relations("],
      [wrapper, "FROM seedgraph_save_article("],
    ] as const) {
      const call = sql.slice(sql.indexOf(callee) + callee.length);
      const handed = call.slice(0, call.indexOf(")")).match(/\$\d+/g) ?? [];
      expect(handed, callee).toEqual(passed);
    }
  });
});
