-- Indexes for the nested API queries (measured with bench/query.ts over 10,000 articles).

-- `meetings` in its default order (NEWEST) reads the first page off this index and stops,
-- instead of checking every meeting for a present article and sorting them all.
CREATE INDEX "meeting_newest_idx" ON "meeting"("date" DESC NULLS LAST, "year" DESC NULLS LAST, "id" DESC);

-- A meeting's article ids straight from the index (index-only scan): the page windows of
-- `Meeting.articles` and the "reported by a present article" test of `meetings`.
CREATE INDEX "article_meeting_meeting_id_article_id_idx" ON "article_meeting"("meeting_id", "article_id");
