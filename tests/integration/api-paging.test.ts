import { encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import {
  AgreementMeetingsPageDocument,
  ArticlesFilteredDocument,
  type ArticlesFilteredQueryVariables,
  CountriesFilteredDocument,
  MeetingArticlesPageDocument,
  MeetingsFilteredDocument,
  SearchEverythingDocument,
} from "../generated/graphql.ts";
import { gql, rawGql } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: T }>;
}

/** Follows `endCursor` one item at a time until the last page, collecting what each page held. */
async function walk<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const seen: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const page: Page<T> = await fetchPage(after);
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error("paging did not end");
}

describe("connections: cursors, page sizes and stability", () => {
  const served = useTestService();

  const articlePaths = async (vars: ArticlesFilteredQueryVariables) =>
    (await gql(served.url, ArticlesFilteredDocument, vars)).articles;

  it("pages articles one by one, forwards and backwards, without gaps or repeats (undated last)", async () => {
    const all = (await articlePaths({ first: 100 })).edges.map((e) => e.node.path);
    expect(all).toHaveLength(5);
    const forwards = await walk((after) => articlePaths({ first: 1, after }));
    expect(forwards.map((a) => a.path)).toEqual(all);
    // 000 (2025-09-25), 004 (2025-07-26), 001 (2025-07), then the undated 002 and 003.
    expect(all.map((p) => p.slice(0, 3)).slice(0, 3)).toEqual(["000", "004", "001"]);
    const last = await articlePaths({ last: 2 });
    expect(last.edges.map((e) => e.node.path)).toEqual(all.slice(3));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const before = await articlePaths({ last: 2, before: last.pageInfo.startCursor });
    expect(before.edges.map((e) => e.node.path)).toEqual(all.slice(1, 3));
    const oldest = await articlePaths({ first: 2, orderBy: "OLDEST" });
    expect(oldest.edges.map((e) => e.node.path.slice(0, 3))).toEqual(["001", "004"]);
  });

  it("keeps a cursor's place when articles are inserted before and after it", async () => {
    const first = await articlePaths({ first: 2 });
    const expected = (await articlePaths({ first: 3, after: first.pageInfo.endCursor })).edges.map(
      (e) => e.node.path,
    );
    const prisma = served.service.db.prisma;
    const base = {
      contentHash: "x",
      displayTitle: "t",
      body: "b",
      lang: "vi",
      wordCount: 1,
      extractorVersion: "test",
    };
    const inserted = await prisma.$transaction([
      prisma.article.create({
        data: { ...base, path: "zz-newest.txt", publishedAt: new Date("2026-01-01") },
      }),
      prisma.article.create({
        data: { ...base, path: "zz-between.txt", publishedAt: new Date("2025-07-26") },
      }),
    ]);
    try {
      const next = await articlePaths({ first: 3, after: first.pageInfo.endCursor });
      // Same publication date as 004 but a higher id: it sorts before 004, so behind the cursor.
      expect(next.edges.map((e) => e.node.path)).toEqual(expected);
      expect((await articlePaths({ first: 1 })).edges[0]?.node.path).toBe("zz-newest.txt");
    } finally {
      await prisma.article.deleteMany({ where: { id: { in: inserted.map((a) => a.id) } } });
    }
  });

  it("pages a relation (meeting → articles) with the same cursors both ways", async () => {
    const page = (vars: { first?: number; after?: string | null; last?: number; before?: string | null }) =>
      gql(served.url, MeetingArticlesPageDocument, { key: "AMM-58", ...vars }).then((d) => {
        if (!d.meeting) throw new Error("no AMM-58");
        return d.meeting.articles;
      });
    const all = (await page({ first: 10 })).edges.map((e) => e.node.path);
    expect(all.map((p) => p.slice(0, 3))).toEqual(["004", "001", "002"]);
    const forwards = await walk((after) => page({ first: 1, after }));
    expect(forwards.map((a) => a.path)).toEqual(all);
    const tail = await page({ last: 2 });
    expect(tail.edges.map((e) => e.node.path)).toEqual(all.slice(1));
    expect(tail.totalCount).toBe(3);
  });

  it("pages a derived relation (agreement → mentionedWithMeetings) with sort-key cursors", async () => {
    const page = (vars: { first?: number; after?: string | null; last?: number; before?: string | null }) =>
      gql(served.url, AgreementMeetingsPageDocument, { code: "AKFTA", ...vars }).then((d) => {
        if (!d.agreement) throw new Error("no AKFTA");
        return d.agreement.mentionedWithMeetings;
      });
    const all = await page({ first: 100 });
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(5);
    const keys = all.edges.map((e) => e.node.key);
    const forwards = await walk((after) => page({ first: 3, after }));
    expect(forwards.map((m) => m.key)).toEqual(keys);
    const back = await page({ last: 2, before: all.edges[4]?.cursor });
    expect(back.edges.map((e) => e.node.key)).toEqual(keys.slice(2, 4));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it("pages meetings and search results to the end", async () => {
    const meetings = await walk((after) =>
      gql(served.url, MeetingsFilteredDocument, { first: 4, after }).then((d) => d.meetings),
    );
    const total = (await gql(served.url, MeetingsFilteredDocument, { first: 1 })).meetings.totalCount;
    expect(meetings).toHaveLength(total);
    expect(new Set(meetings.map((m) => m.key)).size).toBe(total);
    const hits = await walk((after) =>
      gql(served.url, SearchEverythingDocument, { query: "ASEAN", first: 7, after }).then((d) => d.search),
    );
    const { search } = await gql(served.url, SearchEverythingDocument, { query: "ASEAN", first: 100 });
    expect(hits.map((h) => JSON.stringify(h))).toEqual(search.edges.map((e) => JSON.stringify(e.node)));
  });

  it("serves 20 items by default", async () => {
    const { countries } = await gql(served.url, CountriesFilteredDocument, { filter: null });
    expect(countries.totalCount).toBeGreaterThan(20);
    expect(countries.edges).toHaveLength(20);
    const asean = await gql(served.url, CountriesFilteredDocument, { filter: { aseanMember: true } });
    expect(asean.countries.edges.map((e) => e.node.code)).toEqual(expect.arrayContaining(["VN", "MY", "KH"]));
    expect(asean.countries.edges.every((e) => e.node.aseanMember)).toBe(true);
  });

  it.each([
    ["a root connection", "{ articles(first: 101) { totalCount } }"],
    ["a relation", '{ meeting(key: "AMM-58") { articles(first: 500) { totalCount } } }'],
    [
      "a derived relation",
      '{ agreement(code: "AKFTA") { mentionedWithMeetings(first: 101) { totalCount } } }',
    ],
    ["search", '{ search(query: "ASEAN", first: 101) { totalCount } }'],
    [
      "nodes",
      `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"${encodeGlobalID("Article", i)}"`)}]) { id } }`,
    ],
  ])("rejects a page larger than 100 on %s with PAGE_SIZE_EXCEEDED", async (_what, query) => {
    const body = await rawGql(served.url, query);
    expect(body.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
    expect(body.errors?.[0]?.message).toMatch(/at most 100/);
  });
});
