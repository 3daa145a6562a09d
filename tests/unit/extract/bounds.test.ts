import { describe, expect, it } from "vitest";
import { MEETING_SENTENCE, worstCases } from "../../../bench/extract-cases.ts";
import { boundFacts } from "../../../src/extract/bounds.ts";
import { type ArticleExtraction, EXTRACTION_LIMITS, extractArticle } from "../../../src/extract/index.ts";
import { LEAD_MAX } from "../../../src/extract/parse.ts";
import { MAX_SENTENCE_CHARS, splitSentences } from "../../../src/extract/sentences.ts";
import type { Evidence } from "../../../src/extract/types.ts";

const L = EXTRACTION_LIMITS;

function allEvidence(x: ArticleExtraction): Evidence[] {
  return [
    ...[...x.meetings, ...x.agreements, ...x.countries, ...x.people, ...x.topics].flatMap((f) => f.evidence),
    ...x.figures.map((f) => f.evidence),
  ];
}

describe("sentences", () => {
  it("cuts a text without full stops into pieces of at most MAX_SENTENCE_CHARS, at spaces", () => {
    const text = `${MEETING_SENTENCE} `.repeat(200);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text[s.start - 1] ?? " ").toMatch(/\s/);
      expect(text[s.end] ?? " ").toMatch(/\s/);
    }
    // Nothing is lost: the pieces and the spaces between them are the whole text.
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text.trim());
  });

  it("cuts a run with no space at the limit, never inside a surrogate pair", () => {
    const text = "😀".repeat(MAX_SENTENCE_CHARS);
    for (const s of splitSentences(text)) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.charCodeAt(s.start)).toBe(0xd83d);
    }
  });
});

describe("lead", () => {
  it("keeps at most LEAD_MAX characters of a file that is one paragraph, cut after a word", () => {
    const text = `Tin hội nghị\n\n${`${MEETING_SENTENCE} `.repeat(100)}`;
    const x = extractArticle(text);
    expect(x.article.body.length).toBeGreaterThan(LEAD_MAX * 10);
    expect(x.article.lead?.length).toBeLessThanOrEqual(LEAD_MAX + 1);
    expect(x.article.lead?.endsWith(" …") || x.article.lead?.endsWith("…")).toBe(true);
    expect(x.article.body.startsWith((x.article.lead ?? "").slice(0, -1).trimEnd())).toBe(true);
  });
});

describe("per-article limits", () => {
  // 300 KB of each worst case: thousands of facts, far past every limit.
  const cases = Object.entries(worstCases(300_000));

  it.each(cases)("%s: facts, evidence and sentences stay within the limits", (_, text) => {
    const x = extractArticle(text);
    const evidence = allEvidence(x);
    expect(evidence.length).toBeLessThanOrEqual(L.mentions);
    expect(x.figures.length).toBeLessThanOrEqual(L.figures);
    for (const facts of [x.meetings, x.agreements, x.countries, x.people, x.topics]) {
      expect(facts.length).toBeLessThanOrEqual(L.factsPerKind);
      for (const f of facts) {
        expect(f.evidence.length).toBeGreaterThan(0);
        expect(f.evidence.length).toBeLessThanOrEqual(L.evidencePerFact);
      }
    }
    for (const p of x.people) expect(p.aliases.length).toBeLessThanOrEqual(L.aliasesPerPerson);
    for (const e of evidence) {
      expect(x.text.slice(e.start, e.end)).toBe(e.text);
      expect(x.text.slice(e.sentenceStart, e.sentenceEnd)).toBe(e.sentence);
      expect(e.sentenceStart).toBeLessThanOrEqual(e.start);
      expect(e.sentenceEnd).toBeGreaterThanOrEqual(e.end);
      expect(e.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + e.text.length);
    }
  });

  it("records what it left out of a repeated sentence, and keeps its first mentions", () => {
    const text = `Tin hội nghị\n\n${`${MEETING_SENTENCE} `.repeat(2000)}`;
    const x = extractArticle(text);
    expect(x.cuts.evidence).toBeGreaterThan(0);
    expect(x.cuts.figures).toBeGreaterThan(0);
    const amm = x.meetings.find((m) => m.key === "AMM-58");
    expect(amm?.evidence[0]?.start).toBe(x.text.indexOf("Hội nghị Bộ trưởng Ngoại giao ASEAN"));
  });

  it("leaves a real article untouched", () => {
    const x = extractArticle(`Tin hội nghị\n\n${MEETING_SENTENCE}.`);
    expect(x.cuts).toEqual({ facts: 0, figures: 0, evidence: 0 });
  });

  it("keeps every kept fact's first mention when the budget runs out, then seconds in turn", () => {
    const ev = (i: number): Evidence => ({
      start: i,
      end: i + 1,
      text: "x",
      sentence: "x",
      sentenceStart: i,
      sentenceEnd: i + 1,
    });
    const many = (n: number, from: number) => Array.from({ length: n }, (_, i) => ev(from + i));
    const facts = Array.from({ length: 150 }, (_, i) => ({ evidence: many(40, i * 100) }));
    const { kinds, cuts } = boundFacts({ a: facts.slice(0, 75), b: facts.slice(75) }, []);
    const kept = [...kinds.a, ...kinds.b];
    expect(kept.reduce((n, f) => n + f.evidence.length, 0)).toBe(L.mentions);
    const counts = kept.map((f) => f.evidence.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(Math.floor(L.mentions / 150));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(kept[0]?.evidence[0]).toEqual(ev(0));
    expect(cuts.evidence).toBe(150 * 40 - L.mentions);
  });
});
