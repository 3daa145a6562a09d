import fs from "node:fs";
import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { NestedMeetingArticlesDocument } from "../generated/graphql.ts";
import { wsClient } from "../helpers/subscriptions.ts";
import { gql, REPO_ROOT, rawGql } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

describe("limits, validation and errors", () => {
  const served = useTestService();

  const firstError = async (query: string, variables?: unknown) => {
    const body = await rawGql(served.url, query, variables);
    const error = body.errors?.[0];
    if (!error) throw new Error(`expected an error for ${query}, got ${JSON.stringify(body)}`);
    return { ...error, code: error.extensions?.code, data: body.data };
  };

  it("rejects an operation nested too deep, before running it", async () => {
    const nest = (depth: number): string =>
      depth === 0 ? "path" : `story { articles { ${nest(depth - 1)} } }`;
    const deep = `{ articles(first: 1) { edges { node { ${nest(5)} } } } }`; // 3 + 2 × 5 + 1 = 14
    const error = await firstError(deep);
    expect(error.code).toBe("QUERY_TOO_DEEP");
    expect(error.message).toMatch(/14 fields deep; the limit is 12/);
    expect(error.data).toBeUndefined();
  });

  it("rejects an operation that would load too much, with page sizes from variables", async () => {
    const error = await firstError(
      "query Q($n: Int) { meetings(first: $n) { edges { node { articles(first: $n) { edges { node { path agreements { code } } } } } } } }",
      { n: 100 },
    );
    expect(error.code).toBe("QUERY_TOO_COMPLEX");
    expect(error.extensions?.limit).toBe(5000);
    expect(Number(error.extensions?.complexity)).toBeGreaterThan(5000);
    // The same shape with the page sizes is well within the limit.
    const ok = await gql(served.url, NestedMeetingArticlesDocument, { first: 20, inner: 10 });
    expect(ok.meetings.edges.length).toBeGreaterThan(0);
  });

  it("applies the same limits over graphql-ws", async () => {
    const client = wsClient(served.url);
    const errorsOf = (query: string) =>
      new Promise<Array<{ extensions?: { code?: string } }>>((resolve, reject) => {
        client.subscribe(
          { query },
          {
            next: (result) => resolve((result.errors ?? []) as never),
            error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
            complete: () => resolve([]),
          },
        );
      });
    try {
      const nest = (depth: number): string =>
        depth === 0 ? "path" : `story { articles { ${nest(depth - 1)} } }`;
      const deep = await errorsOf(`{ articles(first: 1) { edges { node { ${nest(5)} } } } }`);
      expect(deep[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
      const complex = await errorsOf(
        "{ meetings(first: 100) { edges { node { articles(first: 100) { edges { node { path } } } } } } }",
      );
      expect(complex[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    } finally {
      await client.dispose();
    }
  });

  it("rejects an oversized document and one with too many tokens", async () => {
    const long = `{ articles { totalCount } } #${"x".repeat(20_000)}`;
    const res = await fetch(served.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: long }),
    });
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe("DOCUMENT_TOO_LARGE");
    const many = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    expect((await firstError(many)).code).toBe("DOCUMENT_TOO_LARGE");
  });

  it("answers null, not an error, for unknown ids, keys, codes and slugs", async () => {
    const body = await rawGql(
      served.url,
      `query ($node: ID!) {
        meeting(key: "AMM-999") { key }
        agreement(code: "NOPE") { code }
        country(code: "ZZ") { code }
        person(id: "999999") { name }
        article(id: "999999") { path }
        story(id: "999999") { id }
        topic(slug: "no-such-topic") { slug }
        node(id: $node) { id }
        wrongType: person(id: $node) { name }
      }`,
      { node: encodeGlobalID("Article", 999999) },
    );
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data as object).every((v) => v === null)).toBe(true);
  });

  it.each([
    ['{ country(code: "India") { code } }', /country code/],
    ['{ agreement(code: "not a code!") { code } }', /agreement code/],
    ['{ meeting(key: "") { key } }', /meeting key/],
    ['{ articles(filter: { publishedFrom: "2025-13" }) { totalCount } }', /PartialDate/],
    ['{ meetings(filter: { to: "2025-02-30" }) { totalCount } }', /real date/],
    ['{ articles(filter: { publishedFrom: "2025-09", publishedTo: "2025-07" }) { totalCount } }', /empty/],
    ["{ meetings(filter: { year: 20250 }) { totalCount } }", /between 1900 and 2100/],
    [`{ people(filter: { name: "${"x".repeat(201)}" }) { totalCount } }`, /longer than 200/],
    [`{ search(query: "${"y".repeat(201)}") { totalCount } }`, /longer than 200/],
    ['{ search(query: "   ") { totalCount } }', /empty/],
    ['{ articles(after: "bm90IGEgY3Vyc29y") { totalCount } }', /cursor/i],
    ['{ agreement(code: "AKFTA") { mentionedWithMeetings(after: "garbage") { totalCount } } }', /cursor/],
    ['{ search(query: "ASEAN", after: "garbage") { totalCount } }', /cursor/],
    ['{ articles(first: 2, after: "x", before: "y") { totalCount } }', /not supported/],
    ["{ articles(first: -1) { totalCount } }", /negative/],
    ['{ node(id: "garbage") { id } }', /global ID/],
  ])("rejects bad input %s with BAD_USER_INPUT", async (query, message) => {
    const error = await firstError(query);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(message);
  });

  it("masks an unexpected failure with a stable code and no internals", async () => {
    await served.service.db.sql.exec('ALTER TABLE "topic" RENAME TO "topic_gone"');
    try {
      const body = await rawGql(served.url, "{ topics { slug } }");
      expect(body.errors?.[0]).toMatchObject({
        message: "Unexpected error.",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(body)).not.toMatch(/topic_gone|prisma|SELECT/i);
    } finally {
      await served.service.db.sql.exec('ALTER TABLE "topic_gone" RENAME TO "topic"');
    }
  });

  it("describes every type, field, argument and enum value in schema.graphql", () => {
    const schema = buildSchema(fs.readFileSync(`${REPO_ROOT}/schema.graphql`, "utf8"));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
