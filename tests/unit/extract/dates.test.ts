import { describe, expect, it } from "vitest";
import {
  findDates,
  formatPartialDate,
  parsePartialDate,
  scanDates,
  statedYears,
} from "../../../src/extract/dates.ts";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import { SEED_BODIES } from "./seed-bodies.ts";

const view = (text: string) => createTextView(normalizeText(text));

/** [text, date, endDate] of every date found, with a reference year. */
function dates(text: string, referenceYear: number | null = 2025) {
  return findDates(view(text), { referenceYear }).map((d) => [
    d.text,
    formatPartialDate(d.date),
    d.endDate ? formatPartialDate(d.endDate) : null,
  ]);
}

describe("findDates: Vietnamese", () => {
  it.each([
    ["Trong khuôn khổ AEM-57, ngày 24/9, các bộ trưởng", "ngày 24/9", "2025-09-24"],
    ["Chiều 10/7/2025, tiếp tục chuỗi hoạt động", "Chiều 10/7/2025", "2025-07-10"],
    ["Ngày 29-8, Hội nghị trực tuyến", "Ngày 29-8", "2025-08-29"],
    ["với sự hỗ trợ của ERIA, ngày 28-8, Phái đoàn", "ngày 28-8", "2025-08-28"],
    ["* Ngày 11/7, các Bộ trưởng Ngoại giao", "Ngày 11/7", "2025-07-11"],
    ["Cũng trong chiều 10/7, tại Kuala Lumpur", "chiều 10/7", "2025-07-10"],
    ["ký kết vào tháng 10/2025 tại Hội nghị", "tháng 10/2025", "2025-10"],
    ["tổ chức tại Bangkok vào tháng 8/2025 nhằm", "tháng 8/2025", "2025-08"],
    ["văn bản ký ngày 10-7-2025 tại Hà Nội", "ngày 10-7-2025", "2025-07-10"],
    ["văn bản ký 10-7-2025 tại Hà Nội", "10-7-2025", "2025-07-10"],
    ["nối lại Hội nghị vào cuối năm 2025, qua đó", "cuối năm 2025", "2025"],
    ["Cuộc họp Tham vấn vào đầu năm nay, tạo cơ sở", "đầu năm nay", "2025"],
    ["đạt 42 tỷ USD năm 2024.", "năm 2024", "2024"],
    ["sáng kiến cho năm Chủ tịch ASEAN 2020.", "năm Chủ tịch ASEAN 2020", "2020"],
    ["tăng mạnh so với năm ngoái.", "năm ngoái", "2024"],
    ["dự kiến hoàn thành trong tháng 10 năm 2025", "tháng 10 năm 2025", "2025-10"],
  ])("%s → %s", (text, span, date) => {
    expect(dates(text)).toEqual([[span, date, null]]);
  });

  it("reads day ranges with their last day", () => {
    expect(dates("đã diễn ra từ ngày 12-14 tháng 8 năm 2025 tại New Delhi")).toEqual([
      ["từ ngày 12-14 tháng 8 năm 2025", "2025-08-12", "2025-08-14"],
    ]);
    expect(dates("diễn ra ngày 26-27/5/2025 tại Kuala Lumpur")).toEqual([
      ["ngày 26-27/5/2025", "2025-05-26", "2025-05-27"],
    ]);
  });

  it("reads a date whose `ngày` is in decomposed Unicode once the text is normalised", () => {
    const nfd = "Trong khuôn khổ AEM lần thứ 57, nga\u0300y 24/9, các bộ trưởng";
    expect(dates(nfd)).toEqual([["ngày 24/9", "2025-09-24", null]]);
  });

  it.each([
    ["fractions and scores", "2/3 số nước thành viên, chiến thắng 3-1 trước đối thủ"],
    ["period ranges", "Kế hoạch Hành động giai đoạn 2021-2025 và năm 2026-2030"],
    ["document names", "Tầm nhìn Cộng đồng ASEAN 2045 và Chiến lược Mekong-Nhật Bản 2024"],
    ["`Nam` (south) before a number", "Diễn đàn Kinh tế Việt Nam 2025"],
    ["`thắng` (win) before a number", "đội tuyển chiến thắng 3 trận"],
    ["a relative year that means years ago", "cách đây 2 năm trước và những năm trước"],
    ["decimals", "tăng trưởng 10.7 điểm"],
    ["disease names", "đại dịch Covid-19"],
  ])("finds nothing in %s", (_, text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe("findDates: English", () => {
  it.each([
    ["The meeting on 24 September 2025 adopted", "24 September 2025", "2025-09-24", null],
    ["signed on September 24, 2025 in Kuala Lumpur", "September 24, 2025", "2025-09-24", null],
    ["Ministers met on 10 July to discuss", "10 July", "2025-07-10", null],
    ["held in July 2025 in Kuala Lumpur", "July 2025", "2025-07", null],
    ["from 8-10 July 2025 in Vientiane", "8-10 July 2025", "2025-07-08", "2025-07-10"],
    ["on July 8-10, 2025 in Vientiane", "July 8-10, 2025", "2025-07-08", "2025-07-10"],
    ["FDI reached US$ 42 billion in 2024.", "2024", "2024", null],
    ["to be resumed in late 2025.", "late 2025", "2025", null],
    ["a consultation held earlier this year", "earlier this year", "2025", null],
    ["expected by mid-2026 at the latest", "mid-2026", "2026", null],
  ])("%s → %s", (text, span, date, endDate) => {
    expect(dates(text)).toEqual([[span, date, endDate]]);
  });

  it("does not read a period range or a bare number as a year", () => {
    expect(dates("the Plan of Action in 2021-2025 covers 2024 projects")).toEqual([]);
  });

  it("does not read the verb `may` as a month", () => {
    expect(dates("ministers may 5 times a year meet")).toEqual([]);
    expect(dates("May we meet again")).toEqual([]);
  });

  it.each([
    ["at the ASEAN-Korea Summit in October.", "October", "2025-10"],
    ["summits scheduled for October in Vientiane", "October", "2025-10"],
    ["a review due by March", "March", "2025-03"],
    ["to be held in late July", "late July", "2025-07"],
  ])("reads a month named alone: %s", (text, span, date) => {
    expect(dates(text)).toEqual([[span, date, null]]);
  });
});

describe("reference year", () => {
  it("gives a yearless date the reference year and says so", () => {
    const [d] = findDates(view("Chiều 10/7, tiếp tục"), { referenceYear: 2024 });
    expect(d?.date).toEqual({ year: 2024, month: 7, day: 10 });
    expect(d?.yearInferred).toBe(true);
  });

  it("keeps a stated year over the reference year", () => {
    const [d] = findDates(view("Chiều 10/7/2025, tiếp tục"), { referenceYear: 2020 });
    expect(d?.date).toEqual({ year: 2025, month: 7, day: 10 });
    expect(d?.yearInferred).toBe(false);
  });

  it("leaves out yearless dates without a reference year, but scanDates reports them", () => {
    const v = view("Ngày 29-8, Hội nghị; đầu năm nay; năm 2020.");
    expect(findDates(v, { referenceYear: null }).map((d) => d.text)).toEqual(["năm 2020"]);
    expect(scanDates(v).map((d) => [d.text, d.year, d.month, d.day, d.offset])).toEqual([
      ["Ngày 29-8", null, 8, 29, null],
      ["đầu năm nay", null, null, null, 0],
      ["năm 2020", 2020, null, null, null],
    ]);
  });
});

describe("statedYears", () => {
  it("lists the years seed 003 states, not its period ranges", () => {
    expect(statedYears(createTextView(SEED_BODIES["003_8e497b4819558aaa.txt"]))).toEqual([2020, 2020]);
  });

  it("counts full dates but not vision documents or strategies (seed 001)", () => {
    const years = statedYears(createTextView(SEED_BODIES["001_83f2f5ee3d553817.txt"]));
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    expect(years).not.toContain(2045);
    expect(years).not.toContain(2021);
    expect(years).not.toContain(2030);
  });

  it("gives the first end of a range the year written after the second", () => {
    expect(statedYears(view("Dates are between 31 October and 5 November 2019."))).toEqual([2019, 2019]);
    expect(statedYears(view("The talks ran from 30 December to 2 January 2020."))).toEqual([2019, 2020]);
  });

  it("reads English years after `in`", () => {
    expect(statedYears(view("Trade rose in 2024 under the 2021-2025 plan and Vision 2045."))).toEqual([2024]);
  });
});

describe("offsets", () => {
  it("give spans of the text as printed in every seed", () => {
    for (const body of Object.values(SEED_BODIES)) {
      const v = createTextView(body);
      for (const d of findDates(v, { referenceYear: 2025 })) expect(body.slice(d.start, d.end)).toBe(d.text);
    }
  });
});

describe("formatPartialDate / parsePartialDate", () => {
  it.each([
    [{ year: 2025, month: 9, day: 24 }, "2025-09-24"],
    [{ year: 2025, month: 7 }, "2025-07"],
    [{ year: 2025 }, "2025"],
  ])("%o ⇄ %s", (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
    expect(parsePartialDate(text)).toEqual(date);
  });

  it.each(["", "2025-13", "2025-02-30", "25-07-10", "July 2025", "2025-07-10T00:00"])("rejects %j", (s) => {
    expect(parsePartialDate(s)).toBeNull();
  });
});
