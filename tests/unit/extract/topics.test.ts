import { describe, expect, it } from "vitest";
import { foldKey, normalizeText } from "../../../src/extract/normalize.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import { extractTopics, TOPICS } from "../../../src/extract/topics.ts";
import { SEED_BODIES } from "./seed-bodies.ts";

const slugs = (text: string) => extractTopics(createTextView(normalizeText(text))).map((t) => t.slug);

describe("TOPICS table", () => {
  it("has the topics of the domain model, each named in Vietnamese and English", () => {
    expect(TOPICS.map((t) => t.slug).sort()).toEqual(
      [
        "digital-economy",
        "green-transition",
        "energy",
        "supply-chains",
        "msmes",
        "ai",
        "food-security",
        "maritime",
        "trade-facilitation",
        "investment",
        "connectivity",
        "climate-change",
        "people-to-people",
        "tourism",
        "finance",
        "health",
        "cybersecurity",
        "education",
      ].sort(),
    );
    for (const t of TOPICS) expect(t.nameVi && t.nameEn).toBeTruthy();
  });

  it("gives each term to one topic only, and writes keywords folded", () => {
    const terms = TOPICS.flatMap((t) => [...t.keywords, ...t.words, ...t.acronyms]);
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of TOPICS) for (const k of t.keywords) expect(foldKey(k)).toBe(k);
  });
});

describe("extractTopics", () => {
  it.each([
    ["Thúc đẩy chuyển đổi số và thương mại điện tử", "digital-economy"],
    ["hỗ trợ chuyển đổi xanh, phát thải ròng bằng 0", "green-transition"],
    ["bảo đảm an ninh năng lượng", "energy"],
    ["khả năng phục hồi của chuỗi cung ứng", "supply-chains"],
    ["doanh nghiệp siêu nhỏ, nhỏ và vừa (MSME)", "msmes"],
    ["ứng dụng trí tuệ nhân tạo", "ai"],
    ["an ninh lương thực khu vực", "food-security"],
    ["lập trường về Biển Đông", "maritime"],
    ["tạo thuận lợi thương mại", "trade-facilitation"],
    ["cải thiện môi trường đầu tư", "investment"],
    ["kết nối hạ tầng giao thông", "connectivity"],
    ["ứng phó biến đổi khí hậu", "climate-change"],
    ["giao lưu nhân dân", "people-to-people"],
    ["du lịch bền vững", "tourism"],
    ["Sáng kiến Chiang Mai (CMIM) về tài chính", "finance"],
    ["hậu đại dịch Covid-19", "health"],
    ["an ninh mạng và chống lừa đảo trực tuyến", "cybersecurity"],
    ["giáo dục và đào tạo", "education"],
    ["the digital economy and e-commerce", "digital-economy"],
    ["the South China Sea", "maritime"],
    ["people-to-people exchanges", "people-to-people"],
    ["cooperation on artificial intelligence (AI)", "ai"],
  ])("%s → %s", (text, slug) => {
    expect(slugs(text)).toEqual([slug]);
  });

  it("does not read `biến động` (fluctuation) as the East Sea", () => {
    expect(slugs("Trong bối cảnh thế giới biến động khó lường")).toEqual([]);
  });

  it("reads `AI` only in capitals (`ai` is the Vietnamese word for who)", () => {
    expect(slugs("ai cũng biết điều đó")).toEqual([]);
    expect(slugs("ứng dụng AI vào kinh tế")).toContain("ai");
  });

  it("needs whole words", () => {
    expect(slugs("dautu, ketnoi, tourismo")).toEqual([]);
  });

  it("lists seed 001's topics in order of first mention, with every mention as evidence", () => {
    const body = SEED_BODIES["001_83f2f5ee3d553817.txt"];
    const topics = extractTopics(createTextView(body));
    expect(topics.map((t) => t.slug)).toEqual(
      expect.arrayContaining(["digital-economy", "green-transition", "energy", "ai", "maritime", "msmes"]),
    );
    const maritime = topics.find((t) => t.slug === "maritime");
    expect(maritime?.evidence.map((e) => e.text)).toEqual(["Biển Đông", "Biển Đông"]);
    const firsts = topics.map((t) => t.evidence[0]?.start ?? 0);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const t of topics) for (const e of t.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
  });

  it("finds the health topic in seed 003 (Covid-19)", () => {
    const topics = extractTopics(createTextView(SEED_BODIES["003_8e497b4819558aaa.txt"]));
    expect(topics.find((t) => t.slug === "health")?.evidence[0]?.text).toBe("Covid-19");
  });
});
