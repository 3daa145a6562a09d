-- The key functions of the search indexes (20261206050000_search_phrases) in PL/pgSQL, with the
-- same results. Written in SQL they cannot be inlined (a subquery each), so every statement that
-- writes an indexed row, and every save writes several, parsed and planned their bodies again:
-- in a bulk ingest's profile, planning these bodies was about 7% of PostgreSQL's time. PL/pgSQL
-- keeps their plans for the session. The indexes stay valid: the functions compute what they did.
-- A PL/pgSQL body finds the functions it calls by the search path when it runs, and maintenance
-- (ANALYZE, REINDEX) runs index expressions under a restricted one since PostgreSQL 17 (the
-- embedded database's): each function keeps the search path it was created under.
CREATE OR REPLACE FUNCTION seedgraph_phrase_keys(text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT
AS $keys$
DECLARE
  a text[] := array_remove(string_to_array(regexp_replace(
                 translate(lower(seedgraph_fold($1)), E'\t\r''’', '    '), '[^[:alnum:] ]+', ' | ', 'g'), ' '), '');
BEGIN
  RETURN ARRAY(SELECT u.x || ' ' || u.y FROM unnest(a, a[2:]) AS u(x, y)
                WHERE u.x <> '|' AND u.y <> '|' AND length(u.x) <= 60 AND length(u.y) <= 60);
END
$keys$;

CREATE OR REPLACE FUNCTION seedgraph_name_key(text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT
AS $key$
DECLARE
  k text := btrim(regexp_replace(seedgraph_fold($1), '[^[:alnum:]]+', ' ', 'g'));
BEGIN
  RETURN CASE WHEN k ~ '^[A-Z ]+$' AND length(replace(k, ' ', '')) <= 3 THEN k ELSE lower(k) END;
END
$key$;

CREATE OR REPLACE FUNCTION seedgraph_name_keys(text[]) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT
AS $keys$
BEGIN
  RETURN ARRAY(SELECT seedgraph_name_key(n) FROM unnest($1) AS n WHERE n IS NOT NULL);
END
$keys$;
