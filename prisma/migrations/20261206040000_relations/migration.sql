-- Relations an article states between the entities it names (extractor: src/extract/relations.ts).
-- Until now the graph's only edges were co-occurrence: everything an article names was linked to
-- every meeting it names. Two tables now hold what the text says:
--   participation  a person took part in a meeting (chaired, co-chaired, led a delegation to,
--                  spoke at, attended), with the role the article gives them;
--   agreement_step something happened to an agreement (signed, concluded, upgraded, negotiated,
--                  reviewed, discussed), done or planned, at a meeting when the text says which.
-- Each row is one article's statement, with its evidence as offsets into the article's body (the
-- API cuts the words and the sentence from it, as for mentions), and goes with its article. Reads
-- list the rows of present articles only.
--
-- Saving. `seedgraph_save_article_with_relations` (what src/store/save-statement.ts calls) runs
-- `seedgraph_save_article` and then replaces the article's relation rows, in the same call and
-- transaction; its later statements see the rows the save wrote. A relation names its meeting by
-- the extractor's key, which the save may complete (an undated key takes a year or becomes the
-- article's own, see 20261206030000_meeting_identity), so the facts document also gives one
-- evidence span of that meeting: the stored meeting is the one the article's mention at that span
-- points at, among the keys the save can have given the extractor's key.

CREATE TYPE "ParticipantAction" AS ENUM ('chaired', 'co_chaired', 'led_delegation', 'spoke', 'attended');
CREATE TYPE "AgreementAction" AS ENUM ('signed', 'concluded', 'upgraded', 'negotiated', 'reviewed', 'discussed');
CREATE TYPE "ActionStatus" AS ENUM ('done', 'planned');

CREATE TABLE "participation" (
    "article_id" INTEGER NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "action" "ParticipantAction" NOT NULL,
    "role" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence_start" INTEGER NOT NULL,
    "sentence_end" INTEGER NOT NULL,

    CONSTRAINT "participation_pkey" PRIMARY KEY ("article_id", "meeting_id", "person_id")
);
CREATE INDEX "participation_meeting_id_idx" ON "participation"("meeting_id");
CREATE INDEX "participation_person_id_idx" ON "participation"("person_id");
ALTER TABLE "participation" ADD CONSTRAINT "participation_article_id_fkey" FOREIGN KEY ("article_id")
    REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participation" ADD CONSTRAINT "participation_meeting_id_fkey" FOREIGN KEY ("meeting_id")
    REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participation" ADD CONSTRAINT "participation_person_id_fkey" FOREIGN KEY ("person_id")
    REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "agreement_step" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "agreement_code" TEXT NOT NULL,
    "action" "AgreementAction" NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "meeting_id" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence_start" INTEGER NOT NULL,
    "sentence_end" INTEGER NOT NULL,

    CONSTRAINT "agreement_step_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "agreement_step_article_id_idx" ON "agreement_step"("article_id");
CREATE INDEX "agreement_step_agreement_code_idx" ON "agreement_step"("agreement_code");
CREATE INDEX "agreement_step_meeting_id_idx" ON "agreement_step"("meeting_id");
ALTER TABLE "agreement_step" ADD CONSTRAINT "agreement_step_article_id_fkey" FOREIGN KEY ("article_id")
    REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agreement_step" ADD CONSTRAINT "agreement_step_agreement_code_fkey" FOREIGN KEY ("agreement_code")
    REFERENCES "agreement"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agreement_step" ADD CONSTRAINT "agreement_step_meeting_id_fkey" FOREIGN KEY ("meeting_id")
    REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Articles stored before relations were extracted are extracted and saved again at the next start
-- (a stored version other than the running extractor's is not current).
UPDATE "article" SET "extractor_version" = "extractor_version" || '+no-relations';

-- Whether `stored`, the key of a meeting mention the save wrote, is the key it gave the facts
-- document's meeting `raw` (whose undated stem is `stem`, null for a dated or numbered key):
-- `raw` itself, else the stem completed with a year, unless another meeting of the document has
-- that key (the save never completes a key into one the article reports), else the article's own.
CREATE FUNCTION seedgraph_saved_meeting_key(stored text, raw text, stem text, article integer, doc_keys text[])
    RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN stored = raw
        OR (stem IS NOT NULL
            AND (stored = raw || '-A' || article::text
                 OR (left(stored, length(stem)) = stem AND substr(stored, length(stem) + 1) ~ '^[0-9]+$'
                     AND NOT stored = ANY(doc_keys))));

-- The stored meeting a relation (or a figure) of the article points at: the meeting of the
-- article's mention at [p_start, p_end) whose key the save gave the document's meeting `p_key`
-- (above). Null for a null key, or when the mention was cut by the extraction limits.
CREATE FUNCTION seedgraph_mentioned_meeting(p_article integer, p_key text, p_start integer,
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

-- The save with relations: parameters and result as seedgraph_save_article's (see
-- src/store/save-statement.ts); the facts document also carries `participants` and
-- `agreement_actions` (src/store/facts.ts).
CREATE FUNCTION seedgraph_save_article_with_relations(
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
  -- Takes the story lock, then writes the article and its facts (one statement).
  SELECT s.article_id, s.seq, s.kind, s.at INTO STRICT saved
    FROM seedgraph_save_article($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                                $17, $18) AS s;
  doc_keys := ARRAY(SELECT m->>'key' FROM jsonb_array_elements($18->'meetings') AS m);

  DELETE FROM participation AS p WHERE p.article_id = saved.article_id;
  DELETE FROM agreement_step AS g WHERE g.article_id = saved.article_id;

  -- One row per (meeting, person): the most specific action the article states (the enum's order).
  INSERT INTO participation AS t (article_id, meeting_id, person_id, action, role, start, "end",
      sentence_start, sentence_end)
  SELECT DISTINCT ON (k.id, pe.id) saved.article_id, k.id, pe.id, r.action, r.role, r.start, r."end",
         r.sentence_start, r.sentence_end
    FROM jsonb_to_recordset($18->'participants') AS r(person text, meeting_key text, meeting_start int,
         meeting_end int, action "ParticipantAction", role text, start int, "end" int, sentence_start int,
         sentence_end int)
    JOIN person pe ON pe.name = r.person
    CROSS JOIN LATERAL (SELECT seedgraph_mentioned_meeting(saved.article_id, r.meeting_key, r.meeting_start,
         r.meeting_end, $18, doc_keys) AS id) k
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

  RETURN QUERY SELECT saved.article_id, saved.seq, saved.kind, saved.at;
END
$save$;
