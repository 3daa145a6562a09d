import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor } from "../../../src/store/search-cursor.ts";
import {
  MAX_PHRASES,
  MAX_QUERY_LENGTH,
  MAX_WORDS,
  otherTonePlacement,
  parseQuery,
  SearchInputError,
} from "../../../src/store/search-query.ts";
import { highlightSnippet, pickSnippet, SNIPPET_LENGTH } from "../../../src/store/search-snippet.ts";

describe("parseQuery", () => {
  it("splits on spaces and hyphens, keeps the typed form and folds it", () => {
    const q = parseQuery("  Hoà   bình (AMM-58) ");
    expect(q.text).toBe("Hoà bình (AMM-58)");
    expect(q.words).toEqual(["Hoà", "bình", "AMM", "58"]);
    expect(q.folded).toEqual(["hoa", "binh", "amm", "58"]);
    expect(q.marked).toEqual(["Hoà", "bình"]);
    expect(q.markedAlt).toEqual(["Hòa", "bình"]);
    expect(q.parts).toEqual([
      {
        text: "Hoà bình (AMM-58)",
        quoted: false,
        marked: [
          ["Hoà", "Hòa"],
          ["bình", "bình"],
        ],
      },
    ]);
    expect(q.loose).toEqual([]);
  });

  it("reads quoted phrases as parts of their own and the rest as loose words", () => {
    const q = parseQuery('thuế “Hoa Kỳ” "hàng hóa" cao');
    expect(q.parts).toEqual([
      { text: "Hoa Kỳ", quoted: true, marked: [["Kỳ", "Kỳ"]] },
      { text: "hàng hóa", quoted: true, marked: expect.any(Array) },
    ]);
    expect(q.loose).toEqual(["thuế", "cao"]);
    expect(q.looseMarked).toEqual([["thuế", "thuế"]]);
    expect(q.text).toBe('thuế "Hoa Kỳ" "hàng hóa" cao');
    // A quote left open runs to the end; an empty one is nothing.
    expect(parseQuery('ASEAN "Hoa Ky').parts).toEqual([{ text: "Hoa Ky", quoted: true, marked: [] }]);
    expect(parseQuery('"" Lavrov').parts).toEqual([{ text: "Lavrov", quoted: false, marked: [] }]);
  });

  it(`keeps the first ${MAX_WORDS} words and ${MAX_PHRASES} quoted phrases of a hostile text`, () => {
    const words = parseQuery(
      Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(" "),
    );
    expect(words.words).toHaveLength(MAX_WORDS);
    expect(words.parts).toEqual([{ text: words.words.join(" "), quoted: false, marked: [] }]);
    const quotes = parseQuery(Array.from({ length: 10 }, (_, i) => `"p${i} q${i}"`).join(" "));
    expect(quotes.parts.map((p) => p.text)).toEqual(["p0 q0", "p1 q1", "p2 q2", "p3 q3"]);
    expect(quotes.loose).toEqual(["p4", "q4", "p5", "q5", "p6", "q6", "p7", "q7"]);
    expect(quotes.words).toHaveLength(MAX_WORDS);
  });

  it("rejects empty, wordless and too long texts", () => {
    expect(() => parseQuery(" \u00a0 ")).toThrow(SearchInputError);
    expect(() => parseQuery("…!?")).toThrow(/no word/);
    expect(() => parseQuery("a".repeat(MAX_QUERY_LENGTH + 1))).toThrow(/longer than 200/);
    expect(parseQuery("ư".repeat(MAX_QUERY_LENGTH)).words).toHaveLength(1);
  });
});

describe("otherTonePlacement", () => {
  it("swaps the tone mark of open oa/oe/uy endings between their two vowels, both ways", () => {
    const pairs = [
      ["hòa", "hoà"],
      ["HÒA", "HOÀ"],
      ["khỏe", "khoẻ"],
      ["thủy", "thuỷ"],
    ];
    for (const [a, b] of pairs) {
      expect(otherTonePlacement(a as string)).toBe(b);
      expect(otherTonePlacement(b as string)).toBe(a);
    }
  });

  it("leaves closed syllables, qu- and other words alone", () => {
    for (const word of ["hoàng", "toán", "quý", "bình", "AKFTA"]) expect(otherTonePlacement(word)).toBe(word);
  });
});

describe("search cursors", () => {
  it("round-trip a rank exactly and reject anything else", () => {
    const position = { rank: 4.363134, kind: "article" as const, key: "000000000012" };
    expect(decodeSearchCursor(encodeSearchCursor(position))).toEqual(position);
    const code = { rank: 5, kind: "agreement" as const, key: "ASEAN_CHARTER" };
    expect(decodeSearchCursor(encodeSearchCursor(code))).toEqual(code);
    expect(() => decodeSearchCursor("bm9wZQ")).toThrow(SearchInputError);
    expect(() => decodeSearchCursor(Buffer.from("search:1:book:1").toString("base64url"))).toThrow(
      SearchInputError,
    );
  });
});

describe("snippets", () => {
  it("marks runs of matched words in the original text, whole words only", () => {
    expect(highlightSnippet("Hội nghị Bộ trưởng Kinh tế ASEAN", ["hoi", "nghi", "bo", "truong"])).toBe(
      "«Hội nghị Bộ trưởng» Kinh tế ASEAN",
    );
    expect(highlightSnippet("Hoàng Anh, hoà bình", ["hoa"])).toBe("Hoàng Anh, «hoà» bình");
    expect(highlightSnippet("Hoàng Anh", ["hoa"])).toBeNull();
  });

  it("cuts a window around the densest matches, with ellipses", () => {
    const filler = "Lorem ipsum dolor sit amet. ".repeat(20);
    const text = `${filler}Ngoại trưởng Sergey Lavrov phát biểu. ${filler}`;
    const snippet = highlightSnippet(text, ["lavrov"]) ?? "";
    expect(snippet).toContain("Sergey «Lavrov» phát biểu");
    expect(snippet.startsWith("… ")).toBe(true);
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet.length).toBeLessThan(SNIPPET_LENGTH + 20);
  });

  it("marks a phrase term across spaces or dashes, and a capitalised term only as written", () => {
    expect(highlightSnippet("Trung tâm ASEAN-Hoa Kỳ, hàng hóa kỹ thuật", ["hoa ky"])).toBe(
      "Trung tâm ASEAN-«Hoa Kỳ», hàng «hóa kỹ» thuật",
    );
    // As written: diacritics count, case and tone placement do not.
    expect(highlightSnippet("ASEAN-Hoa Kỳ, hàng hóa kỹ thuật, HOA KỲ", ["=hoa kỳ"])).toBe(
      "ASEAN-«Hoa Kỳ», hàng hóa kỹ thuật, «HOA KỲ»",
    );
    expect(highlightSnippet("gìn giữ hoà bình", ["=hòa bình"])).toBe("gìn giữ «hoà bình»");
    expect(highlightSnippet("Let us see what the US says", ["US"])).toBe("Let us see what the «US» says");
    expect(highlightSnippet("Let us see", ["US"])).toBeNull();
  });

  it("takes the field with the most matched words, else the first field", () => {
    expect(pickSnippet(["Sergey Lavrov", "Sergei Lavrov"], ["sergei", "lavrov"])).toBe("«Sergei Lavrov»");
    expect(pickSnippet(["Sergey Lavrov", null], ["lavrop"])).toBe("Sergey Lavrov");
  });
});
