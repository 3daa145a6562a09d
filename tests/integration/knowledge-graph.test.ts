import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { ArticleFactsDocument, type ArticleFactsQuery, MeetingByKeyDocument } from "../generated/graphql.ts";
import { gql, makeSeedsDir, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

type ArticleNode = ArticleFactsQuery["articles"]["edges"][number]["node"];

describe("knowledge graph from the seeds", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  let articles: Map<string, ArticleNode>;
  const load = async () => {
    const data = await gql(service.url, ArticleFactsDocument, { first: 20 });
    articles = new Map(data.articles.edges.map((e) => [e.node.path.slice(0, 3), e.node]));
  };
  const article = (prefix: string) => {
    const a = articles.get(prefix);
    if (!a) throw new Error(`no article ${prefix}`);
    return a;
  };
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir();
    service = await startTestApp(testDb, seedsDir);
    await load();
  });
  afterAll(async () => {
    await service?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("stores AMM-58 once, reported by seeds 001, 002 and 004", async () => {
    const reporters = [...articles.values()]
      .filter((a) => a.meetings.some((m) => m.key === "AMM-58"))
      .map((a) => a.path.slice(0, 3));
    expect(reporters.sort()).toEqual(["001", "002", "004"]);
    const { meeting } = await gql(service.url, MeetingByKeyDocument, { key: "AMM-58" });
    expect(meeting).toMatchObject({ series: "AMM", level: "foreign_ministers", number: 58, year: 2025 });
    expect(meeting?.location).toBe("Kuala Lumpur"); // filled in from 001 although 002 has none
  });

  it("links ASEAN+1 meetings to their partner country and their parent meeting", async () => {
    const { meeting } = await gql(service.url, MeetingByKeyDocument, { key: "ASEAN_PLUS_ONE-JP-FM-2025" });
    expect(meeting?.partner?.code).toBe("JP");
    expect(meeting?.date).toBe("2025-07-10");
    expect(meeting?.parent?.key).toBe("AMM-58");
    expect((await gql(service.url, MeetingByKeyDocument, { key: "NO-SUCH-MEETING" })).meeting).toBeNull();
  });

  it("exposes agreements, countries, people and topics per article", () => {
    expect(
      article("000")
        .agreements.map((a) => a.code)
        .sort(),
    ).toEqual(["ACFTA", "AJCEP", "AKFTA", "RCEP", "TIFA"]);
    expect(article("000").agreementCitations.find((c) => c.agreement.code === "ACFTA")?.version).toBe("3.0");
    expect(article("001").countries.map((c) => c.code)).not.toContain("IN");
    expect(article("002").countries.map((c) => c.code)).not.toContain("IN");
    expect(article("004").agreements.map((a) => a.code)).toEqual(["AZEC"]); // not the footer's AANZFTA/RCEP
    const iwaya = article("004").people.find((p) => p.person.name === "Takeshi Iwaya");
    expect(iwaya?.person.country?.code).toBe("JP");
    expect(iwaya?.person.aliases).toEqual(expect.arrayContaining(["Iwaya Takeshi", "Takeshi Iwaya"]));
    expect(article("001").topics.map((t) => t.slug)).toContain("digital-economy");
  });

  it("merges spellings of one person across articles", () => {
    const lavrov = article("002").people.find((p) => p.person.name === "Sergey Lavrov");
    expect(lavrov?.person.aliases).toEqual(expect.arrayContaining(["Sergey Lavrov", "Sergei Lavrov"]));
  });

  it("groups the near-duplicates 001 and 002 into one story, and nothing else", () => {
    const story = article("001").story;
    expect(story?.articles.map((a) => a.path.slice(0, 3)).sort()).toEqual(["001", "002"]);
    expect(article("002").story?.id).toBe(story?.id);
    for (const p of ["000", "003", "004"]) expect(article(p).story).toBeNull();
  });

  it("keeps evidence offsets that point into the stored body", () => {
    for (const a of articles.values()) {
      expect(a.mentions.length).toBeGreaterThan(0);
      for (const m of a.mentions) {
        expect(a.body.slice(m.start, m.end), `${a.path} ${m.kind} ${m.entityKey}`).toBe(m.text);
        expect(a.body).toContain(m.sentence);
      }
      for (const f of a.figures) expect(a.body.slice(f.start, f.end)).toBe(f.text);
    }
    const trade = article("001").figures.find((f) => f.kind === "trade_value");
    expect(trade).toMatchObject({ value: 450e9, unit: "USD", qualifier: "more_than", subject: "ASEAN-US" });
  });

  it("replaces an article's facts as a whole when its content changes", async () => {
    const file = path.join(seedsDir, "003_8e497b4819558aaa.txt");
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, original.replaceAll("Campuchia", "khối"));
    await service.stop();
    service = await startTestApp(testDb, seedsDir);
    expect((await service.reconciled).updated).toBe(1);
    await load();
    const codes = article("003").countries.map((c) => c.code);
    expect(codes).not.toContain("KH");
    expect(codes).toContain("VN");
    expect(article("003").mentions.filter((m) => m.entityKey === "KH")).toEqual([]);
  });

  it("re-extracts articles stored by an older extractor version at start-up", async () => {
    await service.db.prisma.article.updateMany({ data: { extractorVersion: "0.0.0-old" } });
    await service.stop();
    service = await startTestApp(testDb, seedsDir);
    expect(await service.reconciled).toMatchObject({ updated: 5, added: 0, unchanged: 0 });
    await load();
    expect(new Set([...articles.values()].map((a) => a.extractorVersion)).size).toBe(1);
    expect(article("000").extractorVersion).not.toBe("0.0.0-old");
  });
});
