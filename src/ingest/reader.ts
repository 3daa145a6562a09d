import { createHash } from "node:crypto";
import fs from "node:fs/promises";

/** Why a file could not be read as an article (stable codes, listed in the README). */
export type ReadFailureCode =
  | "NOT_FOUND"
  | "NOT_A_FILE"
  | "UNREADABLE"
  | "TOO_LARGE"
  | "EMPTY"
  | "BINARY"
  | "INVALID_ENCODING";

export type ReadResult =
  | { ok: true; text: string; hash: string; size: number; encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { ok: false; code: ReadFailureCode; message: string; hash: string | null };

/** Default size limit for one article file: 2 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

const fail = (code: ReadFailureCode, message: string, hash: string | null = null): ReadResult => ({
  ok: false,
  code,
  message,
  hash,
});

/**
 * Reads one article file into text: detects UTF-8, UTF-8 with BOM and UTF-16 LE/BE with BOM;
 * rejects binary data and invalid encodings. The content hash is the sha256 of the original bytes.
 * Never throws for a bad file: the failure comes back as data.
 */
export async function readArticleFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return fail("NOT_A_FILE", `${file} is not a regular file`);
    if (stat.size > maxBytes)
      return fail("TOO_LARGE", `file is ${stat.size} bytes, over the ${maxBytes}-byte limit`);
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("NOT_FOUND", "file disappeared before it could be read");
    if (code === "EISDIR") return fail("NOT_A_FILE", `${file} is a directory`);
    return fail("UNREADABLE", `cannot read file: ${(error as Error).message}`);
  }
  if (bytes.length > maxBytes) return fail("TOO_LARGE", `file is over the ${maxBytes}-byte limit`);
  return decodeArticleBytes(bytes);
}

/** Decodes file bytes (see {@link readArticleFile}); exported for tests of odd inputs. */
export function decodeArticleBytes(bytes: Uint8Array): ReadResult {
  const hash = createHash("sha256").update(bytes).digest("hex");
  let text: string;
  let encoding: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      encoding = "utf-16le";
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      encoding = "utf-16be";
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    } else {
      if (bytes.includes(0)) return fail("BINARY", "file contains NUL bytes: binary data, not text", hash);
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
    }
  } catch {
    return fail(
      "INVALID_ENCODING",
      `file is not valid ${encoding.toUpperCase()} (legacy encodings such as Windows-1258 or VNI are not supported; save it as UTF-8)`,
      hash,
    );
  }
  if (text.includes("\u0000"))
    return fail("BINARY", "file contains NUL characters: binary data, not text", hash);
  // Many control characters mean an image or archive that happens to decode.
  const controls = countControlCharacters(text);
  if (controls > 0 && controls / Math.max(1, text.length) > 0.01) {
    return fail("BINARY", "file looks like binary data, not text", hash);
  }
  if (text.trim() === "") return fail("EMPTY", "file is empty or whitespace only", hash);
  return { ok: true, text, hash, size: bytes.length, encoding };
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function countControlCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n;
}
