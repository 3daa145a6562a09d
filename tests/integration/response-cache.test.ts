import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS } from "../helpers/test-app.ts";
import { startTestService, useTestService } from "../helpers/test-service.ts";

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
  const served = useTestService({ files: ["000_b85c5de12b388afb.txt"] });

  it("answers a repeated query from memory, with the same text", async () => {
    const first = await post(served.url, MEETING, { key: "AEM-57" });
    const second = await post(served.url, MEETING, { key: "AEM-57" });
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.body).toBe(first.body);
    expect(second.status).toBe(200);
    // Other variables are another entry.
    expect((await post(served.url, MEETING, { key: "AMM-58" })).hit).toBe(false);
  });

  it("never answers from before a committed change", async () => {
    const names = fs.readdirSync(SEEDS).filter((n) => !n.startsWith("000"));
    let expected = totalCount((await post(served.url, COUNT)).body);
    for (const name of names) {
      expect((await post(served.url, COUNT)).hit).toBe(true);
      // Renamed into place, so the file is reported once, complete: a copy in place may be read
      // half-written and then again, and that second change would end this cache entry too.
      fs.copyFileSync(path.join(SEEDS, name), path.join(served.seedsDir, `.${name}.tmp`));
      fs.renameSync(path.join(served.seedsDir, `.${name}.tmp`), path.join(served.seedsDir, name));
      await waitForCount(expected + 1);
      expected++;
      // Once the change is known, the first answer is computed again and then cached.
      const again = await post(served.url, COUNT);
      expect(totalCount(again.body)).toBe(expected);
    }
    fs.rmSync(path.join(served.seedsDir, names[0] as string));
    await waitForCount(expected - 1);
  });

  async function waitForCount(count: number) {
    for (;;) {
      await served.service.idle();
      const { body } = await post(served.url, COUNT);
      if (totalCount(body) === count) return;
      // The watcher may not have reported the file yet; the cache must not be what hides it.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("does not keep answers with errors, or operational lists", async () => {
    const tooBig = "{ articles(first: 500) { totalCount } }";
    expect(JSON.parse((await post(served.url, tooBig)).body).errors).toBeDefined();
    expect((await post(served.url, tooBig)).hit).toBe(false);
    const failures = "{ ingestFailures { totalCount } }";
    await post(served.url, failures);
    expect((await post(served.url, failures)).hit).toBe(false);
  });

  it("can be dropped by hand after a change made behind the service's back", async () => {
    await post(served.url, COUNT);
    expect((await post(served.url, COUNT)).hit).toBe(true);
    served.service.app.responseCache.invalidate();
    expect((await post(served.url, COUNT)).hit).toBe(false);
  });
});

describe("settings of the HTTP layer", () => {
  const served = useTestService({
    files: ["000_b85c5de12b388afb.txt"],
    config: { responseCacheMb: 0, graphiql: false, introspection: false },
  });

  it("RESPONSE_CACHE_MB=0 computes every answer", async () => {
    await post(served.url, COUNT);
    expect((await post(served.url, COUNT)).hit).toBe(false);
    expect(served.service.app.responseCache.stats().hits).toBe(0);
  });

  it("INTROSPECTION=false refuses the schema but keeps __typename", async () => {
    const schema = JSON.parse((await post(served.url, "{ __schema { types { name } } }")).body);
    expect(schema.data).toBeUndefined();
    expect(schema.errors[0].message).toMatch(/introspection/i);
    const type = JSON.parse((await post(served.url, `{ __type(name: "Meeting") { name } }`)).body);
    expect(type.errors[0].message).toMatch(/introspection/i);
    const typename = JSON.parse((await post(served.url, "{ __typename articles { totalCount } }")).body);
    expect(typename.data).toEqual({ __typename: "Query", articles: { totalCount: 1 } });
  });

  it("GRAPHIQL=false serves no GraphiQL page", async () => {
    const res = await fetch(served.url, { headers: { accept: "text/html" } });
    const text = await res.text();
    expect(text).not.toMatch(/graphiql/i);
  });
});

describe("GraphiQL by default", () => {
  it("is served to a browser", async () => {
    const service = await startTestService({ files: [] });
    const res = await fetch(service.url, { headers: { accept: "text/html" } });
    expect(await res.text()).toMatch(/graphiql/i);
  });
});
