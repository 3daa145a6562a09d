-- Story candidates through locality-sensitive hashing: an article's 128-bin MinHash fingerprint is
-- cut into 64 bands of 2 bins, and each band's two values are packed into one key. Two articles
-- are compared exactly only when at least one band agrees, so a save reads a handful of
-- candidates through the index instead of every article's fingerprint.

-- CreateTable
CREATE TABLE "story_band" (
    "article_id" INTEGER NOT NULL,
    "band" INTEGER NOT NULL,
    "key" BIGINT NOT NULL,

    CONSTRAINT "story_band_pkey" PRIMARY KEY ("article_id","band")
);

-- CreateIndex
-- article_id last: the newest articles sharing a key are read by a backward index-only scan.
CREATE INDEX "story_band_band_key_article_id_idx" ON "story_band"("band", "key", "article_id");

-- AddForeignKey
ALTER TABLE "story_band" ADD CONSTRAINT "story_band_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill the articles stored before this migration, with the packing of src/store/story-bands.ts:
-- band b holds bins 2b and 2b+1 (1-based here), the first in the high 32 bits. An empty fingerprint
-- (first bin 0xffffffff, stored as -1) is similar to nothing and gets no bands.
INSERT INTO "story_band" ("article_id", "band", "key")
SELECT a."id", b.band,
       (a."fingerprint"[2 * b.band + 1]::bigint << 32) | (a."fingerprint"[2 * b.band + 2]::bigint & 4294967295)
  FROM "article" a
 CROSS JOIN generate_series(0, 63) AS b(band)
 WHERE cardinality(a."fingerprint") = 128 AND a."fingerprint"[1] <> -1;
