-- The article save: every database function a save runs, defined here and nowhere else.
--
-- Applied by the migration runner (src/db/migrate.ts) after the versioned migrations of
-- prisma/migrations, under the same advisory lock and in one transaction, whenever this file's
-- checksum (sha256 of the text as applied) differs from the one recorded for it in
-- `seedgraph_repeatable`; the new checksum is recorded with it. An unchanged file is skipped.
-- To change a rule, edit it here: the next start (or `npm run db:migrate`) re-creates the
-- functions. So every statement must be safe to run again (CREATE OR REPLACE), and:
--   - a table or column a rule needs comes from a new versioned migration, applied before this
--     file;
--   - CREATE OR REPLACE cannot change a function's parameters or result: put a
--     `DROP FUNCTION IF EXISTS` of the old signature before the new definition, and change the
--     caller (src/store/save-statement.ts) with it.
-- The migrations up to 20261207000000_save_generic_plans defined these functions one version at
-- a time; they stay as they were applied, and this file starts from their last state.
--
-- The story lock's key is written below as STORY_LOCK_KEY in double braces: the runner puts in
-- the constant of that name from src/store/sql/constants.ts (an integer) before the text is
-- hashed and applied, so the functions hold the number itself and removals
-- (src/store/article-store.ts) lock the same key without a second copy of it.
--
-- What calls what (one call of the first is one save; src/store/save-statement.ts calls it;
-- bulk ingest calls seedgraph_save_articles, which calls it once per save of a batch):
--   seedgraph_save_article_linked              entry point; generic plans for all it runs
--     seedgraph_save_article_with_relations    relations and figures, after:
--       seedgraph_save_article                 story lock; article, story, meetings, people,
--                                              evidence, event (one statement)
--       seedgraph_mentioned_meeting            the stored meeting a relation or figure is at
--         seedgraph_saved_meeting_key
--     seedgraph_link_coverage                  the other language's coverage into the story
-- Callees come first: a function with a SQL-standard body (RETURN …) is checked against the
-- functions it calls when it is created (PL/pgSQL bodies only when they run).
--
-- Every PL/pgSQL function here is VOLATILE, so each statement it runs takes a fresh snapshot,
-- and runs with JIT off: compiling a save's statements would cost far more than running them.
--
-- A stored row looked up by a value of the document (a meeting by its key, a person by name) is
-- read through its unique index, one row at a time (LATERAL … OFFSET 0, which the planner does
-- not fold into a join), never through a join the planner may turn into a scan of the whole
-- table: it takes jsonb_to_recordset for 100 rows, and hashed every stored person and meeting on
-- every save, a cost that grew with the corpus (tests/integration/save-plans.test.ts).

-- ---------------------------------------------------------------------------------------------
-- 1. seedgraph_save_article: the article and its facts, one statement after the story lock.
--
-- Parameters ($1 … $18): path, content hash, title, display title, lead, body, lang, published
-- (YYYY-MM-DD), date precision, source name, url, author, word count, extractor version,
-- fingerprint (128 bins as signed integers), band keys (64, src/store/story-bands.ts), story
-- threshold, facts document (src/store/facts.ts). Returns the article's event: article_id, seq,
-- kind, at. Every table is written by a data-modifying CTE of one statement, so a save is one
-- round trip however many facts the article carries. The rules, with the CTEs that keep them:
--
-- Story lock. Saves take turns choosing stories: the lock comes first, and the statement after
-- it, with its fresh snapshot, sees every save committed before the lock was granted (copies
-- saved side by side end in one story). Removals (markRemoved) take the same key: a save locks
-- article rows and the event counter in no fixed order, so the two must not interleave. The lock
-- is held to the end of the caller's transaction (a batch of saves holds it to its commit).
--
-- Story choice (band_key, candidate, present, scored, best, new_story, best_joins, art):
--   - candidates are present articles (not removed, not this path) sharing a band key with the
--     article. Bounded, so a save's lookup does not grow with the corpus: per band key only the
--     newest 32 articles sharing it are read (through the (band, key, article_id) index), and of
--     those only the 20 sharing the most bands are compared. A near-duplicate shares most of the
--     64 bands, so it stays a candidate unless more than 32 newer articles share each of those
--     keys, and those are then near-duplicates too, in the story it would join. The lookup is
--     most of a save's cost when a text arrives in many copies (every band key then shared by
--     every copy): with these bounds it takes about half the time it took with 100 and 50;
--   - a candidate agreeing in m of the 64 two-bin bands agrees in 2m to 64 + m of the 128 bins:
--     one whose best case (64 + m) is below the leader's worst case (2 × its bands) is not
--     compared at all, and one agreeing in every band is identical (similarity 1, no count);
--   - similarity: the share of bins that agree, over the shorter fingerprint;
--   - the most similar candidate at or above the threshold ($17) wins, ties going to the lowest
--     id. The article joins its story; when it has none, a new story is created for both;
--   - with no candidate at or above the threshold the article has no story (one saved again
--     whose text moved away from its story's leaves it).
--   The article row is upserted by path with its story already chosen: no second write of the
--   row, whose search indexes make every write of it cost milliseconds.
--
-- Band index (bands_gone, bands): the article's band keys are written, a key only when it
-- changed; bands past the new keys go (an empty fingerprint has none: similar to nothing).
--
-- Meeting merge (m_raw, m_undated, story_peer, m_story_year, m_in, m_id, m_up, am_gone, am):
--   - meetings merge by key across articles. Numbered and dated keys (AMM-58,
--     ASEAN_PLUS_ONE-JP-FM-2024) merge as they are, so one meeting's reports share a row and
--     meetings of different years never do;
--   - a meeting of unknown year (the document's `undated_stem` set, key `…-UNDATED`) has its
--     key completed:
--       with the year the other present articles of the story the article joins give the same
--       kind of meeting (a stored, unnumbered meeting whose key is the stem and a year), when
--       they agree on one year and the article does not report that year's meeting itself. Only
--       the newest 64 articles of the story are read (a story's articles are near-copies), and
--       none when the article has no such meeting;
--       else with the article: `…-UNDATED-A<article id>` (articleScopedKey,
--       src/extract/meeting-key.ts), never merged across articles; the id stays the path's, so
--       saving the article again keeps the key.
--     Its evidence (mention.entity_key) and its children's parent use the completed key;
--   - a new meeting is inserted with an id taken beforehand (m_id), so that a parent the same
--     article names is linked in the same statement; a parent named only by its key is looked
--     up among stored meetings; a meeting is never its own parent;
--   - a known meeting only gets what it lacks: number, year, date (with its precision), end
--     date, location and parent stay as first stored, `online` once true stays true; its
--     canonical names (`name` in English, `name_vi` in Vietnamese) are the latest extractor's,
--     so a better-naming extractor renames stored meetings, except names in a text's own wording
--     (`name_from_text`: a sub-series no table names), which replace a stored one only when
--     shorter (then first in order), so the meeting ends up with one name whatever order its
--     articles come in. The row is written only when one of these changes;
--   - the article's meeting links are replaced as a whole (links it keeps stay in place).
--
-- Agreements, countries, topics (ag_*, c_*, t_*): the article's links replaced as a whole; an
-- agreement link holds the version the latest save names.
--
-- Person merge (p_in, p_up, p_id, ap_gone, ap):
--   - people merge by canonical name only (the extractor's: spellings it maps to one name are
--     one person, names it keeps apart stay apart);
--   - aliases accumulate: every save's, without duplicates, in byte order (COLLATE "C");
--   - a known country is kept, a later save only fills a missing one;
--   - the latest role wins, and a save naming no role keeps the stored one;
--   - the row is written only when one of these changes;
--   - the article's link holds the role that article gives; links replaced as a whole.
--
-- Evidence (f_gone, f, mn_gone, mn): the article's figures and mentions are replaced as a whole.
-- Evidence is stored as offsets into the body (start, end, sentence_start, sentence_end, in
-- UTF-16 units), never as copied sentences; the extractor bounds what one article brings
-- (sentences of at most 1,000 characters, at most 2,000 pieces of evidence: src/extract/
-- bounds.ts, sentences.ts). A meeting mention holds its meeting's completed key.
-- (seedgraph_save_article_with_relations hands this function a document without figures and
-- writes them itself, each with its meeting.)
--
-- Ingest failure and event (failure_gone, counter, event): the path's recorded failure is
-- cleared; the event takes the next number from the `event_counter` row, locked by its update
-- until commit, so numbers are gap-free and in commit order: ADDED for a new or returning
-- (removed) article, UPDATED otherwise.
CREATE OR REPLACE FUNCTION seedgraph_save_article(
    p_path text, p_content_hash text, p_title text, p_display_title text, p_lead text, p_body text,
    p_lang text, p_published text, p_date_precision text, p_source text, p_url text, p_author text,
    p_word_count integer, p_extractor_version text, p_fingerprint integer[], p_band_keys bigint[],
    p_story_threshold double precision, p_facts jsonb)
RETURNS TABLE (article_id integer, seq integer, kind text, at timestamptz)
LANGUAGE plpgsql VOLATILE SET jit = off
AS $save$
#variable_conflict use_column
BEGIN
  -- Saves take turns choosing stories (see save-statement.ts); the same key as removals.
  PERFORM pg_advisory_xact_lock({{STORY_LOCK_KEY}});
  RETURN QUERY
  WITH old AS (
    SELECT id, removed_at FROM article WHERE path = $1
  ),
  facts AS (SELECT $18::jsonb AS doc),
  src_new AS (
    INSERT INTO source (name) SELECT $10::text WHERE $10::text IS NOT NULL
    ON CONFLICT (name) DO NOTHING RETURNING id
  ),
  src AS (
    SELECT id FROM src_new UNION ALL SELECT id FROM source WHERE name = $10::text
  ),
  band_key AS (
    SELECT (k.ord - 1)::int AS band, k.key FROM unnest($16::bigint[]) WITH ORDINALITY AS k(key, ord)
  ),
  candidate AS MATERIALIZED (
    SELECT m.article_id, count(*) AS bands
      FROM band_key k
     CROSS JOIN LATERAL (
           SELECT sb.article_id FROM story_band sb
            WHERE sb.band = k.band AND sb.key = k.key
            ORDER BY sb.article_id DESC LIMIT 32) m
     GROUP BY m.article_id
  ),
  present AS MATERIALIZED (
    SELECT a.id, a.story_id, a.fingerprint, c.bands
      FROM (SELECT * FROM candidate ORDER BY bands DESC, article_id LIMIT 20) c
      JOIN article a ON a.id = c.article_id
     WHERE a.removed_at IS NULL AND a.path <> $1
  ),
  scored AS MATERIALIZED (
    SELECT id, story_id,
           CASE WHEN bands = 64 THEN 1.0::float8
                ELSE (SELECT count(*) FROM unnest(fingerprint, $15::int[]) AS f(theirs, ours) WHERE theirs = ours)::float8
                     / NULLIF(LEAST(cardinality(fingerprint), cardinality($15::int[])), 0) END AS similarity
      FROM present
     WHERE 64 + bands >= 2 * (SELECT max(bands) FROM present)
  ),
  best AS (
    SELECT id, story_id FROM scored WHERE similarity >= $17::float8 ORDER BY similarity DESC, id LIMIT 1
  ),
  new_story AS (
    INSERT INTO story (created_at) SELECT CURRENT_TIMESTAMP FROM best WHERE story_id IS NULL RETURNING id
  ),
  best_joins AS (
    UPDATE article SET story_id = (SELECT id FROM new_story)
      FROM best WHERE article.id = best.id AND best.story_id IS NULL
  ),
  art AS (
    INSERT INTO article AS t (path, content_hash, title, display_title, lead, body, lang, published_at,
        date_precision, source_id, url, author, word_count, extractor_version, ingested_at, updated_at,
        removed_at, story_id, fingerprint)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9::"DatePrecision", (SELECT id FROM src LIMIT 1),
        $11, $12, $13::int, $14, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL,
        COALESCE((SELECT story_id FROM best), (SELECT id FROM new_story)), $15::int[])
    ON CONFLICT (path) DO UPDATE SET content_hash = EXCLUDED.content_hash, title = EXCLUDED.title,
        display_title = EXCLUDED.display_title, lead = EXCLUDED.lead, body = EXCLUDED.body,
        lang = EXCLUDED.lang, published_at = EXCLUDED.published_at,
        date_precision = EXCLUDED.date_precision, source_id = EXCLUDED.source_id, url = EXCLUDED.url,
        author = EXCLUDED.author, word_count = EXCLUDED.word_count,
        extractor_version = EXCLUDED.extractor_version, updated_at = EXCLUDED.updated_at,
        removed_at = NULL, story_id = EXCLUDED.story_id, fingerprint = EXCLUDED.fingerprint
    RETURNING id
  ),
  bands_gone AS (
    DELETE FROM story_band WHERE article_id IN (SELECT id FROM old) AND band >= cardinality($16::bigint[])
  ),
  bands AS (
    INSERT INTO story_band (article_id, band, key) SELECT (SELECT id FROM art), band, key FROM band_key
    ON CONFLICT (article_id, band) DO UPDATE SET key = EXCLUDED.key WHERE story_band.key <> EXCLUDED.key
  ),
  m_raw AS (
    SELECT m.* FROM facts, jsonb_to_recordset(facts.doc->'meetings') AS m(key text, undated_stem text,
        series "MeetingSeries", level "MeetingLevel", partner text, number int, year int, date date,
        date_precision "DatePrecision", end_date date, location text, online boolean, parent_key text,
        name text, name_vi text, name_from_text boolean)
  ),
  -- Only read when a meeting's year is unknown; the newest 64 of a story are enough (copies).
  m_undated AS (
    SELECT EXISTS (SELECT 1 FROM m_raw WHERE undated_stem IS NOT NULL) AS any
  ),
  story_peer AS (
    SELECT b.id FROM best b, m_undated u WHERE u.any
    UNION
    (SELECT a.id FROM best b JOIN article a ON a.story_id = b.story_id, m_undated u
      WHERE u.any AND a.removed_at IS NULL AND a.path <> $1
      ORDER BY a.id DESC LIMIT 64)
  ),
  m_story_year AS (
    SELECT r.key, min(k.year) AS year
      FROM m_raw r
      JOIN article_meeting am ON am.article_id IN (SELECT id FROM story_peer)
      JOIN meeting k ON k.id = am.meeting_id
     WHERE r.undated_stem IS NOT NULL AND k.number IS NULL AND k.year IS NOT NULL
       AND k.key = r.undated_stem || k.year::text
       AND NOT EXISTS (SELECT 1 FROM m_raw o WHERE o.key = r.undated_stem || k.year::text)
     GROUP BY r.key HAVING count(DISTINCT k.year) = 1
  ),
  m_in AS (
    SELECT CASE WHEN r.undated_stem IS NULL THEN r.key
                WHEN y.year IS NOT NULL THEN r.undated_stem || y.year::text
                ELSE r.key || '-A' || (SELECT id FROM art)::text END AS key,
           r.key AS raw_key, r.series, r.level, r.partner, r.number, COALESCE(r.year, y.year) AS year,
           r.date, r.date_precision, r.end_date, r.location, r.online, r.parent_key, r.name, r.name_vi,
           r.name_from_text
      FROM m_raw r LEFT JOIN m_story_year y ON y.key = r.key
  ),
  -- With the names to store: a name in the text's own wording replaces a stored one only when
  -- shorter (then first in order), so whatever order articles come in the meeting ends up with one
  -- name, and the row is not rewritten by each article that words it otherwise.
  m_id AS MATERIALIZED (
    SELECT m.key, COALESCE(k.id, nextval(pg_get_serial_sequence('meeting', 'id'))::int) AS id,
           CASE WHEN kept THEN k.name ELSE m.name END AS name,
           CASE WHEN kept THEN k.name_vi ELSE m.name_vi END AS name_vi
      FROM m_in m
      LEFT JOIN LATERAL (SELECT id, name, name_vi FROM meeting WHERE key = m.key OFFSET 0) k ON true
     CROSS JOIN LATERAL (
           SELECT m.name_from_text AND (length(k.name), k.name) <= (length(m.name), m.name) AS kept) c
  ),
  m_up AS (
    INSERT INTO meeting AS t (id, key, series, level, partner_code, number, year, date, date_precision,
        end_date, location, online, parent_id, name, name_vi)
    SELECT i.id, m.key, m.series, m.level, m.partner, m.number, m.year, m.date, m.date_precision,
           m.end_date, m.location, m.online,
           CASE WHEN m.parent_key <> m.raw_key THEN COALESCE(
             (SELECT p.id FROM m_in q JOIN m_id p ON p.key = q.key WHERE q.raw_key = m.parent_key),
             (SELECT p.id FROM meeting p WHERE p.key = m.parent_key)) END,
           i.name, i.name_vi
      FROM m_in m JOIN m_id i ON i.key = m.key
    ON CONFLICT (key) DO UPDATE SET number = COALESCE(t.number, EXCLUDED.number),
        year = COALESCE(t.year, EXCLUDED.year),
        date = COALESCE(t.date, EXCLUDED.date),
        date_precision = CASE WHEN t.date IS NULL AND EXCLUDED.date IS NOT NULL
                              THEN EXCLUDED.date_precision ELSE t.date_precision END,
        end_date = COALESCE(t.end_date, EXCLUDED.end_date),
        location = COALESCE(t.location, EXCLUDED.location),
        online = t.online OR EXCLUDED.online,
        parent_id = COALESCE(t.parent_id, EXCLUDED.parent_id),
        name = EXCLUDED.name, name_vi = EXCLUDED.name_vi
    WHERE (t.number IS NULL AND EXCLUDED.number IS NOT NULL) OR (t.year IS NULL AND EXCLUDED.year IS NOT NULL)
       OR (t.date IS NULL AND EXCLUDED.date IS NOT NULL) OR (t.end_date IS NULL AND EXCLUDED.end_date IS NOT NULL)
       OR (t.location IS NULL AND EXCLUDED.location IS NOT NULL) OR (NOT t.online AND EXCLUDED.online)
       OR (t.parent_id IS NULL AND EXCLUDED.parent_id IS NOT NULL)
       OR t.name IS DISTINCT FROM EXCLUDED.name OR t.name_vi IS DISTINCT FROM EXCLUDED.name_vi
  ),
  am_gone AS (
    DELETE FROM article_meeting WHERE article_id IN (SELECT id FROM old)
       AND meeting_id NOT IN (SELECT id FROM m_id)
  ),
  am AS (
    INSERT INTO article_meeting (article_id, meeting_id) SELECT (SELECT id FROM art), id FROM m_id
    ON CONFLICT DO NOTHING
  ),
  ag_in AS (
    SELECT g.* FROM facts, jsonb_to_recordset(facts.doc->'agreements') AS g(code text, version text)
  ),
  ag_gone AS (
    DELETE FROM article_agreement WHERE article_id IN (SELECT id FROM old)
       AND agreement_code NOT IN (SELECT code FROM ag_in)
  ),
  ag AS (
    INSERT INTO article_agreement (article_id, agreement_code, version)
    SELECT (SELECT id FROM art), code, version FROM ag_in
    ON CONFLICT (article_id, agreement_code) DO UPDATE SET version = EXCLUDED.version
    WHERE article_agreement.version IS DISTINCT FROM EXCLUDED.version
  ),
  c_in AS (
    SELECT c.* FROM facts, jsonb_to_recordset(facts.doc->'countries') AS c(code text)
  ),
  c_gone AS (
    DELETE FROM article_country WHERE article_id IN (SELECT id FROM old)
       AND country_code NOT IN (SELECT code FROM c_in)
  ),
  c AS (
    INSERT INTO article_country (article_id, country_code) SELECT (SELECT id FROM art), code FROM c_in
    ON CONFLICT DO NOTHING
  ),
  t_in AS (
    SELECT t.* FROM facts, jsonb_to_recordset(facts.doc->'topics') AS t(slug text)
  ),
  t_gone AS (
    DELETE FROM article_topic WHERE article_id IN (SELECT id FROM old)
       AND topic_slug NOT IN (SELECT slug FROM t_in)
  ),
  tp AS (
    INSERT INTO article_topic (article_id, topic_slug) SELECT (SELECT id FROM art), slug FROM t_in
    ON CONFLICT DO NOTHING
  ),
  p_in AS (
    SELECT p.* FROM facts, jsonb_to_recordset(facts.doc->'people')
        AS p(name text, aliases text[], country text, role text)
  ),
  p_up AS (
    INSERT INTO person AS t (name, aliases, country_code, role)
    SELECT name, aliases, country, role FROM p_in
    ON CONFLICT (name) DO UPDATE SET
        aliases = ARRAY(SELECT a FROM (SELECT DISTINCT a FROM unnest(t.aliases || EXCLUDED.aliases) AS a) AS d
                         ORDER BY a COLLATE "C"),
        country_code = COALESCE(t.country_code, EXCLUDED.country_code),
        role = COALESCE(EXCLUDED.role, t.role)
    WHERE NOT (EXCLUDED.aliases <@ t.aliases)
       OR (t.country_code IS NULL AND EXCLUDED.country_code IS NOT NULL)
       OR (EXCLUDED.role IS NOT NULL AND EXCLUDED.role IS DISTINCT FROM t.role)
    RETURNING id, name
  ),
  p_id AS (
    SELECT id, name FROM p_up UNION SELECT id, name FROM person WHERE name = ANY (ARRAY(SELECT name FROM p_in))
  ),
  ap_gone AS (
    DELETE FROM article_person WHERE article_id IN (SELECT id FROM old)
       AND person_id NOT IN (SELECT id FROM p_id)
  ),
  ap AS (
    INSERT INTO article_person (article_id, person_id, role)
    SELECT (SELECT id FROM art), i.id, p.role FROM p_in p JOIN p_id i ON i.name = p.name
    ON CONFLICT (article_id, person_id) DO UPDATE SET role = EXCLUDED.role
    WHERE article_person.role IS DISTINCT FROM EXCLUDED.role
  ),
  f_gone AS (
    DELETE FROM figure WHERE article_id IN (SELECT id FROM old)
  ),
  f AS (
    INSERT INTO figure (article_id, kind, subject, value, unit, qualifier, year, text, start, "end",
        sentence_start, sentence_end)
    SELECT (SELECT id FROM art), f.kind, f.subject, f.value, f.unit, f.qualifier, f.year, f.text, f.start,
           f."end", f.sentence_start, f.sentence_end
      FROM facts, jsonb_to_recordset(facts.doc->'figures') AS f(kind text, subject text, value float8,
           unit text, qualifier text, year int, text text, start int, "end" int, sentence_start int,
           sentence_end int)
  ),
  mn_gone AS (
    DELETE FROM mention WHERE article_id IN (SELECT id FROM old)
  ),
  mn AS (
    INSERT INTO mention (article_id, kind, entity_key, text, start, "end", sentence_start, sentence_end)
    SELECT (SELECT id FROM art), x.kind,
           CASE WHEN x.kind = 'meeting' THEN COALESCE((SELECT m.key FROM m_in m WHERE m.raw_key = x.key), x.key)
                ELSE x.key END,
           x.text, x.start, x."end", x.sentence_start, x.sentence_end
      FROM facts, jsonb_to_recordset(facts.doc->'mentions') AS x(kind "MentionKind", key text, text text,
           start int, "end" int, sentence_start int, sentence_end int)
  ),
  failure_gone AS (
    DELETE FROM ingest_failure WHERE path = $1
  ),
  counter AS (
    UPDATE event_counter SET last = last + 1 WHERE id = 1 RETURNING last
  ),
  event AS (
    INSERT INTO article_event (seq, kind, article_id, path)
    SELECT counter.last,
           CASE WHEN EXISTS (SELECT 1 FROM old WHERE removed_at IS NULL) THEN 'UPDATED' ELSE 'ADDED' END::"ArticleEventKind",
           art.id, $1
      FROM counter, art
    RETURNING seq, article_id, kind::text AS kind, at
  )
  SELECT event.article_id, event.seq, event.kind, event.at FROM event;
END
$save$;

-- ---------------------------------------------------------------------------------------------
-- 2. Finding the meeting a relation or a figure is at.
--
-- seedgraph_saved_meeting_key: whether `stored`, the key of a meeting mention the save wrote, is
-- the key it gave the facts document's meeting `raw` (whose undated stem is `stem`, null for a
-- dated or numbered key): `raw` itself, else the stem completed with a year, unless another
-- meeting of the document has that key (the save never completes a key into one the article
-- reports), else the article's own.
CREATE OR REPLACE FUNCTION seedgraph_saved_meeting_key(stored text, raw text, stem text, article integer, doc_keys text[])
    RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN stored = raw
        OR (stem IS NOT NULL
            AND (stored = raw || '-A' || article::text
                 OR (left(stored, length(stem)) = stem AND substr(stored, length(stem) + 1) ~ '^[0-9]+$'
                     AND NOT stored = ANY(doc_keys))));

-- seedgraph_mentioned_meeting: the stored meeting a relation (or a figure) of the article points
-- at: the meeting of the article's mention at [p_start, p_end) whose key the save gave the
-- document's meeting `p_key` (above). Null for a null key, or when the mention was cut by the
-- extraction limits.
CREATE OR REPLACE FUNCTION seedgraph_mentioned_meeting(p_article integer, p_key text, p_start integer,
    p_end integer, p_facts jsonb, p_doc_keys text[])
    RETURNS integer LANGUAGE sql STABLE
    RETURN (SELECT mk.id FROM mention mn JOIN meeting mk ON mk.key = mn.entity_key
             WHERE p_key IS NOT NULL AND mn.article_id = p_article AND mn.kind = 'meeting'
               AND mn.start = p_start AND mn."end" = p_end
               AND seedgraph_saved_meeting_key(mn.entity_key, p_key,
                     (SELECT m->>'undated_stem' FROM jsonb_array_elements(p_facts->'meetings') AS m
                       WHERE m->>'key' = p_key LIMIT 1),
                     p_article, p_doc_keys)
             LIMIT 1);

-- ---------------------------------------------------------------------------------------------
-- 3. seedgraph_save_article_with_relations: the save (1), then the article's relations and
-- figures, in further statements of the same call, which see the rows the save wrote.
--   - participation: one row per meeting and person, the most specific action the article
--     states (the order of the ParticipantAction enum, `chaired` first), then the earliest; left
--     out when its meeting or person cannot be found;
--   - agreement_step: every step the article states (signed, upgraded …) of a known agreement,
--     at its meeting when the text gives one and it can be found;
--   - figure: every figure, with the meeting it was reported at when the text gives one. Taken
--     out of the document handed to the save, which would insert them without a meeting;
--   - a relation's or a figure's meeting is found through the article's mention at one evidence
--     span of it (2), since the save may have completed the meeting's key;
--   - all three are replaced as a whole.
-- Parameters and result as seedgraph_save_article's; the facts document also carries
-- `participants` and `agreement_actions`, and its `figures` carry `meeting_key`,
-- `meeting_start` and `meeting_end` (src/store/facts.ts).
CREATE OR REPLACE FUNCTION seedgraph_save_article_with_relations(
    p_path text, p_content_hash text, p_title text, p_display_title text, p_lead text, p_body text,
    p_lang text, p_published text, p_date_precision text, p_source text, p_url text, p_author text,
    p_word_count integer, p_extractor_version text, p_fingerprint integer[], p_band_keys bigint[],
    p_story_threshold double precision, p_facts jsonb)
RETURNS TABLE (article_id integer, seq integer, kind text, at timestamptz)
LANGUAGE plpgsql VOLATILE SET jit = off
AS $save$
#variable_conflict use_column
DECLARE
  saved record;
  doc_keys text[];
BEGIN
  -- Takes the story lock, then writes the article and its facts but the figures (one statement).
  SELECT s.article_id, s.seq, s.kind, s.at INTO STRICT saved
    FROM seedgraph_save_article($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                                $17, $18 - 'figures') AS s;
  doc_keys := ARRAY(SELECT m->>'key' FROM jsonb_array_elements($18->'meetings') AS m);

  DELETE FROM participation AS p WHERE p.article_id = saved.article_id;
  DELETE FROM agreement_step AS g WHERE g.article_id = saved.article_id;
  -- Already gone with the article's other facts; said here so that this function stands alone.
  DELETE FROM figure AS f WHERE f.article_id = saved.article_id;

  -- One row per (meeting, person): the most specific action the article states (the enum's order).
  INSERT INTO participation AS t (article_id, meeting_id, person_id, action, role, start, "end",
      sentence_start, sentence_end)
  SELECT DISTINCT ON (k.id, pe.id) saved.article_id, k.id, pe.id, r.action, r.role, r.start, r."end",
         r.sentence_start, r.sentence_end
    FROM jsonb_to_recordset($18->'participants') AS r(person text, meeting_key text, meeting_start int,
         meeting_end int, action "ParticipantAction", role text, start int, "end" int, sentence_start int,
         sentence_end int)
    CROSS JOIN LATERAL (SELECT id FROM person WHERE name = r.person OFFSET 0) pe
    CROSS JOIN LATERAL (SELECT seedgraph_mentioned_meeting(saved.article_id, r.meeting_key, r.meeting_start,
         r.meeting_end, $18, doc_keys) AS id OFFSET 0) k
   WHERE k.id IS NOT NULL
   ORDER BY k.id, pe.id, r.action, r.start;

  INSERT INTO agreement_step AS t (article_id, agreement_code, action, status, meeting_id, start, "end",
      sentence_start, sentence_end)
  SELECT saved.article_id, g.code, r.action, r.status, k.id, r.start, r."end", r.sentence_start,
         r.sentence_end
    FROM jsonb_to_recordset($18->'agreement_actions') AS r(agreement text, action "AgreementAction",
         status "ActionStatus", meeting_key text, meeting_start int, meeting_end int, start int, "end" int,
         sentence_start int, sentence_end int)
    JOIN agreement g ON g.code = r.agreement
    CROSS JOIN LATERAL (SELECT seedgraph_mentioned_meeting(saved.article_id, r.meeting_key, r.meeting_start,
         r.meeting_end, $18, doc_keys) AS id) k;

  -- Every figure, with its meeting when the text gives one.
  INSERT INTO figure AS t (article_id, kind, subject, value, unit, qualifier, year, text, start, "end",
      sentence_start, sentence_end, meeting_id)
  SELECT saved.article_id, r.kind, r.subject, r.value, r.unit, r.qualifier, r.year, r.text, r.start,
         r."end", r.sentence_start, r.sentence_end, k.id
    FROM jsonb_to_recordset($18->'figures') AS r(kind text, subject text, value float8, unit text,
         qualifier text, year int, text text, start int, "end" int, sentence_start int, sentence_end int,
         meeting_key text, meeting_start int, meeting_end int)
    CROSS JOIN LATERAL (SELECT seedgraph_mentioned_meeting(saved.article_id, r.meeting_key, r.meeting_start,
         r.meeting_end, $18, doc_keys) AS id) k;

  RETURN QUERY SELECT saved.article_id, saved.seq, saved.kind, saved.at;
END
$save$;

-- ---------------------------------------------------------------------------------------------
-- 4. seedgraph_link_coverage: stories across languages.
--
-- Near-identical texts share a story through the bands (1); a Vietnamese and an English report of
-- the same meeting never do, their words being different. After an article is saved, it joins the
-- story of a present article in the other language that reports the same event:
--   - both dated to the day, published within 3 days of each other (an article without a day of
--     publication is never linked this way: too many reports mention a summit in passing);
--   - at least 2 of the same meetings (keys with an edition or a year: never an undated,
--     article-scoped one), and at least 1 of the same people or 3 of the same meetings;
--   - the best such article wins: most meetings and people in common, then the lowest id;
--   - the two end in one story: the other article's when only it has one, the saved article's
--     when only that has one, a new one when neither has; when both have, the saved article's
--     story is merged into the other's (its articles move, it is deleted). Nothing is done when
--     the saved article's story already holds the other language's coverage.
-- Bounded: only the newest 200 articles of each of the saved article's meetings are looked at.
CREATE OR REPLACE FUNCTION seedgraph_link_coverage(p_article integer) RETURNS void
LANGUAGE plpgsql VOLATILE SET jit = off
AS $link$
DECLARE
  a record;
  best record;
  target integer;
BEGIN
  SELECT id, lang, story_id, published_at, date_precision INTO a
    FROM article WHERE id = p_article AND removed_at IS NULL;
  IF NOT FOUND OR a.published_at IS NULL OR a.date_precision <> 'day' THEN
    RETURN;
  END IF;
  -- Its story already holds the other language's coverage.
  IF a.story_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM article o WHERE o.story_id = a.story_id AND o.lang <> a.lang AND o.removed_at IS NULL) THEN
    RETURN;
  END IF;
  WITH mine AS (
    SELECT am.meeting_id FROM article_meeting am JOIN meeting m ON m.id = am.meeting_id
     WHERE am.article_id = a.id AND m.key NOT LIKE '%-UNDATED%'
  ),
  shared AS (
    SELECT c.article_id, count(*)::int AS meetings
      FROM mine
      JOIN LATERAL (
        SELECT am.article_id FROM article_meeting am
         WHERE am.meeting_id = mine.meeting_id AND am.article_id <> a.id
         ORDER BY am.article_id DESC LIMIT 200) c ON true
     GROUP BY c.article_id
    HAVING count(*) >= 2
  )
  SELECT c.* INTO best FROM (
    SELECT o.id, o.story_id, s.meetings,
           (SELECT count(*)::int FROM article_person x JOIN article_person y ON y.person_id = x.person_id
             WHERE x.article_id = a.id AND y.article_id = o.id) AS people
      FROM shared s JOIN article o ON o.id = s.article_id
     WHERE o.removed_at IS NULL AND o.lang <> a.lang AND o.date_precision = 'day'
       AND abs(o.published_at - a.published_at) <= 3) c
   WHERE c.people >= 1 OR c.meetings >= 3
   ORDER BY c.meetings + c.people DESC, c.id
   LIMIT 1;
  IF best.id IS NULL THEN
    RETURN;
  END IF;
  target := COALESCE(best.story_id, a.story_id);
  IF target IS NULL THEN
    INSERT INTO story DEFAULT VALUES RETURNING id INTO target;
  END IF;
  UPDATE article SET story_id = target WHERE id = best.id AND story_id IS DISTINCT FROM target;
  IF a.story_id IS NULL THEN
    UPDATE article SET story_id = target WHERE id = a.id;
  ELSIF a.story_id <> target THEN
    UPDATE article SET story_id = target WHERE story_id = a.story_id;
    DELETE FROM story WHERE id = a.story_id;
  END IF;
END
$link$;

-- ---------------------------------------------------------------------------------------------
-- 5. seedgraph_save_article_linked: the save as the service calls it (src/store/
-- save-statement.ts): the save with relations (3), then the coverage link (4). Parameters and
-- result as (1).
--
-- Generic plans. With PostgreSQL's default, a PL/pgSQL statement is planned again for each of its
-- first five executions on a connection before a generic plan is kept: the first saves after
-- start cost 100-250 ms each where later ones cost 12-17 ms. `plan_cache_mode` set on this
-- function holds for every function it calls, so a save's statements are planned once per
-- connection: one save run at start (warmUpSave) leaves the connection warm, and later saves cost
-- the same or less (median 11-16 ms against 12-17 ms on 40 press articles). Declared with the
-- function: CREATE OR REPLACE sets a function's settings to the ones it names.
CREATE OR REPLACE FUNCTION seedgraph_save_article_linked(
    p_path text, p_content_hash text, p_title text, p_display_title text, p_lead text, p_body text,
    p_lang text, p_published text, p_date_precision text, p_source text, p_url text, p_author text,
    p_word_count integer, p_extractor_version text, p_fingerprint integer[], p_band_keys bigint[],
    p_story_threshold double precision, p_facts jsonb)
RETURNS TABLE (article_id integer, seq integer, kind text, at timestamptz)
LANGUAGE plpgsql VOLATILE SET jit = off
SET plan_cache_mode = force_generic_plan
AS $save$
DECLARE
  saved record;
BEGIN
  SELECT s.article_id, s.seq, s.kind, s.at INTO STRICT saved
    FROM seedgraph_save_article_with_relations($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                                               $15, $16, $17, $18) AS s;
  PERFORM seedgraph_link_coverage(saved.article_id);
  RETURN QUERY SELECT saved.article_id, saved.seq, saved.kind, saved.at;
END
$save$;

-- ---------------------------------------------------------------------------------------------
-- 6. seedgraph_save_articles: a batch of saves in one call (bulk ingest, src/store/save-batch.ts).
--
-- One round trip for the whole batch: with a statement per save, PostgreSQL waited between saves
-- for the client, whose one thread was meanwhile extracting the next files (a quarter of the time
-- a batch took, `npm run bench:ingest`). Parameter: a JSON array, one object per save, with the
-- parameters of (5) under their names without the `p_` (`path`, `content_hash`, … `facts`;
-- `fingerprint` and `band_keys` as arrays). Each save runs in a block of its own, a
-- subtransaction as a savepoint is: a save the database refuses is rolled back alone and reported
-- with its SQLSTATE and message; the others stand, and the caller's transaction goes on. Returns
-- one row per save, in order: its position (from 1), and either its event (`article_id`, `seq`,
-- `kind`, `at`) or its error (`error_state`, `error_message`).
CREATE OR REPLACE FUNCTION seedgraph_save_articles(p_saves jsonb)
RETURNS TABLE (i integer, article_id integer, seq integer, kind text, at timestamptz,
               error_state text, error_message text)
LANGUAGE plpgsql VOLATILE SET jit = off
SET plan_cache_mode = force_generic_plan
AS $batch$
DECLARE
  s jsonb;
  n integer := 0;
BEGIN
  FOR s IN SELECT e.value FROM jsonb_array_elements(p_saves) WITH ORDINALITY AS e(value, o) ORDER BY e.o LOOP
    n := n + 1;
    i := n;
    error_state := NULL;
    error_message := NULL;
    BEGIN
      SELECT l.article_id, l.seq, l.kind, l.at INTO STRICT article_id, seq, kind, at
        FROM seedgraph_save_article_linked(
          s->>'path', s->>'content_hash', s->>'title', s->>'display_title', s->>'lead', s->>'body',
          s->>'lang', s->>'published', s->>'date_precision', s->>'source', s->>'url', s->>'author',
          (s->>'word_count')::integer, s->>'extractor_version',
          ARRAY(SELECT f.v::integer FROM jsonb_array_elements_text(s->'fingerprint') WITH ORDINALITY AS f(v, o)
                 ORDER BY f.o),
          ARRAY(SELECT b.v::bigint FROM jsonb_array_elements_text(s->'band_keys') WITH ORDINALITY AS b(v, o)
                 ORDER BY b.o),
          (s->>'story_threshold')::double precision, s->'facts') AS l;
    EXCEPTION WHEN OTHERS THEN
      article_id := NULL;
      seq := NULL;
      kind := NULL;
      at := NULL;
      GET STACKED DIAGNOSTICS error_state = RETURNED_SQLSTATE, error_message = MESSAGE_TEXT;
    END;
    RETURN NEXT;
  END LOOP;
END
$batch$;
