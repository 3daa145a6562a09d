import { STORY_BAND_ROWS, STORY_BANDS } from "./story-bands.ts";

if (STORY_BANDS !== 64 || STORY_BAND_ROWS !== 2)
  throw new Error("the save function (src/store/sql/save-article.sql) assumes 64 bands of two bins");

/**
 * Saving an article as one call of the database function `seedgraph_save_article_linked`. It and
 * the functions it calls are defined in src/store/sql/save-article.sql, the one place their rules
 * are written and explained: the story lock; story choice (bounded band candidates, the most
 * similar at or above the threshold); meeting merge by key, with the key of a meeting of unknown
 * year completed from the story or scoped to the article; person merge by canonical name; the
 * article's links, evidence, relations and figures replaced as a whole; the path's failure
 * cleared; the event numbered. The migration runner applies that file again whenever it changes
 * (src/db/migrate.ts), so a rule is changed by editing it.
 *
 * Every table the save touches is written by a data-modifying CTE or a statement of that one call,
 * so a save costs one round trip however many facts the article carries (Prisma's statements
 * cost milliseconds each). The call is one transaction (or one savepoint of a batch's).
 *
 * Parameters: $1 path, $2 content hash, $3 title, $4 display title, $5 lead, $6 body, $7 lang,
 * $8 published (`YYYY-MM-DD`), $9 date precision, $10 source name, $11 url, $12 author, $13 word
 * count, $14 extractor version, $15 fingerprint, $16 band keys, $17 story threshold, $18 facts
 * (see factsDocument). Returns the event: `article_id`, `seq`, `kind`, `at`.
 */
export const SAVE_ARTICLE_SQL = `/* seedgraph:save-article */
SELECT article_id, seq, kind, at FROM seedgraph_save_article_linked(
  $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb)`;

/**
 * A batch of saves as one call of `seedgraph_save_articles` (save-article.sql, section 6): $1 is
 * a JSON array of the parameters above by name (`saveBatchParam` in article-store.ts). Returns
 * one row per save, in order: `i`, then the event or `error_state` and `error_message`.
 */
export const SAVE_ARTICLES_SQL = `/* seedgraph:save-articles */
SELECT i, article_id, seq, kind, at, error_state, error_message FROM seedgraph_save_articles($1::jsonb)`;
