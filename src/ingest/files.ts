import fs from "node:fs/promises";
import path from "node:path";

// Names that are never articles: hidden files, editor swap/backup files and partial downloads.
// They are picked up once renamed into place.
const IGNORED = [/^\./, /~$/, /\.(tmp|temp|part|partial|swp|swo|swx|crdownload|download)$/i, /^#.*#$/];

/** True for a file name the watcher and reconciler leave alone. */
export function isIgnoredName(name: string): boolean {
  return IGNORED.some((re) => re.test(name));
}

/** Every candidate article file below `dir` (recursively), as absolute paths, sorted. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string) => {
    const entries = await fs.readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(full);
    }
  };
  await walk(dir);
  return out.sort();
}
