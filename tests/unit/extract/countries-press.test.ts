import { describe, expect, it } from "vitest";
import { extractCountries } from "../../../src/extract/countries.ts";
import { createTextView } from "../../../src/extract/text-view.ts";

const codes = (text: string) => extractCountries(createTextView(text)).map((c) => c.code);

describe("partners as the press writes them", () => {
  it("reads `RoK` like `ROK`, but not the word `Rok`", () => {
    expect(codes("the RoK’s new strategy and the ROK Navy")).toEqual(["KR"]);
    expect(codes("Rok music festival")).toEqual([]);
  });

  it("reads a capital standing for its government, never the place of something", () => {
    expect(codes("Washington và Bắc Kinh đều muốn lôi kéo khu vực.")).toEqual(["US", "CN"]);
    expect(codes("Moscow's position did not change.")).toEqual(["RU"]);
    expect(codes("Hội nghị diễn ra tại Washington, sau đó đoàn đến thăm Bắc Kinh.")).toEqual([]);
    expect(codes("The talks were held in Washington, the capital of Washington DC fame.")).toEqual([]);
    expect(codes("a report in The Washington Post")).toEqual([]);
  });

  it("reads one-syllable forms inside a dashed compound of countries (`Hàn-Trung-Nhật`, `Mỹ-Trung`)", () => {
    expect(codes("Ngoại trưởng Hàn-Trung-Nhật gặp nhau; quan hệ Mỹ - Trung căng thẳng.")).toEqual([
      "KR",
      "CN",
      "JP",
      "US",
    ]);
    expect(codes("Hội nghị Hàn-ASEAN")).toEqual(["KR"]);
  });

  it("leaves compounds that are not all countries, or are languages", () => {
    expect(codes("miền Trung - Tây Nguyên")).toEqual([]);
    expect(codes("Trung-Hàn")).toEqual([]);
    expect(codes("bản dịch Việt-Lào")).toEqual(["LA"]);
  });
});

describe("every state the press names", () => {
  it("reads the Vietnamese names as printed, with their English names and demonyms", () => {
    expect(codes("Tuy-ni-di, Lúc-xăm-bua và Ả Rập Xê Út ký kết")).toEqual(["TN", "LU", "SA"]);
    expect(codes("Pa-ki-xtan, Băng-la-đét, Xri Lan-ca, Nê-pan và Ca-dắc-xtan")).toEqual([
      "PK",
      "BD",
      "LK",
      "NP",
      "KZ",
    ]);
    expect(codes("Thổ Nhĩ Kỳ và Các Tiểu vương quốc Ả Rập Thống nhất")).toEqual(["TR", "AE"]);
    expect(codes("Các Tiểu vương quốc Arab thống nhất và Oman")).toEqual(["AE", "OM"]);
    expect(codes("the Grand Duchy of Luxembourg, Tunisia and the UAE")).toEqual(["LU", "TN", "AE"]);
    expect(codes("KSA and Türkiye; a Kenyan and a Ghanaian diplomat")).toEqual(["SA", "TR", "KE", "GH"]);
    expect(codes("Tổng thống Chad, Mali, Togo và Peru")).toEqual(["ML", "TG", "PE"]);
    expect(codes("Sao Tome and Principe, São Tomé and Príncipe, Côte d’Ivoire")).toEqual(["ST", "CI"]);
  });

  it("reads `Turkey` capitalised as the state, even opening a sentence, not the bird", () => {
    expect(codes("Turkey joined the talks. Turkiye's envoy spoke.")).toEqual(["TR"]);
    expect(codes("They served roast turkey.")).toEqual([]);
  });

  it("reads names that are mostly something else only in their unambiguous forms", () => {
    expect(codes("Georgia, Jordan, Chad, Guinea and Niger")).toEqual([]);
    expect(codes("Michael Jordan visited Atlanta, Georgia.")).toEqual([]);
    expect(codes("the Jordanian and Chadian envoys, the Republic of Guinea and Gru-di-a")).toEqual([
      "JO",
      "TD",
      "GN",
      "GE",
    ]);
    expect(codes("Sát cánh cùng ASEAN.")).toEqual([]);
    expect(codes("Papua New Guinea and the island of New Guinea")).toEqual(["PG"]);
  });

  it("leaves the Congos apart, and reads neither from `Congo` alone", () => {
    expect(codes("DR Congo and the Republic of the Congo")).toEqual(["CD", "CG"]);
    expect(codes("the Congo River")).toEqual([]);
  });

  it("reads misspellings real pages print, and the EU's institutions as the EU", () => {
    expect(codes("quan hệ đối tác ASEAN-NewZeland")).toEqual(["NZ"]);
    expect(codes("ASEAN and New Zeland")).toEqual(["NZ"]);
    expect(codes("Chủ tịch Hội đồng châu Âu Antonio Costa")).toEqual(["EU"]);
    expect(codes("Ủy ban châu Âu")).toEqual(["EU"]);
    expect(codes("the European Commission and the European Council")).toEqual(["EU"]);
  });

  it("goes on reading after a longer form that is no name (`liên bang Nga`, lower case)", () => {
    expect(codes("đại diện liên bang Nga và Mỹ")).toEqual(["RU", "US"]);
    expect(codes("an toàn trên bán đảo Triều Tiên và Bán đảo Triều Tiên")).toEqual([]);
  });
});

describe("`Anh` on a byline is a name, not the United Kingdom", () => {
  it("reads a byline or photo credit as a person", () => {
    expect(codes("Hội nghị kết thúc tốt đẹp.\n\nAnh Minh")).toEqual([]);
    expect(codes("Tuấn Anh\nTGVN. Hội nghị khai mạc.")).toEqual([]);
    expect(codes("Lễ khai mạc. (Ảnh: Tuấn Anh)")).toEqual([]);
    expect(codes("Lễ khai mạc.\nẢnh: Anh Tuấn/TTXVN")).toEqual([]);
    expect(codes("Hội nghị kết thúc.\nTheo Anh Thư (VOV)")).toEqual([]);
    expect(codes("Hội nghị kết thúc.\nAnh Đức")).toEqual([]);
  });

  it("still reads the United Kingdom around it", () => {
    expect(codes("Anh và Pháp ủng hộ.")).toEqual(["GB", "FR"]);
    expect(codes("Thủ tướng Anh Rishi Sunak phát biểu.")).toEqual(["GB"]);
    expect(codes("Quan hệ với nước Anh.")).toEqual(["GB"]);
    expect(codes("Anh Quốc")).toEqual(["GB"]);
    expect(codes("Theo Anh, thỏa thuận có lợi.")).toEqual(["GB"]);
    expect(codes("Việt Nam - Anh\nHợp tác")).toEqual(["VN", "GB"]);
  });
});

describe("currencies", () => {
  it("takes no country from `US$` or `U.S. dollars`", () => {
    expect(codes("Trade came to US$890.2 billion, or 982.3 billion U.S. dollars, last year.")).toEqual([]);
    expect(codes("The U.S. will attend.")).toEqual(["US"]);
  });
});
