-- CreateEnum
CREATE TYPE "MeetingSeries" AS ENUM ('AMM', 'AEM', 'ASEAN_SUMMIT', 'EAS', 'ARF', 'ASEAN_PLUS_THREE', 'ASEAN_PLUS_ONE', 'MEKONG_JAPAN', 'MEKONG_LANCANG', 'PMC', 'SOM', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingLevel" AS ENUM ('foreign_ministers', 'economic_ministers', 'leaders', 'senior_officials', 'other');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('FTA', 'framework', 'treaty', 'initiative', 'plan');

-- CreateEnum
CREATE TYPE "MentionKind" AS ENUM ('meeting', 'agreement', 'country', 'person', 'topic', 'figure');

-- AlterTable
ALTER TABLE "article" ADD COLUMN "story_id" INTEGER,
ADD COLUMN "fingerprint" INTEGER[];

-- CreateTable
CREATE TABLE "story" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country" (
    "code" TEXT NOT NULL,
    "name_vi" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "aliases" TEXT[],
    "asean_member" BOOLEAN NOT NULL DEFAULT false,
    "dialogue_partner" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "series" "MeetingSeries" NOT NULL,
    "level" "MeetingLevel" NOT NULL,
    "partner_code" TEXT,
    "number" INTEGER,
    "year" INTEGER,
    "date" DATE,
    "date_precision" "DatePrecision" NOT NULL DEFAULT 'unknown',
    "end_date" DATE,
    "location" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "parent_id" INTEGER,
    "name" TEXT NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement" (
    "code" TEXT NOT NULL,
    "name_vi" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "aliases" TEXT[],
    "kind" "AgreementKind" NOT NULL,
    "parties" TEXT[],

    CONSTRAINT "agreement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "country_code" TEXT,
    "role" TEXT,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "slug" TEXT NOT NULL,
    "name_vi" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "article_meeting" (
    "article_id" INTEGER NOT NULL,
    "meeting_id" INTEGER NOT NULL,

    CONSTRAINT "article_meeting_pkey" PRIMARY KEY ("article_id","meeting_id")
);

-- CreateTable
CREATE TABLE "article_agreement" (
    "article_id" INTEGER NOT NULL,
    "agreement_code" TEXT NOT NULL,
    "version" TEXT,

    CONSTRAINT "article_agreement_pkey" PRIMARY KEY ("article_id","agreement_code")
);

-- CreateTable
CREATE TABLE "article_country" (
    "article_id" INTEGER NOT NULL,
    "country_code" TEXT NOT NULL,

    CONSTRAINT "article_country_pkey" PRIMARY KEY ("article_id","country_code")
);

-- CreateTable
CREATE TABLE "article_person" (
    "article_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" TEXT,

    CONSTRAINT "article_person_pkey" PRIMARY KEY ("article_id","person_id")
);

-- CreateTable
CREATE TABLE "article_topic" (
    "article_id" INTEGER NOT NULL,
    "topic_slug" TEXT NOT NULL,

    CONSTRAINT "article_topic_pkey" PRIMARY KEY ("article_id","topic_slug")
);

-- CreateTable
CREATE TABLE "figure" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "qualifier" TEXT,
    "year" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,

    CONSTRAINT "figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "kind" "MentionKind" NOT NULL,
    "entity_key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_story_id_idx" ON "article"("story_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_key_key" ON "meeting"("key");

-- CreateIndex
CREATE INDEX "meeting_series_year_idx" ON "meeting"("series", "year");

-- CreateIndex
CREATE UNIQUE INDEX "person_name_key" ON "person"("name");

-- CreateIndex
CREATE INDEX "article_meeting_meeting_id_idx" ON "article_meeting"("meeting_id");

-- CreateIndex
CREATE INDEX "article_agreement_agreement_code_idx" ON "article_agreement"("agreement_code");

-- CreateIndex
CREATE INDEX "article_country_country_code_idx" ON "article_country"("country_code");

-- CreateIndex
CREATE INDEX "article_person_person_id_idx" ON "article_person"("person_id");

-- CreateIndex
CREATE INDEX "article_topic_topic_slug_idx" ON "article_topic"("topic_slug");

-- CreateIndex
CREATE INDEX "figure_article_id_idx" ON "figure"("article_id");

-- CreateIndex
CREATE INDEX "mention_article_id_start_idx" ON "mention"("article_id", "start");

-- CreateIndex
CREATE INDEX "mention_kind_entity_key_idx" ON "mention"("kind", "entity_key");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_partner_code_fkey" FOREIGN KEY ("partner_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_meeting" ADD CONSTRAINT "article_meeting_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_meeting" ADD CONSTRAINT "article_meeting_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_agreement" ADD CONSTRAINT "article_agreement_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_agreement" ADD CONSTRAINT "article_agreement_agreement_code_fkey" FOREIGN KEY ("agreement_code") REFERENCES "agreement"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_country" ADD CONSTRAINT "article_country_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_country" ADD CONSTRAINT "article_country_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_person" ADD CONSTRAINT "article_person_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_person" ADD CONSTRAINT "article_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_topic_slug_fkey" FOREIGN KEY ("topic_slug") REFERENCES "topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
