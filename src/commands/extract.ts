import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../extract/index.ts";
import { toGoldJson } from "../extract/to-json.ts";
import { listArticleFiles } from "../ingest/files.ts";
import { decodeArticleBytes } from "../ingest/reader.ts";

/** One file's extraction in the CLI's JSON shape, or an error object for that file. */
function extractOne(file: string): unknown {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
    return { file: name, error: { code, message: (error as Error).message } };
  }
  const read = decodeArticleBytes(bytes);
  if (!read.ok) return { file: name, error: { code: read.code, message: read.message } };
  try {
    return toGoldJson(name, extractArticle(read.text));
  } catch (error) {
    return { file: name, error: { code: "EXTRACT_ERROR", message: (error as Error).message } };
  }
}

/** The files named, a folder standing for the article files below it (as `ingest` reads them). */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let folder = false;
    try {
      folder = fs.statSync(p).isDirectory();
    } catch {
      // Missing or unreadable: reported as that file's error.
    }
    files.push(...(folder ? await listArticleFiles(path.resolve(p)) : [p]));
  }
  return files;
}

/**
 * `seedgraph extract --json PATH...`: prints a JSON array, one object per file (a folder: each
 * article file below it); touches no database. A file that cannot be read or extracted gets an
 * `error` object in its place and the command exits 1.
 */
export async function runExtract(args: string[]): Promise<number> {
  const paths = args.filter((a) => a !== "--json");
  if (paths.length === 0) {
    process.stderr.write("usage: seedgraph extract --json FILE|FOLDER...\n");
    return 2;
  }
  const out = (await expand(paths)).map(extractOne);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  const failed = out.filter((o) => typeof o === "object" && o !== null && "error" in o).length;
  if (failed > 0)
    process.stderr.write(`seedgraph: ${failed} of ${out.length} file(s) could not be extracted\n`);
  return failed > 0 ? 1 : 0;
}
