-- The extractor version a recorded failure was found with: the same bytes are tried again only
-- when the extractor changes (or the file does).
ALTER TABLE "ingest_failure" ADD COLUMN "extractor_version" TEXT;

-- The seeds folder the database mirrors: one row, written the first time an instance watches.
CREATE TABLE "seeds_folder" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "path" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seeds_folder_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "seeds_folder_single_row" CHECK ("id" = 1)
);
