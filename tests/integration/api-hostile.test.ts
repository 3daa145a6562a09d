import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type App, buildApp } from "../../src/app.ts";
import { eventCursor } from "../../src/graphql/types/article-events.ts";
import { silentLogger } from "../../src/logger.ts";
import { FilteredArticleEventsDocument } from "../generated/graphql.ts";
import { subscribeSse, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { rawGql, SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { AsyncQueue } from "../helpers/wait-for.ts";

type Body = Awaited<ReturnType<typeof rawGql>>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

/** Body of the long article: about 2.2 million characters, 2.5 MB of UTF-8. */
const LONG_BODY = "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 bàn về kinh tế số. ".repeat(33_000);

/** The errors of one operation over graphql-ws: what `next` carried, or what `error` sent. */
function wsErrors(client: Client, query: string, variables?: Record<string, unknown>) {
  return new Promise<Array<{ message: string; extensions?: { code?: string } }>>((resolve, reject) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) resolve(result.errors as never);
        },
        error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
        complete: () => resolve([]),
      },
    );
  });
}

/** `[[[…1…]]]` nested `depth` deep, as JSON text (built as text: no recursion anywhere). */
const nestedJson = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

/**
 * Sends one graphql-ws `subscribe` message as raw text (the client library would stringify the
 * payload itself, recursively) and returns the server's first answer to it.
 */
async function rawWsAnswer(
  httpUrl: string,
  payloadJson: string,
): Promise<{ type: string; payload?: unknown }> {
  const ws = new WebSocket(httpUrl.replace(/^http/, "ws"), "graphql-transport-ws");
  const messages = new AsyncQueue<{ type: string; payload?: unknown }>();
  ws.on("message", (data) => messages.push(JSON.parse(String(data))));
  try {
    await once(ws, "open");
    ws.send(JSON.stringify({ type: "connection_init" }));
    expect((await messages.next()).type).toBe("connection_ack");
    ws.send(`{"type":"subscribe","id":"1","payload":${payloadJson}}`);
    return await messages.next();
  } finally {
    ws.close();
  }
}

describe("hostile requests", () => {
  const served = useTestService({ config: { responseCacheMb: 0 } });
  let client: Client;
  let longId: string;
  beforeAll(async () => {
    client = wsClient(served.url);
    // One article made long behind the service's back: the limits are about what the API
    // sends, whatever the extractor does with such a file.
    const [row] = await served.service.db.prisma.article.findMany({ orderBy: { id: "asc" }, take: 1 });
    if (!row) throw new Error("no article ingested");
    await served.service.db.prisma.article.update({ where: { id: row.id }, data: { body: LONG_BODY } });
    longId = encodeGlobalID("Article", row.id);
  });
  afterAll(async () => {
    await client?.dispose();
  });

  const aliases = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: article(id: "${longId}") { ${field} }`).join(" ")} }`;

  describe("answers that count bytes", () => {
    it("refuses 300 aliases of a long article's body before running it", async () => {
      const body = await rawGql(served.url, aliases(300, "body"));
      expect(codeOf(body)).toBe("TOO_MANY_ALIASES");
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.limit).toBe(15);
    });

    it("counts long text fields in the cost: a page of stories' bodies is refused, their paths are not", async () => {
      const expensive = await rawGql(
        served.url,
        "{ stories(first: 20) { edges { node { articles { body } } } } }",
      );
      expect(codeOf(expensive)).toBe("QUERY_TOO_COMPLEX");
      expect(Number(expensive.errors?.[0]?.extensions?.complexity)).toBeGreaterThan(5000);
      const cheap = await rawGql(
        served.url,
        "{ stories(first: 20) { edges { node { articles { path } } } } }",
      );
      expect(cheap.errors).toBeUndefined();
    });

    it("replaces an answer over 16 MiB with RESPONSE_TOO_LARGE, and keeps answering everyone else", async () => {
      // 15 copies of 2.5 MB: within the alias and cost limits, over the size limit.
      const heavy = Array.from({ length: 4 }, () => rawGql(served.url, aliases(15, "body")));
      const probe = rawGql(served.url, "{ articles { totalCount } }");
      const answers = await Promise.all(heavy);
      for (const body of answers) {
        expect(codeOf(body)).toBe("RESPONSE_TOO_LARGE");
        expect(body.data ?? null).toBeNull();
        expect(JSON.stringify(body).length).toBeLessThan(1000);
      }
      expect(((await probe).data as { articles: { totalCount: number } }).articles.totalCount).toBe(5);
      // One copy is fine.
      const one = await rawGql(served.url, aliases(1, "body"));
      expect((one.data as { a0: { body: string } }).a0.body).toBe(LONG_BODY);
    });

    it("caps answers over graphql-ws too, queries and subscription events alike", async () => {
      const query = await wsErrors(client, aliases(15, "body"));
      expect(query[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
      const copies = Array.from({ length: 15 }, (_, i) => `b${i}: body`).join(" ");
      // Replays every event from the start: the long article's is over the limit.
      const event = await wsErrors(
        client,
        `subscription { articleEvents(after: "${eventCursor(0)}") { article { ${copies} } } }`,
      );
      expect(event[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
    });
  });

  describe("request bodies", () => {
    it("refuses a body over 1 MiB before reading it, over HTTP and graphql-ws", async () => {
      const huge = JSON.stringify({
        query: "{ __typename }",
        variables: { pad: "x".repeat(2 * 1024 * 1024) },
      });
      const res = await fetch(served.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: huge,
      });
      expect(res.status).toBe(413);
      expect(codeOf((await res.json()) as Body)).toBe("DOCUMENT_TOO_LARGE");
      const ws = new WebSocket(served.url.replace(/^http/, "ws"), "graphql-transport-ws");
      await once(ws, "open");
      const closed = once(ws, "close");
      ws.send(huge);
      expect((await closed)[0]).toBe(1009); // message too big
    });
  });

  describe("unknown and malformed ids", () => {
    it("answers null for another type's id, an unknown type and an id that is not a number", async () => {
      const meeting = encodeGlobalID("Meeting", 1);
      const body = await rawGql(
        served.url,
        `query ($ids: [ID!]!) {
          article(id: "${meeting}") { path }
          person(id: "${meeting}") { name }
          story(id: "${encodeGlobalID("Story", "abc")}") { id }
          notANumber: article(id: "${encodeGlobalID("Article", "abc")}") { path }
          node(id: "${encodeGlobalID("Article", "abc")}") { id }
          unknownType: node(id: "${encodeGlobalID("Foo", 1)}") { id }
          nodes(ids: $ids) { id }
        }`,
        { ids: [encodeGlobalID("Foo", 1), longId, encodeGlobalID("Person", "1; DROP TABLE")] },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({
        article: null,
        person: null,
        story: null,
        notANumber: null,
        node: null,
        unknownType: null,
        nodes: [null, { id: longId }, null],
      });
    });

    it.each([
      ['{ search(query: "a\\u0000b") { totalCount } }', undefined],
      ["query ($q: String!) { search(query: $q) { totalCount } }", { q: "a\u0000b" }],
      ["query ($t: String) { articles(filter: { text: $t }) { totalCount } }", { t: "x\u0000" }],
      ['{ people(filter: { name: "\\u0000" }) { totalCount } }', undefined],
      ["query ($f: MeetingFilter) { meetings(filter: $f) { totalCount } }", { f: { text: "\u0000" } }],
    ])("refuses NUL characters in text arguments: %s", async (query, variables) => {
      const body = await rawGql(served.url, query, variables);
      expect(codeOf(body)).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/NUL/);
    });

    it("refuses variables nested 100,000 deep with a 400, over HTTP and graphql-ws", async () => {
      const res = await fetch(served.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `{"query":"query ($ids: [ID!]) { nodes(ids: $ids) { id } }","variables":{"ids":${nestedJson(100_000)}}}`,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as Body;
      expect(codeOf(body)).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/nest deeper than 16/);
      const answer = await rawWsAnswer(
        served.url,
        `{"query":"query ($ids: [ID!]) { nodes(ids: $ids) { id } }","variables":{"ids":${nestedJson(100_000)}}}`,
      );
      expect(answer).toMatchObject({ type: "error", payload: [{ extensions: { code: "BAD_USER_INPUT" } }] });
    });
  });

  describe("event cursors", () => {
    const past = () => eventCursor(served.service.events.lastSeq + 1000);

    it("refuses a cursor past the last event, over graphql-ws and SSE", async () => {
      const ws = await subscribeWs(client, FilteredArticleEventsDocument, { after: past() }).ended;
      expect((ws.error as Array<{ extensions: { code: string } }>)[0]?.extensions.code).toBe(
        "BAD_USER_INPUT",
      );
      const sse = await subscribeSse(served.url, FilteredArticleEventsDocument, { after: past() }).ended;
      expect((sse.error as Array<{ extensions: { code: string } }>)[0]?.extensions.code).toBe(
        "BAD_USER_INPUT",
      );
      const lastEventId = subscribeSse(
        served.url,
        FilteredArticleEventsDocument,
        {},
        { "Last-Event-ID": past() },
      );
      expect((await lastEventId.ended).error).toBeTruthy();
    });

    it("accepts the cursor of the last event and delivers the next one", async () => {
      const sub = subscribeWs(client, FilteredArticleEventsDocument, {
        after: eventCursor(served.service.events.lastSeq),
      });
      try {
        fs.copyFileSync(path.join(SEEDS, "002_686e873e6aaa9cef.txt"), path.join(served.seedsDir, "next.txt"));
        expect((await sub.results.next(15_000)).articleEvents.path).toBe("next.txt");
      } finally {
        sub.dispose();
      }
    });
  });

  describe("network defaults", () => {
    it("prints the address it really bound", () => {
      expect(new URL(served.url).hostname).toBe("127.0.0.1");
    });

    it("sends no CORS headers unless CORS_ORIGINS lists origins", async () => {
      const preflight = await fetch(served.url, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
      const post = await fetch(served.url, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(post.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("refuses a WebSocket from another origin, accepts one from its own or without an Origin", async () => {
      const handshake = (origin?: string) =>
        new Promise<number>((resolve) => {
          const ws = new WebSocket(served.url.replace(/^http/, "ws"), "graphql-transport-ws", {
            ...(origin ? { origin } : {}),
          });
          ws.on("open", () => {
            ws.close();
            resolve(101);
          });
          ws.on("unexpected-response", (_req, res) => {
            resolve(res.statusCode ?? 0);
            ws.terminate();
          });
          ws.on("error", () => {});
        });
      expect(await handshake("https://evil.example")).toBe(403);
      expect(await handshake(new URL(served.url).origin)).toBe(101);
      expect(await handshake()).toBe(101);
    });
  });

  describe("a second app on the same database, configured otherwise", () => {
    const apps: App[] = [];
    const start = async (
      options: NonNullable<Parameters<typeof buildApp>[0]["options"]>,
      host = "127.0.0.1",
    ) => {
      const app = buildApp({
        db: served.service.db,
        events: served.service.events,
        logger: silentLogger,
        options,
      });
      apps.push(app);
      return app.start(0, host);
    };
    afterAll(async () => {
      for (const app of apps) await app.stop();
    });

    it("on 0.0.0.0 on purpose, says so", async () => {
      const { url, port } = await start({}, "0.0.0.0");
      expect(url).toBe(`http://0.0.0.0:${port}/graphql`);
    });

    it("suggests no names when introspection is off, and does by default", async () => {
      const { url } = await start({ introspection: false });
      const cases: Array<[string, unknown?]> = [
        ["{ articls { totalCount } }"],
        ["{ articles(orderBy: NEWES) { totalCount } }"],
        ["query ($f: ArticleFilter) { articles(filter: $f) { totalCount } }", { f: { txt: "x" } }],
        ["query ($o: ArticleOrder) { articles(orderBy: $o) { totalCount } }", { o: "NEWES" }],
      ];
      for (const [query, variables] of cases) {
        const hidden = await rawGql(url, query, variables);
        expect(hidden.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(hidden.errors)).not.toMatch(/Did you mean/);
        const shown = await rawGql(served.url, query, variables);
        expect(JSON.stringify(shown.errors)).toMatch(/Did you mean/);
      }
    });

    it("CORS_ORIGINS: the listed origins with credentials; * for any origin, never with credentials", async () => {
      const listed = await start({ corsOrigins: ["https://app.example", "https://admin.example"] });
      const ask = async (url: string, origin: string) => {
        const res = await fetch(url, {
          method: "OPTIONS",
          headers: { origin, "access-control-request-method": "POST" },
        });
        return {
          origin: res.headers.get("access-control-allow-origin"),
          credentials: res.headers.get("access-control-allow-credentials"),
        };
      };
      expect(await ask(listed.url, "https://app.example")).toEqual({
        origin: "https://app.example",
        credentials: "true",
      });
      expect((await ask(listed.url, "https://evil.example")).origin).not.toBe("https://evil.example");
      const any = await start({ corsOrigins: ["*"] });
      const answer = await ask(any.url, "https://evil.example");
      expect(answer.origin).not.toBeNull();
      expect(answer.credentials).toBeNull();
    });
  });
});
