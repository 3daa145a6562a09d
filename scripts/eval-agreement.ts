/**
 * The second reading: a sample of press articles annotated again, blind, by a second annotator
 * who saw only the text and the conventions of tests/fixtures/press/README.md (not the first
 * annotation, not the extractor's output). Scored three ways per field, so the extractor's score
 * can be read against how far two careful readers agree:
 *   first ~ second       the two annotations against each other (F1 is symmetric; the first
 *                        reading is counted as expected),
 *   extractor ~ first    the extractor against the annotation the set is scored on,
 *   extractor ~ second   the extractor against the reading no rule was ever written against.
 * Files: tests/fixtures/press/second-reading/<part>/<name>.expected.json and
 * `<name>.relations.json`, named after the article they read again in press/<part>.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../src/extract/index.ts";
import { type GoldArticle, toGoldJson } from "../src/extract/to-json.ts";
import {
  type RelationField,
  type RelationsGold,
  tuplesOfExtraction,
  tuplesOfGold,
} from "./eval-relations.ts";
import { type Counts, compare, FIELDS, type Field } from "./eval-score.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const PRESS = path.join(ROOT, "tests/fixtures/press");

export const SECOND_READING_PARTS = ["dev", "test"] as const;
export type SecondReadingPart = (typeof SECOND_READING_PARTS)[number];

/** The fields compared: the extraction's, then who attended which meeting and agreement actions. */
export const AGREEMENT_FIELDS = [
  ...(Object.keys(FIELDS) as Field[]),
  "attendance",
  "agreement actions",
] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];
const RELATION_ONLY = new Set<string>(["attendance", "agreement actions"]);

export const PAIRS = ["first~second", "extractor~first", "extractor~second"] as const;
export type Pair = (typeof PAIRS)[number];
/** Each pair's (counted as found, counted as expected) readers. */
const PAIR_READERS: Record<Pair, readonly ["second" | "extractor", "first" | "second"]> = {
  "first~second": ["second", "first"],
  "extractor~first": ["extractor", "first"],
  "extractor~second": ["extractor", "second"],
};

/** One field's lists as each reader gives them; null where a reader did not annotate it. */
type Readings = Record<"first" | "second" | "extractor", string[] | null>;

export interface Disagreement {
  name: string;
  field: AgreementField;
  onlyFirst: string[];
  onlySecond: string[];
}

export interface AgreementScore {
  part: SecondReadingPart;
  articles: number;
  byLang: Record<string, number>;
  counts: Record<Pair, Record<AgreementField, Counts>>;
  disagreements: Disagreement[];
}

export const secondReadingDir = (part: SecondReadingPart) => path.join(PRESS, "second-reading", part);

/** The names (without `.txt`) of the articles of a part read a second time. */
export function secondReadingNames(part: SecondReadingPart): string[] {
  const dir = secondReadingDir(part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.slice(0, -".expected.json".length))
    .sort();
}

const readJson = <T>(file: string): T | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;

/** Scores a part's second reading; an article missing from press/<part> is an error. */
export function scoreAgreement(part: SecondReadingPart): AgreementScore {
  const counts = Object.fromEntries(
    PAIRS.map((p) => [
      p,
      Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, { tp: 0, predicted: 0, expected: 0 }])),
    ]),
  ) as AgreementScore["counts"];
  const disagreements: Disagreement[] = [];
  const byLang: Record<string, number> = {};
  const names = secondReadingNames(part);
  for (const name of names) {
    const textFile = path.join(PRESS, part, `${name}.txt`);
    const first = readJson<GoldArticle>(path.join(PRESS, part, `${name}.expected.json`));
    if (!first || !existsSync(textFile))
      throw new Error(`second reading ${part}/${name}: no article or first annotation in press/${part}`);
    const second = readJson<GoldArticle>(
      path.join(secondReadingDir(part), `${name}.expected.json`),
    ) as GoldArticle;
    const firstRel = readJson<RelationsGold>(path.join(PRESS, "relations", part, `${name}.relations.json`));
    const secondRel = readJson<RelationsGold>(path.join(secondReadingDir(part), `${name}.relations.json`));
    const x = extractArticle(readFileSync(textFile, "utf8"));
    const extracted = toGoldJson(`${name}.txt`, x);
    const lang = first.lang ?? extracted.lang ?? "?";
    byLang[lang] = (byLang[lang] ?? 0) + 1;
    const relTuples = {
      first: firstRel && tuplesOfGold(firstRel),
      second: secondRel && tuplesOfGold(secondRel),
      extractor: tuplesOfExtraction(x),
    };
    for (const field of AGREEMENT_FIELDS) {
      const r: Readings = RELATION_ONLY.has(field)
        ? {
            first: relTuples.first?.[field as RelationField] ?? null,
            second: relTuples.second?.[field as RelationField] ?? null,
            extractor: relTuples.extractor[field as RelationField],
          }
        : {
            first: FIELDS[field as Field](first),
            second: FIELDS[field as Field](second),
            extractor: FIELDS[field as Field](extracted) ?? [],
          };
      // Only where both readings annotate the field: the three columns cover the same articles.
      if (r.first === null || r.second === null) continue;
      for (const pair of PAIRS) {
        const [got, want] = PAIR_READERS[pair];
        const expected = r[want] as string[];
        const actual = r[got] as string[];
        const c = compare(expected, actual);
        const into = counts[pair][field];
        into.tp += c.tp;
        into.predicted += actual.length;
        into.expected += expected.length;
        if (pair === "first~second" && (c.missing.length > 0 || c.extra.length > 0))
          disagreements.push({ name, field, onlyFirst: c.missing, onlySecond: c.extra });
      }
    }
  }
  return { part, articles: names.length, byLang, counts, disagreements };
}

const n3 = (x: number) => x.toFixed(3);

/** Prints a part's agreement table (with details, each article's disagreements); returns the record. */
export function reportAgreement(
  part: SecondReadingPart,
  details: boolean,
  f1: (c: Counts) => number,
): Record<string, unknown> | null {
  const score = scoreAgreement(part);
  if (score.articles === 0) return null;
  const langs = Object.entries(score.byLang)
    .sort()
    .map(([l, n]) => `${l} ${n}`)
    .join(", ");
  console.log(
    `\nsecond reading of press-${part} — ${score.articles} articles annotated again, blind (${langs})`,
  );
  console.log(`  ${"field".padEnd(24)} ${PAIRS.map((p) => p.padStart(26)).join("")}`);
  const cell = (c: Counts) =>
    `${c.expected + c.predicted === 0 ? "    —" : n3(f1(c))} ${`(${c.tp}/${c.predicted}/${c.expected})`.padStart(15)}`;
  for (const field of AGREEMENT_FIELDS)
    console.log(
      `  ${field.padEnd(24)} ${PAIRS.map((p) => cell(score.counts[p][field]).padStart(26)).join("")}`,
    );
  if (details)
    for (const d of score.disagreements) {
      console.log(`  [${d.field}] ${d.name}`);
      for (const t of d.onlyFirst) console.log(`    first only  ${t}`);
      for (const t of d.onlySecond) console.log(`    second only ${t}`);
    }
  return {
    articles: score.articles,
    byLang: score.byLang,
    ...Object.fromEntries(
      PAIRS.map((p) => [
        p,
        Object.fromEntries(
          AGREEMENT_FIELDS.map((f) => [f, { f1: Number(n3(f1(score.counts[p][f]))), ...score.counts[p][f] }]),
        ),
      ]),
    ),
  };
}
