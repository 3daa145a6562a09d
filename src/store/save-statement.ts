import { STORY_BAND_ROWS, STORY_BANDS } from "./story-bands.ts";

if (STORY_BANDS !== 64 || STORY_BAND_ROWS !== 2)
  throw new Error(
    "the save function (migration 20261122060000_save_article_function) assumes 64 bands of two bins",
  );

/**
 * Saving an article as one SQL statement: every table it touches is written by a data-modifying
 * CTE, so a save costs one round trip however many facts the article carries (Prisma's statements
 * cost milliseconds each). The statement lives in the database function `seedgraph_save_article`
 * (prisma/migrations/20261122060000_save_article_function, replaced by
 * 20261206020000_bounded_evidence, which stores evidence sentences as offsets into the body, and
 * last by 20261206030000_meeting_identity, which completes undated meeting keys and stores
 * canonical names), which first takes the story lock and
 * then runs it with a fresh snapshot, so it sees every article committed before the lock was
 * granted. It is called through `seedgraph_save_article_linked` (20261206070000_coverage_stories),
 * which after the save links the article's story to the other language's coverage of the same
 * event (`seedgraph_link_coverage`: both dated to the day within 3 days, 2 meetings and a person
 * or 3 meetings in common), through `seedgraph_save_article_with_relations`
 * (20261206040000_relations, extended by 20261206060000_figure_facts), which then replaces the
 * article's relations (participations and agreement steps) and its figures in further statements
 * of the same call, which see the rows the save wrote: a relation's or a figure's meeting is found
 * through the article's mention at one evidence span of its meeting, since the save may have
 * completed the meeting's key. One call, in its own transaction, is the
 * whole save. Change them with a new migration (a wrapper rather than a copy of the 300-line
 * statement, so each stays readable on its own).
 *
 * Rules it keeps:
 * - the article is upserted by path with its story already chosen (no second write of the row:
 *   the row's search indexes make every write of it cost milliseconds);
 * - story: candidates are present articles sharing a band key (story_band; bounded, see below),
 *   the most similar one at or above the threshold wins (ties: lowest id); its story is joined,
 *   or created for both.
 *   A candidate agreeing in m of the 64 two-bin bands agrees in 2m to 64 + m bins, so one whose
 *   best case is below another's worst case is not compared at all, and one agreeing in every
 *   band is identical (many copies of one text cost a count, not a comparison each);
 * - meetings merge by key: a new one is inserted (with a pre-allocated id, so that a parent named
 *   by the same article can be linked at once), a known one only gets the fields it lacks and
 *   the canonical names (`name`, `name_vi`) of the latest extractor;
 * - a meeting of unknown year (`undated_stem` set, key `…-UNDATED`) takes the year the story's
 *   other present articles (the newest 64: a story's articles are near-copies, and a save with no
 *   such meeting reads none) give the same kind of meeting when they agree on one (and the article
 *   does not report that year's meeting itself), else the key is scoped to the article
 *   (`…-UNDATED-A<article id>`, meeting-key.ts's articleScopedKey): never merged across articles.
 *   Its evidence and children use the completed key;
 * - people merge by name: aliases accumulate, a known country is kept, the latest role wins;
 * - the article's links and evidence are replaced as a whole (links it keeps are left in place),
 *   and so are its relations: one participation per meeting and person (the most specific
 *   action the article states), every agreement step, every figure with the meeting it was
 *   reported at;
 * - the path's ingest failure is cleared;
 * - the event takes the next number from the locked `event_counter` row: ADDED for a new or
 *   returning (removed) article, UPDATED otherwise.
 *
 * Parameters: $1 path, $2 content hash, $3 title, $4 display title, $5 lead, $6 body, $7 lang,
 * $8 published (`YYYY-MM-DD`), $9 date precision, $10 source name, $11 url, $12 author, $13 word
 * count, $14 extractor version, $15 fingerprint, $16 band keys, $17 story threshold, $18 facts
 * (see factsDocument). Returns the event: `article_id`, `seq`, `kind`, `at`.
 *
 * Bounds that keep a save's story lookup from growing with the corpus: per band key, only the
 * newest 32 articles sharing it are read (through the (band, key, article_id) index), and only the
 * 20 candidates sharing the most bands are compared. A near-duplicate shares most of the 64 bands,
 * so it stays a candidate unless more than 32 newer articles share each of those keys, and then
 * those newer ones are near-duplicates too, in the story it would join. The lookup is most of a
 * save's cost when a text arrives in many copies (every band key then shared by every copy): with
 * these bounds it takes about half the time it took with 100 and 50.
 */
export const SAVE_ARTICLE_SQL = `/* seedgraph:save-article */
SELECT article_id, seq, kind, at FROM seedgraph_save_article_linked(
  $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb)`;
