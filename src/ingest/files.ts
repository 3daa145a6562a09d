import fs from "node:fs/promises";
import path from "node:path";
import { escapeInvalidName } from "./file-names.ts";

// Names that are never articles: hidden files, editor swap/backup files and partial downloads.
// They are picked up once renamed into place.
const IGNORED = [/^\./, /~$/, /\.(tmp|temp|part|partial|swp|swo|swx|crdownload|download)$/i, /^#.*#$/];

/** True for a file name the watcher and reconciler leave alone. */
export function isIgnoredName(name: string): boolean {
  return IGNORED.some((re) => re.test(name));
}

/**
 * Every candidate article file below `dir` (recursively), as absolute paths, sorted. Links are
 * listed, never followed (a link to a folder is one entry, refused when read), so each file
 * inside is reached by one path and nothing outside is listed. An entry whose name is not valid
 * UTF-8 is listed under its stand-in (see file-names.ts), a folder too: it is recorded, not entered.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string) => {
    const entries = await fs.readdir(current, { withFileTypes: true, encoding: "buffer" });
    for (const entry of entries) {
      const escaped = escapeInvalidName(entry.name);
      const name = escaped ?? entry.name.toString("utf8");
      if (isIgnoredName(name)) continue;
      const full = path.join(current, name);
      if (entry.isDirectory() && escaped === null) await walk(full);
      else out.push(full);
    }
  };
  await walk(dir);
  return out.sort();
}
