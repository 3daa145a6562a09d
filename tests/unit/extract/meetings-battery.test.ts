/**
 * The meeting-phrasing batteries (tests/fixtures/meetings-battery*.tsv), each 300 sentences written here,
 * half Vietnamese and half English, in the ways press refers to ASEAN meetings — named, by
 * acronym, with editions in digits, ordinals and words, described (`Wang Yi held talks with ASEAN
 * foreign ministers`), by the bloc's other names — and 44 that look like meetings but are not
 * (mechanisms, memberships, anniversaries of relations). The second leans on what the first
 * covered thinly: sectoral ministers', officials' and committee meetings (series OTHER) and
 * ASEAN+1 meetings named or described in unusual ways; scored before any rule was written for it,
 * it read F1 0.760, about what the press-test part reads. Each row gives the expected meetings as
 * `SERIES PARTNER LEVEL NUMBER`. The floors are the latest scores, rounded down: a rule change
 * that loses phrasings fails here; the rows still missed are printed.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compare } from "../../../scripts/eval-score.ts";
import { extractMeetings } from "../../../src/extract/meetings.ts";
import { createTextView } from "../../../src/extract/text-view.ts";

const load = (name: string) =>
  fs
    .readFileSync(path.resolve(import.meta.dirname, "../../fixtures", name), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [text = "", expected = ""] = l.split("\t");
      return { text, expected: expected === "NONE" ? [] : expected.split(";") };
    });

const tuples = (text: string) =>
  extractMeetings(createTextView(text), { published: { year: 2024, month: 3, day: 5 } }).map((m) =>
    [m.series, m.partner ?? "-", m.level, m.number ?? "-"].join(" "),
  );

// 278 and 237 until 1.8.34–1.8.35 (councils' members, editions told after the name): 282 and 239.
const BATTERIES = [
  { file: "meetings-battery.tsv", exact: 282, f1: 0.94 },
  { file: "meetings-battery-2.tsv", exact: 239, f1: 0.85 },
];

for (const battery of BATTERIES) {
  describe(`the meeting-phrasing battery ${battery.file}`, () => {
    const rows = load(battery.file);
    let tp = 0;
    let predicted = 0;
    let expected = 0;
    let exact = 0;
    const missed: string[] = [];
    for (const row of rows) {
      const got = tuples(row.text);
      const { tp: hits, missing, extra } = compare(row.expected, got);
      tp += hits;
      predicted += got.length;
      expected += row.expected.length;
      if (missing.length === 0 && extra.length === 0) exact++;
      else
        missed.push(
          `${row.text}\n  expected ${row.expected.join("; ") || "none"}\n  got ${got.join("; ") || "none"}`,
        );
    }

    it("has its 300 rows, with negatives", () => {
      expect(rows.length).toBe(300);
      expect(rows.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    });

    it(`reads at least ${battery.exact} rows exactly, tuple F1 >= ${battery.f1}`, () => {
      const p = tp / predicted;
      const r = tp / expected;
      if (exact < rows.length) console.info(`${battery.file}: rows not read exactly:\n${missed.join("\n")}`);
      expect(exact).toBeGreaterThanOrEqual(battery.exact);
      expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(battery.f1);
    });
  });
}
