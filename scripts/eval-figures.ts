/**
 * Figures scored against their annotations (`tests/fixtures/press/figures/<part>/<name>.figures.json`,
 * written by reading the texts; the seeds' figures are in their expected extraction): amounts
 * found, what they measure, whose partnership they are about, the year, and the meeting they were
 * reported at. An article without a file is not scored.
 *
 * - `figures`: (value, unit) pairs, multisets — is the amount found;
 * - `kind`, `subject`, `year`, `meeting`: among amounts found, the share with the right kind,
 *   subject (`ASEAN-US`, `ASEAN+3`, `VN-JP` …), year (none when the text ties none) and meeting
 *   reported at (none when the text names none; by identity: series, partner, level, number).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../src/extract/index.ts";
import type { GoldArticle } from "../src/extract/to-json.ts";
import type { Counts } from "./eval-score.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

interface GoldMeetingRef {
  series: string;
  partner: string | null;
  level: string;
  number: number | null;
}

interface GoldFigure {
  text: string;
  kind: string;
  value: number;
  unit: string;
  qualifier: string | null;
  year?: number;
  subject: string | null;
  meeting?: GoldMeetingRef | null;
}

export const FIGURE_SETS = {
  seeds: {
    texts: path.join(ROOT, "seeds"),
    gold: path.join(ROOT, "tests/fixtures/seeds"),
    suffix: ".expected.json",
  },
  "press-dev": {
    texts: path.join(ROOT, "tests/fixtures/press/dev"),
    gold: path.join(ROOT, "tests/fixtures/press/figures/dev"),
    suffix: ".figures.json",
  },
  "press-test": {
    texts: path.join(ROOT, "tests/fixtures/press/test"),
    gold: path.join(ROOT, "tests/fixtures/press/figures/test"),
    suffix: ".figures.json",
  },
} as const;
export type FigureSet = keyof typeof FIGURE_SETS;

export const FIGURE_ATTRIBUTES = ["kind", "subject", "year", "meeting"] as const;
export type FigureAttribute = (typeof FIGURE_ATTRIBUTES)[number];

export interface FigureScore {
  cases: number;
  found: Counts;
  /** Among matched amounts: how many have the attribute right, of how many were compared. */
  right: Record<FigureAttribute, { right: number; of: number }>;
  misses: Array<{
    name: string;
    text: string;
    attribute: FigureAttribute | "found";
    want: unknown;
    got: unknown;
  }>;
}

const meetingRef = (m: GoldMeetingRef | null | undefined) =>
  m ? JSON.stringify([m.series, m.partner, m.level, m.number]) : null;
/** Amounts compare at the precision press prints them. */
const amountKey = (value: number, unit: string) => `${Number(value.toPrecision(6))} ${unit}`;

/** Scores every annotated article of a set (extracting each now). */
export function scoreFigures(set: FigureSet): FigureScore {
  const { texts, gold, suffix } = FIGURE_SETS[set];
  const score: FigureScore = {
    cases: 0,
    found: { tp: 0, predicted: 0, expected: 0 },
    right: Object.fromEntries(FIGURE_ATTRIBUTES.map((a) => [a, { right: 0, of: 0 }])) as FigureScore["right"],
    misses: [],
  };
  const files = existsSync(gold)
    ? readdirSync(gold)
        .filter((f) => f.endsWith(suffix))
        .sort()
    : [];
  for (const f of files) {
    const doc = JSON.parse(readFileSync(path.join(gold, f), "utf8")) as {
      file: string;
      figures: GoldFigure[] | null;
    } & Partial<GoldArticle>;
    if (!doc.figures) continue;
    score.cases++;
    const x = extractArticle(readFileSync(path.join(texts, doc.file), "utf8"));
    const byKey = new Map(x.meetings.map((m) => [m.key, m]));
    const got = x.figures.map((fig) => ({ fig, used: false }));
    score.found.predicted += got.length;
    score.found.expected += doc.figures.length;
    for (const want of doc.figures) {
      const k = amountKey(want.value, want.unit);
      const match = got.find((g) => !g.used && amountKey(g.fig.value, g.fig.unit) === k);
      if (!match) {
        score.misses.push({ name: doc.file, text: want.text, attribute: "found", want: k, got: null });
        continue;
      }
      match.used = true;
      score.found.tp++;
      const fig = match.fig;
      const meetingKey = (fig as { meetingKey?: string | null }).meetingKey ?? null;
      const compare: Record<FigureAttribute, [unknown, unknown] | null> = {
        kind: [want.kind, fig.kind],
        subject: [want.subject, fig.subject],
        year: [want.year ?? null, fig.year],
        // Only the annotations that say where a figure was reported are scored on it.
        meeting:
          "meeting" in want
            ? [meetingRef(want.meeting), meetingRef(meetingKey ? byKey.get(meetingKey) : null)]
            : null,
      };
      for (const a of FIGURE_ATTRIBUTES) {
        const pair = compare[a];
        if (!pair) continue;
        score.right[a].of++;
        if (pair[0] === pair[1]) score.right[a].right++;
        else
          score.misses.push({ name: doc.file, text: want.text, attribute: a, want: pair[0], got: pair[1] });
      }
    }
  }
  return score;
}

const n3 = (x: number) => x.toFixed(3);

/** Prints a set's figure scores (and, with details, each miss); returns the record. */
export function reportFigures(
  set: FigureSet,
  details: boolean,
  f: { p: (c: Counts) => number; r: (c: Counts) => number; f1: (c: Counts) => number },
) {
  const score = scoreFigures(set);
  if (score.cases === 0) return null;
  const c = score.found;
  console.log(`\n${set} figures — ${score.cases} annotated articles`);
  console.log(
    `  found (value, unit)   P ${n3(f.p(c))}  R ${n3(f.r(c))}  F1 ${n3(f.f1(c))}  ${c.tp}/${c.predicted}/${c.expected}`,
  );
  const acc = (a: FigureAttribute) =>
    score.right[a].of === 0 ? 1 : score.right[a].right / score.right[a].of;
  console.log(
    `  of those found, right: ${FIGURE_ATTRIBUTES.map((a) => `${a} ${n3(acc(a))} (${score.right[a].right}/${score.right[a].of})`).join(", ")}`,
  );
  if (details)
    for (const m of score.misses)
      console.log(
        `  [${m.attribute}] ${m.name} «${m.text}» want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`,
      );
  return {
    cases: score.cases,
    found: { p: Number(n3(f.p(c))), r: Number(n3(f.r(c))), f1: Number(n3(f.f1(c))), ...c },
    accuracy: Object.fromEntries(
      FIGURE_ATTRIBUTES.map((a) => [a, { value: Number(n3(acc(a))), ...score.right[a] }]),
    ),
  };
}
