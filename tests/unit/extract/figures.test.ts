import { describe, expect, it } from "vitest";
import { extractFigures, parseAmount } from "../../../src/extract/figures.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import type { FigureFact } from "../../../src/extract/types.ts";
import { GOLD, type GoldFigure, SEED_BODIES } from "./seed-bodies.ts";

const figures = (text: string) => extractFigures(createTextView(normalizeText(text)));

/** The fields the gold lists (`year` only when there is one). */
const goldShape = (f: FigureFact): GoldFigure => ({
  kind: f.kind,
  subject: f.subject,
  value: f.value,
  unit: f.unit,
  qualifier: f.qualifier,
  text: f.text,
  ...(f.year === null ? {} : { year: f.year }),
});

const sorted = (list: GoldFigure[]) => list.map((f) => JSON.stringify(f, Object.keys(f).sort())).sort();

describe("seed articles match the gold figures exactly", () => {
  for (const gold of GOLD) {
    it(gold.file, () => {
      const got = extractFigures(createTextView(SEED_BODIES[gold.file])).map(goldShape);
      expect(sorted(got)).toEqual(sorted(gold.figures));
    });
  }

  it("keep evidence offsets into the body", () => {
    const body = SEED_BODIES["001_83f2f5ee3d553817.txt"];
    for (const f of extractFigures(createTextView(body))) {
      expect(body.slice(f.evidence.start, f.evidence.end)).toBe(f.text);
      expect(f.evidence.sentence).toContain(f.text);
    }
  });
});

describe("amounts", () => {
  it.each([
    ["Dự án trị giá 10 triệu USD.", "10 triệu USD", 10_000_000, "USD"],
    ["kim ngạch đạt hơn 450 tỷ USD.", "hơn 450 tỷ USD", 450_000_000_000, "USD"],
    ["tỷ lệ hoàn thành 94,5%.", "94,5%", 94.5, "%"],
    ["doanh thu 1.234,5 tỷ đồng.", "1.234,5 tỷ đồng", 1_234_500_000_000, "VND"],
    ["GDP khu vực đạt 3,2 nghìn tỷ USD.", "3,2 nghìn tỷ USD", 3_200_000_000_000, "USD"],
    ["Trade reached US$ 42 billion.", "US$ 42 billion", 42_000_000_000, "USD"],
    ["GDP of USD 1.5 trillion.", "USD 1.5 trillion", 1_500_000_000_000, "USD"],
    ["Some 42% of measures.", "Some 42%", 42, "%"],
    ["quỹ 500.000 USD cho", "500.000 USD", 500_000, "USD"],
    ["a fund of $3.5 million", "$3.5 million", 3_500_000, "USD"],
    ["gói 5 triệu đô la Mỹ", "5 triệu đô la Mỹ", 5_000_000, "USD"],
    ["khoản vay 200 triệu euro", "200 triệu euro", 200_000_000, "EUR"],
    ["tăng 12 phần trăm", "12 phần trăm", 12, "%"],
    ["Quỹ trị giá 2 tỷ AUD", "2 tỷ AUD", 2_000_000_000, "AUD"],
  ])("%s → %s", (text, written, value, unit) => {
    const [f] = figures(text);
    expect([f?.text, f?.value, f?.unit]).toEqual([written, value, unit]);
  });

  it.each([
    ["numbers without a unit", "13 sáng kiến ưu tiên, 3 phiên thảo luận, 30 năm quan hệ"],
    ["years and periods", "giai đoạn 2021-2025, năm 2024, Tầm nhìn 2045"],
    ["a rate word that contains `tỷ`", "tỷ lệ hoàn thành cao"],
    ["disease and group names", "đại dịch Covid-19, nhóm G20, ACFTA 3.0"],
    ["`Đông` (east) after a number", "3 đối tác ở Đông Á, 5 Đông Nam Á"],
  ])("ignores %s", (_, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe("qualifiers", () => {
  it.each([
    ["hơn 60%", "more_than"],
    ["trên 50%", "more_than"],
    ["more than 5%", "more_than"],
    ["over US$ 2 billion", "more_than"],
    ["khoảng 75%", "about"],
    ["gần 3 triệu USD", "about"],
    ["about 40%", "about"],
    ["around US$ 5 billion", "about"],
    ["nearly 30%", "about"],
    ["dưới 5%", "less_than"],
    ["less than 10%", "less_than"],
    ["lên tới 20 triệu USD", "up_to"],
    ["up to US$ 1 billion", "up_to"],
    ["94,5%", null],
  ])("%s → %s", (written, qualifier) => {
    const [f] = figures(`Con số ${written} được ghi nhận.`);
    expect([f?.text, f?.qualifier]).toEqual([written, qualifier]);
  });
});

describe("year", () => {
  it("reads `năm 2024` / `in 2024` right after the amount and keeps it in the text", () => {
    const [vi] = figures("đầu tư trực tiếp nước ngoài của Mỹ vào ASEAN đạt 42 tỷ USD năm 2024.");
    expect([vi?.text, vi?.year]).toEqual(["42 tỷ USD năm 2024", 2024]);
    const [en] = figures("Japanese investment reached US$ 42 billion in 2024.");
    expect([en?.text, en?.year]).toEqual(["US$ 42 billion in 2024", 2024]);
  });

  it("leaves the year null when none follows", () => {
    expect(figures("kim ngạch đạt 450 tỷ USD.")[0]?.year).toBeNull();
  });
});

describe("kind", () => {
  it.each([
    ["Tổng kim ngạch thương mại hai chiều đạt 450 tỷ USD.", "trade_value"],
    ["Two-way trade reached US$ 120 billion.", "trade_value"],
    ["Vốn đầu tư trực tiếp đạt 42 tỷ USD.", "investment_value"],
    ["FDI inflows hit US$ 230 billion.", "investment_value"],
    ["Dự án giảm khí methane trị giá 20 triệu USD.", "project_value"],
    ["a project worth US$ 10 million", "project_value"],
    ["với hơn 60% dòng hành động trong Kế hoạch hành động được triển khai.", "plan_completion"],
    ["Khoảng 75% các biện pháp trong Kế hoạch Hành động đã được hoàn thành.", "plan_completion"],
    ["The Plan of Action was 90% implemented.", "plan_completion"],
    ["Tăng trưởng kinh tế khu vực đạt 4,7%.", "other"],
    ["Xuất khẩu tăng 12%.", "other"],
    ["Quỹ có 5 triệu USD.", "project_value"],
    ["Japan pledged 56 million USD in assistance to the Mekong countries.", "project_value"],
    ["Tăng trưởng của quỹ đạt 5%.", "other"],
    ["công bố Quỹ tài chính đầu tư Đông Nam Á trị giá 2 tỷ AUD", "investment_value"],
    ["a grant worth US$ 3 million", "project_value"],
  ])("%s → %s", (text, kind) => {
    expect(figures(text)[0]?.kind).toBe(kind);
  });

  it("takes the nearest cue before each amount of a sentence", () => {
    const text =
      "Mỹ là nhà đầu tư lớn nhất vào ASEAN với tổng kim ngạch thương mại đạt hơn 450 tỷ USD và đầu tư trực tiếp đạt 42 tỷ USD.";
    expect(figures(text).map((f) => f.kind)).toEqual(["trade_value", "investment_value"]);
  });
});

describe("subject", () => {
  it("reads the partnership named in the sentence", () => {
    const text =
      "Quan hệ Đối tác Chiến lược Toàn diện ASEAN-Nhật Bản với hơn 60% dòng hành động được triển khai.";
    expect(figures(text)[0]?.subject).toBe("ASEAN-JP");
  });

  it("reads the one partner a sentence about ASEAN names", () => {
    const text = "Mỹ là nhà đầu tư lớn nhất vào ASEAN với kim ngạch thương mại hơn 450 tỷ USD.";
    expect(figures(text)[0]?.subject).toBe("ASEAN-US");
  });

  it("reads the partnership of the `* Tại Hội nghị ASEAN-X` bullet that scopes the paragraph", () => {
    const text =
      "* Tại Hội nghị ASEAN-Nga, Bộ trưởng phát biểu. Hội nghị ghi nhận khoảng 75% các biện pháp trong Kế hoạch Hành động đã được hoàn thành.\n\nKhoảng 20% khác đang triển khai.";
    // The second paragraph's figure names nothing: the article's one partnership (see below).
    expect(figures(text).map((f) => f.subject)).toEqual(["ASEAN-RU", "ASEAN-RU"]);
  });

  it("is null when nothing names a partnership", () => {
    expect(figures("Tăng trưởng đạt 5%.")[0]?.subject).toBeNull();
  });

  it("reads ASEAN+3 named in the sentence", () => {
    expect(figures("Cơ chế CMIM của ASEAN+3 có quy mô 240 tỷ USD.")[0]?.subject).toBe("ASEAN+3");
  });

  it("reads a member and the partner named nearest before the figure when ASEAN is not named", () => {
    const text =
      "Australia is one of Viet Nam's important trading partners, with two-way trade reaching more than US$ 14 billion in 2024, while trade with New Zealand totalled more than US$ 1.2 billion.";
    expect(figures(text).map((f) => f.subject)).toEqual(["VN-AU", "VN-NZ"]);
  });

  it("is ASEAN for a figure about ASEAN as a whole", () => {
    const text = "Tổng kim ngạch thương mại hàng hóa của ASEAN đạt khoảng 3,5 nghìn tỷ USD năm 2023.";
    expect(figures(text).map((f) => [f.subject, f.kind, f.year])).toEqual([["ASEAN", "trade_value", 2023]]);
  });
});

describe("subject beyond a named pair", () => {
  const subjects = (text: string) => figures(text).map((f) => f.subject);

  it("reads a grouping as a side, and chains of sides (`ASEAN - GCC - Trung Quốc`)", () => {
    expect(subjects("Thương mại ASEAN - GCC đạt khoảng 130 tỷ USD năm 2023.")).toEqual(["ASEAN-GCC"]);
    expect(subjects("Quy mô kinh tế ASEAN - GCC - Trung Quốc đạt 24 nghìn tỷ USD.")).toEqual([
      "ASEAN-GCC-CN",
    ]);
  });

  it("reads `ba bên` / `hai bên` as the latest partnership with that many sides", () => {
    const text =
      "Hội nghị Cấp cao ASEAN - GCC - Trung Quốc diễn ra. Hội nghị ASEAN - Nhật Bản cũng diễn ra.\n\nCác nhà lãnh đạo nhấn mạnh ba bên có tổng GDP khoảng 24,87 nghìn tỷ USD. Thương mại hai bên đạt 240 tỷ USD.";
    expect(subjects(text)).toEqual(["ASEAN-GCC-CN", "ASEAN-JP"]);
  });

  it("prefers the countries a sentence names to `hai bên`", () => {
    const text = "Hội nghị ASEAN - Nhật Bản diễn ra. Thương mại hai bên Việt Nam - Australia đạt 20 tỷ USD.";
    expect(subjects(text)).toEqual(["VN-AU"]);
  });

  it("reads the partnership of the agreement the sentence names", () => {
    expect(subjects("Participants welcomed the CMIM, a US$ 240 billion currency swap arrangement.")).toEqual([
      "ASEAN+3",
    ]);
    expect(subjects("Exports under the ACFTA rose by 12 per cent.")).toEqual(["ASEAN-CN"]);
    expect(subjects("Xuất khẩu theo EVFTA đạt 50 tỷ USD.")).toEqual(["VN-EU"]);
  });

  it("reads the agreement `the agreement` refers back to", () => {
    const text =
      "The RCEP Ministers' Meeting was held. Ministers from ASEAN and Australia, China and Japan noted that the agreement covers about 30 per cent of global GDP.";
    expect(subjects(text)).toEqual(["RCEP"]);
  });

  it("reads Southeast Asia as ASEAN in a sentence naming one partner", () => {
    const text = "Ông công bố Quỹ đầu tư Đông Nam Á trị giá 2 tỷ AUD để doanh nghiệp Úc đầu tư vào khu vực.";
    expect(figures(text).map((f) => [f.subject, f.kind])).toEqual([["ASEAN-AU", "investment_value"]]);
  });
});

describe("parseAmount", () => {
  it.each([
    ["94,5", 1, 94.5],
    ["1.234,5", 1e9, 1_234_500_000_000],
    ["1,234.5", 1, 1234.5],
    ["1.500", 1, 1500],
    ["1,500", 1e9, 1_500_000_000_000],
    ["1.5", 1e12, 1_500_000_000_000],
    ["3,2", 1e12, 3_200_000_000_000],
    ["2.000.000", 1, 2_000_000],
    ["0,35", 1e6, 350_000],
  ])("%s × %d = %d", (written, factor, value) => {
    expect(parseAmount(written, factor)).toBe(value);
  });
});

describe("subject of groupings and givers", () => {
  it.each([
    ["EAS countries account for roughly 53 per cent of world GDP.", "EAS"],
    ["Trade within the IMT-GT reached over 57 billion USD.", "IMT-GT"],
    ["Japan pledged 56 million USD to the Mekong countries.", "JP"],
    ["Canada will provide $1.7 billion to the Indo-Pacific region.", "CA"],
  ])("%s → %s", (text, subject) => {
    expect(figures(text)[0]?.subject).toBe(subject);
  });

  it("keeps a member and a partner before a giver (`VN-JP`), and ASEAN with one partner", () => {
    expect(figures("Thương mại giữa Việt Nam và Nhật Bản đạt 50 tỷ USD.")[0]?.subject).toBe("VN-JP");
    expect(figures("Japan pledged 100 million USD to ASEAN.")[0]?.subject).toBe("ASEAN-JP");
  });
});

describe("period year of a sentence", () => {
  it("gives an amount the one year its sentence states before it", () => {
    expect(figures("In 2023, ASEAN-China trade reached $911 billion.")[0]?.year).toBe(2023);
    expect(figures("Năm 2024, kim ngạch thương mại ASEAN - Nhật Bản đạt 236,6 tỷ USD.")[0]?.year).toBe(2024);
  });
  it("leaves it when the year follows the amount, dates a day, or the sentence has two years", () => {
    expect(
      figures("Thương mại đạt hơn 450 tỷ USD và đầu tư đạt 42 tỷ USD năm 2024.").map((f) => f.year),
    ).toEqual([null, 2024]);
    expect(figures("On 12 May 2023, the US announced $150 million for ASEAN.")[0]?.year).toBeNull();
    expect(figures("In 2022 trade grew to $400 billion from 2021.")[0]?.year).toBeNull();
  });
});

describe("figures as press words them", () => {
  it("reads the money spent on programmes as a project's value, from the noun after it", () => {
    expect(figures("The partnership comprises $150 million in programs for ASEAN.")[0]?.kind).toBe(
      "project_value",
    );
    expect(figures("Every year, the UK gives about $375 million of ODA to the region.")[0]?.kind).toBe(
      "project_value",
    );
    expect(figures("Canada unveiled $1.7 billion in spending in the region.")[0]?.kind).toBe("project_value");
  });

  it("gives an amount a country has given to others to that country", () => {
    expect(
      figures(
        "The United States government has given $4.3 billion in foreign assistance to the sub-region.",
      )[0]?.subject,
    ).toBe("US");
  });

  it("takes one year written twice in a sentence, and a part of a year after the amount", () => {
    expect(
      figures("Năm 2019, thương mại đạt 111 tỷ USD, bằng 3,9% thương mại của ASEAN trong năm 2019.").map(
        (f) => f.year,
      ),
    ).toEqual([2019, 2019]);
    expect(figures("ASEAN-India trade rose to USD 73 billion in the first half of 2024.")[0]?.year).toBe(
      2024,
    );
    expect(
      figures("Bilateral trade reached $630.54 billion in the first three quarters of 2021.")[0]?.year,
    ).toBe(2021);
    expect(figures("Thương mại ASEAN - Hàn Quốc đạt 100 tỷ USD trong 6 tháng đầu năm 2024.")[0]?.year).toBe(
      2024,
    );
  });
});

describe("figures of both sides", () => {
  it("gives `bilateral trade` the partnership the article names most", () => {
    const text =
      "ASEAN-China relations have grown. The ASEAN-China summit was held online.\n\nFigures showed bilateral trade reached $630.54 billion in 2021.";
    expect(figures(text).map((f) => f.subject)).toEqual(["ASEAN-CN"]);
  });
});

describe("subject from a territory and a paragraph's grouping", () => {
  it("takes `Hong Kong, Trung Quốc` as Hong Kong", () => {
    expect(
      figures("Thương mại giữa ASEAN và Hong Kong, Trung Quốc trong năm 2019 đạt 111 tỷ USD.")[0]?.subject,
    ).toBe("ASEAN-HK");
  });
  it("takes the grouping its paragraph named before the amount", () => {
    expect(
      figures(
        "The IMT-GT ministers met in Phuket. The 36 projects have a combined value of over 57 billion USD.",
      )[0]?.subject,
    ).toBe("IMT-GT");
  });
});

describe("currencies as agencies print them", () => {
  it("reads Canadian dollars (`CAN$ 4.5 million`, `3,5 triệu đô la Canada`) and `U.S. dollars`", () => {
    const amounts = (text: string) => figures(text).map((f) => [f.value, f.unit]);
    expect(amounts("Canada announced CAN$ 4.5 million for ASEAN projects in 2020.")).toEqual([
      [4_500_000, "CAD"],
    ]);
    expect(amounts("Canada cam kết 3,5 triệu đô la Canada cho các dự án ASEAN.")).toEqual([
      [3_500_000, "CAD"],
    ]);
    expect(amounts("ASEAN-China trade reached 982.3 billion U.S. dollars in 2024.")).toEqual([
      [982_300_000_000, "USD"],
    ]);
  });
});

describe("subject read off the article", () => {
  it("gives a figure nothing near names the partnership, grouping or agreement the article is about", () => {
    const subjects = (text: string) => figures(text).map((f) => f.subject);
    // The partnership the article names most.
    expect(
      subjects(
        "Hội nghị Cấp cao ASEAN-Hoa Kỳ đặc biệt diễn ra tại Washington. Quan hệ ASEAN-Hoa Kỳ được nâng cấp.\n\nCác chương trình hợp tác mới trị giá 102 triệu USD sẽ được triển khai.",
      ),
    ).toEqual(["ASEAN-US"]);
    // The grouping it names first, paragraphs before the figure.
    expect(
      subjects(
        "The Lancang-Mekong Cooperation foreign ministers met in Anning.\n\nTrade among the six countries reached $437 billion last year, up 125 percent.",
      ),
    ).toEqual(["LMC", "LMC"]);
    // The partnership of the agreement it names most.
    expect(
      subjects(
        "The ACFTA 3.0 upgrade protocol was signed in Kuala Lumpur. The ACFTA covers goods and services.\n\nTrade reached 982.3 billion U.S. dollars in 2024.",
      ),
    ).toEqual(["ASEAN-CN"]);
    // A member's own figure stays without a subject, and two partnerships named as often give none.
    expect(
      subjects(
        "Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 27 diễn ra tại Viêng Chăn. Quan hệ ASEAN-Nhật Bản được nâng cấp.\n\nNăm 2024, tăng trưởng GDP của Việt Nam đạt 7,09%.",
      ),
    ).toEqual([null]);
    expect(
      subjects("ASEAN-China ties deepened. ASEAN-Japan ties deepened too.\n\nTrade reached 240 billion USD."),
    ).toEqual([null]);
    // Nothing anywhere: no subject.
    expect(subjects("Tăng trưởng kinh tế đạt 5% trong năm.")).toEqual([null]);
  });

  it("places no figure at a partner's meeting on a subject read off the article", () => {
    const x = extractArticle(
      "The 28th ASEAN-China Summit was held in Kuala Lumpur. The ACFTA 3.0 upgrade protocol covers the digital economy.\n\nTrade reached 982.3 billion U.S. dollars in 2024.",
    );
    expect(x.figures.map((f) => [f.subject, f.meetingKey])).toEqual([["ASEAN-CN", null]]);
  });
});
