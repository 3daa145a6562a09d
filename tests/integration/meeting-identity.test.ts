import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { migrate, readMigrations } from "../../src/db/migrate.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { saveArticle } from "../../src/store/article-store.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import { MeetingNamesDocument } from "../generated/graphql.ts";
import { gql } from "../helpers/test-app.ts";
import { createEmptyTestDb, savingThrough, type TestDb } from "../helpers/test-db.ts";
import { useTestService } from "../helpers/test-service.ts";

// Short reports of the foreign ministers' meeting of ASEAN with Japan, a yearly meeting whose
// key carries its year: two of 2023, one a copy without its date line; one of 2024; two that
// give no year at all.
const REPORT_2023 = [
  "Chiều 13/7 tại Jakarta, Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản đã diễn ra với sự tham dự của ngoại trưởng các nước thành viên.",
  "Tại Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản, các bộ trưởng hoan nghênh kết quả hợp tác trong năm qua và nhất trí đẩy mạnh kết nối, chuyển đổi số và ứng phó biến đổi khí hậu.",
  "Các bên cũng trao đổi về tình hình khu vực, nhấn mạnh tầm quan trọng của hòa bình, ổn định và an ninh hàng hải.",
].join("\n\n");

const ARTICLES: Record<string, string> = {
  "jp-2023.txt": `date 2023-07-14 (Báo Thế giới) - ${REPORT_2023}`,
  "jp-2023-copy.txt": REPORT_2023,
  "jp-2023-other.txt": [
    "date 2023-07-15 (VNA) - Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản họp tại Jakarta hôm 13/7 đã thông qua kế hoạch hợp tác về năng lượng sạch.",
    "Phía Nhật Bản cam kết tiếp tục hỗ trợ các nước ASEAN phát triển nguồn nhân lực và cơ sở hạ tầng chất lượng cao.",
  ].join("\n\n"),
  "jp-2024.txt": [
    "date 2024-07-27 (Báo Quốc tế) - Sáng 26/7 tại Viêng Chăn, Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản thảo luận về an ninh lương thực và thích ứng với thiên tai.",
    "Các ngoại trưởng nhất trí tăng cường giao lưu nhân dân, giáo dục và du lịch giữa hai bên.",
  ].join("\n\n"),
  "jp-undated-1.txt": [
    "Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản đã bàn các biện pháp thúc đẩy thương mại nông sản và chuỗi cung ứng.",
    "Các đại biểu đánh giá cao vai trò của doanh nghiệp nhỏ và vừa trong hợp tác khu vực.",
  ].join("\n\n"),
  "jp-undated-2.txt": [
    "Bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản, các đoàn đã ký thư ý định về học bổng cho sinh viên.",
    "Chương trình dự kiến đón hàng trăm sinh viên mỗi năm theo học các ngành kỹ thuật.",
  ].join("\n\n"),
};

describe("meeting identity across articles", () => {
  const served = useTestService({ files: [] });
  let db: Database;
  let saves = 0;
  const save = (file: string) =>
    saveArticle(db.sql, {
      path: file,
      contentHash: `${file}-${++saves}`,
      extraction: extractArticle(ARTICLES[file] as string),
    });
  /** Meeting keys each article is linked to, by path. */
  const keysOf = async (file: string) =>
    (
      await db.sql.query<{ key: string }>(
        `SELECT m.key FROM meeting m JOIN article_meeting am ON am.meeting_id = m.id
           JOIN article a ON a.id = am.article_id WHERE a.path = $1 ORDER BY m.key`,
        [file],
      )
    ).map((r) => r.key);
  const articleId = async (file: string) =>
    (await db.prisma.article.findUniqueOrThrow({ where: { path: file } })).id;

  beforeAll(async () => {
    // The service's own connection: an embedded database has one client only.
    db = served.service.db;
    // Order matters for the story: the dated report is stored before its undated copy.
    for (const file of Object.keys(ARTICLES)) await save(file);
  });

  it("points two reports of one year's meeting at one Meeting, and other years at others", async () => {
    expect(await keysOf("jp-2023.txt")).toEqual(["ASEAN_PLUS_ONE-JP-FM-2023"]);
    expect(await keysOf("jp-2023-other.txt")).toEqual(["ASEAN_PLUS_ONE-JP-FM-2023"]);
    expect(await keysOf("jp-2024.txt")).toEqual(["ASEAN_PLUS_ONE-JP-FM-2024"]);
    const { meeting } = await gql(served.url, MeetingNamesDocument, { key: "ASEAN_PLUS_ONE-JP-FM-2023" });
    expect(meeting?.articles.edges.map((e) => e.node.path).sort()).toEqual([
      "jp-2023-copy.txt",
      "jp-2023-other.txt",
      "jp-2023.txt",
    ]);
  });

  it("dates a meeting its text gives no year by the story's other article", async () => {
    const story = async (file: string) =>
      (await db.prisma.article.findUniqueOrThrow({ where: { path: file } })).storyId;
    expect(await story("jp-2023-copy.txt")).not.toBeNull();
    expect(await story("jp-2023-copy.txt")).toBe(await story("jp-2023.txt"));
    expect(await keysOf("jp-2023-copy.txt")).toEqual(["ASEAN_PLUS_ONE-JP-FM-2023"]);
    const evidence = await db.sql.query<{ entity_key: string }>(
      `SELECT DISTINCT x.entity_key FROM mention x JOIN article a ON a.id = x.article_id
        WHERE a.path = 'jp-2023-copy.txt' AND x.kind = 'meeting'`,
    );
    expect(evidence.map((e) => e.entity_key)).toEqual(["ASEAN_PLUS_ONE-JP-FM-2023"]);
  });

  it("never merges meetings of unknown year across articles", async () => {
    const one = `ASEAN_PLUS_ONE-JP-FM-UNDATED-A${await articleId("jp-undated-1.txt")}`;
    const two = `ASEAN_PLUS_ONE-JP-FM-UNDATED-A${await articleId("jp-undated-2.txt")}`;
    expect(await keysOf("jp-undated-1.txt")).toEqual([one]);
    expect(await keysOf("jp-undated-2.txt")).toEqual([two]);
    const undated = await db.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM meeting WHERE key LIKE 'ASEAN_PLUS_ONE-JP-FM-UNDATED%'",
    );
    expect(undated[0]?.n).toBe(2);
    const { meeting } = await gql(served.url, MeetingNamesDocument, { key: one.toLowerCase() });
    expect(meeting?.year).toBeNull();
    expect(meeting?.articles.edges.map((e) => e.node.path)).toEqual(["jp-undated-1.txt"]);
    const shared = await gql(served.url, MeetingNamesDocument, { key: "ASEAN_PLUS_ONE-JP-FM-UNDATED" });
    expect(shared.meeting).toBeNull();
  });

  it("keeps an undated meeting's key when its article is saved again", async () => {
    const before = await keysOf("jp-undated-2.txt");
    await save("jp-undated-2.txt");
    expect(await keysOf("jp-undated-2.txt")).toEqual(before);
  });

  it("names meetings canonically in both languages, not with the article's words", async () => {
    for (const key of ["ASEAN_PLUS_ONE-JP-FM-2023", "ASEAN_PLUS_ONE-JP-FM-2024"]) {
      const { meeting } = await gql(served.url, MeetingNamesDocument, { key });
      expect(meeting).toMatchObject({
        name: "ASEAN–Japan Foreign Ministers' Meeting",
        nameEn: "ASEAN–Japan Foreign Ministers' Meeting",
        nameVi: "Hội nghị Bộ trưởng Ngoại giao ASEAN – Nhật Bản",
      });
    }
  });
});

describe("the meeting identity migration", () => {
  const MIGRATION = "20261206030000_meeting_identity";
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

  it("splits a stored undated meeting into one per article reporting it", async () => {
    const sql = (db as Database).sql;
    await migrate(
      sql,
      readMigrations().filter((m) => m.name < MIGRATION),
    );
    await syncCatalog((db as Database).prisma);
    // Before the relations migration there is no save with relations (nor any later wrapper of
    // the save): save as the code then did.
    const before = savingThrough(sql, "seedgraph_save_article");
    const files = ["jp-2024.txt", "jp-undated-1.txt", "jp-undated-2.txt"];
    for (const file of files)
      await saveArticle(before, {
        path: file,
        contentHash: file,
        extraction: extractArticle(ARTICLES[file] as string),
      });
    const shared = await sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM article_meeting am JOIN meeting m ON m.id = am.meeting_id WHERE m.key = 'ASEAN_PLUS_ONE-JP-FM-UNDATED'",
    );
    expect(shared[0]?.n).toBe(2);
    await migrate(sql);
    const rows = await sql.query<{ path: string; key: string; name_vi: string; evidence: string[] }>(
      `SELECT a.path, m.key, m.name_vi,
              ARRAY(SELECT DISTINCT x.entity_key FROM mention x WHERE x.article_id = a.id AND x.kind = 'meeting') AS evidence
         FROM article a JOIN article_meeting am ON am.article_id = a.id JOIN meeting m ON m.id = am.meeting_id
        ORDER BY a.path`,
    );
    const ids = await sql.query<{ id: number; path: string }>("SELECT id, path FROM article");
    const idOf = (file: string) => ids.find((r) => r.path === file)?.id;
    expect(rows.map((r) => [r.path, r.key, r.evidence])).toEqual([
      ["jp-2024.txt", "ASEAN_PLUS_ONE-JP-FM-2024", ["ASEAN_PLUS_ONE-JP-FM-2024"]],
      ...["jp-undated-1.txt", "jp-undated-2.txt"].map((file) => {
        const key = `ASEAN_PLUS_ONE-JP-FM-UNDATED-A${idOf(file)}`;
        return [file, key, [key]];
      }),
    ]);
    expect(rows.every((r) => r.name_vi !== "")).toBe(true);
    const left = await sql.query("SELECT 1 FROM meeting WHERE key = 'ASEAN_PLUS_ONE-JP-FM-UNDATED'");
    expect(left).toHaveLength(0);
  });
});
