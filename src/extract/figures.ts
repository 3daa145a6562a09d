/**
 * Amounts of money and percentages an article reports: `hơn 450 tỷ USD`, `94,5%`,
 * `3,2 nghìn tỷ USD`, `1.234,5 tỷ đồng`, `US$ 42 billion`, `USD 1.5 trillion`. Each gets its
 * qualifier (`hơn` → more than), year (`42 tỷ USD năm 2024`), what it measures (trade,
 * investment, a project, a plan's completion) and whose partnership it is about (`ASEAN-US`),
 * read from its sentence or from the paragraph a bullet such as `* Tại Hội nghị ASEAN-Mỹ, …`
 * opens. Numbers without a currency or `%` are not figures.
 */
import { agreementSides, findAgreementMentions } from "./agreements.ts";
import { findCountryMentions } from "./countries.ts";
import {
  AGREEMENT_REFERENCES,
  ASEAN_CUES,
  BOTH_SIDES_WORDS,
  CURRENCIES,
  FOLLOWING_CUE_REACH,
  MONEY_KIND_CUES,
  PAIR_GROUPINGS,
  PARTY_COUNT_REFERENCES,
  PERCENT_WORDS,
  PERIOD_YEAR_LINKS,
  PLAN_NOUNS,
  PLAN_PROGRESS,
  PLEDGE_WORDS,
  QUALIFIERS,
  SCALES,
  SUBJECT_GROUPINGS,
  VALUE_POINTERS,
  YEAR_LINKS,
} from "./data/figures.ts";
import { PLUS_THREE_PARTNERS } from "./data/meetings.ts";
import { alternation, FOLD_END, FOLD_START, wordAlternation, wordMatches } from "./fold-pattern.ts";
import { DASH_CLASS, execAll } from "./lexicon-regex.ts";
import { paragraphAt } from "./paragraphs.ts";
import { isAseanMember, partnerAt } from "./partner-lists.ts";
import type { Span } from "./sentences.ts";
import { evidenceAt, foldBefore, type TextView } from "./text-view.ts";
import type { FigureFact, FigureKind } from "./types.ts";

// An amount starts at its digits; qualifier and currency sign are looked up behind them, unit,
// number word and year after them, so that only positions holding a digit are ever tried.
const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
const LEAD = new RegExp(
  `(?:^|[^a-z0-9])((?:(${alternation(QUALIFIERS.flatMap((q) => q.forms))})\\s+)?(?:(${wordAlternation(CURRENCIES.flatMap((c) => c.before))})\\s?)?)$`,
);
// `in the first three quarters of 2021`, `in the first half of 2024`, `trong 6 tháng đầu năm 2024`:
// part of a year is still that year's figure.
const PART_OF_YEAR =
  "(?:(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:half|quarter|three\\s+quarters|\\d{1,2}\\s+months|(?:six|nine)\\s+months)\\s+of\\s+|(?:\\d{1,2}\\s+thang(?:\\s+dau)?|quy\\s+(?:\\d|i{1,3}|iv))\\s+nam\\s+)";
const TAIL = new RegExp(
  [
    `(?![0-9])(?:\\s*(${alternation(SCALES.flatMap((s) => s.forms))})${FOLD_END})?`,
    `(?:\\s*(%)|\\s+(${alternation(PERCENT_WORDS)})${FOLD_END}|\\s*(${wordAlternation(CURRENCIES.flatMap((c) => c.after))})${FOLD_END})?`,
    `(?:\\s+(?:${alternation(YEAR_LINKS)})\\s+(?:${PART_OF_YEAR})?((?:19|20)\\d{2})${FOLD_END})?`,
  ].join(""),
  "y",
);
// One group per kind, then one for the value pointers.
const MONEY_CUES = new RegExp(
  `${FOLD_START}(?:${[...MONEY_KIND_CUES.map((c) => c.forms), VALUE_POINTERS].map((f) => `(${alternation(f)})`).join("|")})${FOLD_END}`,
  "gu",
);
const PLAN_NOUN = new RegExp(`${FOLD_START}(?:${alternation(PLAN_NOUNS)})${FOLD_END}`, "u");
const PLAN_PROGRESS_RE = new RegExp(`${FOLD_START}(?:${alternation(PLAN_PROGRESS)})${FOLD_END}`, "u");
const ASEAN_PAIR = new RegExp(`${FOLD_START}asean\\s*(?:${DASH_CLASS}|\\+)\\s*`, "gu");
const PLUS_THREE = new RegExp(`${FOLD_START}asean\\s*(?:\\+\\s*3|plus\\s+three)${FOLD_END}`, "u");
const SUBJECT_GROUPING = new RegExp(
  `${FOLD_START}(?:${SUBJECT_GROUPINGS.map((g) => `(${alternation(g.forms)})`).join("|")})${FOLD_END}`,
  "u",
);
const BOTH_SIDES = new RegExp(`${FOLD_START}(?:${alternation(BOTH_SIDES_WORDS)})${FOLD_END}`, "u");
const TERRITORY_OF_CHINA = /^\s*[,(]\s*(?:trung quoc|china)(?![a-z])/;
const ANY_YEAR = /(?<![\d/.,-])(?:19|20)\d{2}(?![\d/])/g;
const PERIOD_YEAR = new RegExp(
  `${FOLD_START}(?:${alternation(PERIOD_YEAR_LINKS)})\\s+((?:19|20)\\d{2})(?![\\d/])`,
  "u",
);
const PLEDGE = new RegExp(`${FOLD_START}(?:${alternation(PLEDGE_WORDS)})${FOLD_END}`, "u");
const ABOUT_ASEAN = new RegExp(`${FOLD_START}(?:${alternation(ASEAN_CUES)})${FOLD_END}`, "u");
const CHAIN_DASH = new RegExp(`\\s*${DASH_CLASS}\\s*`, "uy");
const GROUPING_CODES = PAIR_GROUPINGS.map((g) => g.code);
const GROUPING = new RegExp(
  `(?:${PAIR_GROUPINGS.map((g) => `(${alternation(g.forms)})`).join("|")})${FOLD_END}`,
  "uy",
);
const PARTY_COUNT = new RegExp(
  `${FOLD_START}(?:${PARTY_COUNT_REFERENCES.map((r) => `(${alternation(r.forms)})`).join("|")})${FOLD_END}`,
  "u",
);
const AGREEMENT_REFERENCE = new RegExp(
  `${FOLD_START}(?:${alternation(AGREEMENT_REFERENCES)})${FOLD_END}`,
  "gu",
);

const WHITESPACE_RUN = /\s+/g;
const oneSpaced = (s: string) => s.replace(WHITESPACE_RUN, " ");
const QUALIFIER = new Map(QUALIFIERS.flatMap((q) => q.forms.map((f) => [f, q.qualifier] as const)));
const FACTOR = new Map(SCALES.flatMap((s) => s.forms.map((f) => [f, s.factor] as const)));
const CURRENCY_BEFORE = new Map(CURRENCIES.flatMap((c) => c.before.map((f) => [f, c] as const)));
const CURRENCY_AFTER = new Map(CURRENCIES.flatMap((c) => c.after.map((f) => [f, c] as const)));

/** A thousands or decimal separator, `.` or `,`. */
const NUMBER_SEPARATOR = /[.,]/g;

/**
 * Reads `1.234,5` (Vietnamese), `1,234.5` (English), `94,5`, `1.5` or `1.500` and multiplies
 * by `factor` without binary rounding noise (3,2 × 10¹² is exactly 3 200 000 000 000). One
 * separator before exactly three digits groups thousands in both conventions.
 */
export function parseAmount(written: string, factor = 1): number {
  const seps = written.match(NUMBER_SEPARATOR) ?? [];
  const last = Math.max(written.lastIndexOf("."), written.lastIndexOf(","));
  const decimal =
    seps.length > 0 && (new Set(seps).size === 2 || (seps.length === 1 && written.length - last - 1 !== 3));
  const whole = (decimal ? written.slice(0, last) : written).replace(NUMBER_SEPARATOR, "");
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
    before !== undefined
      ? CURRENCY_BEFORE.get(oneSpaced(before))
      : CURRENCY_AFTER.get(oneSpaced(after ?? ""));
  const isPercent = percent !== undefined || percentWord !== undefined;
  if (!isPercent && !currency) return null;
  if (after !== undefined && currency?.exact) {
    const at = TAIL.lastIndex - tail[0].length + tail[0].lastIndexOf(after);
    if (!currency.exact.includes(view.text.slice(at, at + after.length).toLowerCase())) return null;
  }
  return {
    start: m.index - leading.length,
    end: TAIL.lastIndex,
    value: parseAmount(m[0], scale === undefined ? 1 : (FACTOR.get(oneSpaced(scale)) ?? 1)),
    unit: isPercent ? "%" : (currency?.code ?? ""),
    qualifier: qualifier === undefined ? null : (QUALIFIER.get(oneSpaced(qualifier)) ?? null),
    year: year === undefined ? null : Number(year),
  };
}

/**
 * What an amount of money measures: the nearest cue before it in its sentence (a value
 * pointer such as `trị giá` defers to the cue before it, else means a project), else a cue
 * right after it (`US$ 42 billion in trade`), else `other`.
 */
function moneyKind(view: TextView, a: Amount): FigureKind {
  const s = view.sentences.at(a.start);
  let nearest: FigureKind | null = null;
  let pointed = false;
  let following: FigureKind | null = null;
  const fold = foldBefore(view, s.end);
  MONEY_CUES.lastIndex = s.start;
  for (let m = MONEY_CUES.exec(fold); m && m.index < s.end; m = MONEY_CUES.exec(fold)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const kind = MONEY_KIND_CUES[index]?.kind ?? null;
    if (m.index + m[0].length <= a.start) {
      if (kind) [nearest, pointed] = [kind, false];
      else pointed = true;
    } else if (m.index >= a.end && m.index <= a.end + FOLLOWING_CUE_REACH) following ??= kind;
  }
  if (pointed) return nearest ?? "project_value";
  return nearest ?? following ?? "other";
}

function percentKind(view: TextView, a: Amount): FigureKind {
  const s = view.sentences.at(a.start);
  const sentence = view.fold.slice(s.start, s.end);
  return PLAN_NOUN.test(sentence) && PLAN_PROGRESS_RE.test(sentence) ? "plan_completion" : "other";
}

interface Pair {
  start: number;
  /** The other sides after `ASEAN`, in order: `["GCC", "CN"]` for `ASEAN - GCC - Trung Quốc`. */
  codes: string[];
}

/** The partner country (`Nhật Bản`) or grouping (`GCC`) named exactly at `pos`. */
function sideAt(view: TextView, pos: number): { code: string; end: number } | null {
  const partner = partnerAt(view, pos);
  if (partner) return partner;
  GROUPING.lastIndex = pos;
  const m = GROUPING.exec(view.fold);
  if (!m) return null;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  return { code: GROUPING_CODES[index] as string, end: pos + m[0].length };
}

/**
 * `ASEAN-Nhật Bản`, `ASEAN – Mỹ`, `ASEAN+Nga`, `ASEAN - GCC - Trung Quốc`: the partnerships
 * the text names, in order, each with every side named after ASEAN.
 */
function aseanPairs(view: TextView): Pair[] {
  // Read by the figures and again by the article-level subjects after them: found once per view.
  const cached = pairsByView.get(view);
  if (cached) return cached;
  const pairs: Pair[] = [];
  for (const m of execAll(ASEAN_PAIR, view.fold)) {
    const codes: string[] = [];
    for (let side = sideAt(view, m.index + m[0].length); side; ) {
      codes.push(side.code);
      CHAIN_DASH.lastIndex = side.end;
      const dash = CHAIN_DASH.exec(view.fold);
      side = dash ? sideAt(view, side.end + dash[0].length) : null;
    }
    if (codes.length > 0) pairs.push({ start: m.index, codes });
  }
  pairsByView.set(view, pairs);
  return pairs;
}
const pairsByView = new WeakMap<TextView, Pair[]>();

const pairSubject = (p: Pair) => `ASEAN-${p.codes.join("-")}`;

/**
 * A sentence not about ASEAN that names one member and partners (`Australia is one of Viet
 * Nam's trading partners … while trade with New Zealand …`): the member and the partner named
 * nearest before the figure (`VN-AU`, `VN-NZ`).
 */
function bilateral(view: TextView, a: Amount, s: Span): string | null {
  const named = findCountryMentions(view).filter((c) => c.start >= s.start && c.end <= s.end && !c.territory);
  const members = new Set(named.filter((c) => isAseanMember(c.code)).map((c) => c.code));
  const partners = named.filter((c) => !isAseanMember(c.code));
  const partner = partners.filter((c) => c.end <= a.start).pop() ?? partners[0];
  return members.size === 1 && partner ? `${[...members][0]}-${partner.code}` : null;
}

/** `ba bên` (the three sides) in the sentence: the latest partnership before it with that many sides. */
function partiesReferred(sentence: string, a: Amount, pairs: readonly Pair[]): string | null {
  const m = PARTY_COUNT.exec(sentence);
  if (!m) return null;
  const parties = PARTY_COUNT_REFERENCES[m.slice(1).findIndex((g) => g !== undefined)]?.parties;
  const pair = pairs.filter((p) => p.start < a.start && p.codes.length + 1 === parties).pop();
  return pair ? pairSubject(pair) : null;
}

const PLUS_THREE_KEY = [...PLUS_THREE_PARTNERS].sort().join();

/**
 * The partnership an agreement stands for: `ASEAN-CN` for ACFTA, `ASEAN+3` for CMIM (its
 * territories left aside), `VN-EU` for EVFTA, `ASEAN` for ATIGA, else its code (`RCEP`).
 */
function agreementSubject(code: string): string {
  const { asean, others } = agreementSides(code);
  if (!asean) return others.length === 2 ? others.join("-") : code;
  if (others.length === 0) return "ASEAN";
  if (others.length === 1) return `ASEAN-${others[0]}`;
  return [...others].sort().join() === PLUS_THREE_KEY ? "ASEAN+3" : code;
}

/**
 * The agreement a figure's sentence is about: the one named nearest the figure, else, when the
 * sentence refers back to `the agreement`, the one named last before the figure.
 */
function agreementOf(view: TextView, a: Amount, s: Span): string | null {
  const mentions = findAgreementMentions(view);
  let nearest: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    const d = m.start >= a.end ? m.start - a.end : Math.max(0, a.start - m.end);
    if (d < distance) [nearest, distance] = [m.code, d];
  }
  if (nearest) return nearest;
  AGREEMENT_REFERENCE.lastIndex = s.start;
  const ref = AGREEMENT_REFERENCE.exec(foldBefore(view, s.end));
  if (!ref || ref.index >= s.end) return null;
  return mentions.filter((m) => m.end <= ref.index).pop()?.code ?? null;
}

/**
 * A sentence not about ASEAN where one country gives money (`Japan pledged 56 million USD to
 * the Mekong countries`): the giver's code, when it is the only country named.
 */
function donor(view: TextView, s: Span, sentence: string): string | null {
  if (!PLEDGE.test(sentence)) return null;
  const named = new Set(
    findCountryMentions(view)
      .filter((c) => c.start >= s.start && c.end <= s.end && !c.territory)
      .map((c) => c.code),
  );
  return named.size === 1 ? ([...named][0] as string) : null;
}

/** The one partner country a sentence about ASEAN names, else null. */
function onePartner(view: TextView, s: Span): string | null {
  // `Hong Kong, Trung Quốc` (Hong Kong, China): the territory is the partner.
  for (const c of findCountryMentions(view))
    if (
      c.territory &&
      c.start >= s.start &&
      c.end <= s.end &&
      TERRITORY_OF_CHINA.test(view.fold.slice(c.end, c.end + 16))
    )
      return `ASEAN-${c.code}`;
  const partners = new Set(
    findCountryMentions(view)
      .filter((c) => c.start >= s.start && c.end <= s.end && !c.territory && !isAseanMember(c.code))
      .map((c) => c.code),
  );
  return partners.size === 1 ? `ASEAN-${[...partners][0]}` : null;
}

/**
 * Whose partnership a figure is about, first found of: the nearest `ASEAN-X` in its sentence;
 * `ASEAN+3` named there; the one partner country a sentence about ASEAN (or Southeast Asia)
 * names, or a member and a partner in a sentence not about ASEAN; the latest partnership with
 * as many sides as the sentence refers to (`ba bên`); the agreement the sentence names or
 * refers to; the first `ASEAN-X` of its paragraph before it (the `* Tại Hội nghị ASEAN-Hàn
 * Quốc, …` that scopes a bullet); for a sentence about both sides (`bilateral trade`), the
 * partnership the article names most; else `ASEAN` for a sentence about ASEAN alone.
 */
function subjectOf(view: TextView, a: Amount, pairs: readonly Pair[]): string | null {
  const s = view.sentences.at(a.start);
  const inSentence = pairs.filter((p) => p.start >= s.start && p.start < s.end);
  inSentence.sort((x, y) => Math.abs(x.start - a.start) - Math.abs(y.start - a.start));
  if (inSentence[0]) return pairSubject(inSentence[0]);
  const sentence = view.fold.slice(s.start, s.end);
  if (PLUS_THREE.test(sentence)) return "ASEAN+3";
  const grouping = groupingIn(sentence);
  if (grouping) return grouping;
  const aboutAsean = ABOUT_ASEAN.test(sentence);
  const named = aboutAsean ? onePartner(view, s) : (bilateral(view, a, s) ?? donor(view, s, sentence));
  if (named) return named;
  const referred = partiesReferred(sentence, a, pairs);
  if (referred) return referred;
  const agreement = agreementOf(view, a, s);
  if (agreement) return agreementSubject(agreement);
  const p = paragraphAt(view, a.start);
  const first = pairs.find((x) => x.start >= p.start && x.start < a.start);
  if (first) return pairSubject(first);
  // `… of the IMT-GT. … 36 projects with a combined value of over 57 billion USD`: the grouping
  // its paragraph named before it.
  const paragraphGrouping = groupingBefore(view, p, a.start);
  if (paragraphGrouping) return paragraphGrouping;
  // `bilateral trade`, `hai bên`, `each other's largest trading partner`: the partnership the
  // article names most.
  if (BOTH_SIDES.test(sentence)) {
    const main = mainPartnership(pairs);
    if (main) return main;
  }
  return aboutAsean ? "ASEAN" : null;
}

/**
 * Gives a figure nothing near gives a subject the article's (`articleSubject`), unless its
 * sentence names one member before it (`Năm 2024, tăng trưởng GDP của Việt Nam đạt 7,09%`: that
 * member's own). Run after the figures were placed at meetings (index.ts): such a guess says
 * nothing of where a figure was reported, so it must not place one at the partner's meeting.
 */
export function fillArticleSubjects(view: TextView, figures: readonly FigureFact[]): void {
  const open = figures.filter((f) => f.subject === null && !oneMemberBefore(view, f.evidence.start));
  if (open.length === 0) return;
  // Read once per article, not per figure (a text of many figures would read it again for each).
  const subject = articleSubject(view, aseanPairs(view));
  if (subject !== null) for (const f of open) f.subject = subject;
}

/** The subject an article's figure gets when nothing near it says whose it is (see below). */
function articleSubject(view: TextView, pairs: readonly Pair[]): string | null {
  // Nothing in the sentence or its paragraph says whose figure it is: the partnership the article
  // names most (when one is named more than any other), else the grouping it names first (`…
  // trade among LMC countries …` three paragraphs up), else the partnership of the agreement it
  // names most; a figure of an article about one partnership is most often that one's.
  return mainPartnership(pairs, true) ?? groupingIn(view.fold) ?? mainAgreementSubject(view);
}

/** Whether the one country a figure's sentence names before it is an ASEAN member (its own figure). */
function oneMemberBefore(view: TextView, at: number): boolean {
  const s = view.sentences.at(at);
  const codes = new Set(
    findCountryMentions(view)
      .filter((c) => c.start >= s.start && c.end <= at && !c.territory)
      .map((c) => c.code),
  );
  return codes.size === 1 && isAseanMember([...codes][0] as string);
}

/** The partnership of the agreement an article names most (the first of a tie), else null. */
function mainAgreementSubject(view: TextView): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const m of findAgreementMentions(view)) {
    const n = (counts.get(m.code) ?? 0) + 1;
    counts.set(m.code, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = m.code;
  }
  return best === null ? null : agreementSubject(best);
}

// Per view, per paragraph start: the first grouping the paragraph names, found once (reading the
// paragraph up to each amount again was quadratic in a paragraph of many amounts).
const paragraphGroupings = new WeakMap<TextView, Map<number, { end: number; code: string } | null>>();

/** The grouping the paragraph `p` names first, when it is named before `at`. */
function groupingBefore(view: TextView, p: { start: number; end: number }, at: number): string | null {
  let byParagraph = paragraphGroupings.get(view);
  if (!byParagraph) {
    byParagraph = new Map();
    paragraphGroupings.set(view, byParagraph);
  }
  let first = byParagraph.get(p.start);
  if (first === undefined) {
    const found = firstGrouping(view.fold.slice(p.start, p.end));
    first = found ? { end: p.start + found.end, code: found.code } : null;
    byParagraph.set(p.start, first);
  }
  return first && first.end <= at ? first.code : null;
}

/** The code of the first grouping a folded text names (`EAS`, `IMT-GT` …), else null. */
function groupingIn(folded: string): string | null {
  return firstGrouping(folded)?.code ?? null;
}

/** The first grouping a folded text names: its code and where its name ends, else null. */
function firstGrouping(folded: string): { end: number; code: string } | null {
  const m = SUBJECT_GROUPING.exec(folded);
  const code = m ? SUBJECT_GROUPINGS[m.slice(1).findIndex((g) => g !== undefined)]?.code : undefined;
  return m && code ? { end: m.index + m[0].length, code } : null;
}

/** The `ASEAN-X` partnership a text names most (the first of a tie, or none when `clear`), else null. */
function mainPartnership(pairs: readonly Pair[], clear = false): string | null {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    const k = pairSubject(p);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: string | null = null;
  let tied = false;
  for (const [k, n] of counts) {
    const top = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > top) [best, tied] = [k, false];
    else if (n === top) tied = true;
  }
  return clear && tied ? null : best;
}

/**
 * The period a sentence states for its amounts when the amount itself has none: its only `in
 * 2023` / `năm 2024` / `trong năm 2022` before it (`In 2023, ASEAN-China trade reached $X`). A year of a
 * day's date (`on 12 May 2023`) dates an event, not a period; a sentence with two years is left.
 */
function sentenceYear(view: TextView, a: Amount): number | null {
  const s = view.sentences.at(a.start);
  const sentence = view.fold.slice(s.start, s.end);
  // One year, however often written (`trong năm 2019 đạt 111 tỷ USD, … trong năm 2019`).
  const years = new Set([...execAll(ANY_YEAR, sentence)].map((y) => y[0]));
  if (years.size !== 1) return null;
  const m = PERIOD_YEAR.exec(sentence);
  // Only a year stated before the amount: one after it belongs to a later amount (`… hơn 450 tỷ
  // USD và đầu tư … đạt 42 tỷ USD năm 2024` gives 2024 to the second only).
  return m && s.start + m.index < a.start ? Number(m[1]) : null;
}

/**
 * The amounts of money and percentages in a cleaned body, in text order. `articleSubjects: false`
 * leaves the subjects nothing near gives unfilled, for a caller that places the figures at meetings
 * first and then calls `fillArticleSubjects` (index.ts).
 */
export function extractFigures(view: TextView, options: { articleSubjects?: boolean } = {}): FigureFact[] {
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
      year: a.year ?? sentenceYear(view, a),
      text: evidence.text,
      meetingKey: null,
      evidence,
    });
  }
  if (options.articleSubjects !== false) fillArticleSubjects(view, figures);
  return figures;
}
