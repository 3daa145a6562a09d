import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { useTestService } from "../helpers/test-service.ts";

describe("request log", () => {
  const lines: string[] = [];
  const served = useTestService(() => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    return { config: { logLevel: "info" }, logger: createLogger("info", { format: "json", destination }) };
  });

  const requests = () =>
    lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => e.msg === "request" && e.path === "/graphql");

  it("logs each request's operation, status and duration, never its variables or text", async () => {
    const before = requests().length;
    const secret = "a-search-nobody-should-see";
    const res = await fetch(served.url, {
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
    const bad = await fetch(served.url, {
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
