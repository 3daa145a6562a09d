import { describe, expect, it } from "vitest";
import { formatPartialDate, parsePartialDate } from "../../../src/extract/dates.ts";
import {
  extractMeetings,
  LEVEL_VOCABULARY,
  meetingKey,
  SERIES_VOCABULARY,
} from "../../../src/extract/meetings.ts";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import {
  MEETING_LEVELS,
  MEETING_SERIES,
  type MeetingFact,
  type PartialDate,
} from "../../../src/extract/types.ts";
import {
  BODY_004_WITHOUT_CAPTION,
  GOLD,
  type GoldMeeting,
  SEED_BODIES,
  type SeedFile,
} from "./seed-bodies.ts";

const published = (file: SeedFile) => {
  const p = GOLD.find((g) => g.file === file)?.published;
  return p ? parsePartialDate(p) : null;
};

const seedMeetings = (file: SeedFile, body: string = SEED_BODIES[file]) =>
  extractMeetings(createTextView(body), { published: published(file) });

const tuple = (m: MeetingFact): GoldMeeting => ({
  series: m.series,
  partner: m.partner,
  level: m.level,
  number: m.number,
  year: m.year,
  date: m.date ? formatPartialDate(m.date) : null,
  location: m.location,
});

const sorted = (list: GoldMeeting[]) => list.map((m) => JSON.stringify(m, Object.keys(m).sort())).sort();

/** Meetings of a text (no publication date unless given), as compact rows. */
function meetings(text: string, pub: PartialDate | null = null) {
  return extractMeetings(createTextView(normalizeText(text)), { published: pub });
}

const keys = (text: string, pub: PartialDate | null = null) => meetings(text, pub).map((m) => m.key);

/** Key, date and place of each meeting of a text (published in 2025 unless given). */
const rows = (text: string, pub: PartialDate | null = { year: 2025 }) =>
  meetings(text, pub).map((m) => [m.key, m.date && formatPartialDate(m.date), m.location]);

describe("seed articles match the gold meetings exactly", () => {
  for (const gold of GOLD) {
    it(gold.file, () => {
      expect(sorted(seedMeetings(gold.file).map(tuple))).toEqual(sorted(gold.meetings));
    });
  }

  it("004 without its English photo caption has no AMM-58 (the caption is its only mention)", () => {
    const gold = GOLD.find((g) => g.file === "004_fbd71147380da296.txt")?.meetings ?? [];
    const expected = gold.filter((m) => m.series !== "AMM");
    const got = seedMeetings("004_fbd71147380da296.txt", BODY_004_WITHOUT_CAPTION).map(tuple);
    expect(sorted(got)).toEqual(sorted(expected));
  });
});

describe("seed 001 in detail", () => {
  const facts = seedMeetings("001_83f2f5ee3d553817.txt");
  const byKey = new Map(facts.map((m) => [m.key, m]));

  it("gives canonical keys", () => {
    expect(facts.map((m) => m.key)).toEqual([
      "AMM-58",
      "ASEAN_PLUS_ONE-JP-FM-2025",
      "ASEAN_PLUS_ONE-RU-FM-2025",
      "ASEAN_PLUS_ONE-KR-FM-2025",
      "ASEAN_PLUS_ONE-US-FM-2025",
      "ASEAN_PLUS_THREE-FM-2025",
      "ASEAN_PLUS_ONE-RU-SOM-1",
      "MEKONG_JAPAN-FM-16",
      "MEKONG_JAPAN-JP-LEADERS-2025",
      "ASEAN_PLUS_ONE-GB-FM-2025",
      "ASEAN_PLUS_ONE-EU-FM-2025",
      "EAS-FM-2025",
      "ARF-32",
    ]);
  });

  it("places the related meetings within AMM-58", () => {
    for (const key of ["ASEAN_PLUS_ONE-JP-FM-2025", "ASEAN_PLUS_THREE-FM-2025", "EAS-FM-2025", "ARF-32"]) {
      expect(byKey.get(key)?.parentKey).toBe("AMM-58");
    }
    expect(byKey.get("AMM-58")?.parentKey).toBeNull();
    expect(byKey.get("ASEAN_PLUS_ONE-RU-SOM-1")?.parentKey).toBeNull();
  });

  it("merges `ASEAN+1 với … Nhật Bản` and `Hội nghị ASEAN-Nhật Bản` into one meeting", () => {
    const jp = byKey.get("ASEAN_PLUS_ONE-JP-FM-2025");
    expect(jp?.evidence.map((e) => e.text)).toEqual([
      "các Hội nghị Bộ trưởng ASEAN+1 với các đối tác Nhật Bản",
      "Hội nghị ASEAN-Nhật Bản",
    ]);
    expect(jp?.name).toBe("Hội nghị ASEAN-Nhật Bản");
  });

  it("keeps evidence offsets and sentences that match the body", () => {
    const body = SEED_BODIES["001_83f2f5ee3d553817.txt"];
    for (const m of facts) {
      for (const e of m.evidence) {
        expect(body.slice(e.start, e.end)).toBe(e.text);
        expect(e.sentence).toContain(e.text);
      }
    }
  });

  it("reads the edition from `lần thứ nhất` and the level from `Quan chức cao cấp`", () => {
    const som = byKey.get("ASEAN_PLUS_ONE-RU-SOM-1");
    expect(som?.name).toBe("Cuộc họp Tham vấn lần thứ nhất các Quan chức cao cấp số ASEAN+Nga");
    expect([som?.level, som?.number, som?.date]).toEqual(["senior_officials", 1, null]);
  });
});

describe("seeds 000 and 003: economic ministers and their consultations", () => {
  it("000: the four partner consultations and ASEAN+3 are held within AEM-57", () => {
    const facts = seedMeetings("000_b85c5de12b388afb.txt");
    const children = facts.filter((m) => m.series === "ASEAN_PLUS_ONE" || m.series === "ASEAN_PLUS_THREE");
    expect(children.map((m) => m.key)).toEqual([
      "ASEAN_PLUS_ONE-CN-EM-2025",
      "ASEAN_PLUS_ONE-JP-EM-2025",
      "ASEAN_PLUS_ONE-KR-EM-2025",
      "ASEAN_PLUS_ONE-US-EM-2025",
      "ASEAN_PLUS_THREE-EM-2025",
    ]);
    for (const m of children) expect(m.parentKey).toBe("AEM-57");
    // `cuộc họp với đối tác Hàn Quốc` later in the text is the same consultation.
    expect(facts.find((m) => m.partner === "KR")?.evidence).toHaveLength(2);
  });

  it("003: the online AEM and the online ASEAN+3 consultation, year from the text", () => {
    const facts = seedMeetings("003_8e497b4819558aaa.txt");
    expect(facts.map((m) => [m.key, m.online])).toEqual([
      ["AEM-12", true],
      ["ASEAN_PLUS_THREE-EM-2020", true],
      ["OTHER-ACF-11", false],
    ]);
  });
});

describe("Vietnamese meeting names", () => {
  it.each([
    ["Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) lần thứ 57 đã diễn ra.", "AEM-57"],
    ["Quang cảnh Hội nghị AEM-57 tại Kuala Lumpur.", "AEM-57"],
    ["Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 và các Hội nghị liên quan.", "AMM-58"],
    ["Đoàn Việt Nam dự AMM-58.", "AMM-58"],
    ["Diễn đàn Khu vực ASEAN (ARF) lần thứ 32 diễn ra.", "ARF-32"],
    ["Hội nghị Bộ trưởng Ngoại giao hợp tác Mekong-Nhật Bản lần thứ 16.", "MEKONG_JAPAN-FM-16"],
    ["Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ tư.", "MEKONG_LANCANG-FM-4"],
    ["Hội nghị trực tuyến Bộ trưởng Kinh tế ASEAN lần thứ 12 thông qua kế hoạch.", "AEM-12"],
    ["Phái đoàn tổ chức Diễn đàn Kết nối ASEAN lần thứ 11.", "OTHER-ACF-11"],
    ["Hội nghị Cấp cao Đông Á (EAS) lần thứ 20 diễn ra.", "EAS-LEADERS-20"],
    ["Hội nghị Cấp cao ASEAN lần thứ 46 khai mạc.", "ASEAN_SUMMIT-46"],
    ["Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 19 (ADMM-19) diễn ra.", "OTHER-ADMM-19"],
    ["Hội nghị Cấp cao ASEAN - GCC lần thứ 2 đã diễn ra.", "OTHER-ASEAN_GCC-2"],
    ["Các nước dự Hội nghị Cấp cao ASEAN - GCC - Trung Quốc lần đầu tiên.", "OTHER-ASEAN_GCC_CN-1"],
    ["Hội nghị Bộ trưởng Tài chính ASEAN+3 lần thứ 28 diễn ra.", "ASEAN_PLUS_THREE-OTHER-28"],
    ["Cuộc họp Tham vấn đầu tiên các Quan chức cao cấp ASEAN - Ấn Độ.", "ASEAN_PLUS_ONE-IN-SOM-1"],
  ])("%s → %s", (text, key) => {
    expect(keys(text, { year: 2025 })).toEqual([key]);
  });

  it("splits `ASEAN+1 với …` into one meeting per partner, level from the context", () => {
    const text =
      "* Ngày 11/7, các Bộ trưởng Ngoại giao sẽ tiếp tục với các Hội nghị Bộ trưởng ASEAN+1 với Anh và Liên minh châu Âu (EU).";
    expect(keys(text, { year: 2025, month: 7 })).toEqual([
      "ASEAN_PLUS_ONE-GB-FM-2025",
      "ASEAN_PLUS_ONE-EU-FM-2025",
    ]);
  });

  it("takes the economic level when the article is about an AEM", () => {
    const text =
      "Trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57, các bộ trưởng gặp nhau.\n\nTại Hội nghị Bộ trưởng ASEAN+1 với Nhật Bản, các bên thảo luận.";
    expect(keys(text, { year: 2025 })).toEqual(["AEM-57", "ASEAN_PLUS_ONE-JP-EM-2025"]);
  });

  it("reads EAS foreign ministers and ASEAN summits by their level words", () => {
    const text =
      "Hội nghị Bộ trưởng Ngoại giao các nước tham gia Cấp cao Đông Á (EAS) và Hội nghị cấp cao ASEAN.";
    expect(meetings(text, { year: 2025 }).map((m) => [m.series, m.level])).toEqual([
      ["EAS", "foreign_ministers"],
      ["ASEAN_SUMMIT", "leaders"],
    ]);
  });

  it("reads an ASEAN+3 consultation with the three East Asian partners as one ASEAN+3 meeting", () => {
    const text =
      "Các Bộ trưởng Kinh tế ASEAN tổ chức Hội nghị Tham vấn trực tuyến với 3 đối tác ngoại khối ở khu vực Đông Á: Trung Quốc, Nhật Bản, Hàn Quốc.";
    const [m] = meetings(text, { year: 2020 });
    expect([m?.key, m?.online]).toEqual(["ASEAN_PLUS_THREE-EM-2020", true]);
  });

  it("reads the same three partners without a group word as three ASEAN+1 consultations", () => {
    const text = "Các bộ trưởng ASEAN tham vấn với Trung Quốc, Nhật Bản và Hàn Quốc.";
    expect(meetings(text, { year: 2025 }).map((m) => m.partner)).toEqual(["CN", "JP", "KR"]);
  });

  it("reads a planned summit (`nối lại … vào cuối năm 2025`): leaders, year, no date", () => {
    const [m] = meetings("Các nước nhất trí nối lại Hội nghị cấp cao Mekong-Nhật Bản vào cuối năm 2025.");
    expect(tuple(m as MeetingFact)).toEqual({
      series: "MEKONG_JAPAN",
      partner: "JP",
      level: "leaders",
      number: null,
      year: 2025,
      date: null,
      location: null,
    });
  });

  it("gives a date range to a summit and its related meetings", () => {
    const [m] = meetings(
      "Hội nghị Cấp cao ASEAN lần thứ 46 và các Hội nghị cấp cao liên quan diễn ra ngày 26-27/5/2025 tại Kuala Lumpur.",
    );
    expect([m?.key, m?.date, m?.endDate, m?.location]).toEqual([
      "ASEAN_SUMMIT-46",
      { year: 2025, month: 5, day: 26 },
      { year: 2025, month: 5, day: 27 },
      "Kuala Lumpur",
    ]);
  });
});

describe("names with more than one meeting or a partner acronym", () => {
  it("reads two editions named together", () => {
    expect(
      keys("Sáng 9/10, tại Thủ đô Viêng Chăn, Hội nghị Cấp cao ASEAN lần thứ 44 và 45 đã khai mạc.", {
        year: 2024,
      }),
    ).toEqual(["ASEAN_SUMMIT-44", "ASEAN_SUMMIT-45"]);
    const planned = meetings(
      "The ministers will prepare for the 44th and 45th ASEAN Summits, scheduled for October in Vientiane.",
      {
        year: 2024,
        month: 7,
      },
    );
    expect(planned.map(tuple)).toEqual(
      [44, 45].map((number) => ({
        series: "ASEAN_SUMMIT",
        partner: null,
        level: "leaders",
        number,
        year: 2024,
        date: "2024-10",
        location: "Vientiane",
      })),
    );
  });

  it("reads `AEM-India Consultations` as an ASEAN+1 economic ministers' meeting", () => {
    const text =
      "The 21st AEM-India Consultations was held on 21 September 2024 in Vientiane, Lao PDR, on the sidelines of the 56th ASEAN Economic Ministers' Meeting (AEM).";
    expect(
      meetings(text).map((m) => [m.key, m.date && formatPartialDate(m.date), m.location, m.parentKey]),
    ).toEqual([
      ["ASEAN_PLUS_ONE-IN-EM-21", "2024-09-21", "Vientiane", "AEM-56"],
      ["AEM-56", null, "Vientiane", null],
    ]);
  });

  it("reads a sector's acronym `Plus` one partner, and the US trade representative's office as AUSTR", () => {
    expect(
      keys(
        "The activities include the 11th AMMDM; the AMMDM Plus China, AMMDM Plus Japan, and AMMDM Plus RoK meetings. The 33rd SEOM–AUSTR Consultations took up the work plan.",
        { year: 2023 },
      ),
    ).toEqual([
      "OTHER-AMMDM-11",
      "ASEAN_PLUS_ONE-CN-OTHER-2023",
      "ASEAN_PLUS_ONE-JP-OTHER-2023",
      "ASEAN_PLUS_ONE-KR-OTHER-2023",
      "ASEAN_PLUS_ONE-US-SOM-33",
    ]);
    // The ADMM-Plus stays the ADMM-Plus, and the ARF the ARF, whatever country follows.
    expect(
      keys("The 10th ADMM-Plus was held in Jakarta. ADMM Plus countries took part.", { year: 2023 }),
    ).toEqual(["OTHER-ADMM_PLUS-10"]);
    expect(
      keys("On the sidelines of the 12th ADMM Plus US Defense Secretary Pete Hegseth met his counterparts.", {
        year: 2025,
      }),
    ).toEqual(["OTHER-ADMM_PLUS-12"]);
    expect(keys("The 32nd ARF Plus China talks were tense.", { year: 2025 })).toEqual(["ARF-32"]);
  });

  it("reads ASEAN's foreign ministers attending an event of their own as their meeting", () => {
    expect(
      keys(
        "Hoạt động này có sự tham dự của Bộ trưởng Ngoại giao các nước ASEAN và Tổng thư ký ASEAN Lim Jock Hoi.",
        {
          year: 2020,
        },
      ),
    ).toEqual(["AMM-FM-2020"]);
    // The ministers attending a meeting the text names, or with a partner's, make no AMM.
    for (const text of [
      "Sáng 24/6 đã diễn ra Hội nghị Hội đồng Điều phối ASEAN lần thứ 26, với sự tham dự của Bộ trưởng Ngoại giao các nước ASEAN.",
      "Hội nghị BTNG ASEAN - Trung Quốc đã diễn ra, có sự tham dự của Bộ trưởng Ngoại giao các nước ASEAN và Trung Quốc.",
      "Japan hosted foreign ministers from ASEAN in Tokyo.",
    ])
      expect(keys(text, { year: 2020 })).not.toContain("AMM-FM-2020");
  });

  it("reads engagement sessions with dialogue partners `from` a list as consultations", () => {
    expect(
      keys(
        "He spoke after the ASEAN Economic Ministers (AEM) engagement sessions with Dialogue Partners from China, Japan, South Korea, and the United States.",
        { year: 2025 },
      ),
    ).toEqual([
      "ASEAN_PLUS_ONE-CN-EM-2025",
      "ASEAN_PLUS_ONE-JP-EM-2025",
      "ASEAN_PLUS_ONE-KR-EM-2025",
      "ASEAN_PLUS_ONE-US-EM-2025",
    ]);
  });

  it("reads the PMC `Plus One` sessions with their partners, by acronym and spelled out", () => {
    expect(
      keys("Ministers attended the PMC Plus One Sessions with China, Japan and Korea.", { year: 2020 }),
    ).toEqual(["ASEAN_PLUS_ONE-CN-FM-2020", "ASEAN_PLUS_ONE-JP-FM-2020", "ASEAN_PLUS_ONE-KR-FM-2020"]);
    expect(
      keys(
        "The plan will be adopted at the ASEAN Post Ministerial Conference Plus One Session with Canada.",
        {
          year: 2020,
        },
      ),
    ).toEqual(["ASEAN_PLUS_ONE-CA-FM-2020"]);
  });

  it("reads meetings `with their counterparts from` a list of partners", () => {
    const text =
      "ASEAN foreign ministers held separate meetings with their counterparts from Japan and the Republic of Korea on July 26 in Vientiane, Laos.";
    expect(meetings(text, { year: 2024 }).map((m) => [m.key, m.location])).toEqual([
      ["ASEAN_PLUS_ONE-JP-FM-2024", "Vientiane"],
      ["ASEAN_PLUS_ONE-KR-FM-2024", "Vientiane"],
    ]);
  });

  it("takes the partners of `ASEAN+1` summits from a list earlier in the sentence", () => {
    const text =
      "Ngày 10/10, lãnh đạo ASEAN sẽ họp với Trung Quốc, Nhật Bản và Ấn Độ tại các Hội nghị Cấp cao ASEAN+1.";
    expect(keys(text, { year: 2024 })).toEqual([
      "ASEAN_PLUS_ONE-CN-LEADERS-2024",
      "ASEAN_PLUS_ONE-JP-LEADERS-2024",
      "ASEAN_PLUS_ONE-IN-LEADERS-2024",
    ]);
  });

  it("reads the Mekong–Ganga meeting as OTHER with India, level from the context", () => {
    const text =
      "Dự kiến ngày 27/7, các Bộ trưởng Ngoại giao Ấn Độ, Campuchia, Lào sẽ dự Hội nghị Bộ trưởng Hợp tác Mekong - Sông Hằng lần thứ 13.";
    const [m] = meetings(text, { year: 2024 });
    expect([m?.key, m?.partner, m?.level]).toEqual(["OTHER-MGC-13", "IN", "foreign_ministers"]);
  });
});

describe("not meetings", () => {
  it.each([
    [
      "a workshop",
      "Một hội thảo về trí tuệ nhân tạo (AI) dự kiến sẽ được tổ chức tại Bangkok vào tháng 8/2025.",
    ],
    ["a business forum", "ASEAN đánh giá cao Diễn đàn Doanh nghiệp ASEAN - Liên minh Kinh tế Á - Âu."],
    ["a business council", "Hội đồng Doanh nghiệp ASEAN - Nga kết nối doanh nghiệp."],
    ["a young diplomats' summit", "Nga tổ chức Hội nghị Thượng đỉnh các Nhà ngoại giao trẻ ASEAN-Nga."],
    [
      "a proposal to set up a mechanism",
      "ASEAN ghi nhận đề xuất thiết lập cơ chế Hội nghị Quan chức Cao cấp ASEAN-Nga về Thanh niên.",
    ],
    ["APEC", "chủ đề của Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC) tại Hàn Quốc năm nay"],
    ["a co-chairs' statement", "Kết thúc Hội nghị, Việt Nam và Nhật Bản ra Tuyên bố đồng Chủ tịch."],
    ["a partnership", "Quan hệ Đối tác Chiến lược Toàn diện ASEAN-Nhật Bản phát triển năng động."],
    ["an ASEAN+3 mechanism", "cơ chế hợp tác ASEAN+3 cần phát huy thế mạnh"],
    ["a bilateral consultation", "Việt Nam tham vấn với Trung Quốc về biên giới."],
    ["a summit paired with a body that is no partner", "Hội nghị Cấp cao ASEAN - Hội đồng Kinh tế Á - Âu."],
    ["an English workshop", "A workshop on ASEAN digital trade was held in Bangkok."],
    [
      "a grouping's members",
      "Ministers from the 18 East Asia Summit (EAS) participating countries attended.",
    ],
    ["a grouping named by acronym", "Ministers reaffirmed the EAS as a leaders-led forum."],
  ])("%s", (_, text) => {
    expect(meetings(text, { year: 2025 })).toEqual([]);
  });
});

describe("English meeting names", () => {
  it.each([
    ["The 47th ASEAN Summit opened.", "ASEAN_SUMMIT-47"],
    ["The East Asia Summit was held.", "EAS-LEADERS-2025"],
    ["The ASEAN Regional Forum was held.", "ARF-FM-2025"],
    ["The 32nd ARF discussed security.", "ARF-32"],
    ["The ASEAN-India Foreign Ministers' Meeting opened.", "ASEAN_PLUS_ONE-IN-FM-2025"],
    ["The ASEAN Plus Three Foreign Ministers’ Meeting opened.", "ASEAN_PLUS_THREE-FM-2025"],
    ["The Post Ministerial Conference (PMC) with partners.", "PMC-FM-2025"],
    ["The Mekong-Lancang Cooperation Foreign Ministers' Meeting was held.", "MEKONG_LANCANG-CN-FM-2025"],
    ["The 16th Mekong–Japan Foreign Ministers’ Meeting was held.", "MEKONG_JAPAN-FM-16"],
    ["The 57th ASEAN Economic Ministers' Meeting was held.", "AEM-57"],
    ["The Senior Officials' Meeting (SOM) prepared it.", "SOM-SOM-2025"],
    ["The first ASEAN-Russia Senior Officials' Meeting took place.", "ASEAN_PLUS_ONE-RU-SOM-1"],
    ["The ASEAN-Japan Summit took place.", "ASEAN_PLUS_ONE-JP-LEADERS-2025"],
  ])("%s → %s", (text, key) => {
    expect(keys(text, { year: 2025 })).toEqual([key]);
  });

  it("reads date, place, frame and the online format of English reports", () => {
    const text =
      "The ASEAN-India Foreign Ministers' Meeting took place on July 11, 2025 in Kuala Lumpur, on the sidelines of the 58th ASEAN Foreign Ministers' Meeting.";
    const [india, amm] = meetings(text);
    expect(india && tuple(india)).toEqual({
      series: "ASEAN_PLUS_ONE",
      partner: "IN",
      level: "foreign_ministers",
      number: null,
      year: 2025,
      date: "2025-07-11",
      location: "Kuala Lumpur",
    });
    expect(india?.parentKey).toBe("AMM-58");
    expect(amm?.key).toBe("AMM-58");
    const [aem] = meetings(
      "The 57th ASEAN Economic Ministers' Meeting opened on 24 September 2025 via video conference.",
    );
    expect([aem?.key, aem?.online, aem?.date]).toEqual(["AEM-57", true, { year: 2025, month: 9, day: 24 }]);
  });

  it("reads consultations with a list of partners", () => {
    const text =
      "ASEAN economic ministers held consultations with China, Japan, South Korea and the United States.";
    expect(keys(text, { year: 2025 })).toEqual([
      "ASEAN_PLUS_ONE-CN-EM-2025",
      "ASEAN_PLUS_ONE-JP-EM-2025",
      "ASEAN_PLUS_ONE-KR-EM-2025",
      "ASEAN_PLUS_ONE-US-EM-2025",
    ]);
  });

  it("places a meeting `in Vientiane`", () => {
    const [m] = meetings(
      "The Mekong-Lancang Cooperation Foreign Ministers' Meeting was held in Vientiane in 2024.",
    );
    expect([m?.location, m?.year]).toEqual(["Vientiane", 2024]);
  });
});

describe("year", () => {
  const amm = "Chiều 10/7, tiếp tục chuỗi hoạt động Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58.";

  it("comes from the edition of an annual series when nothing else gives it", () => {
    expect(meetings(amm)[0]?.year).toBe(2025);
  });

  it("comes from the publication date before the edition", () => {
    expect(meetings(amm, { year: 2026, month: 1 })[0]?.year).toBe(2026);
  });

  it("comes from a year stated with the meeting before the publication date", () => {
    expect(meetings(amm.replace("10/7", "10/7/2024"), { year: 2026 })[0]?.year).toBe(2024);
  });

  it("comes from the edition of the text's annual meeting for its related meetings", () => {
    const text = `${amm}\n\nChiều 10/7, Hội nghị ASEAN-Nhật Bản thảo luận.`;
    expect(meetings(text).map((m) => [m.key, m.date && formatPartialDate(m.date)])).toEqual([
      ["AMM-58", null],
      ["ASEAN_PLUS_ONE-JP-FM-2025", "2025-07-10"],
    ]);
  });

  it("distrusts an edition far from the year the text states, and takes that year", () => {
    const text =
      "Ngày 29-8, Hội nghị trực tuyến Bộ trưởng Kinh tế ASEAN lần thứ 12 họp. Đây là năm Chủ tịch ASEAN 2020.";
    expect(meetings(text).map((m) => [m.key, m.year])).toEqual([["AEM-12", 2020]]);
  });

  it("comes from the ASEAN Summit's edition, two a year since 2009, whatever other years the text names", () => {
    const text =
      "Asean has grown since the Asean Community was established in 2015, he said at the opening of the 44th and 45th Asean Summits today.";
    expect(meetings(text).map((m) => [m.key, m.year])).toEqual([
      ["ASEAN_SUMMIT-44", 2024],
      ["ASEAN_SUMMIT-45", 2024],
    ]);
    expect(meetings("Hội nghị Cấp cao ASEAN lần thứ 36 họp trực tuyến.")[0]?.year).toBe(2020);
  });

  it("does not read a year from the edition of a special summit", () => {
    expect(meetings("The 3rd ASEAN Special Summit was held online.")[0]?.year ?? null).toBe(null);
  });

  it("stays unknown when nothing gives it", () => {
    const [m] = meetings("Hội nghị ASEAN-Nhật Bản đã diễn ra.");
    expect([m?.year, m?.key]).toEqual([null, "ASEAN_PLUS_ONE-JP-OTHER-UNDATED"]);
  });
});

describe("planned meetings", () => {
  it("take the report's year when the text gives them no date (the press set's reading)", () => {
    const text =
      "Hội nghị cũng thảo luận công tác chuẩn bị cho Hội nghị Cấp cao Mekong - Lan Thương lần thứ 5.";
    const [m] = meetings(text, { year: 2024, month: 8, day: 15 });
    expect([m?.key, m?.year, m?.date]).toEqual(["MEKONG_LANCANG-LEADERS-5", 2024, null]);
    const [plain] = meetings(text);
    expect(plain?.year).toBe(null);
  });

  it("take a relative year next to them (`vào năm tới`)", () => {
    const [m] = meetings("ARF lần thứ 32 sẽ được tổ chức tại Kuala Lumpur vào năm tới.", { year: 2024 });
    expect([m?.key, m?.year, m?.location]).toEqual(["ARF-32", 2025, "Kuala Lumpur"]);
  });

  it("take the date of an event clause after a comma (`, dự kiến diễn ra vào tháng 5/2025`)", () => {
    const text =
      "Kết quả sẽ được báo cáo lên Hội nghị Cấp cao ASEAN lần thứ 46, dự kiến diễn ra vào tháng 5/2025 tại Kuala Lumpur.";
    const [m] = meetings(text);
    expect([m?.key, m?.date, m?.location]).toEqual([
      "ASEAN_SUMMIT-46",
      { year: 2025, month: 5 },
      "Kuala Lumpur",
    ]);
  });

  it("take an English month named alone (`at the ASEAN-Korea Summit in October`)", () => {
    const [m] = meetings("Seoul hoped to elevate relations at the ASEAN-Korea Summit in October.", {
      year: 2024,
      month: 7,
    });
    expect([m?.key, m?.date]).toEqual(["ASEAN_PLUS_ONE-KR-LEADERS-2024", { year: 2024, month: 10 }]);
  });
});

describe("date and place", () => {
  it("reads the city after a word for it, as the host, and opening a bracket", () => {
    const place = (text: string) => meetings(text, { year: 2025 }).map((m) => m.location);
    expect(
      place("The ASEAN foreign ministers' meeting opened in the Malaysian capital Kuala Lumpur on Tuesday."),
    ).toEqual(["Kuala Lumpur"]);
    expect(place("Officials will meet in Vietnam's Ha Long city for the 27th ASEAN-Korea Dialogue.")).toEqual(
      ["Ha Long"],
    );
    expect(
      place("Ngày 28/1, tại tỉnh Luang Prabang, các Quan chức Cao cấp (SOM) ASEAN đã họp trù bị."),
    ).toEqual(["Luang Prabang"]);
    expect(
      place("Singapore is playing host to the 33rd Asean Summit at the Suntec convention centre."),
    ).toEqual(["Singapore"]);
    expect(place("The 33rd ASEAN Summit and Related Summits were hosted by Singapore.")).toEqual([
      "Singapore",
    ]);
    expect(
      place(
        "Các Bộ trưởng kiểm điểm kết quả Hội nghị Cấp cao ASEAN 31 (Manila, Philippines, tháng 11-2017).",
      ),
    ).toEqual(["Manila"]);
  });

  it("leaves a city named for something else in the sentence out", () => {
    expect(
      meetings("Hội nghị Cấp cao ASEAN lần thứ 46 bàn về tuyến đường sắt Côn Minh.", { year: 2025 })[0]
        ?.location,
    ).toBe(null);
  });

  it("gives the day of a sentence to the meeting held within a frame, not to the frame", () => {
    const text =
      "Ngày 26/7, tại Vientiane, Lào, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57), Hội nghị Bộ trưởng Ngoại giao ASEAN - Liên minh châu Âu (EU) đã diễn ra.";
    expect(
      meetings(text, { year: 2024 }).map((m) => [m.key, m.date && formatPartialDate(m.date), m.location]),
    ).toEqual([
      ["AMM-57", null, "Vientiane"],
      ["ASEAN_PLUS_ONE-EU-FM-2024", "2024-07-26", "Vientiane"],
    ]);
  });

  it("does not give the days of a multi-day event to meetings held within it", () => {
    const text =
      "Từ ngày 20-24/9/2024, tại Vientiane đã diễn ra Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 (AEM-56) và các hội nghị liên quan.\n\nTrong khuôn khổ AEM-56, các Bộ trưởng đã tham vấn với các đối tác Trung Quốc và Nhật Bản.";
    expect(meetings(text).map((m) => [m.key, m.date && formatPartialDate(m.date)])).toEqual([
      ["AEM-56", "2024-09-20"],
      ["ASEAN_PLUS_ONE-CN-EM-2024", null],
      ["ASEAN_PLUS_ONE-JP-EM-2024", null],
    ]);
  });

  it("dates a meeting by a date opening its paragraph", () => {
    const text =
      "* Ngày 11/7, các Bộ trưởng Ngoại giao gặp nhau. Sau đó, Diễn đàn Khu vực ASEAN (ARF) lần thứ 32 khai mạc.";
    expect(meetings(text, { year: 2025 })[0]?.date).toEqual({ year: 2025, month: 7, day: 11 });
  });

  it("does not take a date far after the meeting in its sentence", () => {
    const text =
      "Tại Hội nghị ASEAN-Hàn Quốc, hai bên nhắc lại việc thiết lập Quan hệ Đối tác Chiến lược Toàn diện vào tháng 10/2024.";
    expect(meetings(text, { year: 2025 })[0]?.date).toBeNull();
  });

  it("reads the city of `tại Trung tâm Hội nghị Kuala Lumpur` and not a country", () => {
    const [kl] = meetings(
      "Chiều 10/7, tại Trung tâm Hội nghị Kuala Lumpur, Hội nghị ASEAN-Nhật Bản diễn ra.",
    );
    expect(kl?.location).toBe("Kuala Lumpur");
    const [kr] = meetings("Hội nghị Cấp cao ASEAN-Hàn Quốc diễn ra tại Hàn Quốc.");
    expect(kr?.location).toBeNull();
  });

  it("gives a frame no place when the place belongs to the meeting held within it", () => {
    const text =
      "The 16th Mekong–Japan Foreign Ministers’ Meeting is held within the framework of the 58th ASEAN Foreign Ministers’ Meeting and related events in Kuala Lumpur, Malaysia.";
    expect(meetings(text, { year: 2025 }).map((m) => [m.key, m.location, m.parentKey])).toEqual([
      ["MEKONG_JAPAN-FM-16", "Kuala Lumpur", "AMM-58"],
      ["AMM-58", null, null],
    ]);
  });
});

describe("sessions of agreement bodies and negotiating rounds", () => {
  it("reads a numbered session of an ASEAN+1 agreement's joint committee, and its acronym form", () => {
    const text =
      "Từ ngày 12-14 tháng 8 năm 2025, tại New Delhi, Phiên họp lần thứ 10 của Ủy ban hỗn hợp rà soát Hiệp định Thương mại Hàng hóa ASEAN - Ấn Độ (AITIGA JC 10) đã diễn ra.";
    const [jc] = meetings(text);
    expect(rows(text)).toEqual([["ASEAN_PLUS_ONE-IN-SOM-10", "2025-08-12", "New Delhi"]]);
    expect(jc?.evidence.map((e) => e.text)).toEqual([
      "Phiên họp lần thứ 10 của Ủy ban hỗn hợp",
      "AITIGA JC 10",
    ]);
  });

  it("reads English sessions: `the 9th AITIGA Joint Committee meeting`, `meeting of the ACFTA Joint Committee`", () => {
    expect(rows("The 9th AITIGA Joint Committee meeting was held in Jakarta.")).toEqual([
      ["ASEAN_PLUS_ONE-IN-SOM-9", null, "Jakarta"],
    ]);
    expect(rows("The second meeting of the ACFTA Joint Committee took place.")).toEqual([
      ["ASEAN_PLUS_ONE-CN-SOM-2", null, null],
    ]);
  });

  it("reads a later session named without its body as the next session of the same body", () => {
    const text =
      "Phiên họp lần thứ 10 của Ủy ban hỗn hợp AITIGA đã diễn ra. Các bên nhất trí tổ chức Phiên họp lần thứ 11 vào tháng 10/2025.";
    expect(rows(text)).toEqual([
      ["ASEAN_PLUS_ONE-IN-SOM-10", null, null],
      ["ASEAN_PLUS_ONE-IN-SOM-11", "2025-10", null],
    ]);
  });

  it("reads a round of negotiations with the partner of the one ASEAN+1 agreement the text names", () => {
    const text =
      "Ministers aim to conclude the ASEAN-Canada Free Trade Agreement (ACAFTA) in 2025. The next round of negotiations will be held online in November.";
    const round = meetings(text, { year: 2024 }).find((m) => m.level === "senior_officials");
    expect([round?.key, round?.date, round?.online]).toEqual([
      "ASEAN_PLUS_ONE-CA-SOM-2024",
      { year: 2024, month: 11 },
      true,
    ]);
    expect(
      meetings("Vòng đàm phán thứ 5 về Hiệp định ACAFTA diễn ra tại Ottawa.", { year: 2024 })[0]?.key,
    ).toBe("ASEAN_PLUS_ONE-CA-SOM-5");
  });

  it.each([
    ["a body at work", "He called on members to step up the work of the RCEP Joint Committee."],
    ["a body's progress", "The Ministers welcomed the progress made by the AITIGA Joint Committee."],
    ["a round with no ASEAN+1 agreement in view", "The next round of negotiations will be held in May."],
    ["a numbered session with no body named before", "Phiên họp lần thứ 3 sẽ diễn ra vào tháng 10."],
  ])("none for %s", (_, text) => {
    expect(meetings(text, { year: 2025 })).toEqual([]);
  });
});

describe("place of the text's only day", () => {
  it("goes to a meeting dated by that day when the day's sentence names the venue", () => {
    const text =
      "Economic ministers from ASEAN and Canada met at their annual consultations held in Vientiane, Laos on September 23. The AEM-Canada Consultations was co-chaired by Laos.";
    expect(rows(text, { year: 2024 })).toEqual([["ASEAN_PLUS_ONE-CA-EM-2024", "2024-09-23", "Vientiane"]]);
  });
});

describe("meetingKey", () => {
  it("recomputes every seed meeting's key from its stored fields", () => {
    for (const file of Object.keys(SEED_BODIES) as SeedFile[]) {
      for (const m of seedMeetings(file)) expect(meetingKey(m)).toBe(m.key);
    }
  });

  it.each([
    [{ series: "AMM", partner: null, level: "foreign_ministers", number: 58, year: 2025 }, "AMM-58"],
    [
      { series: "MEKONG_JAPAN", partner: "JP", level: "foreign_ministers", number: 16, year: 2025 },
      "MEKONG_JAPAN-FM-16",
    ],
    [
      { series: "ASEAN_PLUS_ONE", partner: "RU", level: "senior_officials", number: 1, year: 2025 },
      "ASEAN_PLUS_ONE-RU-SOM-1",
    ],
    [
      { series: "ASEAN_PLUS_ONE", partner: "JP", level: "foreign_ministers", number: null, year: 2025 },
      "ASEAN_PLUS_ONE-JP-FM-2025",
    ],
    [
      { series: "ASEAN_PLUS_THREE", partner: null, level: "economic_ministers", number: null, year: 2025 },
      "ASEAN_PLUS_THREE-EM-2025",
    ],
    [
      { series: "ASEAN_SUMMIT", partner: null, level: "leaders", number: null, year: 2025 },
      "ASEAN_SUMMIT-LEADERS-2025",
    ],
  ] as const)("%o → %s", (fields, key) => {
    expect(meetingKey(fields)).toBe(key);
  });

  it("reads the sub-series of an OTHER meeting back from its name", () => {
    const fields = { series: "OTHER", partner: null, level: "other", number: 11, year: 2020 } as const;
    expect(meetingKey({ ...fields, name: "Diễn đàn Kết nối ASEAN lần thứ 11" })).toBe("OTHER-ACF-11");
  });
});

describe("vocabulary", () => {
  it("names every series and level in Vietnamese and English", () => {
    expect(SERIES_VOCABULARY.map((s) => s.series).sort()).toEqual([...MEETING_SERIES].sort());
    expect(LEVEL_VOCABULARY.map((l) => l.level).sort()).toEqual([...MEETING_LEVELS].sort());
    for (const s of SERIES_VOCABULARY) expect(s.vi && s.en).toBeTruthy();
    expect(new Set(LEVEL_VOCABULARY.map((l) => l.abbr)).size).toBe(LEVEL_VOCABULARY.length);
  });
});
