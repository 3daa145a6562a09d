import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ArticleExtraction, extractArticle } from "../../../src/extract/index.ts";
import type { Evidence } from "../../../src/extract/types.ts";
import { factsDocument } from "../../../src/store/facts.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");
const seed = (name: string) => extractArticle(fs.readFileSync(path.join(SEEDS, name), "utf8"));

/** The meeting mentions of a facts document, as `key start end`. */
const meetingMentions = (doc: ReturnType<typeof factsDocument>) =>
  new Set(doc.mentions.filter((m) => m.kind === "meeting").map((m) => `${m.key} ${m.start} ${m.end}`));

const evidence = (start: number, end: number): Evidence => ({
  start,
  end,
  text: "x".repeat(end - start),
  sentence: "",
  sentenceStart: start - 5,
  sentenceEnd: end + 5,
});

describe("the relations of the facts document", () => {
  it("names each relation's meeting by its key and one of its mentions", () => {
    for (const name of ["000_b85c5de12b388afb.txt", "001_83f2f5ee3d553817.txt"]) {
      const doc = factsDocument(seed(name));
      const mentions = meetingMentions(doc);
      for (const r of [...doc.participants, ...doc.agreement_actions]) {
        if (r.meeting_key === null) continue;
        expect(mentions).toContain(`${r.meeting_key} ${r.meeting_start} ${r.meeting_end}`);
      }
    }
  });

  it("carries Marco Rubio's part in the ASEAN–US meeting and ACFTA's planned signing", () => {
    const rubio = factsDocument(seed("001_83f2f5ee3d553817.txt")).participants.find(
      (p) => p.person === "Marco Rubio",
    );
    expect(rubio).toMatchObject({
      meeting_key: "ASEAN_PLUS_ONE-US-FM-2025",
      action: "spoke",
      role: "Secretary of State",
    });
    const acfta = factsDocument(seed("000_b85c5de12b388afb.txt")).agreement_actions.find(
      (a) => a.agreement === "ACFTA",
    );
    expect(acfta).toMatchObject({
      action: "signed",
      status: "planned",
      meeting_key: "ASEAN_SUMMIT-LEADERS-2025",
    });
  });

  it("gives the offsets of the evidence, leaves out what cannot be placed", () => {
    const base = seed("004_fbd71147380da296.txt");
    const [meeting] = base.meetings;
    if (!meeting) throw new Error("no meeting in seed 004");
    const x: ArticleExtraction = {
      ...base,
      meetings: [{ ...meeting, evidence: [evidence(10, 20), evidence(30, 40)] }],
      participants: [
        {
          person: "A",
          meetingKey: meeting.key,
          action: "chaired",
          role: "Minister",
          evidence: evidence(50, 60),
        },
        // Its meeting is not among the article's: it cannot be found in the store.
        { person: "B", meetingKey: "AMM-1", action: "attended", role: null, evidence: evidence(70, 80) },
      ],
      agreementActions: [
        {
          agreement: "RCEP",
          action: "signed",
          status: "done",
          meetingKey: meeting.key,
          evidence: evidence(90, 95),
        },
        {
          agreement: "AZEC",
          action: "discussed",
          status: "planned",
          meetingKey: null,
          evidence: evidence(96, 99),
        },
      ],
    };
    const doc = factsDocument(x);
    expect(doc.participants).toEqual([
      {
        person: "A",
        meeting_key: meeting.key,
        meeting_start: 10,
        meeting_end: 20,
        action: "chaired",
        role: "Minister",
        start: 50,
        end: 60,
        sentence_start: 45,
        sentence_end: 65,
      },
    ]);
    expect(doc.agreement_actions).toEqual([
      {
        agreement: "RCEP",
        action: "signed",
        status: "done",
        meeting_key: meeting.key,
        meeting_start: 10,
        meeting_end: 20,
        start: 90,
        end: 95,
        sentence_start: 85,
        sentence_end: 100,
      },
      {
        agreement: "AZEC",
        action: "discussed",
        status: "planned",
        meeting_key: null,
        meeting_start: null,
        meeting_end: null,
        start: 96,
        end: 99,
        sentence_start: 91,
        sentence_end: 104,
      },
    ]);
  });

  it("is empty for an article that states no relation", () => {
    const doc = factsDocument({
      ...seed("003_8e497b4819558aaa.txt"),
      participants: [],
      agreementActions: [],
    });
    expect([doc.participants, doc.agreement_actions]).toEqual([[], []]);
  });
});

describe("the figures of the facts document", () => {
  it("names a figure's meeting by its key and one of its mentions", () => {
    const doc = factsDocument(seed("001_83f2f5ee3d553817.txt"));
    const mentions = meetingMentions(doc);
    const placed = doc.figures.filter((f) => f.meeting_key !== null);
    expect(placed.length).toBeGreaterThan(0);
    for (const f of placed)
      expect(mentions).toContain(`${f.meeting_key} ${f.meeting_start} ${f.meeting_end}`);
    // 'hơn 60%' of the ASEAN–Japan plan was reported at the ASEAN–Japan foreign ministers' meeting.
    expect(doc.figures.find((f) => f.text === "hơn 60%")).toMatchObject({
      kind: "plan_completion",
      subject: "ASEAN-JP",
      meeting_key: "ASEAN_PLUS_ONE-JP-FM-2025",
    });
  });

  it("leaves a figure's meeting empty when none is given or it cannot be placed", () => {
    const base = seed("001_83f2f5ee3d553817.txt");
    const [figure] = base.figures;
    if (!figure) throw new Error("no figure in seed 001");
    const doc = factsDocument({
      ...base,
      figures: [
        { ...figure, meetingKey: null },
        { ...figure, meetingKey: "AMM-1" },
      ],
    });
    for (const f of doc.figures)
      expect(f).toMatchObject({ meeting_key: null, meeting_start: null, meeting_end: null });
  });
});

describe("the names stored with a meeting", () => {
  const namesOf = (text: string) =>
    factsDocument(extractArticle(text)).meetings.map((m) => [m.key, m.name, m.name_vi, m.name_from_text]);

  it("puts a text's own wording under the meeting's edition once, and says it is the text's", () => {
    expect(namesOf("The 21st ASEAN Conference on Civil Service Matters opened on Monday.")).toEqual([
      [
        "OTHER-BODY_CONFERENCE_ON_CIVIL_SERVICE_MATTERS-21",
        "21st ASEAN Conference on Civil Service Matters",
        "ASEAN Conference on Civil Service Matters lần thứ 21",
        true,
      ],
    ]);
    const [vi] = namesOf(
      "Sáng nay diễn ra Hội nghị Bộ trưởng ASEAN về quản lý thiên tai lần thứ 11 tại Hà Nội.",
    );
    expect(vi?.[2]).toBe("Hội nghị Bộ trưởng ASEAN về quản lý thiên tai lần thứ 11");
  });

  it("names a meeting of a known sub-series from its key, whatever the article calls it", () => {
    const table = namesOf("The 40th AMAF was held in Kuala Lumpur.");
    const spelled = namesOf(
      "The 40th ASEAN Ministers on Agriculture and Forestry Meeting was held in Kuala Lumpur.",
    );
    expect(table).toEqual(spelled);
    expect(table[0]?.[3]).toBe(false);
  });
});
