/**
 * Amounts of money and percentages an article reports: `hơn 450 tỷ USD`, `94,5%`,
 * `3,2 nghìn tỷ USD`, `1.234,5 tỷ đồng`, `US$ 42 billion`, `USD 1.5 trillion`. Each gets its
 * qualifier (`hơn` → more than), year (`42 tỷ USD năm 2024`), what it measures (trade,
 * investment, a project, a plan's completion) and whose partnership it is about (`ASEAN-US`),
 * read from its sentence or from the paragraph a bullet such as `* Tại Hội nghị ASEAN-Mỹ, …`
 * opens. Numbers without a currency or `%` are not figures.
 */
import { findCountryMentions } from "./countries.ts";
import {
  CURRENCIES,
  FOLLOWING_CUE_REACH,
  MONEY_KIND_CUES,
  PERCENT_WORDS,
  PLAN_NOUNS,
  PLAN_PROGRESS,
  QUALIFIERS,
  SCALES,
  YEAR_LINKS,
} from "./data/figures.ts";
import { alternation, FOLD_END, FOLD_START, wordAlternation, wordMatches } from "./fold-pattern.ts";
import { DASH_CLASS } from "./lexicon-regex.ts";
import { paragraphAt } from "./paragraphs.ts";
import { isAseanMember, partnerAt } from "./partner-lists.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { FigureFact, FigureKind } from "./types.ts";

// An amount starts at its digits; qualifier and currency sign are looked up behind them, unit,
// number word and year after them, so that only positions holding a digit are ever tried.
const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
const LEAD = new RegExp(
  `(?:^|[^a-z0-9])((?:(${alternation(QUALIFIERS.flatMap((q) => q.forms))})\\s+)?(?:(${wordAlternation(CURRENCIES.flatMap((c) => c.before))})\\s?)?)$`,
);
const TAIL = new RegExp(
  [
    `(?![0-9])(?:\\s*(${alternation(SCALES.flatMap((s) => s.forms))})${FOLD_END})?`,
    `(?:\\s*(%)|\\s+(${alternation(PERCENT_WORDS)})${FOLD_END}|\\s*(${wordAlternation(CURRENCIES.flatMap((c) => c.after))})${FOLD_END})?`,
    `(?:\\s+(?:${alternation(YEAR_LINKS)})\\s+((?:19|20)\\d{2})${FOLD_END})?`,
  ].join(""),
  "y",
);
const MONEY_CUES = new RegExp(
  `${FOLD_START}(?:${MONEY_KIND_CUES.map((c) => `(${alternation(c.forms)})`).join("|")})${FOLD_END}`,
  "gu",
);
const PLAN_NOUN = new RegExp(`${FOLD_START}(?:${alternation(PLAN_NOUNS)})${FOLD_END}`, "u");
const PLAN_PROGRESS_RE = new RegExp(`${FOLD_START}(?:${alternation(PLAN_PROGRESS)})${FOLD_END}`, "u");
const ASEAN_PAIR = new RegExp(`${FOLD_START}asean\\s*(?:${DASH_CLASS}|\\+)\\s*`, "gu");

const foldOf = (s: string) => s.replace(/\s+/g, " ");
const QUALIFIER = new Map(QUALIFIERS.flatMap((q) => q.forms.map((f) => [f, q.qualifier] as const)));
const FACTOR = new Map(SCALES.flatMap((s) => s.forms.map((f) => [f, s.factor] as const)));
const CURRENCY_BEFORE = new Map(CURRENCIES.flatMap((c) => c.before.map((f) => [f, c] as const)));
const CURRENCY_AFTER = new Map(CURRENCIES.flatMap((c) => c.after.map((f) => [f, c] as const)));

/**
 * Reads `1.234,5` (Vietnamese), `1,234.5` (English), `94,5`, `1.5` or `1.500` and multiplies
 * by `factor` without binary rounding noise (3,2 × 10¹² is exactly 3 200 000 000 000). One
 * separator before exactly three digits groups thousands in both conventions.
 */
export function parseAmount(written: string, factor = 1): number {
  const seps = written.match(/[.,]/g) ?? [];
  const last = Math.max(written.lastIndexOf("."), written.lastIndexOf(","));
  const decimal =
    seps.length > 0 && (new Set(seps).size === 2 || (seps.length === 1 && written.length - last - 1 !== 3));
  const whole = (decimal ? written.slice(0, last) : written).replace(/[.,]/g, "");
  const fraction = decimal ? written.slice(last + 1) : "";
  const digits = Number(whole + fraction);
  const divisor = 10 ** fraction.length;
  return factor >= divisor ? digits * (factor / divisor) : (digits / divisor) * factor;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: FigureFact["qualifier"];
  year: number | null;
}

function readAmount(view: TextView, m: RegExpExecArray): Amount | null {
  const source = view.fold;
  const lead = LEAD.exec(source.slice(Math.max(0, m.index - 24), m.index));
  TAIL.lastIndex = m.index + m[0].length;
  const tail = TAIL.exec(source);
  if (!lead || !tail) return null;
  const [, leading = "", qualifier, before] = lead;
  const [, scale, percent, percentWord, after, year] = tail;
  const currency =
    before !== undefined ? CURRENCY_BEFORE.get(foldOf(before)) : CURRENCY_AFTER.get(foldOf(after ?? ""));
  const isPercent = percent !== undefined || percentWord !== undefined;
  if (!isPercent && !currency) return null;
  if (after !== undefined && currency?.exact) {
    const at = TAIL.lastIndex - tail[0].length + tail[0].lastIndexOf(after);
    if (!currency.exact.includes(view.text.slice(at, at + after.length).toLowerCase())) return null;
  }
  return {
    start: m.index - leading.length,
    end: TAIL.lastIndex,
    value: parseAmount(m[0], scale === undefined ? 1 : (FACTOR.get(foldOf(scale)) ?? 1)),
    unit: isPercent ? "%" : (currency?.code ?? ""),
    qualifier: qualifier === undefined ? null : (QUALIFIER.get(foldOf(qualifier)) ?? null),
    year: year === undefined ? null : Number(year),
  };
}

function moneyKind(view: TextView, a: Amount): FigureKind {
  const s = view.sentences.at(a.start);
  let nearest: FigureKind = "other";
  let following: FigureKind | null = null;
  MONEY_CUES.lastIndex = s.start;
  for (let m = MONEY_CUES.exec(view.fold); m && m.index < s.end; m = MONEY_CUES.exec(view.fold)) {
    const kind = MONEY_KIND_CUES[m.slice(1).findIndex((g) => g !== undefined)]?.kind ?? "other";
    if (m.index + m[0].length <= a.start) nearest = kind;
    else if (m.index >= a.end && m.index <= a.end + FOLLOWING_CUE_REACH) following ??= kind;
  }
  return nearest !== "other" ? nearest : (following ?? "other");
}

function percentKind(view: TextView, a: Amount): FigureKind {
  const s = view.sentences.at(a.start);
  const sentence = view.fold.slice(s.start, s.end);
  return PLAN_NOUN.test(sentence) && PLAN_PROGRESS_RE.test(sentence) ? "plan_completion" : "other";
}

interface Pair {
  start: number;
  code: string;
}

/** `ASEAN-Nhật Bản`, `ASEAN – Mỹ`, `ASEAN+Nga`: the partnerships the text names, in order. */
function aseanPairs(view: TextView): Pair[] {
  const pairs: Pair[] = [];
  for (const m of view.fold.matchAll(ASEAN_PAIR)) {
    const hit = partnerAt(view, m.index + m[0].length);
    if (hit) pairs.push({ start: m.index, code: hit.code });
  }
  return pairs;
}

/**
 * Whose partnership a figure is about: the nearest `ASEAN-X` in its sentence; else the one
 * partner country a sentence about ASEAN names; else the first `ASEAN-X` of its paragraph
 * before it (the `* Tại Hội nghị ASEAN-Hàn Quốc, …` that scopes a bullet).
 */
function subjectOf(view: TextView, a: Amount, pairs: readonly Pair[]): string | null {
  const s = view.sentences.at(a.start);
  const inSentence = pairs.filter((p) => p.start >= s.start && p.start < s.end);
  inSentence.sort((x, y) => Math.abs(x.start - a.start) - Math.abs(y.start - a.start));
  if (inSentence[0]) return `ASEAN-${inSentence[0].code}`;
  if (view.fold.slice(s.start, s.end).includes("asean")) {
    const partners = new Set(
      findCountryMentions(view)
        .filter((c) => c.start >= s.start && c.end <= s.end && !isAseanMember(c.code))
        .map((c) => c.code),
    );
    if (partners.size === 1) return `ASEAN-${[...partners][0]}`;
  }
  const p = paragraphAt(view, a.start);
  const first = pairs.find((x) => x.start >= p.start && x.start < a.start);
  return first ? `ASEAN-${first.code}` : null;
}

/** The amounts of money and percentages in a cleaned body, in text order. */
export function extractFigures(view: TextView): FigureFact[] {
  const pairs = aseanPairs(view);
  const figures: FigureFact[] = [];
  for (const m of wordMatches(view.fold, NUMBER)) {
    const a = readAmount(view, m);
    if (!a) continue;
    const evidence = evidenceAt(view, a.start, a.end);
    figures.push({
      kind: a.unit === "%" ? percentKind(view, a) : moneyKind(view, a),
      subject: subjectOf(view, a, pairs),
      value: a.value,
      unit: a.unit,
      qualifier: a.qualifier,
      year: a.year,
      text: evidence.text,
      evidence,
    });
  }
  return figures;
}
