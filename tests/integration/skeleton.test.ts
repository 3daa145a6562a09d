import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  ArticleByIdDocument,
  ArticlesPageDocument,
  type ArticlesPageQuery,
  NodeByIdDocument,
} from "../generated/graphql.ts";
import { SEED_GOLD } from "../helpers/seed-gold.ts";
import { gql, rawGql } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

interface GoldArticle {
  file: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  lang: string;
}
const gold: GoldArticle[] = SEED_GOLD;

describe("walking skeleton: seeds → PostgreSQL → GraphQL", () => {
  const served = useTestService();

  it("ingests the five seeds on start", async () => {
    expect(await served.service.reconciled).toMatchObject({
      added: 5,
      updated: 0,
      unchanged: 0,
      failed: 0,
      removed: 0,
    });
  });

  it("serves every seed with the title, date, source and URL of the gold file", async () => {
    const data = await gql(served.url, ArticlesPageDocument, { first: 10 });
    expect(data.articles.totalCount).toBe(5);
    const byPath = new Map(data.articles.edges.map((e) => [e.node.path, e.node]));
    for (const g of gold) {
      const node = byPath.get(g.file);
      expect(node, g.file).toBeDefined();
      expect({
        file: g.file,
        publishedOn: node?.publishedOn,
        source: node?.source?.name ?? null,
        url: node?.url,
        lang: node?.lang,
      }).toEqual({
        file: g.file,
        publishedOn: g.published,
        source: g.source,
        url: g.url,
        lang: g.lang,
      });
      if (g.title) {
        expect(node?.title).toBe(g.title);
        expect(node?.hasHeadline).toBe(true);
      } else {
        // Derived from the lead, never from the crawler header.
        expect(node?.hasHeadline).toBe(false);
        expect(node?.title.length).toBeGreaterThan(10);
        expect(node?.title).not.toMatch(/^\s*date\b/);
        expect(node?.body.startsWith(node.title.replace(/…$/, ""))).toBe(true);
      }
      expect(node?.body).not.toMatch(/^\s*date \d{4}/);
      expect(node?.wordCount).toBeGreaterThan(100);
    }
  });

  it("orders newest first, undated last, and pages forwards and backwards without gaps", async () => {
    const all = (await gql(served.url, ArticlesPageDocument, { first: 10 })).articles.edges.map(
      (e) => e.node.path,
    );
    expect(all.slice(0, 3)).toEqual([
      "000_b85c5de12b388afb.txt",
      "004_fbd71147380da296.txt",
      "001_83f2f5ee3d553817.txt",
    ]);
    const forward: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const data: ArticlesPageQuery = await gql(served.url, ArticlesPageDocument, { first: 2, after });
      const page = data.articles;
      forward.push(...page.edges.map((e) => e.node.path));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);
    const last = (await gql(served.url, ArticlesPageDocument, { last: 2 })).articles;
    expect(last.edges.map((e) => e.node.path)).toEqual(all.slice(-2));
    const before = (
      await gql(served.url, ArticlesPageDocument, { last: 2, before: last.pageInfo.startCursor })
    ).articles;
    expect(before.edges.map((e) => e.node.path)).toEqual(all.slice(-4, -2));
  });

  it("resolves global ids through node and article; unknown ids are null", async () => {
    const first = (await gql(served.url, ArticlesPageDocument, { first: 1 })).articles.edges[0]?.node;
    expect(first).toBeDefined();
    const byNode = await gql(served.url, NodeByIdDocument, { id: first!.id });
    expect(byNode.node).toMatchObject({ id: first!.id, path: first!.path });
    const byArticle = await gql(served.url, ArticleByIdDocument, { id: first!.id });
    expect(byArticle.article?.path).toBe(first!.path);
    const missing = Buffer.from("Article:999999").toString("base64");
    expect((await gql(served.url, ArticleByIdDocument, { id: missing })).article).toBeNull();
  });

  it("refuses a page larger than 100 with a clear error", async () => {
    const body = await rawGql(served.url, "{ articles(first: 101) { totalCount } }");
    expect(body.errors?.[0]?.message).toMatch(/at most 100/);
    expect(body.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
  });

  it("serves GraphiQL from installed packages, without a CDN", async () => {
    const res = await fetch(served.url, { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain("seedgraph");
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net/);
  });

  it("sends the GraphiQL page gzipped to a browser that accepts it, the same page", async () => {
    const plain = await fetch(served.url, {
      headers: { accept: "text/html", "accept-encoding": "identity" },
    });
    const page = await plain.text();
    expect(plain.headers.get("content-encoding")).toBeNull();
    // node:http, not fetch: fetch would unzip the body and hide its size.
    const zipped = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        http
          .get(
            served.url,
            { headers: { accept: "text/html", "accept-encoding": "gzip, deflate, br" } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (c: Buffer) => chunks.push(c));
              res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            },
          )
          .on("error", reject);
      },
    );
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(page) / 2);
    expect(zlib.gunzipSync(zipped.body).toString("utf8")).toBe(page);
  });

  it("ingests nothing when started again on the same folder and database", async () => {
    await served.restart();
    expect(await served.service.reconciled).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 5,
      failed: 0,
      removed: 0,
    });
  });

  it("picks up changed and removed files at start", async () => {
    await served.stop();
    const changed = path.join(served.seedsDir, "003_8e497b4819558aaa.txt");
    fs.appendFileSync(changed, "\nMột đoạn mới được thêm vào bài viết.\n");
    fs.rmSync(path.join(served.seedsDir, "002_686e873e6aaa9cef.txt"));
    await served.start();
    expect(await served.service.reconciled).toMatchObject({ added: 0, updated: 1, unchanged: 3, removed: 1 });
    const data = await gql(served.url, ArticlesPageDocument, { first: 10 });
    expect(data.articles.totalCount).toBe(4);
    expect(data.articles.edges.map((e) => e.node.path)).not.toContain("002_686e873e6aaa9cef.txt");
    const updated = data.articles.edges.find((e) => e.node.path === "003_8e497b4819558aaa.txt")?.node;
    expect(updated?.body).toContain("Một đoạn mới");
  });
});
