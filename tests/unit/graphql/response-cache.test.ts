import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { isCacheable, ResponseCache } from "../../../src/graphql/response-cache.ts";

/** The event log's side of the cache, driven by hand. */
function dataVersion() {
  return { lastSeq: 7, settled: true };
}

describe("ResponseCache", () => {
  it("keeps the most recently used entries within maxEntries", () => {
    const cache = new ResponseCache(dataVersion(), { maxBytes: 1 << 20, maxEntries: 2 });
    cache.set("a", 7, "A");
    cache.set("b", 7, "B");
    expect(cache.get("a")).toBe("A"); // a is now the most recent
    cache.set("c", 7, "C");
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.stats()).toMatchObject({ entries: 2, hits: 3, misses: 1 });
  });

  it("stays within maxBytes and refuses a response bigger than all of it", () => {
    const cache = new ResponseCache(dataVersion(), { maxBytes: 100 });
    cache.set("a", 7, "x".repeat(30)); // 60 bytes as UTF-16
    cache.set("b", 7, "y".repeat(10));
    expect(cache.stats().bytes).toBe(80);
    cache.set("c", 7, "z".repeat(20));
    expect(cache.get("a")).toBeNull();
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
    cache.set("huge", 7, "h".repeat(51));
    expect(cache.get("huge")).toBeNull();
  });

  it("serves nothing computed before the last event, and stores nothing while one is being read", () => {
    const data = dataVersion();
    const cache = new ResponseCache(data, { maxBytes: 1 << 20 });
    const version = cache.currentVersion() as number;
    cache.set("q", version, "old");
    data.lastSeq = 8;
    expect(cache.get("q")).toBeNull();
    cache.set("q", version, "computed before event 8");
    expect(cache.get("q")).toBeNull();
    data.settled = false;
    expect(cache.currentVersion()).toBeNull();
    cache.set("q", 8, "maybe stale");
    data.settled = true;
    expect(cache.get("q")).toBeNull();
    cache.set("q", 8, "new");
    expect(cache.get("q")).toBe("new");
  });

  it("is off with maxBytes 0", () => {
    expect(new ResponseCache(dataVersion(), { maxBytes: 0 }).enabled).toBe(false);
  });
});

describe("isCacheable", () => {
  it("takes queries, not mutations or subscriptions", () => {
    expect(isCacheable(parse("{ articles { totalCount } }"))).toBe(true);
    expect(isCacheable(parse("subscription { articleAdded { path } }"))).toBe(false);
    expect(isCacheable(parse("mutation { x }"))).toBe(false);
  });

  it("leaves out operational lists and node lookups, through fragments too", () => {
    expect(isCacheable(parse("{ ingestFailures { totalCount } }"))).toBe(false);
    expect(isCacheable(parse(`{ node(id: "x") { id } }`))).toBe(false);
    expect(
      isCacheable(
        parse("{ ...F } fragment F on Query { articles { totalCount } ingestFailures { totalCount } }"),
      ),
    ).toBe(false);
    expect(isCacheable(parse("{ ... on Query { stats { articlesPerMonth { count } } } }"))).toBe(true);
  });

  it("looks at the named operation only", () => {
    const doc = parse("query A { articles { totalCount } } query B { ingestFailures { totalCount } }");
    expect(isCacheable(doc, "A")).toBe(true);
    expect(isCacheable(doc, "B")).toBe(false);
    expect(isCacheable(doc)).toBe(false); // ambiguous without a name
  });
});
