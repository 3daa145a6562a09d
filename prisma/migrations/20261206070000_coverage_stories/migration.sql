-- Stories link the coverage of one event across languages. Near-identical texts already share a
-- story (MinHash bands, see src/store/save-statement.ts); a Vietnamese and an English report of
-- the same meeting never do, their words being different. After an article is saved, it joins
-- the story of a present article in the other language that reports the same event: published
-- within 3 days of it (both dated to the day), naming at least 2 of the same meetings (keys with
-- an edition or a year: never an undated, article-scoped one), and at least 1 of the same people
-- or 3 of the same meetings. The best such article wins (most meetings and people in common,
-- then the lowest id); when the saved article already has a story, the two stories become one.
-- Articles without a day of publication are never linked this way (too many reports mention the
-- same summit in passing). Bounded: only the newest 200 articles of each of the saved article's
-- meetings are looked at.

CREATE FUNCTION seedgraph_link_coverage(p_article integer) RETURNS void
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

-- The save (20261206060000_figure_facts), then the link. Parameters and result unchanged.
CREATE FUNCTION seedgraph_save_article_linked(
    p_path text, p_content_hash text, p_title text, p_display_title text, p_lead text, p_body text,
    p_lang text, p_published text, p_date_precision text, p_source text, p_url text, p_author text,
    p_word_count integer, p_extractor_version text, p_fingerprint integer[], p_band_keys bigint[],
    p_story_threshold double precision, p_facts jsonb)
RETURNS TABLE (article_id integer, seq integer, kind text, at timestamptz)
LANGUAGE plpgsql VOLATILE SET jit = off
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
