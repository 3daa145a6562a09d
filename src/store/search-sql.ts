/**
 * The SQL behind search. What matches comes from the migration's `seedgraph_*_ids` functions,
 * each answered by its index (see `20261122020000_search`); ranking is computed here. Every value
 * is a bound parameter: `$1` the search text, `$2` whether trigram (misspelling) matches count;
 * the page statement adds `$3` the words typed with diacritics and `$4` the same words with the
 * other tone placement (text[] each), `$5` the neighbouring word pairs (text[]), `$6..$8` the
 * cursor (rank, kind, key) and `$9` the page size + 1.
 */

/** The kinds of things search finds, in tie-break order. */
export type SearchKind = "agreement" | "article" | "meeting" | "person";

/** Only this many best articles get the costly proximity ranking (see {@link pageStatement}). */
export const REFINED_ARTICLES = 50;
/** How much of an article's body the proximity ranking reads (the lead matters most). */
export const REFINED_BODY_CHARS = 4000;
/**
 * How much of an article's body search indexes and cuts snippets from: PostgreSQL refuses a
 * tsvector over 1 MB, so the indexes of migration 20261206020000_bounded_evidence, and the
 * functions that use them, read this many characters; the rest is stored but not searched.
 */
export const SEARCH_BODY_CHARS = 100_000;

interface KindSql {
  /** The matching ids as `x(id)`, joined to the table under its alias. */
  from: string;
  /** Unique, sortable text key: zero-padded id, or the agreement code. */
  key: string;
  /** Integer id (NULL for agreements). */
  num: string;
  /** The searchable fields as a text[], the one to show first when several match. */
  fields: string;
}

const TSQ = "plainto_tsquery('simple', seedgraph_fold($1))";
const PHRASE = "phraseto_tsquery('simple', seedgraph_fold($1))";
const QFOLD = "seedgraph_fold($1)";
// A marked word `w(word, alt)` in either tone placement, as written.
const MARKED_WORD = "(plainto_tsquery('simple', w.word) || plainto_tsquery('simple', w.alt))";

const KIND_SQL: Record<SearchKind, KindSql> = {
  article: {
    from: "seedgraph_article_ids($1, $2) AS x(id) JOIN article a ON a.id = x.id",
    key: "lpad(a.id::text, 12, '0')",
    num: "a.id",
    fields: `ARRAY[a.display_title, left(a.body, ${SEARCH_BODY_CHARS})]`,
  },
  meeting: {
    from: "seedgraph_meeting_ids($1, $2) AS x(id) JOIN meeting m ON m.id = x.id",
    key: "lpad(m.id::text, 12, '0')",
    num: "m.id",
    fields: "ARRAY[m.name, m.name_vi, m.key]",
  },
  agreement: {
    from: "seedgraph_agreement_codes($1, $2) AS x(id) JOIN agreement g ON g.code = x.id",
    key: "g.code",
    num: "NULL::int",
    fields: "ARRAY[g.code, g.name_vi, g.name_en] || g.aliases",
  },
  person: {
    from: "seedgraph_person_ids($1, $2) AS x(id) JOIN person p ON p.id = x.id",
    key: "lpad(p.id::text, 12, '0')",
    num: "p.id",
    fields: "ARRAY[p.name] || p.aliases",
  },
};

const ID_FUNCTIONS: Record<SearchKind, string> = {
  article: "seedgraph_article_ids",
  meeting: "seedgraph_meeting_ids",
  agreement: "seedgraph_agreement_codes",
  person: "seedgraph_person_ids",
};

/**
 * The ids (agreement codes) of every row of `kind` the text finds, in id order; binds `$1` and
 * `$2` only. Removed articles are never found.
 */
export function idsStatement(kind: SearchKind): string {
  return `SELECT id FROM ${ID_FUNCTIONS[kind]}($1, $2) AS x(id) ORDER BY id`;
}

// Articles rank in two steps, because what is cheap for every hit comes from indexes and what
// needs the article's text costs about a millisecond per 5 KB:
// 1. every hit: 1 for being a document, + 10 × the share of the marked words found as written
//    (one index probe per word), + 1.5 when the title holds every word (one index probe);
// 2. the best REFINED_ARTICLES of those: + 1 when the folded text holds the whole phrase, + 0.5 × the
//    share of neighbouring word pairs side by side, + 2 × cover density (words close together).
// Step 2 only adds, so a refined article stays above every unrefined one: the order is total and
// the same on every page. Step 2 adds at most 3.5 and the title 1.5, so an article with every
// marked word as written (10) outranks any folded-only one.
const ARTICLE_CTES = `
  exact AS (
    SELECT x.id, count(*)::float8 AS n
      FROM unnest($3::text[], $4::text[]) AS w(word, alt)
      CROSS JOIN LATERAL seedgraph_article_exact_ids(w.word, w.alt) AS x(id)
     GROUP BY x.id),
  found AS MATERIALIZED (
    SELECT f.id, 1 + 10 * coalesce(e.n, 0) / greatest(cardinality($3::text[]), 1)
                 + CASE WHEN t.id IS NULL THEN 0 ELSE 1.5 END AS base
      FROM seedgraph_article_ids($1, $2) AS f(id)
      LEFT JOIN exact e ON e.id = f.id
      LEFT JOIN seedgraph_article_title_ids($1) AS t(id) ON t.id = f.id),
  refined AS (
    SELECT b.id, (CASE WHEN v.doc @@ ${PHRASE} THEN 1 ELSE 0 END)
        + 0.5 * coalesce((SELECT avg((v.doc @@ phraseto_tsquery('simple', seedgraph_fold(pair)))::int)::float8
                            FROM unnest($5::text[]) AS pair), 0)
        + 2 * ts_rank_cd(v.doc, ${TSQ}, 32) AS extra
      FROM (SELECT id FROM found ORDER BY base DESC, id LIMIT ${REFINED_ARTICLES}) b
      JOIN article a ON a.id = b.id
      -- OFFSET 0 keeps the planner from inlining (and so repeating) the costly tsvector.
      CROSS JOIN LATERAL (
        SELECT to_tsvector('simple', seedgraph_fold(a.display_title || ' ' || left(a.body, ${REFINED_BODY_CHARS})))
               AS doc OFFSET 0) v)`;

const ARTICLE_HITS = `
  SELECT 'article'::text AS kind, lpad(f.id::text, 12, '0') AS key, f.id AS num,
         f.base + coalesce(r.extra, 0) AS score
    FROM found f LEFT JOIN refined r ON r.id = f.id`;

// Entities (short texts, small tables) are ranked in one step: 10 × the share of marked words
// found as written, + 3 when the text is one of their names (code, key, alias) — then they rank
// above documents — + 2 × the best trigram similarity to one of their names.
function entityHits(kind: Exclude<SearchKind, "article">): string {
  const k = KIND_SQL[kind];
  const same = (x: string) => `lower(btrim(regexp_replace(${x}, '\\s+', ' ', 'g')))`;
  return `
  SELECT '${kind}'::text AS kind, ${k.key} AS key, ${k.num} AS num,
         10 * coalesce((SELECT avg((v.doc @@ ${MARKED_WORD})::int)::float8
                          FROM unnest($3::text[], $4::text[]) AS w(word, alt)), 0)
         + (SELECT 3 * max((${same("seedgraph_fold(f)")} = ${same(QFOLD)})::int)
                 + 2 * max(similarity(seedgraph_fold(f), ${QFOLD}))
              FROM unnest(${k.fields}) AS f) AS score
    FROM ${k.from}
    CROSS JOIN LATERAL (SELECT to_tsvector('simple', array_to_string(${k.fields}, ' ')) AS doc OFFSET 0) v`;
}

/**
 * One page of hits over every kind, best first, each with its fields to cut a snippet from;
 * always at least one row, which carries the total (a page past the end is one row of NULL hit
 * columns). Ranks are rounded so they survive the trip through a cursor exactly.
 */
export function pageStatement(): string {
  const hits = [ARTICLE_HITS, entityHits("meeting"), entityHits("agreement"), entityHits("person")];
  const fields = (kind: SearchKind) => KIND_SQL[kind].fields;
  return `WITH ${ARTICLE_CTES},
  hits AS (
    SELECT kind, key, num, round(score::numeric, 6)::float8 AS rank
      FROM (${hits.join("\n  UNION ALL")}) s)
  SELECT t.total, pg.kind, pg.key, pg.num, pg.rank,
    CASE pg.kind WHEN 'article' THEN ${fields("article")} WHEN 'meeting' THEN ${fields("meeting")}
                 WHEN 'agreement' THEN ${fields("agreement")} ELSE ${fields("person")} END AS fields
  FROM (SELECT count(*)::int AS total FROM hits) t
  LEFT JOIN LATERAL (
    SELECT h.kind, h.key, h.num, h.rank FROM hits h
     WHERE $6::float8 IS NULL OR h.rank < $6 OR (h.rank = $6 AND (h.kind, h.key) > ($7::text, $8::text))
     ORDER BY h.rank DESC, h.kind, h.key
     LIMIT $9
  ) pg ON TRUE
  -- Only the page's rows are joined back for their text.
  LEFT JOIN article a ON pg.kind = 'article' AND a.id = pg.num
  LEFT JOIN meeting m ON pg.kind = 'meeting' AND m.id = pg.num
  LEFT JOIN agreement g ON pg.kind = 'agreement' AND g.code = pg.key
  LEFT JOIN person p ON pg.kind = 'person' AND p.id = pg.num
  ORDER BY pg.rank DESC, pg.kind, pg.key`;
}
