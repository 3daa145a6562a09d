import { describe, expect, it } from "vitest";
import { agreementByCode, extractAgreements, lookupAgreement } from "../../../src/extract/agreements.ts";
import { AGREEMENTS } from "../../../src/extract/data/agreements.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import { AGREEMENT_KINDS } from "../../../src/extract/types.ts";
import { SEED_GOLD } from "../../helpers/seed-gold.ts";
import { SEED_BODIES, type SeedFile } from "./seed-bodies.ts";

const extract = (text: string) => extractAgreements(createTextView(text));
const codes = (text: string) =>
  extract(text)
    .map((a) => a.code)
    .sort();

const gold = SEED_GOLD as {
  file: SeedFile;
  agreements: string[];
}[];

describe("extractAgreements on the seed bodies", () => {
  for (const g of gold) {
    it(`${g.file}: ${g.agreements.join(" ") || "none"}`, () => {
      expect(codes(SEED_BODIES[g.file])).toEqual([...g.agreements].sort());
    });
  }

  it("folds `ACFTA 3.0` into ACFTA with version 3.0, name and acronym both as evidence", () => {
    const acfta = extract(SEED_BODIES["000_b85c5de12b388afb.txt"]).find((a) => a.code === "ACFTA");
    expect(acfta?.version).toBe("3.0");
    expect(acfta?.evidence.map((e) => e.text)).toEqual([
      "Hiệp định thương mại tự do ASEAN-Trung Quốc",
      "ACFTA",
    ]);
  });

  it("gives evidence that points into the body, inside its sentence", () => {
    const body = SEED_BODIES["001_83f2f5ee3d553817.txt"];
    for (const fact of extract(body)) {
      for (const e of fact.evidence) {
        expect(body.slice(e.start, e.end)).toBe(e.text);
        expect(e.sentence).toContain(e.text);
      }
    }
  });
});

describe("names with variable spacing, dashes and case", () => {
  it.each([
    "Hiệp định Thương mại tự do ASEAN-Hàn Quốc",
    "Hiệp định Thương mại tự do ASEAN - Hàn Quốc",
    "Hiệp định Thương mại tự do ASEAN – Hàn Quốc",
    "hiệp định thương mại tự do asean-hàn quốc",
    "Hiệp định Thương mại Tự do giữa ASEAN và Hàn Quốc",
    "FTA ASEAN - Hàn Quốc",
    "the ASEAN-Korea Free Trade Area",
  ])("%s → AKFTA", (text) => {
    expect(codes(text)).toEqual(["AKFTA"]);
  });

  it("prefers the longest name: ASEAN–India goods agreement is AITIGA, not ATIGA", () => {
    expect(codes("Hiệp định Thương mại Hàng hoá ASEAN - Ấn Độ")).toEqual(["AITIGA"]);
    expect(codes("Hiệp định Thương mại hàng hóa ASEAN (ATIGA)")).toEqual(["ATIGA"]);
  });

  it.each([
    ["Mạng lưới điện ASEAN", "APG"],
    ["Hiệp định khung kinh tế số ASEAN", "DEFA"],
    ["cơ chế Đa phương hóa Sáng kiến Chiang Mai", "CMIM"],
    ["Sáng kiến thị trường trái phiếu châu Á", "ABMI"],
    ["Cộng đồng châu Á phát thải ròng bằng 0", "AZEC"],
    ["rà soát Khung thương mại và đầu tư giai đoạn 2024-2025", "TIFA"],
    ["Hiến chương ASEAN", "ASEAN_CHARTER"],
    ["Bộ Quy tắc ứng xử ở Biển Đông", "COC"],
    ["Tuyên bố về ứng xử của các bên ở Biển Đông", "DOC"],
    ["Công ước Liên hợp quốc về Luật Biển năm 1982", "UNCLOS"],
    ["Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á", "TAC"],
    ["Hiệp định Đối tác kinh tế toàn diện khu vực", "RCEP"],
    ["Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương", "CPTPP"],
    ["Hiệp định Thương mại tự do Việt Nam - EU", "EVFTA"],
    ["Regional Comprehensive Economic Partnership", "RCEP"],
    ["the Chiang Mai Initiative Multilateralisation", "CMIM"],
    ["the ASEAN Power Grid", "APG"],
    ["the Asia Zero Emission Community", "AZEC"],
    ["the Treaty of Amity and Cooperation in Southeast Asia", "TAC"],
    ["the ASEAN Outlook on the Indo-Pacific", "AOIP"],
  ])("%s → %s", (text, code) => {
    expect(codes(text)).toEqual([code]);
  });
});

describe("acronyms", () => {
  it("matches catalog acronyms as whole, upper-case tokens", () => {
    expect(codes("RCEP, CPTPP và IPEF")).toEqual(["CPTPP", "IPEF", "RCEP"]);
    expect(codes("thông qua Kế hoạch công tác TIFA giai đoạn 2025-2026")).toEqual(["TIFA"]);
    expect(codes("tiến tới COC và thực hiện DOC")).toEqual(["COC", "DOC"]);
  });

  it("ignores lower-case or longer tokens", () => {
    expect(codes("the doc and the coc; a DOCX file; RCEPS; TPPs")).toEqual([]);
  });

  it("does not read the TPP inside CPTPP", () => {
    expect(codes("CPTPP")).toEqual(["CPTPP"]);
  });
});

describe("what is not an agreement", () => {
  it.each([
    "trên cơ sở Hiến chương Liên hợp quốc",
    "Hiến chương Liên Hợp Quốc",
    "triển khai Tầm nhìn Cộng đồng ASEAN 2045",
    "Kế hoạch Hành động giai đoạn 2021-2025",
    "Tuyên bố chung của các Bộ trưởng",
    "Tổ chức Thương mại thế giới (WTO), ERIA và SEOM",
  ])("%s → none", (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe("versions", () => {
  it("reads a numbered version after the acronym", () => {
    expect(extract("ký ACFTA 3.0 vào tháng 10")[0]?.version).toBe("3.0");
  });

  it("marks an upgrade protocol without a number as `upgrade`", () => {
    const [fact] = extract("Nghị định thư nâng cấp Hiệp định Thương mại tự do ASEAN - Trung Quốc");
    expect(fact?.code).toBe("ACFTA");
    expect(fact?.version).toBe("upgrade");
  });

  it("does not call a negotiation to upgrade a version", () => {
    expect(extract("đàm phán nâng cấp Hiệp định Thương mại tự do ASEAN - Hàn Quốc")[0]?.version).toBeNull();
  });
});

describe("the catalog", () => {
  const designCodes = [
    "ACFTA",
    "AKFTA",
    "AJCEP",
    "AITIGA",
    "AANZFTA",
    "AHKFTA",
    "ACAFTA",
    "ATIGA",
    "ATISA",
    "ACIA",
    "RCEP",
    "CPTPP",
    "IPEF",
    "TIFA",
    "DEFA",
    "EVFTA",
    "EVIPA",
    "UKVFTA",
    "VKFTA",
    "VJEPA",
    "CMIM",
    "ABMI",
    "APG",
    "TAGP",
    "AZEC",
    "ASEAN_CHARTER",
    "TAC",
    "SEANWFZ",
    "UNCLOS",
    "DOC",
    "COC",
    "AOIP",
    "AATHP",
    "ACMECS",
  ];

  it("holds every code DESIGN.md lists, once each", () => {
    const catalog = AGREEMENTS.map((a) => a.code);
    expect(new Set(catalog).size).toBe(catalog.length);
    for (const code of designCodes) expect(catalog).toContain(code);
  });

  it("has valid kinds, codes in the established style, and names in both languages", () => {
    for (const a of AGREEMENTS) {
      expect(AGREEMENT_KINDS).toContain(a.kind);
      expect(a.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(a.nameVi.length).toBeGreaterThan(0);
      expect(a.nameEn.length).toBeGreaterThan(0);
    }
  });

  it("resolves every name, alias and acronym to its own entry", () => {
    for (const a of AGREEMENTS) {
      for (const name of [a.nameVi, a.nameEn, ...a.aliases]) {
        expect(lookupAgreement(name), `${name} → ${a.code}`).toBe(a.code);
      }
    }
    expect(lookupAgreement("hiep dinh thuong mai tu do asean - han quoc")).toBe("AKFTA");
    expect(lookupAgreement("Hiến chương Liên hợp quốc")).toBeNull();
    expect(agreementByCode("RCEP")?.parties).toContain("ASEAN");
  });

  it("finds each entry's own names in running text", () => {
    for (const a of AGREEMENTS) {
      expect(codes(`Các bên nhắc tới ${a.nameVi} hôm qua.`), a.nameVi).toEqual([a.code]);
      expect(codes(`They discussed the ${a.nameEn} yesterday.`), a.nameEn).toEqual([a.code]);
    }
  });
});
