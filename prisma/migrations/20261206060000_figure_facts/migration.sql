-- Figures know the meeting they were reported at. The extractor places an amount at a meeting
-- when its sentence (or its bullet) opens on the meeting, or when the meeting, its ministers or its
-- leaders note it ('The Ministers noted that two-way trade reached …'); the figure's row now
-- points at that meeting. The row goes with its article as before; a meeting deleted later leaves
-- the figure in place, without a meeting.

ALTER TABLE "figure" ADD COLUMN "meeting_id" INTEGER;
CREATE INDEX "figure_meeting_id_idx" ON "figure"("meeting_id");
ALTER TABLE "figure" ADD CONSTRAINT "figure_meeting_id_fkey" FOREIGN KEY ("meeting_id")
    REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Articles stored before figures had a meeting are extracted and saved again at the next start
-- (a stored version other than the running extractor's is not current), as for relations.
UPDATE "article" SET "extractor_version" = "extractor_version" || '+no-figure-meetings';

-- The save with relations (20261206040000_relations), now also writing the figures: the facts
-- document's `figures` carry `meeting_key`, `meeting_start` and `meeting_end` (src/store/facts.ts),
-- and a figure's meeting is found the way a relation's is, through the article's mention at that
-- evidence span of its meeting (the save may have completed the meeting's key). The figures are
-- taken out of the document handed to seedgraph_save_article, which would insert them without a
-- meeting, and written here, once each. Parameters and result are unchanged.
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
