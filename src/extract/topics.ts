/**
 * Topics an article is about, from the TOPICS lexicon: one precompiled prefix tree of every
 * folded keyword over the separator view (folded, dashes as spaces), one of the diacritic-exact words over the lower-cased
 * tone-canonical view, one of the acronyms over the printed text. Each topic keeps every place
 * it is named as evidence.
 */
import { TOPICS } from "./data/topics.ts";
import { FOLD_END, lowerCanon, wordMatches } from "./fold-pattern.ts";
import { separatorView, trieSource } from "./lexicon-regex.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { TopicFact } from "./types.ts";

export { TOPICS, type TopicEntry } from "./data/topics.ts";

const SPACE_OR_HYPHEN_RUN = /[\s-]+/g;
const spaced = (s: string) => s.replace(SPACE_OR_HYPHEN_RUN, " ");
const BY_KEYWORD = new Map<string, string>();
const BY_WORD = new Map<string, string>();
const BY_ACRONYM = new Map<string, string>();
for (const t of TOPICS) {
  for (const k of t.keywords) if (!BY_KEYWORD.has(spaced(k))) BY_KEYWORD.set(spaced(k), t.slug);
  for (const w of t.words) if (!BY_WORD.has(w)) BY_WORD.set(w, t.slug);
  for (const a of t.acronyms) if (!BY_ACRONYM.has(a)) BY_ACRONYM.set(a, t.slug);
}
const termRegex = (terms: Iterable<string>) => new RegExp(`${trieSource(terms)}${FOLD_END}`, "gu");
const KEYWORDS = termRegex(BY_KEYWORD.keys());
const WORDS = termRegex(BY_WORD.keys());
const ACRONYMS = termRegex(BY_ACRONYM.keys());

interface Hit {
  slug: string;
  start: number;
  end: number;
}

function collect(source: string, re: RegExp, slugs: Map<string, string>, into: Hit[]): void {
  for (const m of wordMatches(source, re)) {
    const slug = slugs.get(spaced(m[0]));
    if (slug) into.push({ slug, start: m.index, end: m.index + m[0].length });
  }
}

/** The topics of a cleaned body in order of first mention, each with all its evidence. */
export function extractTopics(view: TextView): TopicFact[] {
  const hits: Hit[] = [];
  collect(separatorView(view), KEYWORDS, BY_KEYWORD, hits);
  const lower = lowerCanon(view);
  if (lower !== null) collect(lower, WORDS, BY_WORD, hits);
  collect(view.text, ACRONYMS, BY_ACRONYM, hits);
  hits.sort((a, b) => a.start - b.start);
  const bySlug = new Map<string, TopicFact>();
  for (const h of hits) {
    let fact = bySlug.get(h.slug);
    if (!fact) {
      fact = { slug: h.slug, evidence: [] };
      bySlug.set(h.slug, fact);
    }
    fact.evidence.push(evidenceAt(view, h.start, h.end));
  }
  return [...bySlug.values()];
}
