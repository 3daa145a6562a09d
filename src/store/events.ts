import type { PrismaClient } from "../generated/prisma/client.ts";

export type ArticleEventKind = "ADDED" | "UPDATED" | "REMOVED";

/** A committed article event as subscribers see it (ids only; the article is re-read). */
export interface StoredEvent {
  seq: number;
  kind: ArticleEventKind;
  articleId: number;
  path: string;
  at: Date;
}

/*
 * Events are appended by the statements that change an article (save-statement.ts, markRemoved in
 * article-store.ts), inside the article's transaction. The sequence number comes from the single
 * `event_counter` row, locked by its UPDATE until commit: numbers are gap-free (a rollback gives
 * its number back) and in commit order (a later transaction waits for the lock).
 */

/** Events with `seq > after`, oldest first, at most `limit`. */
export function readEvents(prisma: PrismaClient, after: number, limit: number): Promise<StoredEvent[]> {
  return prisma.articleEvent.findMany({
    where: { seq: { gt: after } },
    orderBy: { seq: "asc" },
    take: limit,
    select: { seq: true, kind: true, articleId: true, path: true, at: true },
  });
}

/** The highest committed sequence number (0 when there is none). */
export async function lastEventSeq(prisma: PrismaClient): Promise<number> {
  const row = await prisma.eventCounter.findUnique({ where: { id: 1 }, select: { last: true } });
  return row?.last ?? 0;
}
