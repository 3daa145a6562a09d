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
    const v = cache.currentVersion() as number;
    cache.set("a", v, "A");
    cache.set("b", v, "B");
    expect(cache.get("a")).toBe("A"); // a is now the most recent
    cache.set("c", v, "C");
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.stats()).toMatchObject({ entries: 2, hits: 3, misses: 1 });
  });

  it("counts keys and answers against maxBytes, and refuses what is bigger than all of it", () => {
    const cache = new ResponseCache(dataVersion(), { maxBytes: 100 });
    const v = cache.currentVersion() as number;
    cache.set("a", v, "x".repeat(29)); // (1 + 29) characters = 60 bytes as UTF-16
    cache.set("b", v, "y".repeat(9));
    expect(cache.stats().bytes).toBe(80);
    cache.set("c", v, "z".repeat(19));
    expect(cache.get("a")).toBeNull();
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
    cache.set("huge", v, "h".repeat(48));
    expect(cache.get("huge")).toBeNull();
    // A key as big as the answer limit (large variables) is not kept either.
    cache.set("k".repeat(60), v, "small");
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
  });

  it("does not keep keys longer than any operation, whatever the memory", () => {
    const cache = new ResponseCache(dataVersion(), { maxBytes: 1 << 30 });
    const v = cache.currentVersion() as number;
    const key = `{ articles { totalCount } }\u0000${JSON.stringify({ pad: "p".repeat(100_000) })}`;
    cache.set(key, v, "answer");
    expect(cache.get(key)).toBeNull();
    expect(cache.stats().entries).toBe(0);
  });

  it("serves nothing computed before the last event, and stores nothing while one is being read", () => {
    const data = dataVersion();
    const cache = new ResponseCache(data, { maxBytes: 1 << 20 });
    const before = cache.currentVersion() as number;
    cache.set("q", before, "old");
    expect(cache.get("q")).toBe("old");
    data.lastSeq = 8;
    expect(cache.get("q")).toBeNull();
    cache.set("q", before, "computed before event 8");
    expect(cache.get("q")).toBeNull();
    data.settled = false;
    expect(cache.currentVersion()).toBeNull();
    data.settled = true;
    const after = cache.currentVersion() as number;
    cache.set("q", after, "new");
    expect(cache.get("q")).toBe("new");
  });

  it("invalidate drops everything, including answers being computed", () => {
    const cache = new ResponseCache(dataVersion(), { maxBytes: 1 << 20 });
    const v = cache.currentVersion() as number;
    cache.set("q", v, "answer");
    cache.invalidate();
    expect(cache.get("q")).toBeNull();
    cache.set("q", v, "computed before the invalidation");
    expect(cache.get("q")).toBeNull();
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
