import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import type { SqlExecutor } from "../../src/db/sql.ts";
import { STORY_THRESHOLD } from "../../src/extract/index.ts";
import { markRemoved, STORY_LOCK_KEY } from "../../src/store/article-store.ts";
import { syncCatalog } from "../../src/store/catalog.ts";
import { SAVE_ARTICLE_SQL } from "../../src/store/save-statement.ts";
import { storyBandKeys } from "../../src/store/story-bands.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

// The save's rules (src/store/sql/save-article.sql) one by one, through the function the service
// calls, with facts documents written by hand rather than extracted: each test states exactly
// the facts its rule reads. Every test uses fingerprints, meeting keys and names of its own, so
// none is a story candidate or a merge partner of another's.

/** A fingerprint of 128 bins of its own: no bin agrees with another seed's. */
const fingerprint = (seed: number) =>
  Array.from({ length: 128 }, (_, i) => (seed * 1_000_003 + i * 7919) | 0);
/** `fp` where `agree(bin)` holds, elsewhere a value of its own (`tag` keeps variants apart). */
const variant = (fp: number[], tag: number, agree: (bin: number) => boolean) =>
  fp.map((v, bin) => (agree(bin) ? v : (v + tag * 7_777_777) | 0));
/** Agrees with `fp` in 9 bins of 10: the same text with a few words changed. */
const nearCopy = (fp: number[], tag: number) => variant(fp, tag, (bin) => bin % 10 !== 0);

interface MeetingRow {
  key: string;
  undated_stem: string | null;
  series: string;
  level: string;
  partner: string | null;
  number: number | null;
  year: number | null;
  date: string | null;
  date_precision: string;
  end_date: string | null;
  location: string | null;
  online: boolean;
  parent_key: string | null;
  name: string;
  name_vi: string;
  name_from_text?: boolean;
}

const meeting = (key: string, fields: Partial<MeetingRow> = {}): MeetingRow => ({
  key,
  undated_stem: null,
  series: "AMM",
  level: "foreign_ministers",
  partner: null,
  number: null,
  year: null,
  date: null,
  date_precision: "unknown",
  end_date: null,
  location: null,
  online: false,
  parent_key: null,
  name: key,
  name_vi: key,
  ...fields,
});

/** A meeting whose year the text does not give: `<stem>UNDATED`, completed by the save. */
const undated = (stem: string) =>
  meeting(`${stem}UNDATED`, { undated_stem: stem, series: "ASEAN_PLUS_ONE", name: stem, name_vi: stem });

interface Person {
  name: string;
  aliases: string[];
  country: string | null;
  role: string | null;
}

interface Facts {
  meetings?: MeetingRow[];
  people?: Person[];
  mentions?: Array<{ kind: string; key: string; text: string; start: number; end: number }>;
}

interface Saved {
  article_id: number;
  seq: number;
  kind: "ADDED" | "UPDATED";
}

describe("the save's rules", () => {
  let testDb: TestDb;
  let db: Database;
  let saves = 0;

  /** Saves an article of `path` through the service's save call; returns its event. */
  async function save(
    path: string,
    fp: number[],
    facts: Facts = {},
    sql: SqlExecutor = db.sql,
  ): Promise<Saved & { story: number | null }> {
    const doc = {
      meetings: facts.meetings ?? [],
      agreements: [],
      countries: [],
      topics: [],
      people: facts.people ?? [],
      figures: [],
      mentions: (facts.mentions ?? []).map((m) => ({ ...m, sentence_start: m.start, sentence_end: m.end })),
      participants: [],
      agreement_actions: [],
    };
    const rows = await sql.query<Saved>(SAVE_ARTICLE_SQL, [
      path,
      `${path}-${++saves}`,
      null,
      path,
      null,
      "",
      "vi",
      null,
      "unknown",
      null,
      null,
      null,
      0,
      "test",
      fp,
      storyBandKeys(fp).map(String),
      STORY_THRESHOLD,
      JSON.stringify(doc),
    ]);
    const saved = rows[0] as Saved;
    return { ...saved, article_id: Number(saved.article_id), story: await storyOf(path, sql) };
  }

  async function storyOf(path: string, sql: SqlExecutor = db.sql): Promise<number | null> {
    const rows = await sql.query<{ story_id: number | null }>(
      "SELECT story_id FROM article WHERE path = $1",
      [path],
    );
    return rows[0]?.story_id ?? null;
  }

  /** Meeting keys the article of `path` is linked to. */
  async function meetingsOf(path: string): Promise<string[]> {
    const rows = await db.sql.query<{ key: string }>(
      `SELECT m.key FROM meeting m JOIN article_meeting am ON am.meeting_id = m.id
         JOIN article a ON a.id = am.article_id WHERE a.path = $1 ORDER BY m.key`,
      [path],
    );
    return rows.map((r) => r.key);
  }

  beforeAll(async () => {
    testDb = await createTestDb();
    db = await testDb.open();
    await syncCatalog(db.prisma); // people name countries
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  describe("story choice", () => {
    it("puts near-identical texts in one story, created for both, and leaves a distant one out", async () => {
      const fp = fingerprint(11);
      expect((await save("s1-first.txt", fp)).story).toBeNull(); // nothing like it yet
      const copy = await save("s1-copy.txt", nearCopy(fp, 1));
      expect(copy.story).not.toBeNull();
      expect(await storyOf("s1-first.txt")).toBe(copy.story);
      // 20 of 128 bins (0.16): bands in common, so compared, but below the threshold.
      const distant = await save(
        "s1-distant.txt",
        variant(fp, 2, (bin) => bin < 20),
      );
      expect(distant.story).toBeNull();
      // Saved again with a text that moved away from its story, an article leaves it.
      expect((await save("s1-copy.txt", fingerprint(12))).story).toBeNull();
      expect(await storyOf("s1-first.txt")).toBe(copy.story);
    });

    it("gives a tie in similarity to the candidate of the lowest id", async () => {
      const fp = fingerprint(13);
      // Each agrees with fp in one half of the bins (0.5) and with the other in none.
      const low = await save(
        "s2-low.txt",
        variant(fp, 1, (bin) => bin < 64),
      );
      const high = await save(
        "s2-high.txt",
        variant(fp, 2, (bin) => bin >= 64),
      );
      expect(low.article_id).toBeLessThan(high.article_id);
      expect([low.story, high.story]).toEqual([null, null]);
      const joined = await save("s2-new.txt", fp);
      expect(joined.story).not.toBeNull();
      expect(await storyOf("s2-low.txt")).toBe(joined.story);
      expect(await storyOf("s2-high.txt")).toBeNull();
    });

    it("takes the story lock removals take, under the key the sources define", async () => {
      const held = await db.sql.transaction(async (tx) => {
        await save("s3-locked.txt", fingerprint(14), {}, tx);
        return tx.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks
            WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
              AND classid::bigint = 0 AND objid::bigint = $1 AND objsubid = 1`,
          [STORY_LOCK_KEY],
        );
      });
      expect(held[0]?.n).toBe(1);
    });
  });

  describe("meeting merge", () => {
    it("keeps what a known meeting has, fills what it lacks, and renames it after the latest save", async () => {
      await save("m1-a.txt", fingerprint(21), {
        meetings: [
          meeting("AMM-58", { number: 58, year: 2025, location: "Kuala Lumpur", name: "n1", name_vi: "v1" }),
        ],
      });
      await save("m1-b.txt", fingerprint(22), {
        meetings: [
          meeting("AMM-58", {
            number: 59,
            year: 2024,
            date: "2025-07-08",
            date_precision: "day",
            end_date: "2025-07-11",
            location: "Hà Nội",
            online: true,
            name: "n2",
            name_vi: "v2",
          }),
        ],
      });
      await save("m1-c.txt", fingerprint(23), {
        meetings: [
          meeting("AMM-58", {
            date: "2025-07-01",
            date_precision: "month",
            end_date: "2025-07-31",
            online: false,
            name: "n3",
            name_vi: "v3",
          }),
        ],
      });
      const rows = await db.sql.query(
        `SELECT number, year, date::text AS date, date_precision::text AS date_precision,
                end_date::text AS end_date, location, online, name, name_vi
           FROM meeting WHERE key = 'AMM-58'`,
      );
      expect(rows).toEqual([
        {
          number: 58,
          year: 2025,
          date: "2025-07-08",
          date_precision: "day",
          end_date: "2025-07-11",
          location: "Kuala Lumpur",
          online: true,
          name: "n3",
          name_vi: "v3",
        },
      ]);
      for (const path of ["m1-a.txt", "m1-b.txt", "m1-c.txt"])
        expect(await meetingsOf(path)).toEqual(["AMM-58"]);
    });

    it("keeps one name in a text's own wording per meeting, whatever order its articles come in", async () => {
      const named = (name: string) =>
        meeting("OTHER-BODY_X-12", {
          series: "OTHER",
          level: "other",
          number: 12,
          name,
          name_vi: name,
          name_from_text: true,
        });
      const stored = async () =>
        (
          await db.sql.query<{ name: string; name_vi: string; version: string }>(
            "SELECT name, name_vi, xmin::text AS version FROM meeting WHERE key = 'OTHER-BODY_X-12'",
          )
        )[0];
      await save("m9-a.txt", fingerprint(61), { meetings: [named("12th ASEAN Body X Committee Meeting")] });
      await save("m9-b.txt", fingerprint(62), { meetings: [named("12th Body X Meeting")] });
      const shortest = await stored();
      expect([shortest?.name, shortest?.name_vi]).toEqual(["12th Body X Meeting", "12th Body X Meeting"]);
      // A longer wording later neither renames the meeting nor rewrites its row.
      await save("m9-c.txt", fingerprint(63), {
        meetings: [named("12th Meeting of the ASEAN Body X Committee")],
      });
      expect(await stored()).toEqual(shortest);
      // The other order ends with the same name.
      const reversed = (name: string) => ({ ...named(name), key: "OTHER-BODY_Y-12" });
      const storedY = async () =>
        (await db.sql.query<{ name: string }>("SELECT name FROM meeting WHERE key = 'OTHER-BODY_Y-12'"))[0]
          ?.name;
      await save("m9-e.txt", fingerprint(65), {
        meetings: [reversed("12th Meeting of the ASEAN Body X Committee")],
      });
      await save("m9-f.txt", fingerprint(66), { meetings: [reversed("12th Body X Meeting")] });
      await save("m9-g.txt", fingerprint(67), {
        meetings: [reversed("12th ASEAN Body X Committee Meeting")],
      });
      expect(await storedY()).toBe("12th Body X Meeting");
      // A generated name still renames it.
      await save("m9-d.txt", fingerprint(64), {
        meetings: [
          meeting("OTHER-BODY_X-12", {
            series: "OTHER",
            level: "other",
            number: 12,
            name: "g",
            name_vi: "gv",
          }),
        ],
      });
      expect([(await stored())?.name, (await stored())?.name_vi]).toEqual(["g", "gv"]);
    });

    it("links a parent named by the same article or already stored, never a meeting to itself, and keeps it", async () => {
      await save("m2-a.txt", fingerprint(24), {
        meetings: [
          meeting("PMC-60", { series: "PMC", parent_key: "AMM-60" }),
          meeting("AMM-60", { number: 60 }),
          meeting("SOM-60", { series: "SOM", level: "senior_officials", parent_key: "SOM-60" }),
        ],
      });
      await save("m2-b.txt", fingerprint(25), {
        meetings: [meeting("ARF-60", { series: "ARF", parent_key: "AMM-60" })],
      });
      // A later article naming another parent leaves the stored one.
      await save("m2-c.txt", fingerprint(26), {
        meetings: [
          meeting("PMC-60", { series: "PMC", parent_key: "ARF-60" }),
          meeting("ARF-60", { series: "ARF" }),
        ],
      });
      const rows = await db.sql.query<{ key: string; parent: string | null }>(
        `SELECT m.key, p.key AS parent FROM meeting m LEFT JOIN meeting p ON p.id = m.parent_id
          WHERE m.key LIKE '%-60' ORDER BY m.key`,
      );
      expect(rows).toEqual([
        { key: "AMM-60", parent: null },
        { key: "ARF-60", parent: "AMM-60" },
        { key: "PMC-60", parent: "AMM-60" },
        { key: "SOM-60", parent: null },
      ]);
    });

    it("keeps meetings of different years apart, and an undated one apart when its story gives two years", async () => {
      const stem = "ASEAN_PLUS_ONE-KR-FM-";
      const fp = fingerprint(27);
      const year = (y: number) => meeting(`${stem}${y}`, { series: "ASEAN_PLUS_ONE", year: y });
      await save("m3-2023.txt", fp, { meetings: [year(2023)] });
      await save("m3-2024.txt", nearCopy(fp, 1), { meetings: [year(2024)] });
      const report = await save("m3-undated.txt", nearCopy(fp, 2), {
        meetings: [undated(stem)],
        mentions: [{ kind: "meeting", key: `${stem}UNDATED`, text: "Hội nghị", start: 0, end: 8 }],
      });
      expect(report.story).not.toBeNull();
      expect(await storyOf("m3-2023.txt")).toBe(report.story);
      expect(await storyOf("m3-2024.txt")).toBe(report.story);
      const own = `${stem}UNDATED-A${report.article_id}`;
      expect(await meetingsOf("m3-2023.txt")).toEqual([`${stem}2023`]);
      expect(await meetingsOf("m3-2024.txt")).toEqual([`${stem}2024`]);
      expect(await meetingsOf("m3-undated.txt")).toEqual([own]);
      // Its evidence points at the key it was given.
      const evidence = await db.sql.query<{ entity_key: string }>(
        "SELECT entity_key FROM mention WHERE article_id = $1 AND kind = 'meeting'",
        [report.article_id],
      );
      expect(evidence.map((e) => e.entity_key)).toEqual([own]);
    });

    it("dates an undated meeting by its story, unless the article reports that year's meeting itself", async () => {
      const stem = "ASEAN_PLUS_ONE-IN-FM-";
      const fp = fingerprint(28);
      const y2022 = meeting(`${stem}2022`, { series: "ASEAN_PLUS_ONE", year: 2022 });
      await save("m4-2022.txt", fp, { meetings: [y2022] });
      const dated = await save("m4-undated.txt", nearCopy(fp, 1), { meetings: [undated(stem)] });
      expect(dated.story).toBe(await storyOf("m4-2022.txt"));
      expect(await meetingsOf("m4-undated.txt")).toEqual([`${stem}2022`]);
      // Naming 2022's meeting as well, the undated one must be another: the article's own.
      const both = await save("m4-both.txt", nearCopy(fp, 2), { meetings: [undated(stem), y2022] });
      expect(both.story).toBe(dated.story);
      expect(await meetingsOf("m4-both.txt")).toEqual([`${stem}2022`, `${stem}UNDATED-A${both.article_id}`]);
    });
  });

  describe("person merge", () => {
    it("keeps one person per canonical name: aliases gathered, a known country kept, the latest role", async () => {
      const name = "Phạm Thị Mẫu";
      const person = (aliases: string[], country: string | null, role: string | null) => ({
        name,
        aliases: [name, ...aliases].sort(),
        country,
        role,
      });
      await save("p1-a.txt", fingerprint(31), { people: [person(["Bà Mẫu"], null, "Bộ trưởng")] });
      await save("p1-b.txt", fingerprint(32), { people: [person(["Ms. Mau"], "VN", "Phó Thủ tướng")] });
      await save("p1-c.txt", fingerprint(33), { people: [person(["Mau"], "LA", null)] });
      // Another canonical name is another person, however close.
      await save("p1-d.txt", fingerprint(34), {
        people: [{ name: "Pham Thi Mau", aliases: ["Pham Thi Mau"], country: null, role: null }],
      });
      const people = await db.sql.query(
        "SELECT name, aliases, country_code, role FROM person WHERE name IN ($1, 'Pham Thi Mau') ORDER BY name",
        [name],
      );
      expect(people).toEqual([
        { name: "Pham Thi Mau", aliases: ["Pham Thi Mau"], country_code: null, role: null },
        {
          name,
          // Every spelling once, in byte order.
          aliases: ["Bà Mẫu", "Mau", "Ms. Mau", name],
          country_code: "VN",
          role: "Phó Thủ tướng",
        },
      ]);
      // Each article's link keeps the role that article gives.
      const links = await db.sql.query<{ path: string; role: string | null }>(
        `SELECT a.path, ap.role FROM article_person ap JOIN article a ON a.id = ap.article_id
           JOIN person p ON p.id = ap.person_id WHERE p.name = $1 ORDER BY a.path`,
        [name],
      );
      expect(links).toEqual([
        { path: "p1-a.txt", role: "Bộ trưởng" },
        { path: "p1-b.txt", role: "Phó Thủ tướng" },
        { path: "p1-c.txt", role: null },
      ]);
    });
  });

  describe("event and failure", () => {
    it("numbers ADDED for a new or returning article and UPDATED otherwise, and clears the path's failure", async () => {
      await db.sql.query(
        "INSERT INTO ingest_failure (path, content_hash, code, message) VALUES ('e1.txt', 'x', 'TOO_LARGE', 'too large')",
      );
      const added = await save("e1.txt", fingerprint(41));
      expect(added.kind).toBe("ADDED");
      expect(await db.sql.query("SELECT 1 FROM ingest_failure WHERE path = 'e1.txt'")).toHaveLength(0);
      const updated = await save("e1.txt", fingerprint(41));
      expect(updated).toMatchObject({ kind: "UPDATED", article_id: added.article_id, seq: added.seq + 1 });
      const removed = await markRemoved(db.sql, "e1.txt");
      expect(removed).toBe(updated.seq + 1);
      const back = await save("e1.txt", fingerprint(41));
      expect(back).toMatchObject({ kind: "ADDED", article_id: added.article_id, seq: updated.seq + 2 });
    });
  });
});
