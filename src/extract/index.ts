/**
 * The extractor's entry point: raw article text in, every fact the article states out.
 * Pure, synchronous and deterministic; imports nothing outside src/extract/.
 */
import { extractAgreements } from "./agreements.ts";
import { boundFacts, EXTRACTION_LIMITS, type ExtractionCuts } from "./bounds.ts";
import { extractCountries } from "./countries.ts";
import { extractFigures, fillArticleSubjects } from "./figures.ts";
import { extractMeetings } from "./meetings.ts";
import { normalizeText } from "./normalize.ts";
import { type ParsedArticle, parseArticle } from "./parse.ts";
import { extractPeople } from "./people.ts";
import { extractRelations } from "./relations.ts";
import { storyFingerprint } from "./stories.ts";
import { createTextView } from "./text-view.ts";
import { extractTopics } from "./topics.ts";
import type {
  AgreementActionFact,
  AgreementFact,
  CountryFact,
  FigureFact,
  MeetingFact,
  ParticipationFact,
  PersonFact,
  TopicFact,
} from "./types.ts";

export { EXTRACTION_LIMITS, type ExtractionCuts } from "./bounds.ts";
export type { ParsedArticle } from "./parse.ts";
export { STORY_THRESHOLD, storyFingerprint, storySimilarity } from "./stories.ts";
export type * from "./types.ts";

/**
 * Version of the extraction rules. Bump it whenever a change can alter the output for an
 * unchanged file, so stored articles extracted by an older version can be re-extracted.
 */
export const EXTRACTOR_VERSION = "1.8.53";

/** Everything extracted from one article. Evidence offsets refer to `text`. */
export interface ArticleExtraction {
  article: ParsedArticle;
  /**
   * The text the facts were read from: `article.body`, then — when the page has photo
   * captions — a blank line and the captions, one paragraph each, then the headline when the
   * page prints one. The body is a prefix, so evidence with `end <= article.body.length` lies in
   * the body; evidence past it lies in a caption or the headline (either can be the only place
   * naming a meeting, e.g. "… held within the framework of the 58th ASEAN Foreign Ministers'
   * Meeting", "ASEAN Chair Presides Over 10th ASEAN-US Summit").
   */
  text: string;
  meetings: MeetingFact[];
  agreements: AgreementFact[];
  countries: CountryFact[];
  people: PersonFact[];
  figures: FigureFact[];
  topics: TopicFact[];
  /** Who took part in which meeting, and how (relations.ts). */
  participants: ParticipationFact[];
  /** What happened to which agreement, at which meeting (relations.ts). */
  agreementActions: AgreementActionFact[];
  /** MinHash signature of the body for grouping near-duplicates into stories (stories.ts). */
  fingerprint: number[];
  /** What the per-article limits left out (bounds.ts): zero for every real article. */
  cuts: ExtractionCuts;
}

/**
 * A meeting only the headline names counts when the headline says which one (an edition or a
 * partner: `ASEAN Chair Presides Over 10th ASEAN-US Summit`) or names the article's only meeting;
 * a bare `ASEAN summit: …` above an article about the ASEAN–Australia special summit is that
 * summit, not another.
 */
function headlineSpecific(meetings: MeetingFact[], headlineAt: number): MeetingFact[] {
  const inBody = (m: MeetingFact) => m.evidence.some((e) => e.start < headlineAt);
  if (!meetings.some(inBody)) return meetings;
  const kept = meetings.filter((m) => inBody(m) || m.number !== null || m.partner !== null);
  const keys = new Set(kept.map((m) => m.key));
  return kept.map((m) => (m.parentKey !== null && !keys.has(m.parentKey) ? { ...m, parentKey: null } : m));
}

/**
 * Extracts an article from decoded file text: normalises it, separates the article from page
 * furniture, then runs every fact extractor over the cleaned body, its photo captions and its
 * headline.
 */
export function extractArticle(raw: string): ArticleExtraction {
  const article = parseArticle(normalizeText(raw));
  // The headline last: press often names a meeting's edition only there, and the body stays a prefix.
  const text = [article.body, ...article.captions, article.title ?? ""].filter((t) => t !== "").join("\n\n");
  const view = createTextView(text);
  const meetings = headlineSpecific(
    extractMeetings(view, { published: article.published }),
    article.title ? text.length - article.title.length : text.length,
  );
  const agreements = extractAgreements(view);
  const countries = extractCountries(view);
  const people = extractPeople(view).map((p) =>
    p.aliases.length > EXTRACTION_LIMITS.aliasesPerPerson
      ? { ...p, aliases: p.aliases.slice(0, EXTRACTION_LIMITS.aliasesPerPerson) }
      : p,
  );
  const allFigures = extractFigures(view, { articleSubjects: false });
  const topics = extractTopics(view);
  const { kinds, figures, cuts } = boundFacts(
    { meetings, agreements, countries, people, topics },
    allFigures,
  );
  const relations = extractRelations(view, { ...kinds, figures });
  // After relations placed the figures at meetings: a subject read off the article places none.
  fillArticleSubjects(view, figures);
  return {
    article,
    text,
    ...kinds,
    ...relations,
    figures,
    fingerprint: storyFingerprint(article.body),
    cuts,
  };
}
