import fs from "node:fs";
import type { PrismaClient } from "../db/client.ts";
import { StartupError } from "../errors.ts";
import type { Logger } from "../logger.ts";

export interface SeedsFolderOptions {
  /**
   * Take over a database built from another folder on purpose (`SEEDS_DIR_ADOPT=true`): the
   * folder is recorded as the new one, and its reconcile marks the articles it lacks removed.
   * Default false.
   */
  adopt?: boolean;
  logger?: Logger;
}

/** The folder's real path (links resolved): the same folder reached by two paths is one folder. */
export function seedsFolderIdentity(seedsDir: string): string {
  return fs.realpathSync.native(seedsDir);
}

/**
 * Refuses, with a one-line {@link StartupError}, a seeds folder other than the one the database
 * mirrors: watching it would mark every stored article removed. A database that mirrors no folder
 * yet, the same folder, or `adopt` pass. Read-only: the folder is recorded by {@link claimSeedsFolder}.
 */
export async function checkSeedsFolder(
  prisma: PrismaClient,
  seedsDir: string,
  options: SeedsFolderOptions = {},
): Promise<void> {
  const mine = seedsFolderIdentity(seedsDir);
  const recorded = await prisma.seedsFolder.findUnique({ where: { id: 1 } });
  if (recorded && recorded.path !== mine && !options.adopt) throw mismatch(mine, recorded.path);
}

/**
 * Records the seeds folder the first time an instance watches, and checks it on every later
 * takeover (the folder may have been recorded by another instance after this one started).
 * With `adopt`, a different recorded folder is replaced by this one.
 */
export async function claimSeedsFolder(
  prisma: PrismaClient,
  seedsDir: string,
  options: SeedsFolderOptions = {},
): Promise<void> {
  const mine = seedsFolderIdentity(seedsDir);
  await prisma.seedsFolder.createMany({ data: [{ id: 1, path: mine }], skipDuplicates: true });
  const recorded = await prisma.seedsFolder.findUnique({ where: { id: 1 } });
  if (!recorded || recorded.path === mine) return;
  if (!options.adopt) throw mismatch(mine, recorded.path);
  await prisma.seedsFolder.update({ where: { id: 1 }, data: { path: mine, at: new Date() } });
  options.logger?.warn(`SEEDS_DIR_ADOPT: this database now mirrors ${mine} instead of ${recorded.path}`);
}

function mismatch(mine: string, recorded: string): StartupError {
  return new StartupError(
    `SEEDS_DIR ${mine} is not the folder this database mirrors (${recorded}); watching it would ` +
      "mark every article removed. Use that folder, another database, or SEEDS_DIR_ADOPT=true to adopt this one",
  );
}
