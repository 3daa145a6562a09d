/**
 * `npm run eval`: how the extractor does on every evaluation set — the seeds, our fixtures, and
 * the real-press development and test parts — as precision, recall and F1 per field, per language
 * and per meeting series; then one JSON record of the same figures.
 *
 *   npm run eval                         # every set
 *   npm run eval -- press-dev --details  # one set, with each article's missing and extra entries
 *   npm run eval -- path/to/folder       # a folder of articles and expected objects (a new batch;
 *                                        # its relations too, from path/to/folder/relations)
 *   npm run eval -- second-reading       # only the second reading (below), with --details its
 *                                        # disagreements
 *
 * Then the relations (scripts/eval-relations.ts) and the figures (scripts/eval-figures.ts) of
 * every set that has annotated them, and, when no set is named (or `second-reading` is), the second
 * reading of press-dev and press-test: two blind annotations and the extractor against each other
 * (scripts/eval-agreement.ts).
 *
 * Meetings are matched on (series, partner, level, number); `meetings+year+location` also needs
 * the year and the place. People are matched on the canonical name (`people+country`: and country).
 */

import { statSync } from "node:fs";
import path from "node:path";
import { reportAgreement, SECOND_READING_PARTS } from "./eval-agreement.ts";
import { FIGURE_SETS, type FigureSet, reportFigures } from "./eval-figures.ts";
import { RELATION_SETS, reportRelations } from "./eval-relations.ts";
import {
  type Counts,
  FIELDS,
  type Field,
  f1,
  precision,
  recall,
  type SetScore,
  scoreCases,
} from "./eval-score.ts";
import { runSearchEval } from "./eval-search.ts";
import { EVAL_SETS, type EvalSet, loadCases } from "./eval-sets.ts";

const args = process.argv.slice(2);
const details = args.includes("--details");
const named = args.filter((a) => !a.startsWith("--"));
// `second-reading`: only the agreement between two blind annotations and the extractor.
const SECOND_READING = "second-reading";
const chosen = named.filter((a) => a !== SECOND_READING) as EvalSet[];
for (const name of chosen)
  if (!(name in EVAL_SETS) && !statSync(name, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(
      `unknown set ${name}; sets: ${Object.keys(EVAL_SETS).join(", ")}, ${SECOND_READING}, or a folder`,
    );
const onlySecondReading = named.length > 0 && chosen.length === 0;
const sets = onlySecondReading ? [] : chosen.length > 0 ? chosen : (Object.keys(EVAL_SETS) as EvalSet[]);

const n3 = (x: number) => x.toFixed(3);
const cell = (c: Counts) => (c.expected + c.predicted === 0 ? "    —" : n3(f1(c)));

const record: Record<string, unknown> = {};
for (const set of sets) {
  const cases = loadCases(set);
  const score: SetScore = scoreCases(cases);
  if (score.cases === 0) continue;
  const langs = Object.keys(score.byLang).sort();
  console.log(
    `\n${set} — ${score.cases} articles (${langs.map((l) => `${l} ${cases.filter((c) => c.lang === l).length}`).join(", ")})`,
  );
  console.log(
    `  ${"field".padEnd(24)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}  tp/pred/exp  ${langs.map((l) => `F1 ${l}`.padStart(7)).join(" ")}`,
  );
  for (const field of Object.keys(FIELDS) as Field[]) {
    const c = score.fields[field];
    const byLang = langs.map((l) => cell(score.byLang[l]?.[field] as Counts).padStart(7)).join(" ");
    console.log(
      `  ${field.padEnd(24)} ${n3(precision(c)).padStart(6)} ${n3(recall(c)).padStart(6)} ${n3(f1(c)).padStart(6)}  ${`${c.tp}/${c.predicted}/${c.expected}`.padStart(11)}  ${byLang}`,
    );
  }
  const series = Object.entries(score.bySeries).sort(([a], [b]) => a.localeCompare(b));
  console.log(
    `  meetings by series: ${series.map(([s, c]) => `${s} ${cell(c)} (${c.tp}/${c.predicted}/${c.expected})`).join(", ")}`,
  );
  if (details) {
    for (const field of Object.keys(FIELDS) as Field[]) {
      for (const miss of score.misses[field]) {
        console.log(`  [${field}] ${miss.name}`);
        for (const t of miss.missing) console.log(`    - missing ${t}`);
        for (const t of miss.extra) console.log(`    + extra   ${t}`);
      }
    }
  }
  record[set] = {
    cases: score.cases,
    fields: Object.fromEntries((Object.keys(FIELDS) as Field[]).map((f) => [f, summary(score.fields[f])])),
    byLang: Object.fromEntries(
      langs.map((l) => [
        l,
        Object.fromEntries(
          (Object.keys(FIELDS) as Field[]).map((f) => [f, summary(score.byLang[l]?.[f] as Counts)]),
        ),
      ]),
    ),
    bySeries: Object.fromEntries(series.map(([s, c]) => [s, summary(c)])),
  };
}
const relations: Record<string, unknown> = {};
for (const set of sets) {
  // A folder of a new batch is scored for relations too when it has a `relations` folder.
  if (!(set in RELATION_SETS) && !statSync(path.join(set, "relations"), { throwIfNoEntry: false })) continue;
  const r = reportRelations(set, details, { p: precision, r: recall, f1 });
  if (r) relations[set] = r;
}
const figures: Record<string, unknown> = {};
for (const set of sets) {
  if (!(set in FIGURE_SETS)) continue;
  const r = reportFigures(set as FigureSet, details, { p: precision, r: recall, f1 });
  if (r) figures[set] = r;
}
const secondReading: Record<string, unknown> = {};
if (named.length === 0 || named.includes(SECOND_READING))
  for (const part of SECOND_READING_PARTS) {
    const r = reportAgreement(part, details, f1);
    if (r) secondReading[`press-${part}`] = r;
  }
console.log(`\n${JSON.stringify({ eval: record, relations, figures, secondReading })}`);
if (named.length === 0) await runSearchEval({ details });

function summary(c: Counts) {
  return { p: Number(n3(precision(c))), r: Number(n3(recall(c))), f1: Number(n3(f1(c))), ...c };
}
