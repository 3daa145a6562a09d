import { describe, expect, it } from "vitest";
import { extractAgreements } from "../../../src/extract/agreements.ts";
import { createTextView } from "../../../src/extract/text-view.ts";

const codes = (text: string) => extractAgreements(createTextView(text)).map((a) => a.code);

describe("agreements as real press names them", () => {
  it("reads `Digital Economic Framework Agreement` (a common slip) as DEFA", () => {
    expect(codes("Talks on the ASEAN Digital Economic Framework Agreement advanced.")).toEqual(["DEFA"]);
  });

  it("knows the ASEAN Framework Agreement on Intellectual Property Cooperation, with or without `Rights`", () => {
    expect(
      codes("They reviewed the Framework Agreement on Intellectual Property Rights Cooperation."),
    ).toEqual(["AFAIPC"]);
    expect(codes("Hiệp định khung ASEAN về hợp tác sở hữu trí tuệ (AFAIPC) sẽ được sửa đổi.")).toEqual([
      "AFAIPC",
    ]);
  });
});

describe("free-trade agreements described by their parties", () => {
  it("reads the parties after `with` / `giữa` / `với`", () => {
    expect(codes("ASEAN wants to upgrade its free trade agreement with New Zealand and Australia.")).toEqual([
      "AANZFTA",
    ]);
    expect(codes("Hai bên rà soát hiệp định thương mại tự do giữa ASEAN và Canada.")).toEqual(["ACAFTA"]);
    expect(codes("The bloc's FTAs with China and with India were reviewed.")).toEqual(["ACFTA"]);
  });

  it("takes Viet Nam's own agreement when Viet Nam is among the parties", () => {
    expect(codes("Hiệp định thương mại tự do giữa Việt Nam và Liên minh châu Âu có hiệu lực.")).toEqual([
      "EVFTA",
    ]);
  });

  it("says nothing when an ASEAN and a Vietnamese agreement share the partner and the text does not tell", () => {
    expect(codes("They discussed the free trade agreement with Korea.")).toEqual([]);
  });

  it("needs the parties right after the head, and only countries with a catalog FTA", () => {
    expect(codes("A free trade agreement is planned; trade with Japan grew.")).toEqual([]);
    expect(codes("an FTA with Brazil and Argentina")).toEqual([]);
  });

  it("does not count a description a name already covers", () => {
    const facts = extractAgreements(createTextView("The ASEAN-China Free Trade Agreement with China"));
    expect(facts.map((f) => [f.code, f.evidence.length])).toEqual([["ACFTA", 1]]);
  });
});

describe("free-trade areas named after their two sides as the subject", () => {
  it("reads `China and ASEAN … free-trade zone` and `ASEAN and India … free trade agreement`", () => {
    expect(
      codes("China and ASEAN have built the biggest free-trade zone among developing countries."),
    ).toEqual(["ACFTA"]);
    expect(codes("China and ASEAN should speed up their negotiations on the Free Trade Area (FTA).")).toEqual(
      ["ACFTA"],
    );
  });

  it("reads nothing for a pair with no ASEAN free-trade agreement", () => {
    expect(codes("Japan and Vietnam signed a free-trade agreement.")).toEqual([]);
  });
});

describe("the code of conduct and the Outlook as press shortens them", () => {
  it("reads `the code of conduct negotiations` and `ASEAN's Outlook on Indo Pacific`", () => {
    expect(codes("They welcomed progress in the code of conduct negotiations.")).toEqual(["COC"]);
    expect(codes("India's initiative and ASEAN's Outlook on Indo Pacific have much in common.")).toEqual([
      "AOIP",
    ]);
  });
});

describe("the emergency rice reserve with `lúa gạo`", () => {
  it("reads `Quỹ dự trữ lúa gạo khẩn cấp ASEAN+3` as APTERR", () => {
    expect(
      codes("Các bên ký Nghị định thư sửa đổi Thỏa thuận Quỹ dự trữ lúa gạo khẩn cấp ASEAN+3."),
    ).toContain("APTERR");
  });
});
