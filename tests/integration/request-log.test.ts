import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import type { Service } from "../../src/main.ts";
import { makeSeedsDir, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

describe("request log", () => {
  let testDb: TestDb;
  let service: Service;
  const lines: string[] = [];
  beforeAll(async () => {
    testDb = await createTestDb();
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    service = await startTestApp(
      testDb,
      makeSeedsDir(),
      { logLevel: "info" },
      {
        logger: createLogger("info", { format: "json", destination }),
      },
    );
  });
  afterAll(async () => {
    await service?.stop();
    await testDb?.drop();
  });

  const requests = () =>
    lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => e.msg === "request" && e.path === "/graphql");

  it("logs each request's operation, status and duration, never its variables or text", async () => {
    const before = requests().length;
    const secret = "a-search-nobody-should-see";
    const res = await fetch(service.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query FindIt($q: String!) { search(query: $q, first: 1) { totalCount } }",
        operationName: "FindIt",
        variables: { q: secret },
      }),
    });
    expect(res.status).toBe(200);
    await res.text();
    const bad = await fetch(service.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ nope }" }),
    });
    await bad.text();
    const logged = requests().slice(before);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ level: "info", method: "POST", operation: "FindIt", status: 200 });
    expect(typeof logged[0]?.ms).toBe("number");
    expect(logged[1]).toMatchObject({ operation: null, status: bad.status });
    expect(lines.join("\n")).not.toContain(secret);
    expect(lines.join("\n")).not.toContain("totalCount");
  });
});
