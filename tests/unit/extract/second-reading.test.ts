/**
 * The second reading (tests/fixtures/press/second-reading): articles of the press set annotated
 * again by a reader who saw neither the first annotation nor the extractor's output. Checks that
 * each reading pairs with its article and first annotation, that the scorer compares the readings
 * it names, and holds the extractor, against the reading no rule was written against, to floors.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  PAIRS,
  SECOND_READING_PARTS,
  scoreAgreement,
  secondReadingDir,
  secondReadingNames,
} from "../../../scripts/eval-agreement.ts";
import { compare, FIELDS, f1 } from "../../../scripts/eval-score.ts";

const PRESS = path.resolve(import.meta.dirname, "../../fixtures/press");

// The extractor against the second reading, measured when the reading joined, rounded down.
const FLOORS = {
  dev: { meetings: 0.77, people: 0.92, attendance: 0.7 },
  test: { meetings: 0.72, people: 0.88, attendance: 0.6 },
} as const;

for (const part of SECOND_READING_PARTS) {
  describe(`second reading of press-${part}`, () => {
    const names = secondReadingNames(part);
    const score = scoreAgreement(part);

    it("reads again at least 40 articles of the part, both languages", () => {
      expect(names.length).toBeGreaterThanOrEqual(40);
      expect(Object.keys(score.byLang).sort()).toEqual(["en", "vi"]);
    });

    it("pairs every reading with its article, its first annotation and both of its own files", () => {
      for (const name of names) {
        expect(existsSync(path.join(PRESS, part, `${name}.txt`)), name).toBe(true);
        expect(existsSync(path.join(PRESS, part, `${name}.expected.json`)), name).toBe(true);
        expect(existsSync(path.join(secondReadingDir(part), `${name}.relations.json`)), name).toBe(true);
        const second = JSON.parse(
          readFileSync(path.join(secondReadingDir(part), `${name}.expected.json`), "utf8"),
        );
        expect(second.file).toBe(`${name}.txt`);
      }
    });

    it("counts the first reading as expected and the second as found", () => {
      let expected = 0;
      let found = 0;
      for (const name of names) {
        const first = JSON.parse(readFileSync(path.join(PRESS, part, `${name}.expected.json`), "utf8"));
        const second = JSON.parse(
          readFileSync(path.join(secondReadingDir(part), `${name}.expected.json`), "utf8"),
        );
        expected += FIELDS.meetings(first)?.length ?? 0;
        found += FIELDS.meetings(second)?.length ?? 0;
        // Agreement is symmetric: the same matches whichever reading is counted as expected.
        const a = compare(FIELDS.meetings(first) ?? [], FIELDS.meetings(second) ?? []);
        const b = compare(FIELDS.meetings(second) ?? [], FIELDS.meetings(first) ?? []);
        expect(a.tp).toBe(b.tp);
      }
      const c = score.counts["first~second"].meetings;
      expect([c.expected, c.predicted]).toEqual([expected, found]);
      expect(score.counts["extractor~first"].meetings.expected).toBe(expected);
      expect(score.counts["extractor~second"].meetings.expected).toBe(found);
    });

    it("lists every disagreement between the readings and none where they agree", () => {
      const meetings = score.disagreements.filter((d) => d.field === "meetings");
      const c = score.counts["first~second"].meetings;
      expect(meetings.reduce((n, d) => n + d.onlyFirst.length, 0)).toBe(c.expected - c.tp);
      expect(meetings.reduce((n, d) => n + d.onlySecond.length, 0)).toBe(c.predicted - c.tp);
    });

    it("holds the extractor to its floors against the second reading", () => {
      for (const [field, floor] of Object.entries(FLOORS[part])) {
        const c = score.counts["extractor~second"][field as keyof (typeof score.counts)["extractor~second"]];
        expect(f1(c), field).toBeGreaterThanOrEqual(floor);
      }
      expect(PAIRS).toHaveLength(3);
    });
  });
}
