-- Search by phrase and by entity. Only functions and expression indexes: no column is added, so
-- the database stays exactly what schema.prisma describes (see src/store/search-sql.ts).
--
-- Phrases: every pair of neighbouring words of an article is an index key. PostgreSQL checks a
-- phrase (`'hoa' <-> 'ky'`) against an expression index by rebuilding the tsvector of every
-- article holding both words (about a millisecond per 5 KB: the 325 articles of the press set
-- holding `hội` and `nghị` cost 290 ms per search), and to_tsvector's positions ignore punctuation
-- (`hàng hóa, kỹ thuật` would hold the phrase `hoa ky`). Word pairs answer a phrase from the index
-- alone (0.3 ms for the same 325 articles) and never span punctuation.

-- Words glued by a full stop. Press text often lacks the space after a full stop
-- (`biến đổi khí hậu.Tổng thống`), and PostgreSQL's parser reads `hau.tong` as one word (a host
-- name): 136 such pairs in 83 of the 668 articles of the seeds, fixtures and press set hid both
-- words from search. A full stop between a word of two letters or more and another letter is made
-- a sentence end; `U.S.`, `3.0` and `a.c.t` stay as they are. The article indexes below and the
-- query (src/store/search-sql.ts) go through it alike.
CREATE FUNCTION seedgraph_unglue(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace($1, '([[:alpha:]]{2})\.([[:alpha:]])', '\1. \2', 'g');

DROP INDEX "article_search_fts_idx";
DROP INDEX "article_search_title_fts_idx";
DROP INDEX "article_search_exact_idx";
CREATE INDEX "article_search_fts_idx" ON "article"
    USING GIN (to_tsvector('simple', seedgraph_unglue(seedgraph_fold("display_title" || ' ' || left("body", 100000)))));
CREATE INDEX "article_search_title_fts_idx" ON "article"
    USING GIN (to_tsvector('simple', seedgraph_unglue(seedgraph_fold("display_title"))));
CREATE INDEX "article_search_exact_idx" ON "article"
    USING GIN (to_tsvector('simple', seedgraph_unglue("display_title" || ' ' || left("body", 100000))));

-- The functions of 20261122020000_search and 20261206020000_bounded_evidence on those indexes,
-- with a row estimate (see the end of this file).
CREATE OR REPLACE FUNCTION seedgraph_article_ids(query text, fuzzy boolean) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 100 SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE removed_at IS NULL
       AND to_tsvector('simple', seedgraph_unglue(seedgraph_fold(display_title || ' ' || left(body, 100000))))
           @@ plainto_tsquery('simple', seedgraph_unglue(seedgraph_fold(query)))
    UNION
    SELECT id FROM article
     WHERE fuzzy AND removed_at IS NULL AND seedgraph_fold(display_title) %>> seedgraph_fold(query);
END;

CREATE OR REPLACE FUNCTION seedgraph_article_title_ids(query text) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 20 SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE to_tsvector('simple', seedgraph_unglue(seedgraph_fold(display_title)))
           @@ plainto_tsquery('simple', seedgraph_unglue(seedgraph_fold(query)));
END;

CREATE OR REPLACE FUNCTION seedgraph_article_exact_ids(word text, alt text) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 100 SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE to_tsvector('simple', seedgraph_unglue(display_title || ' ' || left(body, 100000)))
           @@ (plainto_tsquery('simple', word) || plainto_tsquery('simple', alt));
END;

-- The keys of a text (an article's or a query's): each pair of neighbouring words, folded (`Hoa
-- Kỳ` → `hoa ky`). Spaces, hyphens, underscores and apostrophes separate the words of a pair;
-- any other punctuation and a line break separate pairs (`hàng hóa, kỹ thuật` holds no `hoa ky`).
-- Letters are what the database's character classification calls alphanumeric (every Unicode
-- letter under C.UTF-8). Words over 60 characters make no pair (a GIN key must stay far below
-- 2 KB). Written as array operations: about 0.2 ms per KB of text when an article is saved.
CREATE FUNCTION seedgraph_phrase_keys(text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (WITH w AS MATERIALIZED (
                SELECT array_remove(string_to_array(regexp_replace(
                           translate(lower(seedgraph_fold($1)), E'\t\r''’', '    '), '[^[:alnum:] ]+', ' | ', 'g'), ' '), '') AS a)
            SELECT ARRAY(SELECT u.x || ' ' || u.y FROM unnest(w.a, w.a[2:]) AS u(x, y)
                          WHERE u.x <> '|' AND u.y <> '|' AND length(u.x) <= 60 AND length(u.y) <= 60)
              FROM w);

-- The same text as search indexes it elsewhere: the title, then the first 100,000 characters of
-- the body (see 20261206020000_bounded_evidence), on lines of their own.
CREATE INDEX "article_search_pairs_idx" ON "article"
    USING GIN (seedgraph_phrase_keys("display_title" || E'\n' || left("body", 100000)));

-- Present articles holding every key (`keys` not empty).
CREATE FUNCTION seedgraph_article_phrase_ids(keys text[]) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 100 SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE removed_at IS NULL
       AND seedgraph_phrase_keys(display_title || E'\n' || left(body, 100000)) @> keys;
END;

-- Entities by name. A name's key is its folded words, lower case, punctuation made spaces
-- (`Hoa Kỳ` → `hoa ky`, `AMM-58` → `amm 58`); a short name written in capitals keeps them (`US`,
-- `U.S.`, `EU`, `DOC`), so that the English word `us` or `doc` names nothing.
CREATE FUNCTION seedgraph_name_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT CASE WHEN k ~ '^[A-Z ]+$' AND length(replace(k, ' ', '')) <= 3 THEN k ELSE lower(k) END
              FROM (SELECT btrim(regexp_replace(seedgraph_fold($1), '[^[:alnum:]]+', ' ', 'g')) AS k) s);

-- A name as written, for telling `Mỹ` from `My`: lower case, diacritics kept, punctuation made spaces.
CREATE FUNCTION seedgraph_written_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN btrim(regexp_replace(lower($1), '[^[:alnum:]]+', ' ', 'g'));

CREATE FUNCTION seedgraph_name_keys(text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ARRAY(SELECT seedgraph_name_key(n) FROM unnest($1) AS n WHERE n IS NOT NULL);

CREATE INDEX "country_search_names_idx" ON "country"
    USING GIN (seedgraph_name_keys(ARRAY["name_vi", "name_en"] || "aliases"));
CREATE INDEX "agreement_search_names_idx" ON "agreement"
    USING GIN (seedgraph_name_keys(ARRAY["code", "name_vi", "name_en"] || "aliases"));
CREATE INDEX "person_search_names_idx" ON "person"
    USING GIN (seedgraph_name_keys(ARRAY["name"] || "aliases"));
CREATE INDEX "meeting_search_names_idx" ON "meeting"
    USING GIN (seedgraph_name_keys(ARRAY["key", "name", "name_vi"]));

-- Every country, agreement, person and meeting one of whose names is `query` (by key): `code` for
-- countries and agreements, `id` for people and meetings, and `exact` when that name is also
-- written as `query` is (diacritics kept, case aside). A meeting without an edition number
-- is named like all those of its kind (`East Asia Summit`, `ASEAN–Australia Summit`, whatever the
-- year): its name names the series, `meeting_series` with `code` = series/level/partner.
CREATE FUNCTION seedgraph_named_entities(query text)
    RETURNS TABLE (kind text, code text, id integer, exact boolean)
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 2 SET enable_seqscan = off
BEGIN ATOMIC
    WITH q AS (SELECT seedgraph_name_key(query) AS k, seedgraph_written_key(query) AS w)
    SELECT 'country', c.code, NULL::integer,
           EXISTS (SELECT 1 FROM unnest(ARRAY[c.name_vi, c.name_en] || c.aliases) n WHERE seedgraph_written_key(n) = q.w)
      FROM country c, q WHERE seedgraph_name_keys(ARRAY[c.name_vi, c.name_en] || c.aliases) @> ARRAY[q.k]
    UNION ALL
    SELECT 'agreement', g.code, NULL::integer,
           EXISTS (SELECT 1 FROM unnest(ARRAY[g.code, g.name_vi, g.name_en] || g.aliases) n
                    WHERE seedgraph_written_key(n) = q.w)
      FROM agreement g, q WHERE seedgraph_name_keys(ARRAY[g.code, g.name_vi, g.name_en] || g.aliases) @> ARRAY[q.k]
    UNION ALL
    SELECT 'person', NULL::text, p.id,
           EXISTS (SELECT 1 FROM unnest(ARRAY[p.name] || p.aliases) n WHERE seedgraph_written_key(n) = q.w)
      FROM person p, q WHERE seedgraph_name_keys(ARRAY[p.name] || p.aliases) @> ARRAY[q.k]
    UNION
    SELECT CASE WHEN m.number IS NULL THEN 'meeting_series' ELSE 'meeting' END,
           CASE WHEN m.number IS NULL THEN concat_ws('/', m.series, m.level, coalesce(m.partner_code, '')) END,
           CASE WHEN m.number IS NULL THEN NULL ELSE m.id END,
           EXISTS (SELECT 1 FROM unnest(ARRAY[m.key, m.name, m.name_vi]) n WHERE seedgraph_written_key(n) = q.w)
      FROM meeting m, q WHERE seedgraph_name_keys(ARRAY[m.key, m.name, m.name_vi]) @> ARRAY[q.k];
END;

-- Present articles that report an entity, through the link tables (`entity_code` of a country,
-- an agreement or a meeting series, `entity_id` of a person or a meeting, as
-- seedgraph_named_entities gives them).
CREATE FUNCTION seedgraph_entity_article_ids(entity_kind text, entity_code text, entity_id integer)
    RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 100 SET enable_seqscan = off
BEGIN ATOMIC
    SELECT a.id FROM article_country l JOIN article a ON a.id = l.article_id
     WHERE entity_kind = 'country' AND l.country_code = entity_code AND a.removed_at IS NULL
    UNION ALL
    SELECT a.id FROM article_agreement l JOIN article a ON a.id = l.article_id
     WHERE entity_kind = 'agreement' AND l.agreement_code = entity_code AND a.removed_at IS NULL
    UNION ALL
    SELECT a.id FROM article_person l JOIN article a ON a.id = l.article_id
     WHERE entity_kind = 'person' AND l.person_id = entity_id AND a.removed_at IS NULL
    UNION ALL
    SELECT a.id FROM article_meeting l JOIN article a ON a.id = l.article_id
     WHERE entity_kind = 'meeting' AND l.meeting_id = entity_id AND a.removed_at IS NULL
    UNION
    SELECT a.id FROM meeting m JOIN article_meeting l ON l.meeting_id = m.id JOIN article a ON a.id = l.article_id
     WHERE entity_kind = 'meeting_series' AND a.removed_at IS NULL
       AND m.series::text = split_part(entity_code, '/', 1) AND m.level::text = split_part(entity_code, '/', 2)
       AND coalesce(m.partner_code, '') = split_part(entity_code, '/', 3);
END;

-- The planner's row estimates for the search functions (those above carry theirs): a search
-- statement joins several of them, and with the default of 1,000 rows each its estimated cost
-- passed the threshold at which PostgreSQL compiles a statement with JIT (`jit_above_cost`), which
-- then took 4 s instead of 0.2 s.
ALTER FUNCTION seedgraph_meeting_ids(text, boolean) ROWS 20;
ALTER FUNCTION seedgraph_agreement_codes(text, boolean) ROWS 5;
ALTER FUNCTION seedgraph_person_ids(text, boolean) ROWS 10;
