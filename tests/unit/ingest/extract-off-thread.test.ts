import { afterEach, describe, expect, it } from "vitest";
import { MEETING_SENTENCE, worstCases } from "../../../bench/extract-cases.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { MEETING_SERIES } from "../../../src/extract/types.ts";
import {
  type BoundedExtractor,
  createBoundedExtractor,
  WARM_UP_ARTICLES,
  WARM_UP_TEXT,
  warmUpExtractor,
} from "../../../src/ingest/extract-off-thread.ts";
import { isIngestLimitError } from "../../../src/ingest/ingest-error.ts";

const article = `Hội nghị AMM-58\n\n${`${MEETING_SENTENCE}. `.repeat(40)}`;

describe("bounded extraction", () => {
  let extractor: BoundedExtractor | null = null;
  afterEach(async () => {
    await extractor?.close();
    extractor = null;
  });

  it("extracts a short text inline, with no thread", async () => {
    extractor = createBoundedExtractor();
    const x = await extractor.extract(article);
    expect(JSON.stringify(x)).toBe(JSON.stringify(extractArticle(article)));
    expect(extractor.workersStarted).toBe(0);
  });

  it("extracts a long text on one reused worker, with the same result", async () => {
    extractor = createBoundedExtractor({ inlineMaxChars: 100 });
    const [a, b] = await Promise.all([extractor.extract(article), extractor.extract(`${article} Thêm.`)]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(extractArticle(article)));
    expect(b.meetings.map((m) => m.key)).toEqual(a.meetings.map((m) => m.key));
    expect(extractor.workersStarted).toBe(1);
  });

  it("fails a text past the time limit with EXTRACT_TIMEOUT, and replaces the worker", async () => {
    extractor = createBoundedExtractor({ inlineMaxChars: 100, timeLimitMs: 1 });
    const big = worstCases(300_000)["sentence, no full stop"] as string;
    const error = await extractor.extract(big).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isIngestLimitError(error)).toBe(true);
    expect(error).toMatchObject({ code: "EXTRACT_TIMEOUT" });
    expect((error as Error).message).toContain("longer than 0.001 s");
    expect(extractor.workersStarted).toBe(1);
    // The worker was ended: the next text goes to a new one (which may well time out too).
    await extractor.extract(article).catch(() => null);
    expect(extractor.workersStarted).toBe(2);
  });

  it("fails a text that needs more memory than the worker may use with EXTRACT_OUT_OF_MEMORY", async () => {
    extractor = createBoundedExtractor({ inlineMaxChars: 100, maxHeapMb: 4 });
    const error = await extractor.extract(worstCases(1_000_000)["many numbers"] as string).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "EXTRACT_OUT_OF_MEMORY" });
  });

  it("rejects the texts still waiting when closed", async () => {
    extractor = createBoundedExtractor({ inlineMaxChars: 100 });
    const pending = Promise.allSettled([extractor.extract(article), extractor.extract(article)]);
    await extractor.close();
    for (const p of await pending)
      expect(p).toMatchObject({ status: "rejected", reason: { message: "the extractor was closed" } });
  });
});

describe("warmUpExtractor", () => {
  it("runs every kind of rule once: meetings, agreements, people, figures and relations in both languages", () => {
    const x = extractArticle(WARM_UP_TEXT);
    expect(x.meetings.map((m) => m.key)).toContain("AMM-58");
    expect(x.agreements.map((a) => a.code)).toEqual(expect.arrayContaining(["ACFTA", "RCEP"]));
    expect(x.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Bùi Thanh Sơn", "Marco Rubio"]));
    expect(x.figures.length).toBeGreaterThanOrEqual(2);
    expect(x.participants.length).toBeGreaterThanOrEqual(2);
    expect(() => warmUpExtractor()).not.toThrow();
  });
});

describe("the warm-up articles", () => {
  const extractions = WARM_UP_ARTICLES.map((text) => extractArticle(text));

  it("name a meeting of every series in each language, with agreements, people, figures and relations", () => {
    for (const lang of ["vi", "en"]) {
      const own = extractions.filter((x) => x.article.lang === lang);
      expect(own.length, lang).toBeGreaterThanOrEqual(2);
      for (const x of own) {
        expect([...new Set(x.meetings.map((m) => m.series))].sort(), lang).toEqual(
          [...MEETING_SERIES].sort(),
        );
        expect(x.agreements.length).toBeGreaterThanOrEqual(5);
        expect(x.people.length).toBeGreaterThanOrEqual(5);
        expect(x.figures.length).toBeGreaterThanOrEqual(2);
        expect(x.participants.length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("come in each language both in Latin-1 and with typographic characters beyond it", () => {
    // A regular expression is compiled apart for one-byte (Latin-1) and two-byte strings.
    const beyondLatin1 = (text: string) => [...text].some((c) => (c.codePointAt(0) ?? 0) > 0xff);
    const folded = (text: string) =>
      text.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D");
    for (const lang of ["vi", "en"]) {
      const texts = WARM_UP_ARTICLES.filter((_, i) => extractions[i]?.article.lang === lang).map(folded);
      expect(texts.some(beyondLatin1), lang).toBe(true);
      expect(
        texts.some((t) => !beyondLatin1(t)),
        lang,
      ).toBe(true);
    }
  });

  it("give the save's warm-up the Vietnamese one, which names the most kinds of fact", () => {
    expect(warmUpExtractor()).toEqual(extractions[0]);
    expect(extractions[0]?.article.lang).toBe("vi");
  });
});
