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
