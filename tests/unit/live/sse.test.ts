import { GraphQLError } from "graphql";
import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import {
  acceptsEventStream,
  frame,
  resultJson,
  useSseSubscriptions,
} from "../../../src/graphql/plugins/use-sse-subscriptions.ts";

const request = (accept?: string) =>
  new Request("http://localhost/graphql", accept === undefined ? {} : { headers: { accept } });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("acceptsEventStream", () => {
  it("follows the Accept header as Yoga does, wildcards and charsets included", () => {
    expect(acceptsEventStream(request("text/event-stream"))).toBe(true);
    expect(acceptsEventStream(request("application/json, text/event-stream"))).toBe(true);
    expect(acceptsEventStream(request("text/*"))).toBe(true);
    expect(acceptsEventStream(request("*/*"))).toBe(true);
    expect(acceptsEventStream(request())).toBe(true);
    expect(acceptsEventStream(request("text/event-stream; charset=utf-8"))).toBe(true);
    expect(acceptsEventStream(request("text/event-stream;charset=iso-8859-1"))).toBe(false);
    expect(acceptsEventStream(request("application/json"))).toBe(false);
    expect(acceptsEventStream(request("multipart/mixed"))).toBe(false);
  });
});

describe("frame", () => {
  it("is made once per result object and carries the event's cursor as its id", () => {
    const result = { data: { articleEvents: { kind: "ADDED", cursor: "ZXY6MTI=", path: "a.txt" } } };
    const bytes = frame(result);
    expect(frame(result)).toBe(bytes);
    expect(text(bytes)).toBe(`id: ZXY6MTI=\nevent: next\ndata: ${JSON.stringify(result)}\n\n`);
    // An equal but different object is a different result.
    expect(frame({ ...result })).not.toBe(bytes);
  });

  it("has no id without a cursor, or with one that could break the frame", () => {
    expect(text(frame({ data: { articleAdded: { path: "a.txt" } } }))).toMatch(/^event: next\n/);
    expect(text(frame({ data: { articleEvents: { cursor: "x\n\nevent: complete" } } }))).toMatch(
      /^event: next\n/,
    );
    expect(text(frame({ data: null }))).toBe('event: next\ndata: {"data":null}\n\n');
  });
});

describe("resultJson", () => {
  it("leaves out what is only for the server", () => {
    const error = new GraphQLError("slow", {
      extensions: { code: "SLOW_CONSUMER", http: { status: 500 }, unexpected: true },
    });
    const json = JSON.parse(resultJson({ errors: [error], extensions: { http: { status: 200 }, cost: 3 } }));
    expect(json).toEqual({
      errors: [{ message: "slow", extensions: { code: "SLOW_CONSUMER" } }],
      extensions: { cost: 3 },
    });
    expect(JSON.parse(resultJson({ data: { a: 1 }, extensions: { http: {} } }))).toEqual({ data: { a: 1 } });
    const plain = { data: { a: [1, 2] } };
    expect(resultJson(plain)).toBe(JSON.stringify(plain));
  });
});

describe("useSseSubscriptions", () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { ok: Boolean }
        type Event { cursor: String! n: Int! }
        type Subscription { events: Event! }
      `,
      resolvers: {
        Subscription: {
          events: {
            async *subscribe() {
              yield { events: { cursor: "Y3Vyc29yOjE=", n: 1 } };
              yield { events: { cursor: "Y3Vyc29yOjI=", n: 2 } };
            },
          },
        },
      },
    }),
    plugins: [useSseSubscriptions()],
  });
  const post = (accept: string) =>
    yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify({ query: "subscription { events { cursor n } }" }),
    });

  it("streams each result as an SSE frame with its id, then completes", async () => {
    const response = await post("text/event-stream");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe(
      ":\n\n" +
        'id: Y3Vyc29yOjE=\nevent: next\ndata: {"data":{"events":{"cursor":"Y3Vyc29yOjE=","n":1}}}\n\n' +
        'id: Y3Vyc29yOjI=\nevent: next\ndata: {"data":{"events":{"cursor":"Y3Vyc29yOjI=","n":2}}}\n\n' +
        "event: complete\ndata:\n\n",
    );
  });

  it("leaves a subscription asked for as JSON only to Yoga", async () => {
    const response = await post("application/json");
    expect(response.headers.get("content-type")).not.toBe("text/event-stream");
  });
});
