import { describe, expect, it } from "vitest";
import { articleScopedKey, meetingKey, undatedStem } from "../../../src/extract/meeting-key.ts";
import { englishOrdinal, meetingTitle, type TitleFields } from "../../../src/extract/meeting-title.ts";

const m = (fields: Partial<TitleFields> & Pick<TitleFields, "series" | "level">): TitleFields => ({
  partner: null,
  number: null,
  ...fields,
});

describe("meetingTitle", () => {
  it.each([
    [
      m({ series: "AMM", level: "foreign_ministers", number: 58 }),
      "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58",
      "58th ASEAN Foreign Ministers' Meeting",
    ],
    [
      m({ series: "ASEAN_PLUS_ONE", partner: "JP", level: "economic_ministers" }),
      "Hội nghị Bộ trưởng Kinh tế ASEAN – Nhật Bản",
      "ASEAN–Japan Economic Ministers' Consultation",
    ],
    [
      m({ series: "ASEAN_PLUS_ONE", partner: "KR", level: "leaders", number: 26 }),
      "Hội nghị Cấp cao ASEAN – Hàn Quốc lần thứ 26",
      "26th ASEAN–Republic of Korea Summit",
    ],
    [
      m({ series: "ASEAN_PLUS_ONE", partner: "US", level: "foreign_ministers" }),
      "Hội nghị Bộ trưởng Ngoại giao ASEAN – Hoa Kỳ",
      "ASEAN–United States Foreign Ministers' Meeting",
    ],
    [
      m({ series: "ASEAN_PLUS_ONE", partner: "RU", level: "senior_officials" }),
      "Hội nghị Quan chức Cao cấp ASEAN – Nga",
      "ASEAN–Russia Senior Officials' Meeting",
    ],
    [
      m({ series: "EAS", level: "leaders", number: 19 }),
      "Hội nghị Cấp cao Đông Á lần thứ 19",
      "19th East Asia Summit",
    ],
    [
      m({ series: "EAS", level: "foreign_ministers", number: 14 }),
      "Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 14",
      "14th East Asia Summit Foreign Ministers' Meeting",
    ],
    [
      m({ series: "ARF", level: "foreign_ministers", number: 31 }),
      "Diễn đàn Khu vực ASEAN lần thứ 31",
      "31st ASEAN Regional Forum",
    ],
    [
      m({ series: "ARF", level: "senior_officials" }),
      "Hội nghị Quan chức Cao cấp Diễn đàn Khu vực ASEAN",
      "ASEAN Regional Forum Senior Officials' Meeting",
    ],
    [
      m({ series: "ASEAN_PLUS_THREE", level: "leaders" }),
      "Hội nghị Cấp cao ASEAN+3",
      "ASEAN Plus Three Summit",
    ],
    [
      m({ series: "MEKONG_LANCANG", partner: "CN", level: "foreign_ministers", number: 9 }),
      "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong – Lan Thương lần thứ 9",
      "9th Mekong–Lancang Cooperation Foreign Ministers' Meeting",
    ],
    [
      m({ series: "PMC", partner: "IN", level: "foreign_ministers" }),
      "Hội nghị Sau Hội nghị Bộ trưởng Ngoại giao ASEAN với Ấn Độ",
      "ASEAN Post Ministerial Conference with India",
    ],
    [
      m({ series: "SOM", level: "senior_officials" }),
      "Hội nghị Quan chức Cao cấp ASEAN",
      "ASEAN Senior Officials' Meeting",
    ],
  ])("names %j", (fields, vi, en) => {
    expect(meetingTitle(fields)).toEqual({ vi, en });
  });

  it("names an ASEAN+1 meeting whose partner is unknown by the series", () => {
    expect(meetingTitle(m({ series: "ASEAN_PLUS_ONE", level: "leaders" }))).toEqual({
      vi: "Hội nghị Cấp cao ASEAN+1",
      en: "ASEAN Plus One Summit",
    });
  });

  it("names the same meeting the same whatever words the article used", () => {
    const a = meetingTitle(
      m({ series: "ASEAN_PLUS_ONE", partner: "CN", level: "foreign_ministers", name: "cuộc gặp" }),
    );
    const b = meetingTitle(
      m({
        series: "ASEAN_PLUS_ONE",
        partner: "CN",
        level: "foreign_ministers",
        name: "China-ASEAN ministers' talks",
      }),
    );
    expect(a).toEqual(b);
    expect(a.en).toBe("ASEAN–China Foreign Ministers' Meeting");
  });

  it("reads the sub-series of OTHER from the text's name and puts the level around a subject", () => {
    const gcc = m({
      series: "OTHER",
      level: "leaders",
      number: 2,
      name: "Hội nghị Cấp cao ASEAN - GCC lần thứ 2",
    });
    expect(meetingTitle(gcc)).toEqual({
      vi: "Hội nghị Cấp cao ASEAN – GCC lần thứ 2",
      en: "2nd ASEAN–GCC Summit",
    });
    const defence = m({ series: "OTHER", level: "other", otherId: "ADMM" });
    expect(meetingTitle(defence)).toEqual({
      vi: "Hội nghị Bộ trưởng Quốc phòng ASEAN",
      en: "ASEAN Defence Ministers' Meeting",
    });
  });

  it("falls back to the text's own name for a sub-series it cannot name", () => {
    const odd = m({ series: "OTHER", level: "other", otherId: "NEW_FORUM", name: "Diễn đàn  Mới\nASEAN" });
    expect(meetingTitle(odd)).toEqual({ vi: "Diễn đàn Mới ASEAN", en: "Diễn đàn Mới ASEAN", fromText: true });
    // The edition the text's name carries is not written twice.
    const numbered = m({
      series: "OTHER",
      level: "other",
      otherId: "NEW_FORUM",
      number: 3,
      name: "3rd New Forum",
    });
    expect(meetingTitle(numbered)).toEqual({
      vi: "New Forum lần thứ 3",
      en: "3rd New Forum",
      fromText: true,
    });
    // `thứ` alone is no edition (`cấp Thứ trưởng`: deputy ministers).
    const deputies = { ...numbered, name: "Hội nghị Quan chức cấp Thứ trưởng" };
    expect(meetingTitle(deputies).vi).toBe("Hội nghị Quan chức cấp Thứ trưởng lần thứ 3");
    const vi = { ...numbered, name: "Diễn đàn Mới ASEAN lần thứ ba" };
    expect(meetingTitle(vi)).toEqual({
      vi: "Diễn đàn Mới ASEAN lần thứ 3",
      en: "3rd Diễn đàn Mới ASEAN",
      fromText: true,
    });
  });

  it("names the sub-series met most often in press from the table, not from one article", () => {
    const admmPlus = m({ series: "OTHER", level: "other", otherId: "ADMM_PLUS", number: 10, name: "ADMM+" });
    expect(meetingTitle(admmPlus)).toEqual({
      vi: "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 10",
      en: "10th ASEAN Defence Ministers' Meeting-Plus",
    });
    expect(meetingTitle(m({ series: "OTHER", level: "leaders", otherId: "ASEAN_UN", name: "x" })).en).toBe(
      "ASEAN–United Nations Summit",
    );
  });

  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(englishOrdinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
    ]);
  });
});

describe("keys of meetings of unknown year", () => {
  const undated = {
    series: "ASEAN_PLUS_ONE",
    partner: "JP",
    level: "foreign_ministers",
    number: null,
    year: null,
  } as const;

  it("gives the stem a year completes, only for undated keys", () => {
    const stem = undatedStem(meetingKey(undated));
    expect(stem).toBe("ASEAN_PLUS_ONE-JP-FM-");
    expect(`${stem}2024`).toBe(meetingKey({ ...undated, year: 2024 }));
    expect(undatedStem(meetingKey({ ...undated, year: 2024 }))).toBeNull();
    expect(undatedStem("AMM-58")).toBeNull();
    expect(undatedStem(meetingKey({ ...undated, series: "OTHER", otherId: "ADMM" }))).toBe("OTHER-ADMM-");
  });

  it("scopes an undated key to its article", () => {
    expect(articleScopedKey(meetingKey(undated), 42)).toBe("ASEAN_PLUS_ONE-JP-FM-UNDATED-A42");
  });
});
