/**
 * The SQL behind search. What matches comes from the migrations' `seedgraph_*` functions, each
 * answered by its index (see `20261122020000_search` and `20261206050000_search_phrases`);
 * ranking is computed here. Every value is a bound parameter ({@link matchParams}):
 * - `$1` the search text, `$2` whether trigram (misspelling) matches count, `$3` the parts that
 *   may name an entity (quoted phrases, or the whole text) and `$4` whether each is quoted, `$5`
 *   the words outside quotes;
 * - the page statement adds `$6` the part (1-based; 0: outside quotes) of each word typed with
 *   diacritics, `$7` those words and `$8` the same with the other tone placement, `$9..$11` the
 *   cursor (rank, kind, key) and `$12` the page size + 1.
 * Parameters are arrays rather than JSON so that the planner knows their length: its estimates
 * decide whether PostgreSQL compiles the statement with JIT, which costs seconds.
 */
import type { ParsedQuery } from "./search-query.ts";

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
/** Most entities one part of the text may name (`Kang` names two people). */
export const MAX_NAMED = 10;
/** Most names of the named entities returned to mark in article snippets. */
export const MAX_NAMES = 40;

/** The parameters `$1..$5` of every statement here. */
export function matchParams(q: ParsedQuery, fuzzy: boolean): unknown[] {
  return [q.text, fuzzy, q.parts.map((p) => p.text), q.parts.map((p) => p.quoted), q.loose.join(" ")];
}

/** The ranking parameters `$6..$8` of the page statement. */
export function rankParams(q: ParsedQuery): unknown[] {
  const units = [
    ...q.looseMarked.map((m) => [0, ...m] as const),
    ...q.parts.flatMap((p, i) => p.marked.map((m) => [i + 1, ...m] as const)),
  ];
  return [units.map((u) => u[0]), units.map((u) => u[1]), units.map((u) => u[2])];
}

interface KindSql {
  /** Table and alias. */
  table: string;
  /** Unique, sortable text key: zero-padded id, or the agreement code. */
  key: string;
  /** Integer id (NULL for agreements). */
  num: string;
  /** The searchable fields as a text[], the one to show first when several match. */
  fields: string;
}

interface EntitySql extends KindSql {
  /** Its id column (the code of an agreement), and the column of `named` holding it. */
  id: string;
  namedId: "id" | "code";
  /** The function giving the rows whose names hold every word (migration 20261122020000_search). */
  wordIds: string;
  /** The folded names, as that function reads them. */
  names: string;
}

const ARTICLE_FIELDS = `ARRAY[a.display_title, left(a.body, ${SEARCH_BODY_CHARS})]`;

const ENTITY_SQL: Record<Exclude<SearchKind, "article">, EntitySql> = {
  meeting: {
    table: "meeting m",
    key: "lpad(m.id::text, 12, '0')",
    num: "m.id",
    fields: "ARRAY[m.name, m.name_vi, m.key]",
    id: "m.id",
    namedId: "id",
    wordIds: "seedgraph_meeting_ids",
    names: "seedgraph_fold_list(ARRAY[m.key, m.name, m.name_vi])",
  },
  agreement: {
    table: "agreement g",
    key: "g.code",
    num: "NULL::int",
    fields: "ARRAY[g.code, g.name_vi, g.name_en] || g.aliases",
    id: "g.code",
    namedId: "code",
    wordIds: "seedgraph_agreement_codes",
    names: "seedgraph_fold_list(ARRAY[g.code, g.name_vi, g.name_en] || g.aliases)",
  },
  person: {
    table: "person p",
    key: "lpad(p.id::text, 12, '0')",
    num: "p.id",
    fields: "ARRAY[p.name] || p.aliases",
    id: "p.id",
    namedId: "id",
    wordIds: "seedgraph_person_ids",
    names: "seedgraph_fold_list(ARRAY[p.name] || p.aliases)",
  },
};

// What matches, for every statement:
// - `named`: the entities each part names, by the whole part (never by one of its words): those
//   named as written (diacritics) when there are any, else those named once folded;
// - `part`: the parts, with their word-pair keys (`fk`) and whether they name something;
// - `need`: what an article must hold besides the links — the words of the parts naming nothing
//   and of the text outside quotes (anywhere), and the word pairs of the quoted parts naming
//   nothing (side by side);
// - `article_hits`: present articles holding the words and the pairs and linked to an entity of
//   every naming part; when none and the text is one long word, misspelt titles (trigrams).
const MATCH_CTES = `
  part0 AS MATERIALIZED (
    SELECT p.n::int, p.text, p.quoted FROM unnest($3::text[], $4::boolean[]) WITH ORDINALITY AS p(text, quoted, n)),
  named AS MATERIALIZED (
    SELECT p.n, e.kind, e.code, e.id
      FROM part0 p
      CROSS JOIN LATERAL (
        SELECT r.kind, r.code, r.id, r.exact, bool_or(r.exact) OVER () AS some_exact
          FROM seedgraph_named_entities(p.text) AS r
         ORDER BY r.exact DESC, r.kind, r.code, r.id LIMIT ${MAX_NAMED}) e
     WHERE e.exact OR NOT e.some_exact),
  part AS MATERIALIZED (
    SELECT p.n, p.text, p.quoted, EXISTS (SELECT 1 FROM named e WHERE e.n = p.n) AS names,
           seedgraph_phrase_keys(p.text) AS fk
      FROM part0 p),
  need AS MATERIALIZED (
    SELECT btrim(concat_ws(' ', $5::text, (SELECT string_agg(p.text, ' ') FROM part p WHERE NOT p.names))) AS words,
           ARRAY(SELECT DISTINCT k FROM part p, unnest(p.fk) k WHERE p.quoted AND NOT p.names) AS pairs,
           (SELECT count(DISTINCT n) FROM named)::int AS entities),
  article_sets AS (
    SELECT x.id, 0 AS c FROM need CROSS JOIN LATERAL seedgraph_article_ids(need.words, false) AS x(id)
     WHERE need.words <> ''
    UNION ALL
    SELECT x.id, -1 FROM need CROSS JOIN LATERAL seedgraph_article_phrase_ids(need.pairs) AS x(id)
     WHERE cardinality(need.pairs) > 0
    UNION ALL
    SELECT x.id, e.n FROM named e CROSS JOIN LATERAL seedgraph_entity_article_ids(e.kind, e.code, e.id) AS x(id)),
  strict_hits AS MATERIALIZED (
    SELECT s.id FROM article_sets s GROUP BY s.id
    HAVING count(DISTINCT s.c) = (SELECT (words <> '')::int + (cardinality(pairs) > 0)::int + entities FROM need)),
  article_hits AS MATERIALIZED (
    SELECT id FROM strict_hits
    UNION ALL
    SELECT x.id FROM seedgraph_article_ids($1, true) AS x(id) WHERE $2 AND NOT EXISTS (SELECT 1 FROM strict_hits)),
  sole AS MATERIALIZED (
    SELECT count(*) = 1 AND $5::text = '' AS named_by_all FROM part)`;

// Entities match on their names: every word of the text, each phrase (a quoted or naming part
// of two words or more) side by side; and an entity the whole text names is always a hit.
function entityMatches(kind: Exclude<SearchKind, "article">): string {
  const k = ENTITY_SQL[kind];
  return `
    SELECT x.id, false AS named FROM ${k.wordIds}($1, $2) AS x(id)
      JOIN ${k.table} ON ${k.id} = x.id
     WHERE NOT EXISTS (
       SELECT 1 FROM part q WHERE (q.quoted OR q.names) AND cardinality(q.fk) > 0
          AND NOT to_tsvector('simple', ${k.names}) @@ phraseto_tsquery('simple', seedgraph_fold(q.text)))
    UNION ALL
    SELECT e.${k.namedId}, true FROM named e, sole WHERE e.kind = '${kind}' AND sole.named_by_all`;
}

/**
 * The ids (agreement codes) of every row of `kind` the text finds, in id order; binds `$1..$5`
 * ({@link matchParams}). Removed articles are never found.
 */
export function idsStatement(kind: SearchKind): string {
  const ids = kind === "article" ? "SELECT id FROM article_hits" : entityMatches(kind);
  return `WITH ${MATCH_CTES}
  SELECT DISTINCT id FROM (${ids}) s ORDER BY id`;
}

// Articles rank in two steps, because what is cheap for every hit comes from indexes and what
// needs the article's text costs about a millisecond per 5 KB:
// 1. every hit: 1 for being a document,
//    + 20 × the share of the units typed with diacritics found as written: a word outside quotes
//      or in an unquoted text naming nothing (one index probe each), or a quoted or naming part,
//      whose every marked word must be found as written and which must be written side by side;
//    + 6 × the share of the naming parts the article writes (folded), whichever entity it links:
//      `Hoa Ky` puts the articles writing "Hoa Kỳ" above those writing only "Mỹ" or "US";
//    + 3 × the share of the neighbouring words of an unquoted text naming nothing found side by
//      side (one index probe per pair);
//    + 1.5 when the title holds every word (one index probe);
// 2. the best REFINED_ARTICLES of those: + 1 when the folded text holds the whole text as a phrase
//    (punctuation aside), + 2 × cover density (words close together).
// Step 2 only adds, so a refined article stays above every unrefined one: the order is total and
// the same on every page. Step 1's last three and step 2 add at most 13.5, so an article with
// every marked unit as written (20) outranks any folded-only one.
const ARTICLE_CTES = `
  unit_word AS (
    SELECT u.word, u.alt, CASE WHEN p.quoted OR p.names THEN -p.n ELSE u.i END AS unit,
           count(*) OVER (PARTITION BY CASE WHEN p.quoted OR p.names THEN -p.n ELSE u.i END) AS words
      FROM unnest($6::int[], $7::text[], $8::text[]) WITH ORDINALITY AS u(n, word, alt, i)
      LEFT JOIN part p ON p.n = u.n),
  writes_part AS MATERIALIZED (
    SELECT DISTINCT p.n, x.id
      FROM part p CROSS JOIN LATERAL (
        SELECT id FROM seedgraph_article_phrase_ids(p.fk) AS id WHERE cardinality(p.fk) > 0
        UNION ALL
        SELECT id FROM seedgraph_article_ids(p.text, false) AS id WHERE cardinality(p.fk) = 0) x
     WHERE p.names),
  exact AS (
    SELECT e.id, count(*)::float8 AS n
      FROM (SELECT x.id, w.unit FROM unit_word w
              CROSS JOIN LATERAL seedgraph_article_exact_ids(w.word, w.alt) AS x(id)
             GROUP BY x.id, w.unit HAVING count(*) = max(w.words)) e
     WHERE e.unit > 0 OR NOT EXISTS (SELECT 1 FROM part p WHERE p.n = -e.unit AND p.names)
        OR EXISTS (SELECT 1 FROM writes_part wp WHERE wp.n = -e.unit AND wp.id = e.id)
     GROUP BY e.id),
  writes AS (SELECT id, count(*)::float8 AS n FROM writes_part GROUP BY id),
  adjacent AS (
    SELECT x.id, count(*)::float8 AS n
      FROM part p CROSS JOIN LATERAL unnest(p.fk) AS k(key)
      CROSS JOIN LATERAL seedgraph_article_phrase_ids(ARRAY[k.key]) AS x(id)
     WHERE NOT p.quoted AND NOT p.names
     GROUP BY x.id),
  shares AS MATERIALIZED (
    SELECT greatest((SELECT count(DISTINCT unit) FROM unit_word), 1) AS units,
           greatest((SELECT count(*) FROM part WHERE names), 1) AS naming,
           greatest((SELECT sum(cardinality(fk)) FROM part WHERE NOT quoted AND NOT names), 1) AS pairs),
  -- Sums over one list rather than joins: the planner, expecting a few rows of each, would join
  -- them in nested loops, quadratic in the hits (7 s for 10,000 hits).
  found AS MATERIALIZED (
    SELECT c.id, 1 + sum(c.score) AS base
      FROM (SELECT id, 0::float8 AS score, true AS hit FROM article_hits
            UNION ALL SELECT id, 20 * n / (SELECT units FROM shares), false FROM exact
            UNION ALL SELECT id, 6 * n / (SELECT naming FROM shares), false FROM writes
            UNION ALL SELECT id, 3 * n / (SELECT pairs FROM shares), false FROM adjacent
            UNION ALL SELECT id, 1.5, false FROM seedgraph_article_title_ids($1) AS t(id)) c
     GROUP BY c.id HAVING bool_or(c.hit)),
  refined AS MATERIALIZED (
    SELECT b.id, (CASE WHEN v.doc @@ phraseto_tsquery('simple', seedgraph_unglue(seedgraph_fold($1))) THEN 1 ELSE 0 END)
        + 2 * ts_rank_cd(v.doc, plainto_tsquery('simple', seedgraph_unglue(seedgraph_fold($1))), 32) AS extra
      FROM (SELECT id FROM found ORDER BY base DESC, id LIMIT ${REFINED_ARTICLES}) b
      JOIN article a ON a.id = b.id
      -- OFFSET 0 keeps the planner from inlining (and so repeating) the costly tsvector.
      CROSS JOIN LATERAL (
        SELECT to_tsvector('simple', seedgraph_unglue(seedgraph_fold(a.display_title || ' ' || left(a.body, ${REFINED_BODY_CHARS}))))
               AS doc OFFSET 0) v)`;

const ARTICLE_HITS = `
  SELECT 'article'::text AS kind, lpad(f.id::text, 12, '0') AS key, f.id AS num, sum(f.score) AS score
    FROM (SELECT id, base AS score FROM found UNION ALL SELECT id, extra FROM refined) f
   GROUP BY f.id`;

// A marked word `w(word, alt)` in either tone placement, as written.
const MARKED_WORD = "(plainto_tsquery('simple', w.word) || plainto_tsquery('simple', w.alt))";

// Entities (short texts, small tables) are ranked in one step: 20 × the share of marked words
// found as written, + 40 when the whole text names them (they rank above every document), + 3
// when one of their names (code, key, alias) is the text, + 2 × the best trigram similarity to
// one of their names.
function entityHits(kind: Exclude<SearchKind, "article">): string {
  const k = ENTITY_SQL[kind];
  return `
  SELECT '${kind}'::text AS kind, ${k.key} AS key, ${k.num} AS num,
         20 * coalesce((SELECT avg((v.doc @@ ${MARKED_WORD})::int)::float8
                          FROM unnest($7::text[], $8::text[]) AS w(word, alt)), 0)
         + 40 * x.named::int
         + (SELECT 3 * max((seedgraph_name_key(f) = seedgraph_name_key($1))::int)
                 + 2 * max(similarity(seedgraph_fold(f), seedgraph_fold($1)))
              FROM unnest(${k.fields}) AS f) AS score
    FROM (SELECT id, bool_or(named) AS named FROM (${entityMatches(kind)}) s GROUP BY id) x
    JOIN ${k.table} ON ${k.id} = x.id
    CROSS JOIN LATERAL (SELECT to_tsvector('simple', array_to_string(${k.fields}, ' ')) AS doc OFFSET 0) v`;
}

// The names of the entities the text names, to mark in article snippets.
const NAMED_NAMES = `
  SELECT array_agg(DISTINCT n) FROM (
    SELECT unnest(ARRAY[c.name_vi, c.name_en] || c.aliases) AS n FROM named e JOIN country c ON c.code = e.code
     WHERE e.kind = 'country'
    UNION ALL
    SELECT unnest(ARRAY[g.code, g.name_vi, g.name_en] || g.aliases) FROM named e JOIN agreement g ON g.code = e.code
     WHERE e.kind = 'agreement'
    UNION ALL
    SELECT unnest(ARRAY[p.name] || p.aliases) FROM named e JOIN person p ON p.id = e.id WHERE e.kind = 'person'
    UNION ALL
    SELECT unnest(ARRAY[m.key, m.name, m.name_vi]) FROM named e JOIN meeting m ON m.id = e.id WHERE e.kind = 'meeting'
    LIMIT ${MAX_NAMES}) s`;

/**
 * One page of hits over every kind, best first, each with its fields to cut a snippet from;
 * always at least one row, which carries the total, the parts that name an entity (their `n`)
 * and those entities' names (a page past the end is one row of NULL hit columns). Ranks are
 * rounded so they survive the trip through a cursor exactly.
 */
export function pageStatement(): string {
  const hits = [ARTICLE_HITS, entityHits("meeting"), entityHits("agreement"), entityHits("person")];
  const fields = (kind: SearchKind) => (kind === "article" ? ARTICLE_FIELDS : ENTITY_SQL[kind].fields);
  return `WITH ${MATCH_CTES}, ${ARTICLE_CTES},
  hits AS (
    SELECT kind, key, num, round(score::numeric, 6)::float8 AS rank
      FROM (${hits.join("\n  UNION ALL")}) s)
  SELECT t.total, t.naming, t.names, pg.kind, pg.key, pg.num, pg.rank,
    CASE pg.kind WHEN 'article' THEN ${fields("article")} WHEN 'meeting' THEN ${fields("meeting")}
                 WHEN 'agreement' THEN ${fields("agreement")} ELSE ${fields("person")} END AS fields
  FROM (SELECT (SELECT count(*)::int FROM hits) AS total,
               (SELECT array_agg(DISTINCT n) FROM named) AS naming,
               (${NAMED_NAMES}) AS names) t
  LEFT JOIN LATERAL (
    SELECT h.kind, h.key, h.num, h.rank FROM hits h
     WHERE $9::float8 IS NULL OR h.rank < $9 OR (h.rank = $9 AND (h.kind, h.key) > ($10::text, $11::text))
     ORDER BY h.rank DESC, h.kind, h.key
     LIMIT $12
  ) pg ON TRUE
  -- Only the page's rows are joined back for their text.
  LEFT JOIN article a ON pg.kind = 'article' AND a.id = pg.num
  LEFT JOIN meeting m ON pg.kind = 'meeting' AND m.id = pg.num
  LEFT JOIN agreement g ON pg.kind = 'agreement' AND g.code = pg.key
  LEFT JOIN person p ON pg.kind = 'person' AND p.id = pg.num
  ORDER BY pg.rank DESC, pg.kind, pg.key`;
}
