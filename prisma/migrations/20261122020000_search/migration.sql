-- Search: accent- and tone-placement-insensitive full-text and trigram matching, and an index of
-- the words as written to rank exact-diacritic matches first. Only functions and expression
-- indexes: no column is added, so the database stays exactly what schema.prisma describes.

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The folded form matching is done on: diacritics removed (đ/Đ → d, tone marks wherever they sit,
-- so `hoà` and `hòa` both become `hoa`), and hyphens and underscores made spaces so `AMM-58`,
-- `AMM 58` and `Covid-19` tokenise alike (the parser would read `-58` as a signed number; unaccent
-- has already turned every dash into `-`). Case is kept: the `simple` text-search configuration and
-- pg_trgm both ignore it, and lower() would double the cost. unaccent() itself is only STABLE
-- because it finds its dictionary by name; naming the dictionary with its schema fixes that lookup,
-- which is what makes this wrapper sound as IMMUTABLE, and so indexable.
CREATE FUNCTION seedgraph_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN replace(replace(public.unaccent('public.unaccent'::regdictionary, $1), '-', ' '), '_', ' ');

-- The folded form of several fields at once (NULL elements skipped), for entities whose searchable
-- text spans columns and alias arrays. array_to_string() is STABLE only because it could print any
-- element type; for text[] it is immutable.
CREATE FUNCTION seedgraph_fold_list(text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN seedgraph_fold(array_to_string($1, ' '));

-- Articles: every folded word of the title and body (matching), of the title alone (the title
-- bonus), and every word as written (the exact-diacritic bonus; the query supplies both tone
-- placements).
CREATE INDEX "article_search_fts_idx" ON "article"
    USING GIN (to_tsvector('simple', seedgraph_fold("display_title" || ' ' || "body")));
CREATE INDEX "article_search_title_fts_idx" ON "article"
    USING GIN (to_tsvector('simple', seedgraph_fold("display_title")));
CREATE INDEX "article_search_exact_idx" ON "article"
    USING GIN (to_tsvector('simple', "display_title" || ' ' || "body"));
-- Misspelt words in titles (single-word searches).
CREATE INDEX "article_search_title_trgm_idx" ON "article"
    USING GIN (seedgraph_fold("display_title") gin_trgm_ops);

-- The ids each index gives for a search text (`fuzzy`: also misspellings, by trigrams). They are
-- functions so that the index is always what answers: building an article's tsvector costs about a
-- millisecond, and the planner, which assumes a bitmap scan rechecks every row, picks a sequential
-- scan (a tsvector per row) as soon as a query matches most rows, or whenever a table is small
-- (agreements fold dozens of aliases each). Disabling sequential scans for these statements only
-- is the portable way to say "use the index", on PostgreSQL and PGlite alike.
CREATE FUNCTION seedgraph_article_ids(query text, fuzzy boolean) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE removed_at IS NULL
       AND to_tsvector('simple', seedgraph_fold(display_title || ' ' || body))
           @@ plainto_tsquery('simple', seedgraph_fold(query))
    UNION
    SELECT id FROM article
     WHERE fuzzy AND removed_at IS NULL AND seedgraph_fold(display_title) %>> seedgraph_fold(query);
END;

CREATE FUNCTION seedgraph_article_title_ids(query text) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE to_tsvector('simple', seedgraph_fold(display_title)) @@ plainto_tsquery('simple', seedgraph_fold(query));
END;

-- A word as written, in either of its tone placements (`word`, `alt`); case is ignored.
CREATE FUNCTION seedgraph_article_exact_ids(word text, alt text) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM article
     WHERE to_tsvector('simple', display_title || ' ' || body)
           @@ (plainto_tsquery('simple', word) || plainto_tsquery('simple', alt));
END;

-- Entities: their names, keys, codes and aliases, by word and by trigram.
CREATE INDEX "meeting_search_fts_idx" ON "meeting"
    USING GIN (to_tsvector('simple', seedgraph_fold_list(ARRAY["key", "name"])));
CREATE INDEX "meeting_search_trgm_idx" ON "meeting"
    USING GIN (seedgraph_fold_list(ARRAY["key", "name"]) gin_trgm_ops);

CREATE INDEX "agreement_search_fts_idx" ON "agreement"
    USING GIN (to_tsvector('simple', seedgraph_fold_list(ARRAY["code", "name_vi", "name_en"] || "aliases")));
CREATE INDEX "agreement_search_trgm_idx" ON "agreement"
    USING GIN (seedgraph_fold_list(ARRAY["code", "name_vi", "name_en"] || "aliases") gin_trgm_ops);

CREATE INDEX "person_search_fts_idx" ON "person"
    USING GIN (to_tsvector('simple', seedgraph_fold_list(ARRAY["name"] || "aliases")));
CREATE INDEX "person_search_trgm_idx" ON "person"
    USING GIN (seedgraph_fold_list(ARRAY["name"] || "aliases") gin_trgm_ops);

CREATE FUNCTION seedgraph_meeting_ids(query text, fuzzy boolean) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM meeting
     WHERE to_tsvector('simple', seedgraph_fold_list(ARRAY[key, name])) @@ plainto_tsquery('simple', seedgraph_fold(query))
    UNION
    SELECT id FROM meeting WHERE fuzzy AND seedgraph_fold_list(ARRAY[key, name]) %>> seedgraph_fold(query);
END;

CREATE FUNCTION seedgraph_agreement_codes(query text, fuzzy boolean) RETURNS SETOF text
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT code FROM agreement
     WHERE to_tsvector('simple', seedgraph_fold_list(ARRAY[code, name_vi, name_en] || aliases))
           @@ plainto_tsquery('simple', seedgraph_fold(query))
    UNION
    SELECT code FROM agreement
     WHERE fuzzy AND seedgraph_fold_list(ARRAY[code, name_vi, name_en] || aliases) %>> seedgraph_fold(query);
END;

CREATE FUNCTION seedgraph_person_ids(query text, fuzzy boolean) RETURNS SETOF integer
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
BEGIN ATOMIC
    SELECT id FROM person
     WHERE to_tsvector('simple', seedgraph_fold_list(ARRAY[name] || aliases)) @@ plainto_tsquery('simple', seedgraph_fold(query))
    UNION
    SELECT id FROM person WHERE fuzzy AND seedgraph_fold_list(ARRAY[name] || aliases) %>> seedgraph_fold(query);
END;
