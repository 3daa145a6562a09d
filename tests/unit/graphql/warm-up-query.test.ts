import fs from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { WARM_UP_QUERY } from "../../../src/main.ts";

describe("the query a service runs before serving", () => {
  it("is valid against the printed schema (an invalid one would warm nothing, silently)", () => {
    const schema = buildSchema(
      fs.readFileSync(path.resolve(import.meta.dirname, "../../../schema.graphql"), "utf8"),
    );
    expect(validate(schema, parse(WARM_UP_QUERY))).toEqual([]);
  });
});
