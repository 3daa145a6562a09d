import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { makeSeedsDir, SEEDS, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

const COUNT = "{ articles { totalCount } }";
const MEETING = `query Meeting($key: String!) { meeting(key: $key) { key articles { totalCount } } }`;

async function post(url: string, query: string, variables?: unknown, accept = "application/json") {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify({ query, variables }),
  });
  return { hit: res.headers.get("x-response-cache") === "hit", status: res.status, body: await res.text() };
}

const totalCount = (body: string) =>
  (JSON.parse(body) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;

describe("the response cache", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir(["000_b85c5de12b388afb.txt"]);
    service = await startTestApp(testDb, seedsDir);
  });
  afterAll(async () => {
    await service?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("answers a repeated query from memory, with the same text", async () => {
    const first = await post(service.url, MEETING, { key: "AEM-57" });
    const second = await post(service.url, MEETING, { key: "AEM-57" });
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.body).toBe(first.body);
    expect(second.status).toBe(200);
    // Other variables are another entry.
    expect((await post(service.url, MEETING, { key: "AMM-58" })).hit).toBe(false);
  });

  it("never answers from before a committed change", async () => {
    const names = fs.readdirSync(SEEDS).filter((n) => !n.startsWith("000"));
    let expected = totalCount((await post(service.url, COUNT)).body);
    for (const name of names) {
      expect((await post(service.url, COUNT)).hit).toBe(true);
      // Renamed into place, so the file is reported once, complete: a copy in place may be read
      // half-written and then again, and that second change would end this cache entry too.
      fs.copyFileSync(path.join(SEEDS, name), path.join(seedsDir, `.${name}.tmp`));
      fs.renameSync(path.join(seedsDir, `.${name}.tmp`), path.join(seedsDir, name));
      await waitForCount(expected + 1);
      expected++;
      // Once the change is known, the first answer is computed again and then cached.
      const again = await post(service.url, COUNT);
      expect(totalCount(again.body)).toBe(expected);
    }
    fs.rmSync(path.join(seedsDir, names[0] as string));
    await waitForCount(expected - 1);
  });

  async function waitForCount(count: number) {
    for (;;) {
      await service.idle();
      const { body } = await post(service.url, COUNT);
      if (totalCount(body) === count) return;
      // The watcher may not have reported the file yet; the cache must not be what hides it.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("does not keep answers with errors, or operational lists", async () => {
    const tooBig = "{ articles(first: 500) { totalCount } }";
    expect(JSON.parse((await post(service.url, tooBig)).body).errors).toBeDefined();
    expect((await post(service.url, tooBig)).hit).toBe(false);
    const failures = "{ ingestFailures { totalCount } }";
    await post(service.url, failures);
    expect((await post(service.url, failures)).hit).toBe(false);
  });

  it("can be dropped by hand after a change made behind the service's back", async () => {
    await post(service.url, COUNT);
    expect((await post(service.url, COUNT)).hit).toBe(true);
    service.app.responseCache.invalidate();
    expect((await post(service.url, COUNT)).hit).toBe(false);
  });
});

describe("settings of the HTTP layer", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir(["000_b85c5de12b388afb.txt"]);
    service = await startTestApp(testDb, seedsDir, {
      responseCacheMb: 0,
      graphiql: false,
      introspection: false,
    });
  });
  afterAll(async () => {
    await service?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("RESPONSE_CACHE_MB=0 computes every answer", async () => {
    await post(service.url, COUNT);
    expect((await post(service.url, COUNT)).hit).toBe(false);
    expect(service.app.responseCache.stats().hits).toBe(0);
  });

  it("INTROSPECTION=false refuses the schema but keeps __typename", async () => {
    const schema = JSON.parse((await post(service.url, "{ __schema { types { name } } }")).body);
    expect(schema.data).toBeUndefined();
    expect(schema.errors[0].message).toMatch(/introspection/i);
    const type = JSON.parse((await post(service.url, `{ __type(name: "Meeting") { name } }`)).body);
    expect(type.errors[0].message).toMatch(/introspection/i);
    const typename = JSON.parse((await post(service.url, "{ __typename articles { totalCount } }")).body);
    expect(typename.data).toEqual({ __typename: "Query", articles: { totalCount: 1 } });
  });

  it("GRAPHIQL=false serves no GraphiQL page", async () => {
    const res = await fetch(service.url, { headers: { accept: "text/html" } });
    const text = await res.text();
    expect(text).not.toMatch(/graphiql/i);
  });
});

describe("GraphiQL by default", () => {
  it("is served to a browser", async () => {
    const testDb = await createTestDb();
    const seedsDir = makeSeedsDir([]);
    const service = await startTestApp(testDb, seedsDir);
    try {
      const res = await fetch(service.url, { headers: { accept: "text/html" } });
      expect(await res.text()).toMatch(/graphiql/i);
    } finally {
      await service.stop();
      await testDb.drop();
      fs.rmSync(seedsDir, { recursive: true, force: true });
    }
  });
});
