import type { Prisma } from "../generated/prisma/client.ts";

/**
 * What "present" means, once: an article is present while its file is in the seeds folder
 * (`removed_at` is set when the file goes, and cleared if it comes back). Every read of the API
 * lists, counts and links present articles only; the store removes and lists them by it too.
 */

/** Present articles, for Prisma (one object: filters recognise it by identity). */
export const PRESENT: Prisma.ArticleWhereInput = { removedAt: null };

/** Rows linked to at least one present article, for Prisma relations named `articles` → `article`. */
export const LINKED_TO_PRESENT = { articles: { some: { article: PRESENT } } } as const;

/** Present articles in SQL, for the article table under `alias` (`a` by default). */
export function presentSql(alias = "a"): string {
  return `${alias}.removed_at IS NULL`;
}

/** `presentSql("a")`: the alias every join on `article` uses. */
export const PRESENT_SQL = presentSql("a");
