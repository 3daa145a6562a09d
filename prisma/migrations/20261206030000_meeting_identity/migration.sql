-- Meeting identity and canonical names.
--
-- Identity. The extractor keys an unnumbered meeting whose year the text does not give
-- `…-UNDATED` (src/extract/meeting-key.ts). Stored as such, every undated foreign ministers'
-- meeting of ASEAN with one partner, of whatever year, was one row. The save now completes such a
-- key (the facts document gives its stem, `ASEAN_PLUS_ONE-JP-FM-`, as `undated_stem`):
--   1. with the year the other present articles of the story the article joins give the same
--      kind of meeting (a stored meeting whose key is the stem and a year), when they agree on
--      one year and the article does not report that year's meeting itself;
--   2. else with the article: `ASEAN_PLUS_ONE-JP-FM-UNDATED-A42` (42: the article's id, which
--      stays the path's across saves), so that it is never merged with another article's meeting.
-- The article's evidence (mention.entity_key) and parent links use the completed key. Numbered
-- meetings (`AMM-58`) and dated ones keep merging by their key.
--
-- Names. `name` is now the meeting's canonical English name and `name_vi` its Vietnamese one,
-- both generated from series, partner, level and edition (src/extract/meeting-title.ts), instead
-- of the wording of the first article that named it; a save writes them when they differ, so an
-- extractor that names better renames stored meetings at its first re-extraction. Search finds
-- a meeting by key and by both names.

-- Names: existing rows keep their text in both columns until their articles are extracted again.
ALTER TABLE "meeting" ADD COLUMN "name_vi" TEXT;
UPDATE "meeting" SET "name_vi" = "name";
ALTER TABLE "meeting" ALTER COLUMN "name_vi" SET NOT NULL;

-- Existing undated meetings: one row per article reporting it (the key the save now gives it);
-- links, evidence and children follow, children of a split meeting lose their parent until
-- their article is saved again.
INSERT INTO "meeting" ("key", "series", "level", "partner_code", "number", "year", "date", "date_precision",
    "end_date", "location", "online", "parent_id", "name", "name_vi")
SELECT m."key" || '-A' || am."article_id", m."series", m."level", m."partner_code", m."number", m."year",
       m."date", m."date_precision", m."end_date", m."location", m."online", m."parent_id", m."name", m."name_vi"
  FROM "meeting" m JOIN "article_meeting" am ON am."meeting_id" = m."id"
 WHERE m."key" LIKE '%-UNDATED';
UPDATE "article_meeting" am SET "meeting_id" = n."id"
  FROM "meeting" m, "meeting" n
 WHERE am."meeting_id" = m."id" AND m."key" LIKE '%-UNDATED' AND n."key" = m."key" || '-A' || am."article_id";
UPDATE "mention" SET "entity_key" = "entity_key" || '-A' || "article_id"
 WHERE "kind" = 'meeting' AND "entity_key" LIKE '%-UNDATED';
UPDATE "meeting" c SET "parent_id" = NULL
  FROM "meeting" p WHERE c."parent_id" = p."id" AND p."key" LIKE '%-UNDATED';
DELETE FROM "meeting" WHERE "key" LIKE '%-UNDATED';

-- Search: key and both names (the index expressions and the function change together).
DROP INDEX "meeting_search_fts_idx";
DROP INDEX "meeting_search_trgm_idx";
CREATE INDEX "meeting_search_fts_idx" ON "meeting"
    USING GIN (to_tsvector('simple', seedgraph_fold_list(ARRAY["key", "name", "name_vi"])));
CREATE INDEX "meeting_search_trgm_idx" ON "meeting"
    USING GIN (seedgraph_fold_list(ARRAY["key", "name", "name_vi"]) gin_trgm_ops);

CREATE OR REPLACE FUNCTION seedgraph_meeting_ids(query text, fuzzy boolean) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM meeting
     WHERE to_tsvector('simple', seedgraph_fold_list(ARRAY[key, name, name_vi]))
           @@ plainto_tsquery('simple', seedgraph_fold(query))
    UNION
    SELECT id FROM meeting WHERE fuzzy AND seedgraph_fold_list(ARRAY[key, name, name_vi]) %>> seedgraph_fold(query);
END;

-- The save function: meetings of unknown year as above, names in both languages (parameters and
-- everything else as in 20261206020000_bounded_evidence; see src/store/save-statement.ts).
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
  PERFORM pg_advisory_xact_lock(1592612615);
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
        name text, name_vi text)
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
           r.date, r.date_precision, r.end_date, r.location, r.online, r.parent_key, r.name, r.name_vi
      FROM m_raw r LEFT JOIN m_story_year y ON y.key = r.key
  ),
  m_id AS MATERIALIZED (
    SELECT m.key, COALESCE(k.id, nextval(pg_get_serial_sequence('meeting', 'id'))::int) AS id
      FROM m_in m LEFT JOIN meeting k ON k.key = m.key
  ),
  m_up AS (
    INSERT INTO meeting AS t (id, key, series, level, partner_code, number, year, date, date_precision,
        end_date, location, online, parent_id, name, name_vi)
    SELECT i.id, m.key, m.series, m.level, m.partner, m.number, m.year, m.date, m.date_precision,
           m.end_date, m.location, m.online,
           CASE WHEN m.parent_key <> m.raw_key THEN COALESCE(
             (SELECT p.id FROM m_in q JOIN m_id p ON p.key = q.key WHERE q.raw_key = m.parent_key),
             (SELECT p.id FROM meeting p WHERE p.key = m.parent_key)) END,
           m.name, m.name_vi
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
    SELECT id, name FROM p_up UNION SELECT id, name FROM person WHERE name IN (SELECT name FROM p_in)
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
