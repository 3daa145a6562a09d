import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ArticleExtraction, extractArticle } from "../../src/extract/index.ts";
import { markRemoved, saveArticle } from "../../src/store/article-store.ts";
import {
  AgreementEventsDocument,
  EntityEvidenceDocument,
  type EvidenceFieldsFragment,
  MeetingRelationsDocument,
  PersonMeetingsDocument,
} from "../generated/graphql.ts";
import { gql, rawGql, SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

const US_FM = "ASEAN_PLUS_ONE-US-FM-2025";
const MEKONG_JAPAN = "MEKONG_JAPAN-FM-16";
const SEED_000 = "000_b85c5de12b388afb.txt";
const SEED_002 = "002_686e873e6aaa9cef.txt";
const SEED_004 = "004_fbd71147380da296.txt";

const seedExtraction = (name: string) => extractArticle(fs.readFileSync(path.join(SEEDS, name), "utf8"));

describe("relations stated by the seeds", () => {
  // Saves made behind the watcher's back are read at once: no cached answers.
  const served = useTestService({ config: { responseCacheMb: 0 } });
  let saves = 0;
  const meeting = async (key: string) => {
    const { meeting } = await gql(served.url, MeetingRelationsDocument, { key, evidence: 20 });
    if (!meeting) throw new Error(`no meeting ${key}`);
    return meeting;
  };
  const participant = async (key: string, name: string) =>
    (await meeting(key)).participants.find((p) => p.person.name === name);
  const acftaEvents = async () =>
    (await gql(served.url, AgreementEventsDocument, { code: "ACFTA" })).agreement?.events ?? [];
  /** Marco Rubio's, AKFTA's and the US's evidence: `first` sentences of each (the field's default when null). */
  const entityEvidence = async (first: number | null) => {
    const data = await gql(served.url, EntityEvidenceDocument, {
      person: "Marco Rubio",
      agreement: "AKFTA",
      country: "US",
      first,
    });
    const person = data.people.edges[0]?.node;
    expect(person?.name).toBe("Marco Rubio");
    return {
      rubio: person?.evidence ?? [],
      akfta: data.agreement?.evidence ?? [],
      us: data.country?.evidence ?? [],
    };
  };
  /** Saves `extraction` as the article of `file` (new content, so it is written). */
  const save = (file: string, extraction: ArticleExtraction) =>
    saveArticle(served.service.db.sql, { path: file, contentHash: `test-${++saves}`, extraction });

  it("makes Marco Rubio a speaker at the ASEAN–US foreign ministers' meeting, with his sentence", async () => {
    const rubio = await participant(US_FM, "Marco Rubio");
    expect(rubio?.action).toBe("spoke");
    expect(rubio?.role).toBe("Secretary of State");
    const sentences = rubio?.evidence.map((e) => e.sentence) ?? [];
    expect(sentences).toContainEqual(
      expect.stringMatching(/Tại Hội nghị ASEAN-Mỹ, Bộ trưởng Ngoại giao Mỹ Marco Rubio khẳng định/),
    );
    for (const e of rubio?.evidence ?? []) {
      expect(e.sentence).toContain(e.text);
      expect(e.text).toContain("Marco Rubio");
      expect(e.end - e.start).toBe(e.text.length);
    }
    // Named in the same articles as the Mekong–Japan meeting, but no participant of it.
    expect((await meeting(MEKONG_JAPAN)).mentionedWithPeople.map((p) => p.name)).toContain("Marco Rubio");
    expect(await participant(MEKONG_JAPAN, "Marco Rubio")).toBeUndefined();
  });

  it("makes Bùi Thanh Sơn a co-chair of the 16th Mekong–Japan foreign ministers' meeting", async () => {
    const son = await participant(MEKONG_JAPAN, "Bùi Thanh Sơn");
    expect(son?.action).toBe("co_chaired");
    expect(son?.evidence.map((e) => e.article.path)).toContain("001_83f2f5ee3d553817.txt");
  });

  it("gives one participant per person, with the most specific action any article states", async () => {
    // Seed 001 says Bùi Thanh Sơn led the delegation, its near-copy 002 that he attended.
    const son = await participant(US_FM, "Bùi Thanh Sơn");
    expect(son?.action).toBe("led_delegation");
    expect(son?.evidence.map((e) => e.article.path.slice(0, 3)).sort()).toEqual(["001", "002"]);
    const names = (await meeting(US_FM)).participants.map((p) => p.person.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists the meetings Marco Rubio took part in", async () => {
    const { people } = await gql(served.url, PersonMeetingsDocument, { name: "Rubio" });
    const rubio = people.edges[0]?.node;
    expect(rubio?.name).toBe("Marco Rubio");
    expect(rubio?.meetings.map((m) => [m.meeting.key, m.action])).toContainEqual([US_FM, "spoke"]);
    expect(rubio?.meetings[0]?.evidence.length).toBeGreaterThan(0);
  });

  it("puts the planned signing of ACFTA 3.0 at the 2025 ASEAN Summit on the agreement's timeline", async () => {
    const signed = (await acftaEvents()).find((e) => e.action === "signed");
    expect(signed).toMatchObject({ status: "planned", meeting: { key: "ASEAN_SUMMIT-LEADERS-2025" } });
    expect(signed?.evidence.map((e) => e.sentence)).toContainEqual(
      expect.stringMatching(
        /ký kết Nghị định thư .*\(ACFTA 3\.0\) vào tháng 10\/2025 tại Hội nghị cấp cao ASEAN/,
      ),
    );
    expect(signed?.evidence[0]?.article).toMatchObject({ path: SEED_000, publishedOn: "2025-09-25" });
    const summit = await meeting("ASEAN_SUMMIT-LEADERS-2025");
    expect(summit.agreementActions).toContainEqual(
      expect.objectContaining({ action: "signed", status: "planned", agreement: { code: "ACFTA" } }),
    );
  });

  it("lists an agreement's events oldest first, dated by their meeting or else their article", async () => {
    const { agreement } = await gql(served.url, AgreementEventsDocument, { code: "AKFTA" });
    const dates = agreement?.events.map((e) => e.date) ?? [];
    expect(dates.length).toBeGreaterThan(1);
    const known = dates.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort());
    expect(dates.slice(known.length).every((d) => d === null)).toBe(true);
  });

  it("gives the sentences reporting AMM-58 from several articles", async () => {
    const amm = await meeting("AMM-58");
    const paths = new Set(amm.evidence.map((e) => e.article.path.slice(0, 3)));
    expect([...paths].sort()).toEqual(["001", "002", "004"]);
    for (const e of amm.evidence) expect(e.sentence).toContain(e.text);
    const { meeting: two } = await gql(served.url, MeetingRelationsDocument, { key: "AMM-58", evidence: 2 });
    expect(two?.evidence).toHaveLength(2);
    expect(new Set(two?.evidence.map((e) => e.article.path)).size).toBe(2);
  });

  it("gives the sentences naming Marco Rubio, from articles 001 and 002", async () => {
    const { rubio } = await entityEvidence(100);
    expect(rubio.length).toBeGreaterThan(0);
    expect([...new Set(rubio.map((e) => e.article.path.slice(0, 3)))].sort()).toEqual(["001", "002"]);
    for (const e of rubio) {
      expect(e.text).toContain("Marco Rubio");
      expect(e.sentence).toContain("Marco Rubio");
    }
  });

  it("gives the sentences citing AKFTA, one article after another, newest first", async () => {
    const { akfta } = await entityEvidence(100);
    expect([...new Set(akfta.map((e) => e.article.path.slice(0, 3)))].sort()).toEqual(["000", "001", "002"]);
    // One per sentence: the sentence of 000 naming it in full and then as AKFTA is given once.
    expect(new Set(akfta.map((e) => `${e.article.path}|${e.sentence}`)).size).toBe(akfta.length);
    const [of000, ...others] = akfta.filter((e) => e.article.path === SEED_000);
    expect(of000?.sentence).toMatch(/\(AKFTA\)/);
    expect(others).toEqual([]);
    // Each article's first sentence before any second one, the newest article (000, September) first.
    expect(akfta[0]?.article.path).toBe(SEED_000);
    expect(new Set(akfta.slice(0, 3).map((e) => e.article.path)).size).toBe(3);
    const { akfta: two } = await entityEvidence(2);
    expect(two).toEqual(akfta.slice(0, 2));
  });

  it("gives the sentences naming the US under either of its Vietnamese names", async () => {
    const { us } = await entityEvidence(100);
    const texts = new Set(us.map((e) => e.text));
    expect(texts).toContain("Mỹ");
    expect(texts).toContain("Hoa Kỳ");
    expect(us.some((e) => e.text === "Hoa Kỳ" && /Hoa Kỳ/.test(e.sentence))).toBe(true);
    // 10 by default, like a meeting's.
    expect(us.length).toBeGreaterThan(10);
    expect((await entityEvidence(null)).us).toEqual(us.slice(0, 10));
  });

  it("cuts every piece of an entity's evidence from its article's body", async () => {
    const { rubio, akfta, us } = await entityEvidence(100);
    const checked = (e: EvidenceFieldsFragment) => {
      expect(e.sentence).toContain(e.text);
      expect(e.end - e.start).toBe(e.text.length);
    };
    for (const e of [...rubio, ...akfta, ...us]) checked(e);
  });

  it("takes at most 100 sentences of any entity's evidence, like a meeting's", async () => {
    for (const query of [
      '{ meeting(key: "AMM-58") { evidence(first: 101) { text } } }',
      "{ people(first: 1) { edges { node { evidence(first: 101) { text } } } } }",
      '{ agreement(code: "AKFTA") { evidence(first: 101) { text } } }',
      '{ country(code: "US") { evidence(first: 101) { text } } }',
    ]) {
      const body = await rawGql(served.url, query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe("PAGE_SIZE_EXCEEDED");
    }
    const negative = await rawGql(served.url, '{ country(code: "US") { evidence(first: -1) { text } } }');
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("drops a removed article's sentences from every entity's evidence, and gives them back with it", async () => {
    const before = await entityEvidence(100);
    await markRemoved(served.service.db.sql, SEED_002);
    const after = await entityEvidence(100);
    for (const evidence of Object.values(after)) {
      expect(evidence.length).toBeGreaterThan(0);
      expect(evidence.map((e) => e.article.path)).not.toContain(SEED_002);
    }
    expect(after.rubio.map((e) => e.article.path.slice(0, 3))).toEqual(["001"]);
    await save(SEED_002, seedExtraction(SEED_002));
    expect(await entityEvidence(100)).toEqual(before);
  });

  it("hides a removed article's relations and shows them again when it comes back", async () => {
    await markRemoved(served.service.db.sql, SEED_000);
    expect(await acftaEvents()).toEqual([]);
    expect((await meeting("ASEAN_SUMMIT-LEADERS-2025")).agreementActions).toEqual([]);
    await save(SEED_000, seedExtraction(SEED_000));
    expect((await acftaEvents()).map((e) => e.action)).toContain("signed");
  });

  it("replaces an article's relations when it is saved again", async () => {
    const extraction = seedExtraction(SEED_004);
    const iwaya = () => participant(MEKONG_JAPAN, "Takeshi Iwaya");
    expect((await iwaya())?.action).toBe("co_chaired");
    await save(SEED_004, {
      ...extraction,
      participants: extraction.participants.map((p) => ({ ...p, action: "attended" as const })),
    });
    expect((await iwaya())?.action).toBe("attended");
    expect((await iwaya())?.evidence).toHaveLength(1);
    await save(SEED_004, { ...extraction, participants: [] });
    expect(await iwaya()).toBeUndefined();
    await save(SEED_004, extraction);
    expect((await iwaya())?.action).toBe("co_chaired");
  });
});

describe("relations of meetings whose key the save completes", () => {
  const served = useTestService({ files: [], config: { responseCacheMb: 0 } });
  const TEXT =
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản tại Kuala Lumpur. " +
    "Tại Hội nghị, Bộ trưởng Ngoại giao Nhật Bản Takeshi Iwaya phát biểu về hợp tác kinh tế.";
  /** The extraction of `text` with one participation of Bùi Thanh Sơn in its only meeting. */
  const withParticipant = (text: string): ArticleExtraction => {
    const x = extractArticle(text);
    const [m] = x.meetings;
    const evidence = m?.evidence[0];
    if (!m || !evidence) throw new Error("no meeting extracted");
    const participation = { person: "Bùi Thanh Sơn", meetingKey: m.key, action: "attended" as const };
    return { ...x, participants: [{ ...participation, role: null, evidence }] };
  };
  const participantsOf = async (key: string) =>
    (await gql(served.url, MeetingRelationsDocument, { key })).meeting?.participants.map(
      (p) => p.person.name,
    );

  it("places a participation in an undated meeting at the article's own meeting", async () => {
    const x = withParticipant(TEXT);
    expect(x.meetings[0]?.key).toBe("ASEAN_PLUS_ONE-JP-FM-UNDATED");
    const saved = await saveArticle(served.service.db.sql, {
      path: "undated.txt",
      contentHash: "u1",
      extraction: x,
    });
    expect(saved.status).toBe("added");
    expect(await participantsOf(`ASEAN_PLUS_ONE-JP-FM-UNDATED-A${saved.articleId}`)).toEqual([
      "Bùi Thanh Sơn",
    ]);
  });

  it("places it at the dated meeting when the article's story gives the year", async () => {
    const dated = extractArticle(`Ngày 10/7/2025, ${TEXT}`);
    expect(dated.meetings[0]?.key).toBe("ASEAN_PLUS_ONE-JP-FM-2025");
    // Saved without relations of its own: the ones found below are the copy's.
    const extraction = { ...dated, participants: [] };
    await saveArticle(served.service.db.sql, { path: "dated.txt", contentHash: "d1", extraction });
    // A copy in the same story that gives no year: the save completes its key with 2025.
    const copy = { ...withParticipant(TEXT), fingerprint: dated.fingerprint };
    await saveArticle(served.service.db.sql, { path: "copy.txt", contentHash: "c1", extraction: copy });
    expect(await participantsOf("ASEAN_PLUS_ONE-JP-FM-2025")).toEqual(["Bùi Thanh Sơn"]);
  });

  it("tells the keys the save can have given a meeting apart", async () => {
    const cases: Array<[string, string, string | null, string[], boolean]> = [
      ["AMM-58", "AMM-58", null, ["AMM-58"], true],
      ["AMM-57", "AMM-58", null, ["AMM-58"], false],
      ["ASEAN_PLUS_ONE-JP-FM-UNDATED-A7", "ASEAN_PLUS_ONE-JP-FM-UNDATED", "ASEAN_PLUS_ONE-JP-FM-", [], true],
      ["ASEAN_PLUS_ONE-JP-FM-UNDATED-A8", "ASEAN_PLUS_ONE-JP-FM-UNDATED", "ASEAN_PLUS_ONE-JP-FM-", [], false],
      ["ASEAN_PLUS_ONE-JP-FM-2024", "ASEAN_PLUS_ONE-JP-FM-UNDATED", "ASEAN_PLUS_ONE-JP-FM-", [], true],
      // The article reports the 2025 meeting itself: the undated one never takes that key.
      [
        "ASEAN_PLUS_ONE-JP-FM-2025",
        "ASEAN_PLUS_ONE-JP-FM-UNDATED",
        "ASEAN_PLUS_ONE-JP-FM-",
        ["ASEAN_PLUS_ONE-JP-FM-2025"],
        false,
      ],
      ["ASEAN_PLUS_ONE-KR-FM-2025", "ASEAN_PLUS_ONE-JP-FM-UNDATED", "ASEAN_PLUS_ONE-JP-FM-", [], false],
    ];
    for (const [stored, raw, stem, docKeys, expected] of cases) {
      const [row] = await served.service.db.sql.query<{ ok: boolean }>(
        "SELECT seedgraph_saved_meeting_key($1, $2, $3, 7, $4::text[]) AS ok",
        [stored, raw, stem, docKeys],
      );
      expect([stored, raw, row?.ok]).toEqual([stored, raw, expected]);
    }
  });
});
