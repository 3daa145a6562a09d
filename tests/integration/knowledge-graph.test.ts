import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { migrate, readMigrations } from "../../src/db/migrate.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { markRemoved, saveArticle } from "../../src/store/article-store.ts";
import { toStoredFingerprint } from "../../src/store/facts.ts";
import { storyBandKeys } from "../../src/store/story-bands.ts";
import { ArticleFactsDocument, type ArticleFactsQuery, MeetingByKeyDocument } from "../generated/graphql.ts";
import { gql, SEEDS } from "../helpers/test-app.ts";
import { createEmptyTestDb, type TestDb, useCatalogDb } from "../helpers/test-db.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

type ArticleNode = ArticleFactsQuery["articles"]["edges"][number]["node"];

describe("knowledge graph from the seeds", () => {
  const served = useTestService();
  let articles: Map<string, ArticleNode>;
  const load = async () => {
    const data = await gql(served.url, ArticleFactsDocument, { first: 20 });
    articles = new Map(data.articles.edges.map((e) => [e.node.path.slice(0, 3), e.node]));
  };
  const article = (prefix: string) => {
    const a = articles.get(prefix);
    if (!a) throw new Error(`no article ${prefix}`);
    return a;
  };
  beforeAll(load);

  it("stores AMM-58 once, reported by seeds 001, 002 and 004", async () => {
    const reporters = [...articles.values()]
      .filter((a) => a.meetings.some((m) => m.key === "AMM-58"))
      .map((a) => a.path.slice(0, 3));
    expect(reporters.sort()).toEqual(["001", "002", "004"]);
    const { meeting } = await gql(served.url, MeetingByKeyDocument, { key: "AMM-58" });
    expect(meeting).toMatchObject({ series: "AMM", level: "foreign_ministers", number: 58, year: 2025 });
    expect(meeting?.location).toBe("Kuala Lumpur"); // filled in from 001 although 002 has none
  });

  it("links ASEAN+1 meetings to their partner country and their parent meeting", async () => {
    const { meeting } = await gql(served.url, MeetingByKeyDocument, { key: "ASEAN_PLUS_ONE-JP-FM-2025" });
    expect(meeting?.partner?.code).toBe("JP");
    expect(meeting?.date).toBe("2025-07-10");
    expect(meeting?.parent?.key).toBe("AMM-58");
    expect((await gql(served.url, MeetingByKeyDocument, { key: "NO-SUCH-MEETING" })).meeting).toBeNull();
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

  it("keeps every article's story band keys in step with its fingerprint", async () => {
    const rows = await served.service.db.sql.query<{ path: string; fingerprint: number[]; keys: string[] }>(
      `SELECT a.path, a.fingerprint, array_agg(b.key::text ORDER BY b.band) AS keys
         FROM article a JOIN story_band b ON b.article_id = a.id GROUP BY a.id`,
    );
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r.keys, r.path).toEqual(storyBandKeys(r.fingerprint).map(String));
  });

  it("puts a new copy of 001 into the story of 001 and 002, found through the band index", async () => {
    const { prisma } = served.service.db;
    const original = await prisma.article.findFirstOrThrow({ where: { path: { startsWith: "001" } } });
    expect(original.storyId).not.toBeNull();
    fs.writeFileSync(
      path.join(served.seedsDir, ".copy.tmp"),
      fs.readFileSync(path.join(SEEDS, "001_83f2f5ee3d553817.txt")),
    );
    fs.renameSync(path.join(served.seedsDir, ".copy.tmp"), path.join(served.seedsDir, "copy-of-001.txt"));
    const copy = await waitFor(() => prisma.article.findUnique({ where: { path: "copy-of-001.txt" } }), {
      message: "the copy of 001 to be stored",
    });
    expect(copy.storyId).toBe(original.storyId);
    fs.rmSync(path.join(served.seedsDir, "copy-of-001.txt"));
    await waitFor(
      async () => (await prisma.article.findUnique({ where: { path: "copy-of-001.txt" } }))?.removedAt,
      {
        message: "the copy to be marked removed",
      },
    );
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
    const file = path.join(served.seedsDir, "003_8e497b4819558aaa.txt");
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, original.replaceAll("Campuchia", "khối"));
    await served.restart();
    expect((await served.service.reconciled).updated).toBe(1);
    await load();
    const codes = article("003").countries.map((c) => c.code);
    expect(codes).not.toContain("KH");
    expect(codes).toContain("VN");
    expect(article("003").mentions.filter((m) => m.entityKey === "KH")).toEqual([]);
  });

  it("re-extracts articles stored by an older extractor version at start-up", async () => {
    await served.service.db.prisma.article.updateMany({ data: { extractorVersion: "0.0.0-old" } });
    await served.restart();
    expect(await served.service.reconciled).toMatchObject({ updated: 5, added: 0, unchanged: 0 });
    await load();
    expect(new Set([...articles.values()].map((a) => a.extractorVersion)).size).toBe(1);
    expect(article("000").extractorVersion).not.toBe("0.0.0-old");
    // Saved again over themselves: one story still, each with its bands once.
    expect(article("002").story?.id).toBe(article("001").story?.id);
    expect(
      article("001")
        .story?.articles.map((a) => a.path.slice(0, 3))
        .sort(),
    ).toEqual(["001", "002"]);
    const bands = await served.service.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM story_band b JOIN article a ON a.id = b.article_id WHERE a.removed_at IS NULL`,
    );
    expect(bands[0]?.n).toBe(5 * 64);
  });
});

describe("the story bands migration", () => {
  const STORY_BANDS_MIGRATION = "20261122050000_story_bands";
  let emptyDb: TestDb;
  let db: Database | undefined;
  beforeAll(async () => {
    emptyDb = await createEmptyTestDb();
    db = await emptyDb.open();
  });
  afterAll(async () => {
    await db?.close();
    await emptyDb?.drop();
  });

  it("backfills the band keys of the articles stored before it", async () => {
    const sql = (db as Database).sql;
    await migrate(
      sql,
      readMigrations().filter((m) => m.name < STORY_BANDS_MIGRATION),
    );
    const fingerprints = new Map<string, number[]>();
    for (const file of fs.readdirSync(SEEDS).sort()) {
      const x = extractArticle(fs.readFileSync(path.join(SEEDS, file), "utf8"));
      fingerprints.set(file, toStoredFingerprint(x.fingerprint));
    }
    fingerprints.set("empty.txt", toStoredFingerprint(extractArticle("").fingerprint));
    for (const [file, fingerprint] of fingerprints) {
      await sql.query(
        `INSERT INTO article (path, content_hash, display_title, body, lang, word_count, extractor_version, fingerprint)
         VALUES ($1, 'x', $1, '', 'vi', 0, '0', $2::int[])`,
        [file, fingerprint],
      );
    }
    const { applied } = await migrate(sql);
    expect(applied).toContain(STORY_BANDS_MIGRATION);
    const rows = await sql.query<{ path: string; keys: string[] }>(
      `SELECT a.path, array_agg(b.key::text ORDER BY b.band) AS keys
         FROM article a JOIN story_band b ON b.article_id = a.id GROUP BY a.path`,
    );
    const stored = new Map(rows.map((r) => [r.path, r.keys]));
    expect(stored.size).toBe(5); // the empty fingerprint has no bands
    for (const [file, fingerprint] of fingerprints) {
      const expected = storyBandKeys(fingerprint).map(String);
      expect(stored.get(file) ?? [], file).toEqual(expected);
    }
  });
});

describe("story choice through band candidates", () => {
  const open = useCatalogDb();
  const base = Array.from({ length: 128 }, (_, i) => 1000 + i * 7919);
  /** `base` where `agree(bin)` holds, elsewhere a value of its own (`tag` keeps variants apart). */
  const variant = (tag: number, agree: (bin: number) => boolean) =>
    base.map((v, bin) => (agree(bin) ? v : v + tag * 1_000_003));
  const extraction = extractArticle(fs.readFileSync(path.join(SEEDS, "003_8e497b4819558aaa.txt"), "utf8"));
  let saves = 0;
  const save = async (name: string, fingerprint: number[]) => {
    const outcome = await saveArticle(open().db.sql, {
      path: name,
      contentHash: `${name}-${++saves}`,
      extraction: { ...extraction, fingerprint },
    });
    return (
      (await open().db.prisma.article.findUniqueOrThrow({ where: { path: name } })).storyId ?? outcome.status
    );
  };

  it("joins the most similar present article, not the one sharing the most bands", async () => {
    // x: bands 0–19 whole (40 bins, similarity 0.31). y: one bin of each of bands 0–47 and bands
    // 48–51 whole (56 bins, 0.44): fewer whole bands than x, more similar. z: 2 whole bands, 0.03.
    const x = variant(1, (bin) => bin < 40);
    const y = variant(2, (bin) => (bin < 96 && bin % 2 === 0) || (bin >= 96 && bin < 104));
    const z = variant(3, (bin) => bin < 4);
    for (const [name, fingerprint] of [
      ["x.txt", x],
      ["y.txt", y],
      ["z.txt", z],
    ] as const)
      expect(await save(name, [...fingerprint])).toBe("added"); // nothing similar enough yet
    const story = await save("n.txt", base);
    expect(typeof story).toBe("number");
    const stories = await open().db.prisma.article.findMany({
      orderBy: { path: "asc" },
      select: { path: true, storyId: true },
    });
    expect(stories).toEqual([
      { path: "n.txt", storyId: story },
      { path: "x.txt", storyId: null },
      { path: "y.txt", storyId: story },
      { path: "z.txt", storyId: null },
    ]);
  });

  it("takes an identical copy's story, and never a removed article's", async () => {
    const story = await save("copy.txt", base);
    expect(typeof story).toBe("number");
    // Saved again (new content, same fingerprint): its identical copy's story, itself excluded.
    expect(await save("n.txt", base)).toBe(story);
    await markRemoved(open().db.sql, "n.txt");
    await markRemoved(open().db.sql, "copy.txt");
    await markRemoved(open().db.sql, "y.txt");
    const bandsOf = async (path: string) =>
      (
        await open().db.sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM story_band b JOIN article a ON a.id = b.article_id WHERE a.path = $1",
          [path],
        )
      )[0]?.n;
    // Removed articles leave the band index, so they take no candidate slot.
    expect(await bandsOf("copy.txt")).toBe(0);
    // Only x is left near base (0.31): a new story with it.
    const fresh = await save("again.txt", base);
    expect(typeof fresh).toBe("number");
    expect(fresh).not.toBe(story);
    expect((await open().db.prisma.article.findUniqueOrThrow({ where: { path: "x.txt" } })).storyId).toBe(
      fresh,
    );
  });

  it("puts copies saved at the same moment into one story", async () => {
    // Each save waits for the story lock and then sees every copy committed before it: without
    // that, copies saved side by side would not see each other and would start stories apart.
    const copy = variant(9, (bin) => bin % 3 !== 0); // far from every article saved so far
    const names = Array.from({ length: 8 }, (_, i) => `together-${i}.txt`);
    await Promise.all(names.map((name) => save(name, [...copy])));
    const stories = await open().db.prisma.article.findMany({
      where: { path: { in: names } },
      select: { storyId: true },
    });
    expect(stories).toHaveLength(8);
    expect(new Set(stories.map((a) => a.storyId)).size).toBe(1);
    expect(stories[0]?.storyId).not.toBeNull();
  });
});
