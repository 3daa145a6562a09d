import { describe, expect, it } from "vitest";
import {
  countryAtSpan,
  countryByCode,
  countryNamePattern,
  extractCountries,
  findCountryMentions,
  lookupCountry,
} from "../../../src/extract/countries.ts";
import { COUNTRIES } from "../../../src/extract/data/countries.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import { SEED_GOLD } from "../../helpers/seed-gold.ts";
import { SEED_BODIES, type SeedFile } from "./seed-bodies.ts";

const codes = (text: string) =>
  extractCountries(createTextView(text))
    .map((c) => c.code)
    .sort();

const gold = SEED_GOLD as {
  file: SeedFile;
  countries: string[];
}[];

describe("extractCountries on the seed bodies", () => {
  for (const g of gold) {
    it(`${g.file}: ${g.countries.join(" ")}`, () => {
      expect(codes(SEED_BODIES[g.file])).toEqual([...g.countries].sort());
    });
  }

  it("gives evidence that points into the body, inside its sentence", () => {
    const body = SEED_BODIES["001_83f2f5ee3d553817.txt"];
    for (const fact of extractCountries(createTextView(body))) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const e of fact.evidence) {
        expect(body.slice(e.start, e.end)).toBe(e.text);
        expect(e.sentence).toContain(e.text);
      }
    }
  });

  it("collects every mention of a country under one fact, `Mỹ` and `Hoa Kỳ` alike", () => {
    const us = extractCountries(createTextView(SEED_BODIES["002_686e873e6aaa9cef.txt"])).find(
      (c) => c.code === "US",
    );
    const spellings = new Set(us?.evidence.map((e) => e.text));
    expect(spellings).toEqual(new Set(["Mỹ", "Hoa Kỳ"]));
  });
});

describe("Vietnamese traps", () => {
  it.each([
    ["khu vực Ấn Độ Dương-Thái Bình Dương", []],
    ["khu vực Ấn Độ Dương - Thái Bình Dương", []],
    ["Ấn Độ - Thái Bình Dương", []],
    ["ổn định ở Ấn Độ Dương", []],
    ["Ấn Độ và ASEAN", ["IN"]],
    ["vấn đề Bán đảo Triều Tiên", []],
    ["Triều Tiên phóng tên lửa", ["KP"]],
    ["Diễn đàn Doanh nghiệp ASEAN - Liên minh Kinh tế Á - Âu", []],
    ["ổn định ở Châu Á - Thái Bình Dương", []],
    ["các nước Mỹ Latinh và châu Mỹ", []],
    ["Hàn Quốc và Trung Quốc", ["CN", "KR"]],
    ["Nhật cam kết hỗ trợ", ["JP"]],
    ["Liên minh châu Âu (EU)", ["EU"]],
    ["Liên minh Châu Âu", ["EU"]],
    ["tại Kuala Lumpur, thủ đô", []],
    ["Ả-rập Xê-út và Các Tiểu vương quốc Ả-rập Thống nhất", ["AE", "SA"]],
    ["Thuỵ Sĩ và Thụy Sĩ", ["CH"]],
  ])("%s → %j", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("reads `Nga`, `Anh`, `Mỹ` only as capitalised words", () => {
    expect(codes("cây ngà và con ngựa, nga")).toEqual([]);
    expect(codes("anh ấy nói với các anh chị")).toEqual([]);
    expect(codes("thẩm mỹ, mỹ phẩm")).toEqual([]);
    expect(codes("Nga, Anh và Mỹ")).toEqual(["GB", "RU", "US"]);
  });

  it("does not take a given name for a country", () => {
    expect(codes("Ông Nguyễn Tuấn Anh cho biết")).toEqual([]);
    expect(codes("theo ông Anh, dự án")).toEqual([]);
    expect(codes("Thứ trưởng Nguyễn Sinh Nhật Tân")).toEqual([]);
    expect(codes("bà Lê Thị Nga phát biểu")).toEqual([]);
    expect(codes("Bộ Ngoại Giao Nga cho biết")).toEqual(["RU"]);
    expect(codes("Tại Anh, các nhà đầu tư")).toEqual(["GB"]);
  });

  it("does not take words and places that begin with a country name", () => {
    expect(codes("dạy tiếng Anh; Tổ chức Lao động Quốc tế; tỉnh Lào Cai; sáng Chủ nhật")).toEqual([]);
    expect(codes("Pháp luật quốc tế. Ý kiến của các bên. Nhật ký chuyến đi")).toEqual([]);
  });

  it("tells a place name from a country followed by a word that folds the same", () => {
    expect(codes("huyện Đức Phổ và huyện Đức Cơ")).toEqual([]);
    expect(codes("Đức phổ biến quy định mới; Đức có kế hoạch")).toEqual(["DE"]);
  });

  it("leaves territories out of the countries", () => {
    expect(codes("Hồng Kông và Đài Loan")).toEqual([]);
    expect(codes("Hồng Kông (Trung Quốc)")).toEqual(["CN"]);
  });
});

describe("English traps", () => {
  it.each([
    ["the Korean Peninsula", []],
    ["Korea and North Korea", ["KP", "KR"]],
    ["South Korean exports", ["KR"]],
    ["the US and the U.S. Congress", ["US"]],
    ["let us see", []],
    ["US$ 5 million", []],
    ["the Indian Ocean and the Indo-Pacific", []],
    ["Indian Prime Minister", ["IN"]],
    ["the South China Sea and the East China Sea", []],
    ["Russian Foreign Minister Sergei Lavrov", ["RU"]],
    ["Americans and Latin America", ["US"]],
    ["the Lao PDR", ["LA"]],
  ])("%s → %j", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe("lookupCountry", () => {
  it.each([
    ["Hoa Kỳ", "US"],
    ["Mỹ", "US"],
    ["Anh", "GB"],
    ["Liên minh châu Âu", "EU"],
    ["Nhật Bản", "JP"],
    ["Nhật", "JP"],
    ["hoa ky", "US"],
    ["Thuỵ Sĩ", "CH"],
    ["Russian", "RU"],
    ["South Korea", "KR"],
    ["Viet Nam", "VN"],
    ["Hong Kong", "HK"],
    ["Ấn Độ Dương", null],
    ["Atlantis", null],
  ])("%s → %s", (name, code) => {
    expect(lookupCountry(name)).toBe(code);
  });

  it("resolves every name, alias and demonym in the gazetteer to its own code", () => {
    for (const c of COUNTRIES) {
      for (const form of [c.vi, c.en, ...c.aliases, ...c.demonyms]) {
        expect(lookupCountry(form), `${form} → ${c.code}`).toBe(c.code);
      }
    }
  });

  it("has one entry per code, with Vietnamese and English names", () => {
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(countryByCode("KR")?.vi).toBe("Hàn Quốc");
    expect(countryByCode("eu")?.en).toBe("European Union");
    expect(countryByCode("XX")).toBeUndefined();
  });
});

describe("countryNamePattern and countryAtSpan", () => {
  it("lets another extractor find `ASEAN-<country>` on the folded view", () => {
    const view = createTextView("Hội nghị ASEAN - Hàn Quốc và ASEAN-Ấn Độ Dương");
    const re = new RegExp(`asean\\s*[-–]\\s*(${countryNamePattern()})`, "gu");
    const found = [...view.fold.matchAll(re)].map((m) => {
      const start = (m.index ?? 0) + m[0].length - (m[1] ?? "").length;
      return countryAtSpan(view, start, start + (m[1] ?? "").length);
    });
    expect(found).toEqual(["KR", null]);
  });

  it("reports mentions in text order with their offsets", () => {
    const view = createTextView("Mỹ, Nga và Trung Quốc");
    expect(findCountryMentions(view).map((m) => [m.code, m.start, m.end])).toEqual([
      ["US", 0, 2],
      ["RU", 4, 7],
      ["CN", 11, 21],
    ]);
  });
});
