import fs from "node:fs";
import path from "node:path";
import { PothosSchemaError, PothosValidationError } from "@pothos/core";
import { buildSchema, GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { ErrorCode, requestError } from "../../../src/errors.ts";
import { operationComplexity } from "../../../src/graphql/limits/complexity.ts";
import { checkVariables } from "../../../src/graphql/limits/input-guard.ts";
import { fitsIn, jsonSize } from "../../../src/graphql/limits/response-size.ts";
import { maskError } from "../../../src/graphql/mask-error.ts";

describe("jsonSize", () => {
  it("is close to the length of the JSON text, counting UTF-8 bytes", () => {
    const value = { a: "Hội nghị", list: [1, null, true, { b: "x" }], n: 12.5 };
    const size = jsonSize(value);
    const exact = Buffer.byteLength(JSON.stringify(value));
    expect(size).toBeGreaterThanOrEqual(exact);
    expect(size).toBeLessThan(exact * 2);
  });

  it("stops counting past the limit, and walks a deep value without recursion", () => {
    const long = "x".repeat(1000);
    const many = Array.from({ length: 100_000 }, () => long);
    const counted = jsonSize(many, 5000); // of about 100 MB
    expect(counted).toBeGreaterThan(5000);
    expect(counted).toBeLessThan(200_000);
    let deep: unknown = "leaf";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(jsonSize(deep)).toBeGreaterThan(200_000);
  });
});

describe("fitsIn", () => {
  it("answers as the exact count does, on either side of the limit", () => {
    const value = {
      a: "Hội nghị Bộ trưởng",
      list: Array.from({ length: 50 }, (_, i) => ({ code: `C${i}`, n: i })),
    };
    const size = jsonSize(value);
    for (const limit of [10, size - 1, size, size + 1, size * 3, size * 10])
      expect(fitsIn(value, limit), `limit ${limit}`).toBe(size <= limit);
  });

  it("stops early on a huge value", () => {
    const many = Array.from({ length: 100_000 }, () => "x".repeat(1000));
    expect(fitsIn(many, 5000)).toBe(false);
    expect(fitsIn(many, 200_000_000)).toBe(true);
  });
});

describe("checkVariables", () => {
  it("accepts the shapes of this API's inputs", () => {
    expect(
      checkVariables({ ids: ["a", "b"], filter: { text: "ASEAN", country: "VN" }, first: 10 }),
    ).toBeNull();
    expect(checkVariables(undefined)).toBeNull();
  });

  it("refuses deep nesting and NUL characters, in values and keys, as BAD_USER_INPUT", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const variables of [{ x: deep }, { f: { text: "a\u0000b" } }, { f: { "a\u0000": "b" } }]) {
      expect(checkVariables(variables)?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    }
  });
});

describe("maskError", () => {
  const located = (original: Error) =>
    new GraphQLError(original.message, { path: ["article"], originalError: original });

  it("passes request errors and graphql's own errors as they are", () => {
    const ours = located(requestError(ErrorCode.BAD_USER_INPUT, "a country code must look like VN"));
    expect(maskError(ours, "Unexpected error.")).toBe(ours);
    const validation = new GraphQLError('Cannot query field "x" on type "Query".');
    expect(maskError(validation, "Unexpected error.")).toBe(validation);
  });

  it.each([
    ["a Pothos error", new PothosSchemaError("Foo has not been implemented")],
    ["the Prisma plugin's unused query check", new PothosValidationError("Prisma query was unused")],
    [
      "a database error",
      Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" }),
    ],
    ["a stack overflow", new RangeError("Maximum call stack size exceeded")],
  ])("masks %s", (_name, original) => {
    const masked = maskError(located(original), "Unexpected error.") as GraphQLError;
    expect(masked.message).toBe("Unexpected error.");
    expect(masked.extensions).toEqual({ code: ErrorCode.INTERNAL });
    expect(masked.path).toEqual(["article"]);
  });

  it("turns the relay plugin's cursor and id errors into BAD_USER_INPUT", () => {
    const error = maskError(located(new PothosValidationError("Invalid cursor: x")), "Unexpected error.");
    expect((error as GraphQLError).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe("operationComplexity", () => {
  const schema = buildSchema(`
    type Article { path: String! }
    type Source { article: Article! }
    type Fact { sources(first: Int = 10): [Source!]! }
    type FactEdge { node: Fact! }
    type FactConnection { edges: [FactEdge!]! }
    type Query { facts(first: Int): FactConnection! }
  `);
  const cost = (query: string) => operationComplexity(schema, parse(query), null, {});
  // facts 1 + pages × (edges 1 + node 1 + sources (1 + sources × article 1)).
  const expected = (page: number, sources: number) => 1 + page * (2 + 1 + sources);

  it("counts a list by its `first`, else by the default its `first` declares, else by the page size", () => {
    expect(cost("{ facts(first: 2) { edges { node { sources(first: 50) { article { path } } } } } }")).toBe(
      expected(2, 50),
    );
    expect(cost("{ facts(first: 2) { edges { node { sources { article { path } } } } } }")).toBe(
      expected(2, 10),
    );
    expect(cost("{ facts { edges { node { sources { article { path } } } } } }")).toBe(expected(20, 10));
  });
});

describe("the cost of an entity's evidence", () => {
  const schema = buildSchema(
    fs.readFileSync(path.resolve(import.meta.dirname, "../../../schema.graphql"), "utf8"),
  );
  const parents = {
    meeting: 'meeting(key: "AMM-58")',
    person: 'person(id: "1")',
    agreement: 'agreement(code: "AKFTA")',
    country: 'country(code: "US")',
  };
  const cost = (parent: string, args: string) =>
    operationComplexity(
      schema,
      parse(`{ ${parent} { evidence${args} { text sentence article { path } } } }`),
      null,
      {},
    );

  it("is the same for a meeting, a person, an agreement and a country", () => {
    for (const args of ["", "(first: 3)", "(first: 100)"]) {
      const costs = Object.values(parents).map((parent) => cost(parent, args));
      expect(new Set(costs).size, args).toBe(1);
    }
  });

  it("counts 10 sentences by default, each with its sentence (one unit) and its article", () => {
    // parent 1 + (evidence 1 + first × (sentence 1 + article 1)).
    expect(cost(parents.person, "")).toBe(1 + 1 + 10 * 2);
    expect(cost(parents.country, "(first: 100)")).toBe(1 + 1 + 100 * 2);
  });
});
