/**
 * The matching views of a text: tone placement made canonical and case and diacritics folded,
 * both keeping the text's length so that offsets carry over. The fast paths (a replace over
 * the few open syllables, a typed-array fold decoded natively) must agree with the plain
 * per-character rules on every input, including astral and lone surrogate code units.
 */
import { describe, expect, it } from "vitest";
import { canonicalTones, foldText, normalizeText } from "../../../src/extract/normalize.ts";

describe("canonicalTones", () => {
  it.each([
    ["hoà bình", "hòa bình"],
    ["Thuỷ", "Thủy"],
    ["HOÀ", "HÒA"],
    ["khoẻ", "khỏe"],
    ["quý", "quý"],
    ["hoàn", "hoàn"],
    ["hòa", "hòa"],
  ])("%s → %s", (text, canonical) => {
    expect(canonicalTones(text)).toBe(canonical);
  });

  it("leaves a text with astral characters as it is, and keeps the length of any other", () => {
    expect(canonicalTones("hoà 😀")).toBe("hoà 😀");
    const text = "Hoà bình, thuỷ lợi, hoà\uD800 — quý vị";
    expect(canonicalTones(text)).toHaveLength(text.length);
    expect(canonicalTones(text)).toBe("Hòa bình, thủy lợi, hòa\uD800 — quý vị");
  });
});

describe("foldText", () => {
  it("lower-cases and drops diacritics, one unit for one unit", () => {
    expect(foldText("Hòa Bình, ĐÀ NẴNG")).toBe("hoa binh, da nang");
  });

  it("folds a long text exactly as it folds each of its characters", () => {
    const sample =
      "Hội nghị Bộ trưởng Ngoại giao ASEAN–Nhật Bản \uFEFF “Đà Nẵng” 😀 İstanbul \uDC00 x\uD800y ";
    const long = sample.repeat(20);
    const perCharacter = [...long].map((c) => (c.length === 1 ? foldText(c) : c)).join("");
    expect(foldText(long)).toHaveLength(long.length);
    expect(foldText(long)).toBe(perCharacter);
  });

  it("keeps a byte order mark and lone surrogates in long texts", () => {
    const long = `\uFEFF${"a".repeat(40)}\uD800${"B".repeat(40)}`;
    expect(foldText(long)).toBe(`\uFEFF${"a".repeat(40)}\uD800${"b".repeat(40)}`);
  });
});

describe("legacy look-alike letters", () => {
  it("reads the eth `Ð`/`ð` of legacy-encoded pages as Vietnamese `Đ`/`đ`", () => {
    expect(normalizeText("Ðan Mạch và ðội tuyển")).toBe("Đan Mạch và đội tuyển");
  });
});
