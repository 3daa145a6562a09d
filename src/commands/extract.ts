import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../extract/index.ts";
import { toGoldJson } from "../extract/to-json.ts";
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

/** `seedgraph extract --json FILE...`: prints a JSON array, one object per file; touches no database. */
export async function runExtract(args: string[]): Promise<number> {
  const files = args.filter((a) => a !== "--json");
  if (files.length === 0) {
    process.stderr.write("usage: seedgraph extract --json FILE...\n");
    return 2;
  }
  const out = files.map(extractOne);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  // Per-file errors are reported in the JSON; the command itself succeeded.
  return 0;
}
