/**
 * Limits on what one article contributes, so that a hostile or degenerate file (one sentence
 * repeated for two megabytes, thousands of names) is stored with what fits instead of writing
 * hundreds of thousands of rows. Far above real articles: the seeds and fixtures have at most
 * 19 pieces of evidence for one fact and 202 in all.
 */
import type { Evidence, FigureFact } from "./types.ts";

export const EXTRACTION_LIMITS = {
  /** Facts of one kind (meetings, agreements, countries, people, topics): the first ones in the text. */
  factsPerKind: 200,
  /** Evidence kept for one fact: its first mentions. */
  evidencePerFact: 50,
  /** Figures: the first ones in the text. */
  figures: 200,
  /** Evidence in all, figures included (each figure is one). */
  mentions: 2000,
  /** Spellings kept for one person. */
  aliasesPerPerson: 20,
} as const;

/** What the limits left out of an extraction; all zero for every real article. */
export interface ExtractionCuts {
  facts: number;
  figures: number;
  evidence: number;
}

interface WithEvidence {
  evidence: Evidence[];
}

/**
 * Applies {@link EXTRACTION_LIMITS} to the facts of one article, in place of the full lists:
 * the first facts of each kind, the first figures, and then evidence — every kept fact keeps its
 * first mention, later mentions fill what remains of the budget in turn (each fact's second,
 * then each fact's third …), so no fact is left without evidence.
 */
export function boundFacts<T extends { [kind: string]: WithEvidence[] }>(
  kinds: T,
  figures: FigureFact[],
): { kinds: T; figures: FigureFact[]; cuts: ExtractionCuts } {
  const L = EXTRACTION_LIMITS;
  const cuts: ExtractionCuts = { facts: 0, figures: Math.max(0, figures.length - L.figures), evidence: 0 };
  const keptFigures = figures.slice(0, L.figures);
  const kept: { [kind: string]: WithEvidence[] } = {};
  const all: WithEvidence[] = [];
  for (const kind of Object.keys(kinds)) {
    const facts = kinds[kind] as WithEvidence[];
    cuts.facts += Math.max(0, facts.length - L.factsPerKind);
    const first = facts.slice(0, L.factsPerKind);
    kept[kind] = first;
    all.push(...first);
  }
  const budget = L.mentions - keptFigures.length;
  const total = all.reduce((n, f) => n + Math.min(f.evidence.length, L.evidencePerFact), 0);
  const counted = all.reduce((n, f) => n + f.evidence.length, 0);
  // How many mentions each fact keeps: the first `depth` of each, then one more for the first
  // facts while the budget lasts.
  const keep = new Map<WithEvidence, number>();
  if (total <= budget) {
    for (const f of all) keep.set(f, Math.min(f.evidence.length, L.evidencePerFact));
  } else {
    let left = budget;
    for (let depth = 1; left > 0 && depth <= L.evidencePerFact; depth++) {
      for (const f of all) {
        if (left === 0) break;
        if (f.evidence.length >= depth) {
          keep.set(f, depth);
          left--;
        }
      }
    }
  }
  for (const kind of Object.keys(kept)) {
    kept[kind] = (kept[kind] as WithEvidence[]).map((f) => {
      const n = keep.get(f) ?? 0;
      return n === f.evidence.length ? f : { ...f, evidence: f.evidence.slice(0, n) };
    });
  }
  cuts.evidence = counted - [...keep.values()].reduce((n, k) => n + k, 0);
  return { kinds: kept as T, figures: keptFigures, cuts };
}
