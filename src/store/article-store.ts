import type { PrismaClient } from "../db/client.ts";
import { type ArticleExtraction, EXTRACTOR_VERSION } from "../extract/index.ts";
import type { IngestFailure } from "../generated/prisma/client.ts";
import { partialDateToDate, precisionOf } from "./dates.ts";
import { appendEvent } from "./events.ts";
import { assignStory, clearFacts, toStoredFingerprint, writeFacts } from "./facts.ts";

/**
 * What saving an article did; `unchanged` means nothing was written and nothing is to be
 * published. `seq` is the committed event's sequence number.
 */
export type SaveOutcome =
  | { status: "added" | "updated"; articleId: number; seq: number }
  | { status: "unchanged"; articleId: number };

export interface SaveArticleInput {
  /** Path relative to the seeds folder, `/`-separated. */
  path: string;
  contentHash: string;
  extraction: ArticleExtraction;
}

/** Advisory lock that serialises story assignment across saves (and instances). */
const STORY_LOCK_KEY = 0x5eed_5707;

/** What is stored for a path, as far as deciding whether to re-ingest goes. */
export interface StoredVersion {
  id: number;
  contentHash: string;
  extractorVersion: string;
  removedAt: Date | null;
}

/** The stored version of `path`, or null. */
export function findStoredVersion(prisma: PrismaClient, path: string): Promise<StoredVersion | null> {
  return prisma.article.findUnique({
    where: { path },
    select: { id: true, contentHash: true, extractorVersion: true, removedAt: true },
  });
}

/** True when `stored` already holds these bytes, extracted by this extractor version. */
export function isCurrent(stored: StoredVersion | null, contentHash: string): boolean {
  return (
    stored !== null &&
    stored.contentHash === contentHash &&
    stored.extractorVersion === EXTRACTOR_VERSION &&
    stored.removedAt === null
  );
}

/**
 * Stores one extracted article in one transaction: upsert by path, its facts replaced as a whole,
 * its story assigned, any ingest failure for the path cleared. Identical bytes already stored by
 * this extractor version write nothing.
 */
export async function saveArticle(
  prisma: PrismaClient,
  input: SaveArticleInput,
  existing?: StoredVersion | null,
): Promise<SaveOutcome> {
  const stored = existing === undefined ? await findStoredVersion(prisma, input.path) : existing;
  if (stored && isCurrent(stored, input.contentHash)) return { status: "unchanged", articleId: stored.id };
  const a = input.extraction.article;
  return prisma.$transaction(async (tx) => {
    // Saves take turns choosing stories: two copies saved at once would not see each other's
    // uncommitted row and would start two stories. Taken first, before any row lock, so it
    // cannot deadlock with them.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STORY_LOCK_KEY})`;
    const source = a.source
      ? await tx.source.upsert({ where: { name: a.source }, create: { name: a.source }, update: {} })
      : null;
    const data = {
      contentHash: input.contentHash,
      title: a.title,
      displayTitle: a.displayTitle,
      lead: a.lead,
      // The body followed by the photo captions: the text every evidence offset refers to.
      body: input.extraction.text,
      lang: a.lang,
      publishedAt: partialDateToDate(a.published),
      datePrecision: precisionOf(a.published),
      sourceId: source?.id ?? null,
      url: a.url,
      author: a.author,
      wordCount: a.wordCount,
      extractorVersion: EXTRACTOR_VERSION,
      removedAt: null,
      fingerprint: toStoredFingerprint(input.extraction.fingerprint),
    };
    const now = new Date();
    const row = await tx.article.upsert({
      where: { path: input.path },
      create: { path: input.path, ...data, ingestedAt: now, updatedAt: now },
      update: { ...data, updatedAt: now },
      select: { id: true },
    });
    if (stored) await clearFacts(tx, row.id);
    await writeFacts(tx, row.id, input.extraction);
    await assignStory(tx, row.id, input.extraction.fingerprint);
    await tx.ingestFailure.deleteMany({ where: { path: input.path } });
    // An article that comes back after its file was removed is added again, not updated.
    const status = stored && stored.removedAt === null ? "updated" : "added";
    const seq = await appendEvent(tx, status === "added" ? "ADDED" : "UPDATED", row.id, input.path);
    return { status, articleId: row.id, seq };
  });
}

/** Records (or replaces) why a file could not be ingested; returns the stored row. */
export async function recordFailure(
  prisma: PrismaClient,
  failure: { path: string; contentHash: string | null; code: string; message: string },
): Promise<IngestFailure> {
  const data = {
    contentHash: failure.contentHash,
    code: failure.code,
    message: failure.message,
    at: new Date(),
  };
  return prisma.ingestFailure.upsert({
    where: { path: failure.path },
    create: { path: failure.path, ...data },
    update: data,
  });
}

/**
 * Forgets the failure of a file that now reads as an article already stored (its bytes were
 * restored), which `saveArticle` skips as unchanged.
 */
export async function clearFailure(prisma: PrismaClient, path: string): Promise<void> {
  await prisma.ingestFailure.deleteMany({ where: { path } });
}

/**
 * Marks an article whose file is gone as removed, with its REMOVED event, in one transaction;
 * returns the event's sequence number, or null when there was nothing to remove.
 */
export async function markRemoved(prisma: PrismaClient, path: string): Promise<number | null> {
  await prisma.ingestFailure.deleteMany({ where: { path } });
  return prisma.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { path }, select: { id: true, removedAt: true } });
    if (!existing || existing.removedAt) return null;
    await tx.article.update({ where: { path }, data: { removedAt: new Date() } });
    return appendEvent(tx, "REMOVED", existing.id, path);
  });
}

/** Paths of every stored, not-removed article (for start-up reconciliation). */
export async function listStoredPaths(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.article.findMany({ where: { removedAt: null }, select: { path: true } });
  return rows.map((r) => r.path);
}
