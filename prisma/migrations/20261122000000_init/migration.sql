-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year', 'unknown');

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "path" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "title" TEXT,
    "display_title" TEXT NOT NULL,
    "lead" TEXT,
    "body" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "published_at" DATE,
    "date_precision" "DatePrecision" NOT NULL DEFAULT 'unknown',
    "source_id" INTEGER,
    "url" TEXT,
    "author" TEXT,
    "word_count" INTEGER NOT NULL,
    "extractor_version" TEXT NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_failure" (
    "id" SERIAL NOT NULL,
    "path" TEXT NOT NULL,
    "content_hash" TEXT,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ingest_failure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_name_key" ON "source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "article_path_key" ON "article"("path");

-- CreateIndex
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ingest_failure_path_key" ON "ingest_failure"("path");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
