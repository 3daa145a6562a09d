import { describe, expect, it } from "vitest";
import {
  AgreementReportDocument,
  ArticlesFilteredDocument,
  CountryReportDocument,
  GraphStatsDocument,
  MeetingReportDocument,
  MeetingsFilteredDocument,
  PeopleByNameDocument,
  SearchEverythingDocument,
} from "../generated/graphql.ts";
import { gql } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

const prefix = (path: string) => path.slice(0, 3);

// The "done when" checks, on PostgreSQL and on the embedded database alike.
describe.each([
  { kind: "PostgreSQL", embedded: false },
  { kind: "embedded database", embedded: true },
])("the graph API over the five seeds ($kind)", ({ embedded }) => {
  const served = useTestService({ embedded });

  it('meeting(key: "AMM-58") has the articles 001, 002 and 004', async () => {
    const { meeting } = await gql(served.url, MeetingReportDocument, { key: "AMM-58" });
    expect(meeting?.articles.totalCount).toBe(3);
    expect(meeting?.articles.edges.map((e) => prefix(e.node.path)).sort()).toEqual(["001", "002", "004"]);
    // Related meetings: the ASEAN+1 meetings held within AMM-58 are its children.
    expect(meeting?.related).toContainEqual({
      relation: "CHILD",
      meeting: expect.objectContaining({ key: "ASEAN_PLUS_ONE-JP-FM-2025" }),
    });
    expect(meeting?.mentionedWithPeople.map((p) => p.name)).toContain("Sergey Lavrov");
  });

  it('agreement(code: "AKFTA") is cited by 3 articles', async () => {
    const { agreement } = await gql(served.url, AgreementReportDocument, { code: "AKFTA", first: 50 });
    expect(agreement?.articles.totalCount).toBe(3);
    expect(agreement?.articles.edges.map((e) => prefix(e.node.path)).sort()).toEqual(["000", "001", "002"]);
    expect(agreement?.parties.map((c) => c.code)).toEqual(["KR"]);
    expect(agreement?.partyCodes).toContain("ASEAN");
    expect(agreement?.mentionedWithMeetings.edges.map((e) => e.node.key)).toContain("AMM-58");
  });

  it("meetings(series: ASEAN_PLUS_ONE, partner: JP) finds the 2025 foreign ministers' meeting", async () => {
    const { meetings } = await gql(served.url, MeetingsFilteredDocument, {
      filter: { series: "ASEAN_PLUS_ONE", partner: "JP" },
    });
    const found = meetings.edges.map((e) => e.node);
    expect(found).toContainEqual(
      expect.objectContaining({ key: "ASEAN_PLUS_ONE-JP-FM-2025", level: "foreign_ministers", year: 2025 }),
    );
    for (const m of found) expect(m).toMatchObject({ series: "ASEAN_PLUS_ONE", partner: { code: "JP" } });
  });

  it('country(code: "IN") has no article from seeds 001 and 002 (the Indian Ocean is not India)', async () => {
    const { country } = await gql(served.url, CountryReportDocument, { code: "IN" });
    expect(country?.nameEn).toBe("India");
    const paths = country?.articles.edges.map((e) => prefix(e.node.path)) ?? [];
    expect(paths).not.toContain("001");
    expect(paths).not.toContain("002");
    const japan = await gql(served.url, CountryReportDocument, { code: "jp" });
    expect(japan.country?.articles.totalCount).toBe(5);
    expect(japan.country?.people.edges.map((e) => e.node.name)).toContain("Takeshi Iwaya");
  });

  it('search(query: "hoi nghi bo truong kinh te") ranks 000 and 003 first', async () => {
    const { search } = await gql(served.url, SearchEverythingDocument, {
      query: "hoi nghi bo truong kinh te",
      first: 5,
    });
    const top = search.edges
      .slice(0, 2)
      .map((e) => (e.node.__typename === "Article" ? prefix(e.node.path) : null));
    expect(top.sort()).toEqual(["000", "003"]);
    const [first, second, third] = search.edges;
    expect(first?.rank).toBeGreaterThanOrEqual(second?.rank ?? 0);
    expect(second?.rank).toBeGreaterThan(third?.rank ?? 0);
    expect(first?.snippet).toMatch(/«[^»]+»/);
  });

  it('people(filter: { name: "Lavrov" }) is one person with both spellings among the aliases', async () => {
    const { people } = await gql(served.url, PeopleByNameDocument, { name: "Lavrov" });
    expect(people.totalCount).toBe(1);
    const lavrov = people.edges[0]?.node;
    expect(lavrov?.aliases).toEqual(expect.arrayContaining(["Sergey Lavrov", "Sergei Lavrov"]));
    expect(lavrov?.country?.code).toBe("RU");
    expect(lavrov?.articles.edges.map((e) => prefix(e.node.path)).sort()).toEqual(["001", "002"]);
  });

  it("matches names accent-insensitively, on any alias", async () => {
    const son = await gql(served.url, PeopleByNameDocument, { name: "bui thanh son" });
    expect(son.people.edges.map((e) => e.node.name)).toEqual(["Bùi Thanh Sơn"]);
    const iwaya = await gql(served.url, PeopleByNameDocument, { name: "Iwaya Takeshi" });
    expect(iwaya.people.edges.map((e) => e.node.name)).toEqual(["Takeshi Iwaya"]);
  });

  it("filters articles by meeting, series, agreement, country, person, topic, source and date", async () => {
    const paths = async (filter: object) =>
      (await gql(served.url, ArticlesFilteredDocument, { filter })).articles.edges
        .map((e) => prefix(e.node.path))
        .sort();
    expect(await paths({ meeting: "AMM-58" })).toEqual(["001", "002", "004"]);
    expect(await paths({ series: "AEM" })).toEqual(["000", "003"]);
    expect(await paths({ agreement: "azec" })).toEqual(["004"]);
    expect(await paths({ country: "KH" })).toEqual(["003"]);
    expect(await paths({ person: "Lavrov" })).toEqual(["001", "002"]);
    expect(await paths({ topic: "digital-economy", source: "tiền phong" })).toEqual(["002"]);
    expect(await paths({ publishedFrom: "2025-07", publishedTo: "2025-07" })).toEqual(["001", "004"]);
    expect(await paths({ publishedFrom: "2025-08" })).toEqual(["000"]);
    expect(await paths({ lang: "en" })).toEqual([]);
    expect(await paths({ text: "Lavrov", meeting: "AMM-58" })).toEqual(["001", "002"]);
  });

  it("reports stats over the articles", async () => {
    const { stats } = await gql(served.url, GraphStatsDocument, { top: 3 });
    expect(stats.articlesPerMonth).toEqual([
      { month: "2025-07", articleCount: 2 },
      { month: "2025-09", articleCount: 1 },
    ]);
    expect(stats.meetingsPerSeries[0]).toEqual({
      series: "ASEAN_PLUS_ONE",
      meetingCount: expect.any(Number),
    });
    // Agreements proper by default: the APG initiative (2 articles) is among the initiatives.
    expect(stats.topAgreements.map((a) => [a.agreement.code, a.articleCount])).toEqual([
      ["AJCEP", 3],
      ["AKFTA", 3],
      ["DEFA", 2],
    ]);
    expect(stats.topInitiatives.map((a) => [a.agreement.code, a.articleCount])).toEqual([
      ["APG", 2],
      ["ABMI", 1],
      ["AZEC", 1],
    ]);
    expect(stats.topPartners[0]).toMatchObject({ country: { code: "JP" }, articleCount: 5 });
  });

  it("never lists a removed article, in any relation", async () => {
    const prisma = served.service.db.prisma;
    const removed = await prisma.article.findFirstOrThrow({ where: { path: { startsWith: "004" } } });
    await prisma.article.update({ where: { id: removed.id }, data: { removedAt: new Date() } });
    // Written behind the service's back (no article event), so cached answers are dropped by hand.
    served.service.app.responseCache.invalidate();
    try {
      const amm = await gql(served.url, MeetingReportDocument, { key: "AMM-58" });
      expect(amm.meeting?.articles.edges.map((e) => prefix(e.node.path)).sort()).toEqual(["001", "002"]);
      expect(amm.meeting?.articles.totalCount).toBe(2);
      expect(amm.meeting?.mentionedWithAgreements.map((a) => a.code)).not.toContain("AZEC");
      const azec = await gql(served.url, AgreementReportDocument, { code: "AZEC" });
      expect(azec.agreement?.articles.totalCount).toBe(0);
      expect(azec.agreement?.mentionedWithMeetings.totalCount).toBe(0);
      const all = await gql(served.url, ArticlesFilteredDocument, { first: 10 });
      expect(all.articles.totalCount).toBe(4);
      const { search } = await gql(served.url, SearchEverythingDocument, { query: "Mekong", first: 20 });
      expect(search.edges.some((e) => e.node.__typename === "Article" && prefix(e.node.path) === "004")).toBe(
        false,
      );
    } finally {
      await prisma.article.update({ where: { id: removed.id }, data: { removedAt: null } });
      served.service.app.responseCache.invalidate();
    }
  });
});
