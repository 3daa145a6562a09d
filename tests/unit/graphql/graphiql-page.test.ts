import fs from "node:fs";
import path from "node:path";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { editorFontFaces, GRAPHIQL_TABS, withHistoryPlugin } from "../../../src/graphql/graphiql.ts";

describe("the GraphiQL page", () => {
  it("opens with example tabs that are valid against the printed schema, with JSON variables", () => {
    const schema = buildSchema(
      fs.readFileSync(path.resolve(import.meta.dirname, "../../../schema.graphql"), "utf8"),
    );
    expect(GRAPHIQL_TABS.length).toBeGreaterThanOrEqual(5);
    for (const tab of GRAPHIQL_TABS) {
      expect(validate(schema, parse(tab.query ?? ""))).toEqual([]);
      if (tab.variables) expect(() => JSON.parse(tab.variables ?? "")).not.toThrow();
    }
    const kinds = GRAPHIQL_TABS.map((tab) => /^(query|subscription)/m.exec(tab.query ?? "")?.[1]);
    expect(kinds).toContain("subscription");
    expect(GRAPHIQL_TABS.some((tab) => tab.variables?.includes('"after"'))).toBe(true);
  });

  it("adds GraphiQL's history plugin to the installed Yoga page exactly once", () => {
    const page = renderGraphiQL({});
    const changed = withHistoryPlugin(page);
    expect(changed).not.toBeNull();
    expect(changed?.length).toBeGreaterThan(page.length);
    expect(changed?.match(/shouldPersistHeaders:!0,plugins:\[[\w$]+,[\w$]+\]/g)).toHaveLength(1);
    expect(withHistoryPlugin("<html>no such script</html>")).toBeNull();
  });

  it("carries the editors' font for Vietnamese inside the page, in both weights", () => {
    const faces = editorFontFaces();
    expect(faces.match(/@font-face/g)).toHaveLength(6);
    expect(faces).toContain("U+1EA0-1EF9");
    expect(faces).not.toMatch(/url\((?!data:)/);
  });
});
