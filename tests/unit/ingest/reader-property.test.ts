import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ArticleExtraction, type Evidence, extractArticle } from "../../../src/extract/index.ts";
import { decodeArticleBytes, type ReadFailureCode } from "../../../src/ingest/reader.ts";

// Modest runs: these guard against crashes on odd input and must keep the unit suite fast.
const RUNS = { numRuns: 200 };
const CODES: ReadFailureCode[] = ["EMPTY", "BINARY", "INVALID_ENCODING", "NO_ARTICLE_TEXT"];

const SEEDS_DIR = path.resolve(import.meta.dirname, "../../../seeds");
const SEED_TEXTS = fs
  .readdirSync(SEEDS_DIR)
  .map((name) => fs.readFileSync(path.join(SEEDS_DIR, name), "utf8"));

/** Bytes as files arrive: anything, sometimes behind a UTF-8 or UTF-16 byte-order mark. */
const fileBytes = fc
  .tuple(
    fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
    fc.uint8Array({ maxLength: 2048 }),
  )
  .map(([bom, rest]) => Uint8Array.from([...bom, ...rest]));

/** Text close to what the extractor looks for: pieces of real articles mixed with noise. */
const articleLike = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.nat({ max: SEED_TEXTS.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 400 }))
        .map(([i, at, length]) => {
          const seed = SEED_TEXTS[i] ?? "";
          const start = at % Math.max(1, seed.length);
          return seed.slice(start, start + length);
        }),
      fc.constantFrom("\n", "\r\n", "\n\n", ". ", "(", ")", "“", "\u0301", "\u00a0", "\ufeff", "Ảnh: TTXVN"),
      fc.string({ unit: "binary", maxLength: 20 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

/** Every evidence object anywhere in an extraction. */
function evidenceIn(value: unknown, found: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) for (const item of value) evidenceIn(item, found);
  else if (value !== null && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.start === "number" && typeof v.end === "number" && typeof v.text === "string")
      found.push(v as unknown as Evidence);
    for (const [key, child] of Object.entries(v)) if (key !== "article") evidenceIn(child, found);
  }
  return found;
}

function checkOffsets(extraction: ArticleExtraction): number {
  const evidence = evidenceIn(extraction);
  for (const e of evidence) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(0 <= e.start && e.start <= e.end && e.end <= extraction.text.length).toBe(true);
    expect(extraction.text.slice(e.start, e.end)).toBe(e.text);
  }
  return evidence.length;
}

describe("decodeArticleBytes on arbitrary bytes", () => {
  it("never throws, and either gives text or a known failure code", () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const r = decodeArticleBytes(bytes);
        expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
        if (r.ok) expect(r.text.trim()).not.toBe("");
        else {
          expect(CODES).toContain(r.code);
          expect(r.message.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });

  it("reads back any text written as UTF-8 or UTF-16 with a byte-order mark", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), (text) => {
        // A leading U+FEFF is read as a byte-order mark, not as text.
        fc.pre(!text.startsWith("\ufeff"));
        const utf8 = decodeArticleBytes(Buffer.from(text, "utf8"));
        const utf16 = decodeArticleBytes(
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
        );
        // Both forms reach the same verdict, and the text survives whenever it is accepted.
        expect(utf16.ok).toBe(utf8.ok);
        if (utf8.ok && utf16.ok) expect([utf8.text, utf16.text]).toEqual([text, text]);
        if (!utf8.ok && !utf16.ok) expect(utf16.code).toBe(utf8.code);
      }),
      RUNS,
    );
  });
});

describe("extractArticle on arbitrary text", () => {
  it("never throws on any string, unpaired surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => {
        checkOffsets(extractArticle(text));
      }),
      RUNS,
    );
  });

  it("keeps every evidence offset inside the text and slicing to its quote", () => {
    let total = 0;
    fc.assert(
      fc.property(articleLike, (text) => {
        total += checkOffsets(extractArticle(text));
      }),
      RUNS,
    );
    // The property is only worth something if the inputs produced evidence to check.
    expect(total).toBeGreaterThan(RUNS.numRuns);
  });
});
