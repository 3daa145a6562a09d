import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

export type ArticleEventKind = "ADDED" | "UPDATED" | "REMOVED";

/** A committed article event as subscribers see it (ids only; the article is re-read). */
export interface StoredEvent {
  seq: number;
  kind: ArticleEventKind;
  articleId: number;
  path: string;
  at: Date;
}

/**
 * Appends an event inside the article's transaction. The sequence number comes from the single
 * `event_counter` row, locked by the UPDATE until commit: numbers are gap-free (a rollback gives
 * its number back) and in commit order (a later transaction waits for the lock). Call it as the
 * transaction's last statement so the lock is held briefly.
 */
export async function appendEvent(
  tx: Tx,
  kind: ArticleEventKind,
  articleId: number,
  path: string,
): Promise<number> {
  const counter = await tx.eventCounter.update({ where: { id: 1 }, data: { last: { increment: 1 } } });
  await tx.articleEvent.create({ data: { seq: counter.last, kind, articleId, path } });
  return counter.last;
}

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
