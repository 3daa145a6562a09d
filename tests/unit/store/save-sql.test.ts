import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fillConstants, REPEATABLE_DIR, readRepeatables } from "../../../src/db/migrate.ts";
import { STORY_LOCK_KEY } from "../../../src/store/article-store.ts";
import { SAVE_ARTICLE_SQL } from "../../../src/store/save-statement.ts";
import { SQL_CONSTANTS } from "../../../src/store/sql/constants.ts";

const SRC = path.resolve(import.meta.dirname, "../../../src");
const file = path.join(REPEATABLE_DIR, "save-article.sql");
const raw = fs.readFileSync(file, "utf8");
const applied = readRepeatables().find((r) => r.name === "save-article.sql")?.sql ?? "";

/** One function's statement in `sql`, from its CREATE to the end of its body. */
function definition(sql: string, name: string): string {
  const start = sql.search(new RegExp(`CREATE OR REPLACE FUNCTION ${name}\\(`));
  if (start < 0) return "";
  const tag = /AS (\$\w*\$)/.exec(sql.slice(start))?.[1];
  const end = tag ? sql.indexOf(`${tag};`, sql.indexOf(tag, start) + tag.length) : sql.indexOf(";", start);
  return sql.slice(start, end);
}

/** The parameter names a function's definition declares. */
function declaredParameters(sql: string, name: string): string[] {
  const declared = sql.slice(sql.indexOf(`${name}(`), sql.indexOf("RETURNS TABLE", sql.indexOf(`${name}(`)));
  return declared.match(/\bp_\w+/g) ?? [];
}

describe("the save's SQL file", () => {
  const save = definition(applied, "seedgraph_save_article");
  const wrapper = definition(applied, "seedgraph_save_article_with_relations");
  const linked = definition(applied, "seedgraph_save_article_linked");

  it("defines every function a save runs, each once", () => {
    for (const name of [
      "seedgraph_save_article",
      "seedgraph_saved_meeting_key",
      "seedgraph_mentioned_meeting",
      "seedgraph_save_article_with_relations",
      "seedgraph_link_coverage",
      "seedgraph_save_article_linked",
    ])
      expect(raw.match(new RegExp(`CREATE OR REPLACE FUNCTION ${name}\\(`, "g")), name).toHaveLength(1);
    // Re-applied whenever it changes: nothing in it may fail the second time.
    expect(raw).not.toMatch(/CREATE (FUNCTION|TABLE|INDEX|TYPE)\b/);
  });

  it("takes the removals' story lock first, with the key written in by the runner", () => {
    expect(raw).toContain("PERFORM pg_advisory_xact_lock({{STORY_LOCK_KEY}});");
    const lock = save.indexOf(`PERFORM pg_advisory_xact_lock(${STORY_LOCK_KEY});`);
    expect(lock).toBeGreaterThan(0);
    expect(lock).toBeLessThan(save.indexOf("RETURN QUERY"));
    expect(applied).not.toContain("{{");
  });

  it("names the story lock's key once in the sources", () => {
    expect(SQL_CONSTANTS.STORY_LOCK_KEY).toBe(STORY_LOCK_KEY);
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated") visit(full);
        } else if (/\.(ts|sql)$/.test(entry.name)) {
          const text = fs.readFileSync(full, "utf8");
          if (text.includes(String(STORY_LOCK_KEY)) || /0x5eed_?5707/i.test(text)) offenders.push(full);
        }
      }
    };
    visit(SRC);
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual(["store/sql/constants.ts"]);
  });

  it("is called, through the linking save and the save with relations, with every parameter it declares", () => {
    const parameters = declaredParameters(save, "seedgraph_save_article");
    expect(parameters).toHaveLength(18);
    expect(declaredParameters(wrapper, "seedgraph_save_article_with_relations")).toEqual(parameters);
    expect(declaredParameters(linked, "seedgraph_save_article_linked")).toEqual(parameters);
    const passed = SAVE_ARTICLE_SQL.match(/\$\d+/g) ?? [];
    expect(SAVE_ARTICLE_SQL).toContain("seedgraph_save_article_linked(");
    expect(passed).toEqual(parameters.map((_, i) => `$${i + 1}`));
    for (const [sql, callee] of [
      [linked, "FROM seedgraph_save_article_with_relations("],
      [wrapper, "FROM seedgraph_save_article("],
    ] as const) {
      const call = sql.slice(sql.indexOf(callee) + callee.length);
      const handed = call.slice(0, call.indexOf(")")).match(/\$\d+/g) ?? [];
      expect(handed, callee).toEqual(passed);
    }
  });

  it("declares the generic plans with the linking save itself", () => {
    // CREATE OR REPLACE sets a function's settings to those it names: a separate ALTER would be
    // lost the next time the file is applied.
    const header = linked.slice(0, linked.indexOf("AS $"));
    expect(header).toMatch(/SET jit = off\s+SET plan_cache_mode = force_generic_plan\s*$/);
    expect(raw).not.toMatch(/ALTER FUNCTION/);
  });
});

describe("reading repeatable SQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-repeatable-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fills the constants in and hashes the text as applied", () => {
    fs.writeFileSync(path.join(dir, "b.sql"), "SELECT {{KEY}}, '{{KEY}}';\n");
    fs.writeFileSync(path.join(dir, "a.sql"), "SELECT 1;\n");
    fs.writeFileSync(path.join(dir, "notes.txt"), "not SQL");
    const one = readRepeatables(dir, { KEY: 7 });
    expect(one.map((r) => r.name)).toEqual(["a.sql", "b.sql"]);
    expect(one[1]?.sql).toBe("SELECT 7, '7';\n");
    expect(one[1]?.checksum).toBe(createHash("sha256").update("SELECT 7, '7';\n").digest("hex"));
    // Another value of a constant is another text to apply.
    const two = readRepeatables(dir, { KEY: 8 });
    expect(two[0]?.checksum).toBe(one[0]?.checksum);
    expect(two[1]?.checksum).not.toBe(one[1]?.checksum);
  });

  it("refuses a name it has no integer for", () => {
    expect(() => fillConstants("SELECT {{NOPE}}", { KEY: 1 }, "x.sql")).toThrow("x.sql: no constant NOPE");
    expect(() => fillConstants("SELECT {{KEY}}", { KEY: 1.5 }, "x.sql")).toThrow(/not an integer/);
    expect(() => fillConstants("SELECT {{toString}}", {}, "x.sql")).not.toThrow(); // not a placeholder
    expect(() => fillConstants("SELECT {{CONSTRUCTOR}}", {}, "x.sql")).toThrow(/no constant/);
    // Array literals are left alone.
    expect(fillConstants("SELECT '{{1,2},{3,4}}'::int[]", {})).toBe("SELECT '{{1,2},{3,4}}'::int[]");
  });
});
