import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { migrate, readMigrations } from "../../src/db/migrate.ts";
import { CURRENCIES } from "../../src/extract/data/figures.ts";
import { type ArticleExtraction, extractArticle } from "../../src/extract/index.ts";
import type { Service } from "../../src/main.ts";
import { markRemoved, saveArticle } from "../../src/store/article-store.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import {
  ArticleFiguresDocument,
  CountryFiguresDocument,
  FigureFactsDocument,
  type FigureFactsQueryVariables,
  TopAgreementsByKindDocument,
} from "../generated/graphql.ts";
import { gql, makeSeedsDir, rawGql, SEEDS, startTestApp } from "../helpers/test-app.ts";
import { createEmptyTestDb, savingThrough, type TestDb } from "../helpers/test-db.ts";
import { useTestService } from "../helpers/test-service.ts";

const SEED_001 = "001_83f2f5ee3d553817.txt";
const SEED_002 = "002_686e873e6aaa9cef.txt";
const JP_FM = "ASEAN_PLUS_ONE-JP-FM-2025";
const INITIATIVES = ["ABMI", "APG", "AZEC"];

const seedText = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");
const seedExtraction = (name: string) => extractArticle(seedText(name));

describe("figures as facts", () => {
  // Saves made behind the watcher's back are read at once: no cached answers.
  const served = useTestService({ config: { responseCacheMb: 0 } });
  let saves = 0;
  const facts = async (variables: FigureFactsQueryVariables = {}) =>
    (await gql(served.url, FigureFactsDocument, { first: 100, ...variables })).figures;
  const trade450 = async () =>
    (await facts({ filter: { kind: "trade_value", subject: "ASEAN-US" } })).edges.map((e) => e.node);
  /** Saves `extraction` as the article of `file` (new content, so it is written). */
  const save = (file: string, extraction: ArticleExtraction) =>
    saveArticle(served.service.db.sql, { path: file, contentHash: `figures-${++saves}`, extraction });

  it("gives the 450 billion USD of ASEAN–US trade once, with the two articles reporting it", async () => {
    const [fact, ...others] = await trade450();
    expect(others).toEqual([]);
    expect(fact).toMatchObject({
      kind: "trade_value",
      subject: "ASEAN-US",
      value: 450e9,
      unit: "USD",
      unitText: "USD",
      qualifier: "more_than",
      year: null,
      sourceCount: 2,
    });
    expect(fact?.sources.map((s) => s.article.path).sort()).toEqual([SEED_001, SEED_002]);
    for (const s of fact?.sources ?? []) {
      expect(s.text).toBe("hơn 450 tỷ USD");
      expect(s.sentence).toContain(s.text);
      expect(s.sentence).toMatch(/kim ngạch thương mại hai chiều đạt hơn 450 tỷ USD/);
      expect(s.end - s.start).toBe(s.text.length);
      // An ASEAN–US figure in articles reporting one ASEAN–US meeting: reported at it.
      expect(s.meeting).toEqual({ key: "ASEAN_PLUS_ONE-US-FM-2025" });
    }
    // Every fact of the seeds is one fact, however many reports: no two share their identity.
    const all = (await facts()).edges.map((e) => e.node);
    const identities = all.map((f) =>
      JSON.stringify([f.kind, f.subject, f.value, f.unit, f.qualifier, f.year]),
    );
    expect(new Set(identities).size).toBe(all.length);
    for (const f of all) expect(f.sources).toHaveLength(f.sourceCount);
  });

  it("finds the facts about a country's partnerships: partner US, kind trade_value", async () => {
    const trade = await facts({ filter: { partner: "us", kind: "trade_value" } });
    expect(trade.totalCount).toBe(1);
    expect(trade.edges[0]?.node).toMatchObject({ subject: "ASEAN-US", value: 450e9, sourceCount: 2 });
    const us = await facts({ filter: { partner: "US" } });
    expect(us.edges.map((e) => e.node.subject)).toEqual(us.edges.map(() => "ASEAN-US"));
    expect(us.edges.map((e) => e.node.kind).sort()).toEqual([
      "investment_value",
      "plan_completion",
      "trade_value",
    ]);
    // Country.figures lists the same facts for the country.
    const { country } = await gql(served.url, CountryFiguresDocument, { code: "US" });
    expect(country?.figures.edges.map((e) => e.node)).toEqual(us.edges.map((e) => e.node));
    const korea = await gql(served.url, CountryFiguresDocument, {
      code: "KR",
      filter: { kind: "project_value" },
    });
    expect(korea.country?.figures.edges.map((e) => e.node.value)).toEqual([20e6, 10e6]);
    expect((await facts({ filter: { partner: "FR" } })).totalCount).toBe(0);
  });

  it("knows the meeting a figure was reported at: 'hơn 60%' at the ASEAN–Japan foreign ministers' meeting", async () => {
    const atJapan = await facts({ filter: { meeting: JP_FM.toLowerCase() } });
    expect(atJapan.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: "plan_completion",
        subject: "ASEAN-JP",
        value: 60,
        unit: "PERCENT",
        unitText: "%",
        qualifier: "more_than",
        sources: [expect.objectContaining({ text: "hơn 60%", meeting: { key: JP_FM } })],
      }),
    ]);
    const { articles } = await gql(served.url, ArticleFiguresDocument, { first: 10 });
    const seed001 = articles.edges.find((e) => e.node.path === SEED_001)?.node;
    expect(seed001?.figures.find((f) => f.text === "hơn 60%")?.meeting).toEqual({ key: JP_FM });
    expect(seed001?.figures.find((f) => f.text === "hơn 450 tỷ USD")?.meeting).toEqual({
      key: "ASEAN_PLUS_ONE-US-FM-2025",
    });
  });

  it("answers with enums: FigureKind, FigureUnit (PERCENT for %), MentionKind", async () => {
    const { articles } = await gql(served.url, ArticleFiguresDocument, { first: 10 });
    const figures = articles.edges.flatMap((e) => e.node.figures);
    expect(new Set(figures.map((f) => f.unit))).toEqual(new Set(["USD", "PERCENT"]));
    for (const f of figures) expect(f.unitText).toBe(f.unit === "PERCENT" ? "%" : f.unit);
    expect(new Set(figures.map((f) => f.kind))).toEqual(
      new Set(["plan_completion", "project_value", "trade_value", "investment_value"]),
    );
    const kinds = new Set(articles.edges.flatMap((e) => e.node.mentions.map((m) => m.kind)));
    expect(kinds).toEqual(new Set(["meeting", "agreement", "country", "person", "topic", "figure"]));
    // Every currency the extractor reads is a value of FigureUnit, described.
    const { data } = await rawGql(
      served.url,
      `{ __type(name: "FigureUnit") { enumValues { name description } } }`,
    );
    const values = (data as { __type: { enumValues: { name: string; description: string }[] } }).__type
      .enumValues;
    expect(values.map((v) => v.name).sort()).toEqual(
      [...CURRENCIES.map((c) => c.code), "PERCENT", "OTHER"].sort(),
    );
    for (const v of values) expect(v.description.length).toBeGreaterThan(3);
  });

  it("gives OTHER and the unit as written for a unit the API does not name, and breaks no query", async () => {
    const base = seedExtraction(SEED_001);
    const [figure] = base.figures;
    if (!figure) throw new Error("no figure in seed 001");
    const odd = { ...figure, unit: "BTC", kind: "bartered" as never, value: 7, qualifier: null, year: 2031 };
    await save("odd-unit.txt", { ...base, figures: [odd] });
    const [fact, ...others] = (await facts({ filter: { year: 2031 } })).edges.map((e) => e.node);
    expect(others).toEqual([]);
    expect(fact).toMatchObject({ kind: "other", unit: "OTHER", unitText: "BTC", value: 7, year: 2031 });
    const { articles } = await gql(served.url, ArticleFiguresDocument, { first: 100 });
    const stored = articles.edges.find((e) => e.node.path === "odd-unit.txt")?.node.figures;
    expect(stored).toEqual([expect.objectContaining({ kind: "other", unit: "OTHER", unitText: "BTC" })]);
    // Newest year first: the odd figure of 2031 heads the list.
    expect((await facts({ first: 1 })).edges[0]?.node.year).toBe(2031);
    await markRemoved(served.service.db.sql, "odd-unit.txt");
    expect((await facts({ filter: { year: 2031 } })).totalCount).toBe(0);
  });

  it("orders facts by year (newest first, unknown last), then value (largest first), with stable cursors", async () => {
    const all = await facts();
    const nodes = all.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({ year: 2024, value: 42e9 });
    for (const [a, b] of nodes.slice(1).map((n, i) => [nodes[i], n] as const)) {
      if (a?.year === b.year) expect(a?.value).toBeGreaterThanOrEqual(b.value);
      else if (a?.year != null && b.year != null) expect(a.year).toBeGreaterThan(b.year);
      else expect(b.year).toBeNull();
    }
    const paged: typeof nodes = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const next: typeof all = await facts({ first: 3, after });
      expect(next.totalCount).toBe(all.totalCount);
      expect(next.pageInfo.hasPreviousPage).toBe(after !== null);
      paged.push(...next.edges.map((e) => e.node));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(paged).toEqual(nodes);
    // A cursor keeps its place when a fact is added before it.
    const second = await facts({ first: 2 });
    const cursor = second.edges[0]?.cursor ?? null;
    const base = seedExtraction(SEED_001);
    const [figure] = base.figures;
    if (!figure) throw new Error("no figure in seed 001");
    await save("newer.txt", { ...base, figures: [{ ...figure, year: 2030 }] });
    expect((await facts({ first: 1, after: cursor })).edges[0]?.node).toEqual(second.edges[1]?.node);
    await markRemoved(served.service.db.sql, "newer.txt");
  });

  it("refuses a bad cursor, a page over 100 and a malformed partner", async () => {
    const bad = await rawGql(served.url, `{ figures(after: "nope") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = Buffer.from(`K:${JSON.stringify([0, 0, 0, 1, "", "", ""])}`).toString("base64url");
    const wrong = await rawGql(served.url, `{ figures(after: "${forged}") { totalCount } }`);
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const big = await rawGql(served.url, `{ figures(first: 101) { totalCount } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
    const partner = await rawGql(served.url, `{ figures(filter: { partner: "USA" }) { totalCount } }`);
    expect(partner.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("drops a removed article's reports from the facts, and the fact with its last report", async () => {
    await markRemoved(served.service.db.sql, SEED_002);
    const [fact] = await trade450();
    expect(fact?.sourceCount).toBe(1);
    expect(fact?.sources.map((s) => s.article.path)).toEqual([SEED_001]);
    await markRemoved(served.service.db.sql, SEED_001);
    expect(await trade450()).toEqual([]);
    expect((await facts({ filter: { partner: "US" } })).totalCount).toBe(0);
    await save(SEED_001, seedExtraction(SEED_001));
    await save(SEED_002, seedExtraction(SEED_002));
    expect((await trade450())[0]?.sourceCount).toBe(2);
  });

  it("places a figure reported at an undated meeting at the article's own meeting", async () => {
    const text =
      "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản tại Kuala Lumpur. " +
      "Tại Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản, các bộ trưởng ghi nhận thương mại hai chiều ASEAN-Nhật Bản đạt 240 tỷ USD.";
    const x = extractArticle(text);
    expect(x.figures.map((f) => f.meetingKey)).toEqual(["ASEAN_PLUS_ONE-JP-FM-UNDATED"]);
    const saved = await save("undated-figure.txt", x);
    const [fact] = (await facts({ filter: { subject: "asean-jp", kind: "trade_value" } })).edges.map(
      (e) => e.node,
    );
    expect(fact?.sources[0]?.meeting?.key).toBe(`ASEAN_PLUS_ONE-JP-FM-UNDATED-A${saved.articleId}`);
    await markRemoved(served.service.db.sql, "undated-figure.txt");
  });

  it("counts agreements proper by default, initiatives when asked", async () => {
    const initiatives = await gql(served.url, TopAgreementsByKindDocument, {
      kinds: ["initiative", "plan"],
      filter: { kinds: ["initiative"] },
    });
    const proper = initiatives.stats.proper.map((a) => a.agreement.code);
    expect(proper).toEqual(expect.arrayContaining(["AJCEP", "AKFTA", "DEFA"]));
    for (const code of INITIATIVES) expect(proper).not.toContain(code);
    expect(new Set(initiatives.stats.proper.map((a) => a.agreement.kind))).toEqual(
      new Set(["FTA", "framework"]),
    );
    const chosen = initiatives.stats.chosen.map((a) => a.agreement.code);
    expect(chosen).toEqual(expect.arrayContaining(INITIATIVES));
    expect(chosen).not.toContain("AKFTA");
    expect(initiatives.stats.chosen.find((a) => a.agreement.code === "APG")?.articleCount).toBe(2);
    // The catalog takes the same choice.
    const catalog = initiatives.agreements.edges.map((e) => e.node);
    expect(catalog.map((a) => a.code)).toEqual(expect.arrayContaining(INITIATIVES));
    expect(new Set(catalog.map((a) => a.kind))).toEqual(new Set(["initiative"]));
    const every = await gql(served.url, TopAgreementsByKindDocument, {
      kinds: ["FTA", "framework", "treaty", "initiative", "plan"],
      filter: { kinds: ["FTA", "treaty", "framework"], kind: "FTA" },
    });
    expect(every.stats.chosen.map((a) => a.agreement.code)).toEqual(expect.arrayContaining(["APG", "AKFTA"]));
    expect(new Set(every.agreements.edges.map((e) => e.node.kind))).toEqual(new Set(["FTA"]));
    // Counts under their names, the old ones still answering.
    for (const m of every.stats.articlesPerMonth) expect(m.count).toBe(m.articleCount);
    for (const s of every.stats.meetingsPerSeries) expect(s.count).toBe(s.meetingCount);
  });
});

describe("the figure facts migration", () => {
  const MIGRATION = "20261206060000_figure_facts";
  let emptyDb: TestDb;
  let db: Database | undefined;
  let service: Service | undefined;
  let seedsDir: string;
  beforeAll(async () => {
    emptyDb = await createEmptyTestDb();
    db = await emptyDb.open();
    seedsDir = makeSeedsDir();
  });
  afterAll(async () => {
    await service?.stop();
    await db?.close();
    await emptyDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("has the articles stored before it extracted again at the next start, their figures then placed", async () => {
    const sql = (db as Database).sql;
    await migrate(
      sql,
      readMigrations().filter((m) => m.name < MIGRATION),
    );
    await syncCatalog((db as Database).prisma);
    // Saved as the service did before: through the save with relations, whose facts document
    // knew no meetings of figures (later wrappers of it do not exist yet).
    const before = savingThrough(sql, "seedgraph_save_article_with_relations");
    for (const file of fs.readdirSync(seedsDir)) {
      const bytes = fs.readFileSync(path.join(seedsDir, file));
      await saveArticle(before, {
        path: file,
        contentHash: createHash("sha256").update(bytes).digest("hex"),
        extraction: extractArticle(bytes.toString("utf8")),
      });
    }
    await migrate(sql);
    const stale = await sql.query<{ extractor_version: string }>("SELECT extractor_version FROM article");
    expect(stale).toHaveLength(5);
    for (const a of stale) expect(a.extractor_version).toMatch(/\+no-figure-meetings$/);
    const placed = (on: Database["sql"]) =>
      on.query<{ key: string }>(
        "SELECT m.key FROM figure f JOIN meeting m ON m.id = f.meeting_id WHERE f.text = 'hơn 60%'",
      );
    expect(await placed(sql)).toEqual([]);
    await (db as Database).close();
    db = undefined;
    service = await startTestApp(emptyDb, seedsDir);
    expect(await service.reconciled).toMatchObject({ updated: 5, added: 0 });
    expect(await placed(service.db.sql)).toEqual([{ key: JP_FM }]);
  });
});
