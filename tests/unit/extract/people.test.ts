import { describe, expect, it } from "vitest";
import { PEOPLE } from "../../../src/extract/data/people.ts";
import { extractPeople, lookupPerson } from "../../../src/extract/people.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import { SEED_GOLD } from "../../helpers/seed-gold.ts";
import { SEED_BODIES, type SeedFile } from "./seed-bodies.ts";

const extract = (text: string) => extractPeople(createTextView(text));
const triples = (text: string) => extract(text).map((p) => [p.name, p.country, p.role]);

const gold = SEED_GOLD as {
  file: SeedFile;
  people: { name: string; country: string | null; role: string | null }[];
}[];

describe("extractPeople on the seed bodies", () => {
  for (const g of gold) {
    it(`${g.file}: ${g.people.map((p) => p.name).join(", ") || "nobody"}`, () => {
      const byName = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
      const expected = g.people.map((p) => [p.name, p.country, p.role]).sort(byName);
      expect(triples(SEED_BODIES[g.file]).sort(byName)).toEqual(expected);
    });
  }

  it("merges `Sergei` and `Sergey Lavrov`, keeping the surface form among the aliases", () => {
    const lavrov = extract(SEED_BODIES["002_686e873e6aaa9cef.txt"]).find((p) => p.name === "Sergey Lavrov");
    expect(lavrov?.aliases).toContain("Sergei Lavrov");
  });

  it("gives the family-name-first `Iwaya Takeshi` the canonical given-name-first form", () => {
    const iwaya = extract(SEED_BODIES["004_fbd71147380da296.txt"]).find((p) => p.country === "JP");
    expect(iwaya?.name).toBe("Takeshi Iwaya");
    expect(iwaya?.aliases).toEqual(["Takeshi Iwaya", "Iwaya Takeshi"]);
  });

  it("counts every repeat of a name as evidence, pointing into the body", () => {
    const body = SEED_BODIES["001_83f2f5ee3d553817.txt"];
    const son = extract(body).find((p) => p.name === "Bùi Thanh Sơn");
    expect(son?.evidence.length).toBe(10);
    for (const e of son?.evidence ?? []) {
      expect(body.slice(e.start, e.end)).toBe("Bùi Thanh Sơn");
      expect(e.sentence).toContain(e.text);
    }
  });

  it("takes the country of an untitled-country name from its sentence (`Tại Hội nghị ASEAN-Hàn Quốc`)", () => {
    const text =
      "* Tại Hội nghị ASEAN-Hàn Quốc, Thứ trưởng thứ nhất Bộ Ngoại giao Kim Chul Soo khẳng định cam kết của Hàn Quốc.";
    expect(triples(text)).toEqual([["Kim Chul Soo", "KR", "First Vice Minister of Foreign Affairs"]]);
  });
});

describe("titles and roles", () => {
  it.each([
    [
      "Bộ trưởng Ngoại giao Nhật Bản Takeshi Iwaya phát biểu.",
      "Takeshi Iwaya",
      "JP",
      "Minister of Foreign Affairs",
    ],
    ["Ngoại trưởng Nhật Bản Takeshi Iwaya phát biểu.", "Takeshi Iwaya", "JP", "Minister of Foreign Affairs"],
    ["Bộ trưởng Ngoại giao Mỹ Marco Rubio khẳng định.", "Marco Rubio", "US", "Secretary of State"],
    ["Ngoại trưởng Rubio khẳng định.", "Marco Rubio", "US", "Secretary of State"],
    [
      "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn.",
      "Bùi Thanh Sơn",
      "VN",
      "Deputy Prime Minister, Minister of Foreign Affairs",
    ],
    [
      "Thứ trưởng Bộ Công Thương Việt Nam Nguyễn Sinh Nhật Tân tham dự.",
      "Nguyễn Sinh Nhật Tân",
      "VN",
      "Deputy Minister of Industry and Trade",
    ],
    [
      "Bộ trưởng Đầu tư, Thương mại và Công nghiệp Malaysia, ông Zafrul Abdul Aziz, cho biết.",
      "Zafrul Abdul Aziz",
      "MY",
      "Minister of Investment, Trade and Industry",
    ],
    ["Thủ tướng Trung Quốc Lý Cường dự hội nghị.", "Li Qiang", "CN", "Premier"],
    [
      "Bộ trưởng Thương mại Thái Lan Jatuporn Buruspat cho biết.",
      "Jatuporn Buruspat",
      "TH",
      "Minister of Commerce",
    ],
    ["Tổng Thư ký ASEAN Kao Kim Hourn phát biểu.", "Kao Kim Hourn", null, "Secretary-General of ASEAN"],
    [
      "Thứ trưởng Ngoại giao Nguyễn Văn Bình cho biết.",
      "Nguyễn Văn Bình",
      "VN",
      "Deputy Minister of Foreign Affairs",
    ],
    ["Đại sứ Trung Quốc tại Việt Nam Hà Vĩ phát biểu.", "Hà Vĩ", "CN", "Ambassador"],
  ])("%s", (text, name, country, role) => {
    expect(triples(text)).toEqual([[name, country, role]]);
  });

  it.each([
    ["Japanese Foreign Minister Yoko Kamikawa said.", "Yoko Kamikawa", "JP", "Minister of Foreign Affairs"],
    ["Foreign Minister of Japan Takeshi Iwaya said.", "Takeshi Iwaya", "JP", "Minister of Foreign Affairs"],
    ["US Secretary of State Antony Blinken arrived.", "Antony Blinken", "US", "Secretary of State"],
    [
      "ASEAN Secretary-General Kao Kim Hourn briefed them.",
      "Kao Kim Hourn",
      null,
      "Secretary-General of ASEAN",
    ],
    [
      "Malaysia's Minister of Investment, Trade and Industry Tengku Zafrul Aziz said so.",
      "Zafrul Abdul Aziz",
      "MY",
      "Minister of Investment, Trade and Industry",
    ],
    [
      "It was co-chaired by H.E. Piyush Goyal, Minister of Commerce and Industry of India.",
      "Piyush Goyal",
      "IN",
      "Minister of Commerce and Industry",
    ],
    [
      "Canada's Minister of Export Promotion, International Trade and Economic Development Jane Doe spoke.",
      "Jane Doe",
      "CA",
      "Minister of Export Promotion, International Trade and Economic Development",
    ],
    ["Prime Minister Pham Minh Chinh attended.", "Phạm Minh Chính", "VN", "Prime Minister"],
  ])("%s", (text, name, country, role) => {
    expect(triples(text)).toEqual([[name, country, role]]);
  });

  it("keeps the fullest title the text gives a person", () => {
    const text =
      "Phó Thủ tướng Bùi Thanh Sơn phát biểu. Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn nhấn mạnh.";
    expect(triples(text)).toEqual([
      ["Bùi Thanh Sơn", "VN", "Deputy Prime Minister, Minister of Foreign Affairs"],
    ]);
  });

  it("names a former office holder without giving them the role", () => {
    expect(triples("cựu Thủ tướng Nhật Bản Kishida Fumio và Former Prime Minister Lee Hsien Loong.")).toEqual(
      [
        ["Fumio Kishida", "JP", null],
        ["Lee Hsien Loong", "SG", null],
      ],
    );
  });

  it("does not give a lesser office the role it is built on", () => {
    expect(extract("Phó Trợ lý Ngoại trưởng Mỹ Jung Pak cho biết.")).toEqual([]);
    expect(extract("Deputy Trade Representative Sarah Bianchi said.")).toEqual([]);
  });

  it("reads a lesser office the lexicon lists on its own with its own role", () => {
    expect(triples("Phó Chủ tịch Quốc hội Nguyễn Khắc Định phát biểu.")).toEqual([
      ["Nguyễn Khắc Định", "VN", "Vice Chairman of the National Assembly"],
    ]);
  });

  it("completes a bare `Bộ trưởng` from the table when it knows the office", () => {
    expect(triples("Bộ trưởng Nguyễn Hồng Diên thông tin.")).toEqual([
      ["Nguyễn Hồng Diên", "VN", "Minister of Industry and Trade"],
    ]);
  });
});

describe("what is not a person", () => {
  it.each([
    "Phó Thủ tướng, Bộ trưởng đề nghị các nước thúc đẩy đối thoại.",
    "Ngoại trưởng Mỹ bày tỏ mong muốn.",
    "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 và các Bộ trưởng Kinh tế ASEAN.",
    "Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16.",
    "Thủ tướng Campuchia, Thái Lan và Lào đã gặp nhau.",
    "Tại Kuala Lumpur, Bộ trưởng đề nghị tăng cường hợp tác.",
    "Hội nghị Bộ trưởng ASEAN – Mỹ. Ảnh: Baoquocte",
    "Bình Giang",
    "Chủ tịch ASEAN 2025 Malaysia chủ trì.",
    // A ministry's portfolio and an assembly are no names.
    "The meeting was chaired by Malaysia's Minister of Tourism, Arts, and Culture.",
    "ASEAN Health Ministers met the United States Secretary of Health and Human Services.",
    "The session was chaired by the President of the Lao National Assembly.",
  ])("%s", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it("keeps the person after a portfolio and an assembly in their title", () => {
    expect(
      triples(
        "The meeting was chaired by Malaysia's Minister of Tourism, Arts, and Culture, Mr. Dato Sri Tiong King Sing. It was hosted by Saysomphone Phomvihane, President of the Lao National Assembly (NA).",
      ).map(([name, , role]) => [name, role]),
    ).toEqual([
      ["Tiong King Sing", "Minister of Tourism, Arts, and Culture"],
      ["Saysomphone Phomvihane", "President of the National Assembly"],
    ]);
  });
});

describe("a name's suffix", () => {
  it("takes `, Jr.` into the name without the comma", () => {
    expect(
      extract(
        "Labour Secretary Benedicto Ernesto R. Bitonio, Jr. said the meeting went well. Bitonio added more.",
      ).map((p) => p.name),
    ).toEqual(["Benedicto Ernesto R. Bitonio Jr."]);
    // Not `, Sr.` (a title may follow).
    expect(
      extract("Ambassador Jose Santos, Sr. Vice President of the ASEAN Business Council, spoke.").map(
        (p) => p.name,
      ),
    ).toEqual(["Jose Santos"]);
  });

  it("keeps a person whose family name is an institution's word in English", () => {
    expect(triples("Australian Ambassador Jessica Court attended the meeting.")).toEqual([
      ["Jessica Court", "AU", "Ambassador"],
    ]);
  });
});

describe("short references and repeats", () => {
  it("links a title and a given name to the person already named", () => {
    const [binh] = extract("Thứ trưởng Ngoại giao Nguyễn Văn Bình cho biết. Thứ trưởng Bình nói thêm.");
    expect(binh?.evidence.map((e) => e.text)).toEqual(["Nguyễn Văn Bình", "Bình"]);
  });

  it("links a known family name after the full name, and after a word of address", () => {
    const [iwaya] = extract("Foreign Minister Takeshi Iwaya spoke. Iwaya added that Japan would help.");
    expect(iwaya?.evidence.map((e) => e.text)).toEqual(["Takeshi Iwaya", "Iwaya"]);
    expect(triples("ông Lavrov nói.")).toEqual([["Sergey Lavrov", "RU", null]]);
    expect(extract("Lavrov")).toEqual([]);
  });

  it("finds a known person named without a title", () => {
    expect(triples("Anwar Ibrahim và Vương Nghị đã gặp nhau.")).toEqual([
      ["Anwar Ibrahim", "MY", null],
      ["Wang Yi", "CN", null],
    ]);
  });
});

describe("lookupPerson", () => {
  it.each([
    ["Iwaya Takeshi", "Takeshi Iwaya"],
    ["Vương Nghị", "Wang Yi"],
    ["sergei lavrov", "Sergey Lavrov"],
    ["Vuong Nghi", "Wang Yi"],
    ["Park Yoon-joo", "Park Yoon Joo"],
    ["Bui Thanh Son", "Bùi Thanh Sơn"],
  ])("%s → %s", (name, canonical) => {
    expect(lookupPerson(name)?.name).toBe(canonical);
  });

  it("returns null for someone it does not know", () => {
    expect(lookupPerson("Nguyễn Văn Khoa")).toBeNull();
  });

  it("resolves every alias in the table to its own entry", () => {
    for (const p of PEOPLE) {
      for (const alias of [p.name, ...p.aliases]) expect(lookupPerson(alias)?.name, alias).toBe(p.name);
    }
  });
});
