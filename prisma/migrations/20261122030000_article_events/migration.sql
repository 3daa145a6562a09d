-- CreateEnum
CREATE TYPE "ArticleEventKind" AS ENUM ('ADDED', 'UPDATED', 'REMOVED');

-- CreateTable
CREATE TABLE "article_event" (
    "seq" INTEGER NOT NULL,
    "kind" "ArticleEventKind" NOT NULL,
    "article_id" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_event_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "event_counter" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "event_counter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_event_article_id_idx" ON "article_event"("article_id");

-- AddForeignKey
ALTER TABLE "article_event" ADD CONSTRAINT "article_event_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The single counter row every event allocation locks.
INSERT INTO "event_counter" ("id", "last") VALUES (1, 0);
