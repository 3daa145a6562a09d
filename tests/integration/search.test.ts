import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import type { SqlExecutor } from "../../src/db/sql.ts";
import { ingestFile } from "../../src/ingest/pipeline.ts";
import { silentLogger } from "../../src/logger.ts";
import { markRemoved } from "../../src/store/article-store.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import {
  type SearchHit,
  SearchInputError,
  searchAgreementCodes,
  searchAll,
  searchArticleIds,
  searchMeetingIds,
  searchPersonIds,
} from "../../src/store/search.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

// Articles beside the five seeds: one typed without diacritics (`hoa binh`, folded-only matches
// for a query with diacritics), one with the older tone placement (`hoà`, `thuỷ`); one whose
// syllables `hóa` and `kỹ` stand apart and side by side but that names no country `Hoa Kỳ`, one in
// English with the words "us" and "my" and no United States, one naming the United States only as
// "US", one whose full stops lack their space (`khí hậu.Tổng`).
const EXTRA_ARTICLES: Record<string, string> = {
  "900_khong-dau.txt": `Dien dan thanh nien ve hoa binh va hop tac khu vuc

Ngay 12/8/2025, dien dan thanh nien Dong Nam A khai mac tai thanh pho Da Nang voi chu de gin giu hoa binh, on dinh va hop tac.

Cac dai bieu trao doi ve vai tro cua thanh nien trong viec xay dung hoa binh ben vung o khu vuc, cung nhu cac sang kien giao luu van hoa va giao duc.
`,
  "901_dau-cu.txt": `Thông điệp hoà bình từ diễn đàn văn hoá Đông Nam Á

Ngày 15/8/2025, diễn đàn văn hoá Đông Nam Á khai mạc tại Huế với chủ đề gìn giữ hoà bình và tình hữu nghị giữa các dân tộc.

Các đại biểu nhấn mạnh giao lưu văn hoá là nền tảng để vun đắp hoà bình lâu dài trong khu vực, đồng thời giới thiệu nhiều sáng kiến về bảo tồn di sản và thuỷ sản.
`,
  "902_hang-hoa.txt": `Thúc đẩy thương mại hàng hóa và hợp tác kỹ thuật giữa các địa phương

Ngày 20/8/2025, diễn đàn hợp tác thương mại hàng hóa khai mạc tại Cần Thơ với sự tham dự của doanh nghiệp Việt Nam, Lào và Campuchia.

Các đại biểu thảo luận về tự động hóa kỹ thuật số trong sản xuất, chuẩn hóa kỹ năng lao động và công nghiệp hóa nông thôn, cũng như vai trò của khoa học.
`,
  "903_us-english.txt": `Youth forum asks leaders to listen

KUALA LUMPUR, Aug 21 — Students from across Southeast Asia met in Kuala Lumpur on Thursday for a youth forum on education and jobs.

"Let us build a region where my generation can find work at home," one delegate from Malaysia told the forum. Organisers said the ideas would be sent to ministers from Malaysia and Thailand.
`,
  "904_us-only.txt": `US pledges support for river data

BANGKOK, Aug 22 — The US will fund a new water data centre for the region, a senior official from Washington said on Friday at a meeting with officials from Thailand and Viet Nam.

The official said the US would share satellite data with the countries of the region to help them plan for floods and droughts.
`,
  "906_khi-hau.txt": `Diễn đàn ứng phó biến đổi khí hậu khu vực

Ngày 26/8/2025, diễn đàn khu vực về nông nghiệp khai mạc tại Huế, tập trung vào ứng phó biến đổi khí hậu.Tổng cộng 12 sáng kiến đã được giới thiệu, từ giống lúa chịu mặn đến hệ thống cảnh báo sớm.
`,
};

/**
 * One labelled query. Labels: `article:000` (file prefix), `meeting:AMM-58` (key),
 * `agreement:AKFTA` (code), `person:Sergey Lavrov` (name).
 */
interface LabelledQuery {
  query: string;
  /** Recall: all of these are found. */
  finds: string[];
  /** None of these is found. */
  misses?: string[];
  /** The first hits, in any order among themselves. */
  top?: string[];
  /** Each pair ranks [higher, lower]. */
  above?: [string, string][];
  /** Finds exactly the same things as this other query. */
  sameAs?: string;
}

const LABELLED: LabelledQuery[] = [
  {
    query: "hoi nghi bo truong kinh te",
    finds: ["article:000", "article:003", "meeting:AEM-57", "meeting:AEM-12"],
    top: ["article:000", "article:003"],
  },
  {
    query: "Hội nghị Bộ trưởng Kinh tế",
    finds: ["article:000", "article:003", "meeting:AEM-57"],
    sameAs: "hoi nghi bo truong kinh te",
  },
  {
    query: "hòa bình",
    finds: ["article:001", "article:002", "article:900", "article:901"],
    misses: ["article:000", "article:003", "article:004"],
    above: [
      ["article:001", "article:900"],
      ["article:002", "article:900"],
      ["article:901", "article:900"],
    ],
  },
  {
    query: "hoà bình",
    finds: ["article:001", "article:002", "article:900", "article:901"],
    sameAs: "hòa bình",
    above: [["article:001", "article:900"]],
  },
  {
    query: "hoa binh",
    finds: ["article:001", "article:002", "article:900", "article:901"],
    sameAs: "hòa bình",
  },
  { query: "HOÀ BÌNH", finds: ["article:901"], sameAs: "hòa bình" },
  { query: "thủy sản", finds: ["article:901"], top: ["article:901"] },
  // The country: the articles naming the United States, those writing "Hoa Kỳ" first (000 and
  // 904 write only "Mỹ" or "US"; 000 used to be left out, and 004 found for `hóa … kỹ`).
  {
    query: "Hoa Ky",
    finds: ["article:000", "article:001", "article:002", "article:904"],
    misses: ["article:003", "article:004", "article:902", "article:903"],
    top: ["article:001", "article:002"],
  },
  {
    query: "Hoa Kỳ",
    finds: ["article:000", "article:001", "article:002", "article:904"],
    sameAs: "Hoa Ky",
    above: [
      ["article:001", "article:000"],
      ["article:002", "article:904"],
    ],
  },
  { query: "AKFTA", finds: ["agreement:AKFTA", "article:000"], top: ["agreement:AKFTA"] },
  {
    query: "Free Trade Agreement",
    finds: ["agreement:ACFTA", "agreement:AKFTA", "agreement:AANZFTA"],
    misses: ["agreement:AZEC"],
  },
  {
    query: "Lavrov",
    finds: ["person:Sergey Lavrov", "article:001", "article:002"],
    misses: ["article:000", "article:003", "article:004"],
  },
  { query: "Sergei Lavrov", finds: ["person:Sergey Lavrov", "article:002"], top: ["person:Sergey Lavrov"] },
  { query: "Lavrop", finds: ["person:Sergey Lavrov"] },
  { query: "Iwaya", finds: ["person:Takeshi Iwaya", "article:001", "article:002", "article:004"] },
  { query: "Iwaya Takeshi", finds: ["person:Takeshi Iwaya", "article:004"], top: ["person:Takeshi Iwaya"] },
  { query: "AMM-58", finds: ["meeting:AMM-58"], top: ["meeting:AMM-58"] },
  { query: "amm 58", finds: ["meeting:AMM-58"], sameAs: "AMM-58" },
  {
    query: "Mekong",
    finds: ["article:004", "article:001", "meeting:MEKONG_JAPAN-FM-16"],
    misses: ["article:000", "article:003"],
    top: ["article:004"],
  },
  { query: "Campuchia", finds: ["article:003"], misses: ["article:000", "article:004"] },
  { query: "foreign ministers meeting", finds: ["article:004"], misses: ["article:000"] },
  {
    query: "Bùi Thanh Sơn",
    finds: ["person:Bùi Thanh Sơn", "article:001", "article:002", "article:004"],
    top: ["person:Bùi Thanh Sơn"],
  },
  { query: "bui thanh son", finds: ["person:Bùi Thanh Sơn", "article:001"], sameAs: "Bùi Thanh Sơn" },
  { query: "Covid-19", finds: ["article:003"], top: ["article:003"] },
  { query: "Kuala Lumpur", finds: ["article:001", "article:004"] },
  { query: "Hà Nội", finds: ["article:003"], top: ["article:003"] },
  { query: "ASEAN+3", finds: ["article:000", "article:001", "article:002", "agreement:APTERR"] },
  { query: "Zafrul", finds: ["person:Zafrul Abdul Aziz", "article:000"] },
  { query: "Đà Nẵng", finds: ["article:900"] },
];

// The seeds plus the extra articles in a temp folder (the store only, no server: nothing else
// of the application takes part in what this file checks).
function makeSearchSeeds(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-search-"));
  const seeds = path.resolve(import.meta.dirname, "../../seeds");
  for (const name of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, name), path.join(dir, name));
  for (const [name, text] of Object.entries(EXTRA_ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

type Labeller = (hit: SearchHit) => string;

async function makeLabeller(db: Database): Promise<Labeller> {
  const articles = await db.sql.query<{ id: number; path: string }>("SELECT id, path FROM article");
  const meetings = await db.sql.query<{ id: number; key: string }>("SELECT id, key FROM meeting");
  const people = await db.sql.query<{ id: number; name: string }>("SELECT id, name FROM person");
  const labels = new Map<string, string>([
    ...articles.map((a) => [`article:${a.id}`, `article:${a.path.slice(0, 3)}`] as const),
    ...meetings.map((m) => [`meeting:${m.id}`, `meeting:${m.key}`] as const),
    ...people.map((p) => [`person:${p.id}`, `person:${p.name}`] as const),
  ]);
  return (hit) => labels.get(`${hit.kind}:${hit.id}`) ?? `${hit.kind}:${hit.id}`;
}

async function searchLabels(db: Database, label: Labeller, query: string): Promise<string[]> {
  const page = await searchAll(db.sql, query, { first: 100 });
  expect(page.hasNextPage, `"${query}" fits one page`).toBe(false);
  expect(page.totalCount).toBe(page.hits.length);
  return page.hits.map(label);
}

describe.each([
  { name: "PostgreSQL", embedded: false },
  { name: "embedded database", embedded: true },
])("search on the $name", ({ embedded }) => {
  let testDb: TestDb;
  let db: Database;
  let seedsDir: string;
  let label: Labeller;
  const articleId = async (prefix: string) =>
    (await db.sql.query<{ id: number }>("SELECT id FROM article WHERE path LIKE $1", [`${prefix}%`]))[0]?.id;

  beforeAll(async () => {
    testDb = await createTestDb({ embedded });
    db = await testDb.open();
    seedsDir = makeSearchSeeds();
    await syncCatalog(db.prisma);
    for (const file of fs.readdirSync(seedsDir).sort()) {
      const result = await ingestFile(
        { prisma: db.prisma, sql: db.sql, seedsDir, logger: silentLogger },
        file,
      );
      expect(result.status).toBe("added");
    }
    label = await makeLabeller(db);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
    if (seedsDir) fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it.each(LABELLED)("finds and ranks '$query'", async (c) => {
    const found = await searchLabels(db, label, c.query);
    expect(found).toEqual(expect.arrayContaining(c.finds));
    for (const miss of c.misses ?? []) expect(found).not.toContain(miss);
    if (c.top) expect(found.slice(0, c.top.length).sort()).toEqual([...c.top].sort());
    for (const [higher, lower] of c.above ?? []) {
      expect(found.indexOf(higher), `${higher} above ${lower}`).toBeGreaterThanOrEqual(0);
      expect(found.indexOf(higher), `${higher} above ${lower}`).toBeLessThan(found.indexOf(lower));
    }
    if (c.sameAs) expect([...found].sort()).toEqual((await searchLabels(db, label, c.sameAs)).sort());
  });

  it("folds diacritics, đ and dashes", async () => {
    const [row] = await db.sql.query<{ fold: string }>(
      `SELECT seedgraph_fold('Đặng Hoà Bình, Hòa Kỳ – AMM-58 ASEAN_PLUS_ONE') AS fold`,
    );
    expect(row?.fold).toBe("Dang Hoa Binh, Hoa Ky   AMM 58 ASEAN PLUS ONE");
  });

  it("cuts snippets from the original text and marks the matched words", async () => {
    const page = await searchAll(db.sql, "hoa ky", { first: 5 });
    const first = page.hits[0];
    expect(first?.snippet).toContain("«Hoa Kỳ»");
    const old = await searchAll(db.sql, "hòa bình", { first: 10 });
    const dauCu = old.hits.find((h) => label(h) === "article:901");
    expect(dauCu?.snippet).toContain("«hoà bình»"); // as written, not re-toned
    const amm = await searchAll(db.sql, "AMM-58", { first: 1 });
    expect(amm.hits[0]?.snippet).toBe("«AMM»-«58»");
  });

  it("pages with cursors without gaps or duplicates, best first", async () => {
    let statements = 0;
    const counted: SqlExecutor = {
      query: (text, params) => {
        statements++;
        return db.sql.query(text, params);
      },
      exec: (script) => db.sql.exec(script),
    };
    const all = await searchAll(counted, "ASEAN", { first: 100 });
    expect(statements).toBe(1); // hits, total and snippet texts in one statement
    expect(all.totalCount).toBeGreaterThan(10);
    const paged: SearchHit[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await searchAll(db.sql, "ASEAN", { first: 3, after });
      expect(page.totalCount).toBe(all.totalCount);
      paged.push(...page.hits);
      if (!page.hasNextPage) break;
      after = page.hits.at(-1)?.cursor ?? null;
    }
    expect(paged.map((h) => `${h.kind}:${h.id}`)).toEqual(all.hits.map((h) => `${h.kind}:${h.id}`));
    const ranks = all.hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const past = await searchAll(db.sql, "ASEAN", { first: 3, after: all.hits.at(-1)?.cursor });
    expect(past).toMatchObject({ hits: [], totalCount: all.totalCount, hasNextPage: false });
  });

  it("rejects bad input with BAD_USER_INPUT", async () => {
    const bad = [
      searchAll(db.sql, "x".repeat(201), { first: 5 }),
      searchAll(db.sql, "   ", { first: 5 }),
      searchAll(db.sql, "?!", { first: 5 }),
      searchAll(db.sql, "asean", { first: 5, after: "bm90IGEgY3Vyc29y" }),
      searchAll(db.sql, "asean", { first: 101 }),
      searchArticleIds(db.sql, "y".repeat(201)),
    ];
    for (const attempt of bad) {
      await expect(attempt).rejects.toBeInstanceOf(SearchInputError);
      await expect(attempt).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    }
    await expect(searchAll(db.sql, "ă".repeat(200), { first: 5 })).resolves.toMatchObject({ totalCount: 0 });
  });

  it("gives filters the ids the same matching finds", async () => {
    const hoaBinh = await searchArticleIds(db.sql, "hoa binh");
    const expected = await Promise.all(["001", "002", "900", "901"].map(articleId));
    expect(hoaBinh).toEqual([...expected].sort((a, b) => Number(a) - Number(b)));
    const meetings = await db.sql.query<{ key: string }>(
      "SELECT key FROM meeting WHERE id = ANY($1::int[])",
      [await searchMeetingIds(db.sql, "Mekong")],
    );
    expect(meetings.map((m) => m.key).sort()).toEqual(["MEKONG_JAPAN-FM-16", "MEKONG_JAPAN-JP-LEADERS-2025"]);
    expect(await searchAgreementCodes(db.sql, "akfta")).toEqual(["AKFTA"]);
    const lavrov = await searchPersonIds(db.sql, "Lavrov");
    expect(lavrov).toHaveLength(1);
  });

  // Each function's expression must be its index's expression, or the index is silently unused.
  it("answers every match from the migrations' indexes", async () => {
    const scans = await db.sql.transaction(async (tx) => {
      for (const statement of [
        "SELECT count(*) FROM seedgraph_article_ids('ASEAN', false)",
        "SELECT count(*) FROM seedgraph_article_ids('Lavrop', true)",
        "SELECT count(*) FROM seedgraph_article_title_ids('hoa binh')",
        "SELECT count(*) FROM seedgraph_article_exact_ids('hòa', 'hoà')",
        "SELECT count(*) FROM seedgraph_article_phrase_ids(seedgraph_phrase_keys('hòa bình'))",
        "SELECT count(*) FROM seedgraph_named_entities('Hoa Ky')",
        "SELECT count(*) FROM seedgraph_meeting_ids('Mekong', false)",
        "SELECT count(*) FROM seedgraph_meeting_ids('Mekongg', true)",
        "SELECT count(*) FROM seedgraph_agreement_codes('AKFTA', false)",
        "SELECT count(*) FROM seedgraph_agreement_codes('AANZFT', true)",
        "SELECT count(*) FROM seedgraph_person_ids('Lavrop', true)",
      ]) {
        await tx.query(statement);
      }
      // Scans made by this transaction, before statistics are flushed anywhere.
      return tx.query<{ name: string; scans: number }>(
        `SELECT indexrelname AS name, pg_stat_get_xact_numscans(indexrelid)::int AS scans
           FROM pg_stat_user_indexes WHERE indexrelname LIKE '%search%' ORDER BY 1`,
      );
    });
    const unused = scans.filter((s) => s.scans === 0).map((s) => s.name);
    expect(scans).toHaveLength(15);
    expect(unused).toEqual([]);
  });

  const US = ["article:000", "article:001", "article:002", "article:904"];
  const articlesOf = async (query: string) =>
    (await searchLabels(db, label, query)).filter((l) => l.startsWith("article:"));

  it("finds the United States by any of its names, and only the articles naming it", async () => {
    const linked = await db.sql.query<{ path: string }>(
      `SELECT a.path FROM article a JOIN article_country c ON c.article_id = a.id WHERE c.country_code = 'US'`,
    );
    expect(linked.map((r) => `article:${r.path.slice(0, 3)}`).sort()).toEqual(US);
    for (const query of [
      "Hoa Ky",
      "Hoa Kỳ",
      "hoa kỳ",
      "HOA KỲ",
      "Mỹ",
      "my",
      "US",
      "United States",
      '"Hoa Ky"',
    ]) {
      expect((await articlesOf(query)).sort(), query).toEqual(US);
    }
    // `us` in lower case and `my` inside a longer text are words, not the country.
    expect(await articlesOf("us")).toEqual(expect.arrayContaining(["article:903", "article:904"]));
    expect(await articlesOf("Let us")).toEqual(["article:903"]);
    // A name is read from the whole text only: `Mỹ` in `thẩm mỹ` names nothing.
    expect(await articlesOf("hợp tác Mỹ")).not.toContain("article:904");
  });

  it("ranks the articles writing the name as typed above those writing another", async () => {
    const hoaKy = await articlesOf("Hoa Kỳ");
    expect(hoaKy.slice(0, 2).sort()).toEqual(["article:001", "article:002"]);
    const my = await articlesOf("Mỹ");
    expect(my.slice(0, 3).sort()).toEqual(["article:000", "article:001", "article:002"]);
    expect(my.at(-1)).toBe("article:904");
    expect((await articlesOf("US"))[0]).toBe("article:904");
  });

  it("matches a quoted phrase side by side, never across punctuation", async () => {
    expect(await articlesOf('"tự động hóa"')).toContain("article:902");
    expect(await articlesOf('"hóa tự động"')).not.toContain("article:902");
    expect(await articlesOf("hóa tự động")).toContain("article:902"); // unquoted: the words anywhere
    expect(await articlesOf('"Campuchia Các"')).not.toContain("article:902"); // a full stop and a line between
    expect(await articlesOf("Campuchia Các đại biểu")).toContain("article:902");
    // A quoted phrase and a word outside the quotes: both required.
    expect(await articlesOf('"hàng hóa" Cần Thơ')).toEqual(["article:902"]);
    const page = await searchAll(db.sql, '"tự động hóa" Cần Thơ', { first: 1 });
    expect(page.hits[0]?.snippet).toContain("«tự động hóa» kỹ thuật số");
  });

  it("matches whole words and syllables, also where a full stop lacks its space", async () => {
    expect(await articlesOf("khí hậu")).toContain("article:906");
    expect(await articlesOf('"Tổng cộng 12 sáng kiến"')).toEqual(["article:906"]);
    expect(await articlesOf('"khí hậu Tổng"')).toEqual([]); // two sentences
    expect(await articlesOf("kho")).not.toContain("article:902"); // inside `khoa`
    expect(await articlesOf("khoa")).toContain("article:902");
  });

  it("leaves removed articles out", async () => {
    const removed = await articleId("900");
    expect(await searchLabels(db, label, "Đà Nẵng")).toContain("article:900");
    expect(await searchArticleIds(db.sql, "Da Nang")).toContain(removed);
    await markRemoved(db.sql, "900_khong-dau.txt");
    expect(await searchLabels(db, label, "Đà Nẵng")).not.toContain("article:900");
    expect(await searchArticleIds(db.sql, "Da Nang")).not.toContain(removed);
  });
});
