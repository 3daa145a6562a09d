import fs from "node:fs";
import path from "node:path";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/app.ts";
import type { Database } from "../../src/db/client.ts";
import type { SqlRunner } from "../../src/db/sql.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { EventLog } from "../../src/live/event-log.ts";
import { silentLogger } from "../../src/logger.ts";
import type { Service } from "../../src/main.ts";
import {
  CountriesFiguresDocument,
  type CountriesFiguresQuery,
  EntitiesEvidenceDocument,
  type EntitiesEvidenceQuery,
  NestedEverythingDocument,
  NestedMeetingArticlesDocument,
  NestedRelationsDocument,
  NestedRelationsOfPeopleAndAgreementsDocument,
  SearchWithRelationsDocument,
} from "../generated/graphql.ts";
import { gql, makeSeedsDir, REPO_ROOT, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

/** An app whose every SQL statement — Prisma's and raw — is counted. */
interface CountingApp {
  url: string;
  /** Runs `fn` and returns how many SQL statements the server issued meanwhile. */
  count(fn: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

async function startCountingApp(testDb: TestDb): Promise<CountingApp> {
  if (!testDb.url) throw new Error("statement counting needs PostgreSQL");
  const db = await testDb.open();
  // Prisma's query log reports every statement its engine sends, nested includes included.
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: testDb.url }),
    log: [{ emit: "event", level: "query" }],
  });
  let statements = 0;
  prisma.$on("query", () => {
    statements++;
  });
  const sql: SqlRunner = {
    ...db.sql,
    query: (text, params) => {
      statements++;
      return db.sql.query(text, params);
    },
  };
  const counted: Database = { ...db, prisma: prisma as unknown as Database["prisma"], sql };
  const app: App = buildApp({
    db: counted,
    events: new EventLog(counted.prisma, { logger: silentLogger }),
    logger: silentLogger,
    // Statements of execution, not of the response cache: a repeated query would cost none.
    options: { responseCacheMb: 0 },
  });
  const running = await app.start(0, "127.0.0.1");
  return {
    url: running.url,
    async count(fn) {
      const before = statements;
      await fn();
      return statements - before;
    },
    async stop() {
      await app.stop();
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/**
 * A counting app, for the tests of the enclosing `describe`, over a database holding the seeds and
 * whatever `fill` adds to their folder (ingested by the real service, which then stops).
 */
function countingAppOver(fill: (seedsDir: string) => void): CountingApp {
  let testDb: TestDb;
  let seedsDir: string;
  let app: CountingApp | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir();
    fill(seedsDir);
    const service: Service = await startTestApp(testDb, seedsDir);
    await service.stop();
    app = await startCountingApp(testDb);
  });
  afterAll(async () => {
    await app?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });
  const started = () => {
    if (!app) throw new Error("the counting app has not started");
    return app;
  };
  return {
    get url() {
      return started().url;
    },
    count: (fn) => started().count(fn),
    stop: () => started().stop(),
  };
}

describe("SQL statements per request do not grow with page size (no N+1)", () => {
  // Five copies of each seed (under other names): pages of 20 are full, and AMM-58 has 15 articles.
  const app = countingAppOver((seedsDir) => {
    for (const name of fs.readdirSync(seedsDir)) {
      for (const copy of [1, 2, 3, 4]) {
        fs.copyFileSync(path.join(seedsDir, name), path.join(seedsDir, `copy${copy}-${name}`));
      }
    }
  });

  it("meetings → articles → agreements and countries: same small count for 2 and 20 meetings", async () => {
    let small: Awaited<ReturnType<typeof gql<unknown, unknown>>> | undefined;
    const few = await app.count(async () => {
      small = await gql(app.url, NestedMeetingArticlesDocument, { first: 2, inner: 10 });
    });
    let large: typeof small;
    const many = await app.count(async () => {
      large = await gql(app.url, NestedMeetingArticlesDocument, { first: 20, inner: 10 });
    });
    // The larger page really loads more: otherwise equal counts would prove nothing.
    const articlesIn = (data: typeof small) =>
      (data as { meetings: { edges: { node: { articles: { edges: unknown[] } } }[] } }).meetings.edges.reduce(
        (n, e) => n + e.node.articles.edges.length,
        0,
      );
    expect(articlesIn(large)).toBeGreaterThan(articlesIn(small));
    expect(many).toBe(few);
    // meetings, then the article windows with the articles and their agreement and country codes.
    expect(many).toBeLessThanOrEqual(2);
    process.stdout.write(`nested meetings query: ${many} SQL statements per request\n`);
  });

  it("agreements and countries by code, id or name beside each other: no statement per article", async () => {
    // A list selecting only what its key gives is built from the links; the same list selecting a
    // name needs one query more, however many articles hold it. An alias of each in one document.
    const doc = (
      first: number,
    ) => `{ meetings(first: ${first}) { edges { node { articles(first: 10) { edges { node {
      agreements { id code __typename } countries { id code }
      named: agreements { code nameEn } } } } } } } }`;
    const run = async (first: number) => {
      let body: {
        data?: { meetings: { edges: { node: { articles: { edges: unknown[] } } }[] } };
        errors?: unknown;
      };
      const n = await app.count(async () => {
        const res = await fetch(app.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: doc(first) }),
        });
        body = (await res.json()) as typeof body;
      });
      expect(body!.errors).toBeUndefined();
      const articles = body!.data!.meetings.edges.reduce((k, e) => k + e.node.articles.edges.length, 0);
      return { n, articles, body: body! };
    };
    const few = await run(2);
    const many = await run(20);
    expect(many.articles).toBeGreaterThan(few.articles);
    expect(many.n).toBe(few.n);
    // meetings, the article windows with the articles and their codes, the named agreements.
    expect(many.n).toBeLessThanOrEqual(3);
    const first = (
      many.body.data as never as {
        meetings: {
          edges: {
            node: {
              articles: {
                edges: { node: Record<string, { id: string; code: string; nameEn?: string }[]> }[];
              };
            };
          }[];
        };
      }
    ).meetings.edges[0]!.node.articles.edges[0]!.node;
    expect(first.agreements!.length).toBeGreaterThan(0);
    expect(first.agreements!.map((a) => a.code)).toEqual(first.named!.map((a) => a.code));
    expect(first.named!.every((a) => typeof a.nameEn === "string" && a.nameEn.length > 0)).toBe(true);
    expect(first.countries!.every((c) => c.id.length > 0)).toBe(true);
  });

  it("one fragment in two places, merged with more fields in one of them: each place gets what it selects", async () => {
    const post = async (query: string) => {
      const res = await fetch(app.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    type Item = { path: string; agreements: { code: string; nameEn?: string }[] };
    const data = (await post(`fragment F on Article { path agreements { code } }
      { meetings(first: 5) { edges { node { articles(first: 5) { edges { node { ...F agreements { nameEn } } } } } } }
        articles(first: 5) { edges { node { ...F } } } }`)) as {
      meetings: { edges: { node: { articles: { edges: { node: Item }[] } } }[] };
      articles: { edges: { node: Item }[] };
    };
    const underMeetings = data.meetings.edges.flatMap((e) => e.node.articles.edges.map((a) => a.node));
    const cited = underMeetings.flatMap((a) => a.agreements);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((g) => typeof g.nameEn === "string" && g.nameEn.length > 0)).toBe(true);
    const atRoot = data.articles.edges.map((e) => e.node);
    expect(atRoot.flatMap((a) => a.agreements).length).toBeGreaterThan(0);
    expect(atRoot.flatMap((a) => a.agreements).every((g) => !("nameEn" in g))).toBe(true);
    // Same codes as each article asked for alone.
    const alone = (await post(`{ articles(first: 5) { edges { node { path agreements { code } } } } }`)) as {
      articles: { edges: { node: Item }[] };
    };
    expect(atRoot).toEqual(alone.articles.edges.map((e) => e.node));
  });

  it("every relation in one request: the count does not depend on the page size", async () => {
    // Pages of 20 and 40 both hold every kind of relation (a relation that happens to be empty
    // on a small page skips its query, which is why this does not compare against 2).
    const some = await app.count(() => gql(app.url, NestedEverythingDocument, { first: 20 }));
    const all = await app.count(() => gql(app.url, NestedEverythingDocument, { first: 40 }));
    expect(all).toBe(some);
    expect(all).toBeLessThanOrEqual(40);
    process.stdout.write(`every relation at once: ${all} SQL statements per request\n`);
  });

  it("meetings with participants, agreement steps and evidence: the same count for a few and 20 meetings", async () => {
    type Page = { meetings: { edges: { node: Record<string, unknown[]> }[] } };
    const run = async (variables: {
      first: number;
      filter?: { partner: string; level: "foreign_ministers" };
    }) => {
      let page: Page | undefined;
      const statements = await app.count(async () => {
        page = (await gql(app.url, NestedRelationsDocument, variables)) as unknown as Page;
      });
      const meetings = page?.meetings.edges ?? [];
      // A relation that is empty on a page skips its queries: compare pages holding every kind.
      const holdsAll = ["participants", "agreementActions", "evidence"].every((field) =>
        meetings.some((e) => (e.node[field]?.length ?? 0) > 0),
      );
      return { statements, meetings: meetings.length, holdsAll };
    };
    // The smallest page of the latest meetings that holds every kind: the seeds' ASEAN Summit of
    // October 2025 (ACFTA 3.0 to be signed there) and a meeting of 24 September someone attended
    // (which of that day's meetings comes first depends on their ids).
    let few = await run({ first: 2 });
    while (!few.holdsAll && few.meetings < 6) few = await run({ first: few.meetings + 1 });
    const twenty = await run({ first: 20 });
    expect(few.holdsAll).toBe(true);
    expect(twenty.holdsAll).toBe(true);
    expect(twenty.meetings).toBe(20);
    expect(twenty.statements).toBe(few.statements);
    // Meetings; participations, their people and the people's countries, their evidence's
    // articles; agreement steps and their agreements; the meetings' sentences and their articles;
    // the bodies the words and sentences are cut from.
    expect(twenty.statements).toBeLessThanOrEqual(12);
    process.stdout.write(`meetings with relations: ${twenty.statements} SQL statements per request\n`);
  });

  it("people's meetings and agreements' timelines: the same count for few and many", async () => {
    const few = await app.count(() =>
      gql(app.url, NestedRelationsOfPeopleAndAgreementsDocument, { first: 5, name: "Rubio" }),
    );
    let data: Awaited<ReturnType<typeof gql<unknown, unknown>>> | undefined;
    const many = await app.count(async () => {
      data = await gql(app.url, NestedRelationsOfPeopleAndAgreementsDocument, { first: 20 });
    });
    const { people, agreements } = data as {
      people: { edges: { node: { meetings: unknown[] } }[] };
      agreements: { edges: { node: { events: unknown[] } }[] };
    };
    expect(people.edges.filter((e) => e.node.meetings.length > 0).length).toBeGreaterThan(1);
    expect(agreements.edges.filter((e) => e.node.events.length > 0).length).toBeGreaterThan(1);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(10);
  });

  it("figures of 20 countries, with their sources' articles, sentences and meetings: as many statements as for one", async () => {
    // KR alone has facts reported at a meeting; the 20 add JP, RU, US …
    const codes = ["KR", "JP", "RU", "US", "CN", "IN", "AU", "NZ", "CA", "EU"];
    codes.push("VN", "TH", "SG", "MY", "ID", "PH", "LA", "KH", "MM", "BN");
    const run = async (countries: string[]) => {
      let data: Awaited<ReturnType<typeof gql<CountriesFiguresQuery, unknown>>> | undefined;
      const statements = await app.count(async () => {
        data = await gql(app.url, CountriesFiguresDocument, {
          ids: countries.map((c) => encodeGlobalID("Country", c)),
        });
      });
      const facts = (data?.nodes ?? []).flatMap((n) =>
        n && "figures" in n ? n.figures.edges.map((e) => e.node) : [],
      );
      // Meetings are loaded too (a field with nothing to load skips its query).
      expect(facts.some((f) => f.sources.some((s) => s.meeting !== null))).toBe(true);
      return { statements, facts: facts.length, countries: data?.nodes.length };
    };
    const one = await run(["KR"]);
    const twenty = await run(codes);
    expect(twenty.countries).toBe(20);
    expect(twenty.facts).toBeGreaterThan(one.facts);
    expect(twenty.statements).toBe(one.statements);
    // The countries; the facts of all of them; their sources' articles, bodies and meetings.
    expect(twenty.statements).toBeLessThanOrEqual(5);
    process.stdout.write(`figures of 20 countries: ${twenty.statements} SQL statements per request\n`);
  });

  it("search with relations: same small count for 2 and 20 results", async () => {
    const query = "hoi nghi bo truong";
    const kinds = async (first: number) => {
      const data = await gql(app.url, SearchWithRelationsDocument, { query, first });
      return new Set(data.search.edges.map((e) => e.node.__typename));
    };
    expect(await kinds(20)).toEqual(new Set(["Article"])); // the same kinds on both pages
    const few = await app.count(() => gql(app.url, SearchWithRelationsDocument, { query, first: 2 }));
    const many = await app.count(() => gql(app.url, SearchWithRelationsDocument, { query, first: 20 }));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
    process.stdout.write(`search with relations: ${many} SQL statements per request\n`);
  });

  it("search over all four kinds stays a small constant", async () => {
    let kinds = new Set<string>();
    const statements = await app.count(async () => {
      const data = await gql(app.url, SearchWithRelationsDocument, { query: "Nhat", first: 100 });
      kinds = new Set(data.search.edges.map((e) => e.node.__typename));
    });
    expect(kinds.size).toBe(4);
    expect(statements).toBeLessThanOrEqual(20);
  });
});

describe("evidence of people, agreements and countries: SQL statements do not grow with the list", () => {
  // The seeds name 7 people; with the press fixtures, over 20 people are named.
  const app = countingAppOver((seedsDir) => {
    const fixtures = path.join(REPO_ROOT, "tests/fixtures/articles");
    for (const name of fs.readdirSync(fixtures).filter((n) => n.endsWith(".txt")))
      fs.copyFileSync(path.join(fixtures, name), path.join(seedsDir, name));
  });

  it("20 people, agreements and countries with their evidence cost as many statements as 2 of each", async () => {
    const run = async (first: number) => {
      let data: EntitiesEvidenceQuery | undefined;
      const statements = await app.count(async () => {
        data = await gql(app.url, EntitiesEvidenceDocument, { first });
      });
      if (!data) throw new Error("no answer");
      const { people, agreements, countries } = data;
      // Every person listed is named by a present article: each has evidence.
      expect(people.edges.every((e) => e.node.evidence.length > 0)).toBe(true);
      for (const page of [agreements, countries])
        expect(page.edges.some((e) => e.node.evidence.length > 0)).toBe(true);
      const sizes = [people, agreements, countries].map((p) => p.edges.length);
      return { statements, sizes };
    };
    const two = await run(2);
    const twenty = await run(20);
    expect(two.sizes).toEqual([2, 2, 2]);
    expect(twenty.sizes).toEqual([20, 20, 20]);
    expect(twenty.statements).toBe(two.statements);
    // Per list: its page, its evidence, the evidence's articles and the bodies its words and
    // sentences are cut from.
    expect(twenty.statements).toBeLessThanOrEqual(12);
    process.stdout.write(
      `evidence of 20 people, agreements and countries: ${twenty.statements} SQL statements per request\n`,
    );
  });
});
