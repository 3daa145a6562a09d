/**
 * The expected extraction of the five seed articles, kept in the repository
 * (`tests/fixtures/seeds/<seed>.expected.json`, in the shape `npm run extract` prints) so that the
 * tests run from a clone with nothing beside it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GoldArticle } from "../../src/extract/to-json.ts";

const FOLDER = path.resolve(import.meta.dirname, "../fixtures/seeds");

/** One expected object per seed file, in file-name order. */
export const SEED_GOLD: GoldArticle[] = readdirSync(FOLDER)
  .filter((name) => name.endsWith(".expected.json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(FOLDER, name), "utf8")) as GoldArticle);
