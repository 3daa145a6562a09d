import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ArticleExtraction, EXTRACTOR_VERSION, extractArticle } from "../../../src/extract/index.ts";
import type { Evidence } from "../../../src/extract/types.ts";

const repoRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const dirs = [path.join(repoRoot, "seeds"), path.join(repoRoot, "tests/fixtures/articles")];
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(dir, f)),
);
const read = (file: string) => readFileSync(file, "utf8");

function allEvidence(x: ArticleExtraction): Evidence[] {
  return [
    ...x.meetings.flatMap((m) => m.evidence),
    ...x.agreements.flatMap((a) => a.evidence),
    ...x.countries.flatMap((c) => c.evidence),
    ...x.people.flatMap((p) => p.evidence),
    ...x.topics.flatMap((t) => t.evidence),
    ...x.figures.map((f) => f.evidence),
  ];
}

describe("extractArticle", () => {
  it("has a version string", () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(files.map((f) => [path.basename(f), f]))(
    "%s: evidence points into the text it quotes",
    (_, file) => {
      const x = extractArticle(read(file));
      expect(x.text.startsWith(x.article.body)).toBe(true);
      for (const e of allEvidence(x)) {
        expect(x.text.slice(e.start, e.end)).toBe(e.text);
        expect(x.text).toContain(e.sentence);
      }
    },
  );

  it("is deterministic", () => {
    const raw = read(files[0]!);
    expect(JSON.stringify(extractArticle(raw))).toBe(JSON.stringify(extractArticle(raw)));
  });

  it("reads facts from photo captions after the body (seed 004: AMM-58 is named only there)", () => {
    const x = extractArticle(read(path.join(repoRoot, "seeds/004_fbd71147380da296.txt")));
    expect(x.article.body).not.toContain("58th ASEAN Foreign Ministers");
    const amm = x.meetings.find((m) => m.key === "AMM-58");
    expect(amm?.evidence.some((e) => e.start >= x.article.body.length)).toBe(true);
  });

  it("reads the headline after the body and captions: a meeting named only there is found", () => {
    const x = extractArticle(
      "ASEAN Chair Presides Over 10th ASEAN-US Summit\n\nPrime Minister Hun Sen chaired the summit on Saturday afternoon in Phnom Penh.\n\nHe thanked President Joe Biden for his support.",
    );
    expect(x.text.startsWith(x.article.body)).toBe(true);
    const summit = x.meetings.find((m) => m.series === "ASEAN_PLUS_ONE" && m.partner === "US");
    expect(summit?.number).toBe(10);
    expect(summit?.evidence.some((e) => e.start > x.article.body.length)).toBe(true);
  });

  it("drops a bare meeting only the headline names when the body names others", () => {
    const x = extractArticle(
      "ASEAN summit: Focus on stability of the region\n\nAustralia is set to stage a large gathering when the ASEAN-Australia Special Summit takes place in Sydney this weekend.\n\nLeaders will discuss the region.",
    );
    expect(x.meetings.map((m) => `${m.series} ${m.partner}`)).toEqual(["ASEAN_PLUS_ONE AU"]);
  });

  it("never attributes site chrome to the article (seed 004's footer names AANZFTA, AITIGA, RCEP, India)", () => {
    const x = extractArticle(read(path.join(repoRoot, "seeds/004_fbd71147380da296.txt")));
    expect(x.agreements.map((a) => a.code)).not.toContain("AANZFTA");
    expect(x.agreements.map((a) => a.code)).not.toContain("AITIGA");
    expect(x.agreements.map((a) => a.code)).not.toContain("RCEP");
    expect(x.countries.map((c) => c.code)).not.toContain("IN");
  });

  it("handles an empty file", () => {
    const x = extractArticle("");
    expect(x.article.body).toBe("");
    expect(x.article.title).toBeNull();
    expect(x.meetings).toEqual([]);
  });
});
