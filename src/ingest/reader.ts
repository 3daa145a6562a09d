import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { execAll } from "../extract/lexicon-regex.ts";

/** Why a file could not be read as an article (stable codes, listed in the README). */
export type ReadFailureCode =
  | "NOT_FOUND"
  | "NOT_A_FILE"
  | "UNREADABLE"
  | "READ_FAILED"
  | "SYMLINK_OUTSIDE"
  | "FOLDER_LINK"
  | "DANGLING_LINK"
  | "INVALID_FILE_NAME"
  | "TOO_LARGE"
  | "EMPTY"
  | "BINARY"
  | "INVALID_ENCODING"
  | "NO_ARTICLE_TEXT";

export type ReadResult =
  | { ok: true; text: string; hash: string; size: number; encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { ok: false; code: ReadFailureCode; message: string; hash: string | null };

/** Default size limit for one article file: 2 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Fewer letters than this (in any script) is not an article: a stub, a note, a typo. */
export const MIN_ARTICLE_LETTERS = 20;

export interface ReadOptions {
  /** Largest file read, in bytes; a bigger one is refused before reading. Default 2 MiB. */
  maxBytes?: number;
  /**
   * The seeds folder: a file whose real path (symlinks resolved) lies outside it is refused,
   * so a link cannot pull in `/etc/passwd` or another user's files, and a link to a folder inside
   * it is refused too (folders are not followed through links). Unset: no such check.
   */
  root?: string;
}

const fail = (code: ReadFailureCode, message: string, hash: string | null = null): ReadResult => ({
  ok: false,
  code,
  message,
  hash,
});

/**
 * Reads one article file into text: resolves symlinks (refusing targets outside `root`, links to
 * folders, dangling links and loops), checks the size before reading, then decodes (see
 * {@link decodeArticleBytes}). The content hash is the sha256 of the original bytes. Never throws
 * for a bad file: the failure comes back as data. Messages name no path: the failure is recorded
 * under the file's own path, and where a link points is nobody's business but the server's.
 *
 * The file system is asked synchronously, a handful of calls on a file of at most `maxBytes`.
 * Node's asynchronous calls share a four-thread pool with the watcher, which stats every entry of
 * a folder each time a file appears in it, so an asynchronous read waits behind as many calls as
 * the folder has files and its latency grows with the folder; a synchronous one does not.
 */
export async function readArticleFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  return readArticleFileSync(file, options);
}

function readArticleFileSync(file: string, options: ReadOptions): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const real = fs.realpathSync.native(file);
    if (options.root !== undefined && !isInside(fs.realpathSync.native(options.root), real))
      return fail("SYMLINK_OUTSIDE", "a symbolic link to something outside the seeds folder");
    // Non-blocking, so that opening a FIFO or device returns at once instead of waiting for a
    // writer; what was opened is then checked, not what a path named a moment before.
    const fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const stat = fs.fstatSync(fd);
      if (stat.isDirectory() && fs.lstatSync(file).isSymbolicLink())
        return fail("FOLDER_LINK", "a symbolic link to a folder: folders are not followed through links");
      if (!stat.isFile()) return fail("NOT_A_FILE", `not a regular file (${kindOf(stat)})`);
      if (stat.size > maxBytes)
        return fail("TOO_LARGE", `file is ${stat.size} bytes, over the ${maxBytes}-byte limit`);
      const read = readAtMost(fd, stat.size, maxBytes);
      if (read === null)
        return fail("TOO_LARGE", `file grew over the ${maxBytes}-byte limit while being read`);
      bytes = read;
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return failureOf(file, error);
  }
  return decodeArticleBytes(bytes);
}

/** True when `file` is `root` itself or below it (both already real paths). */
function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}

/**
 * Reads up to `maxBytes` from `fd`, sized for the `expected` bytes `fstat` saw; null when the
 * file holds more (it grew after `fstat`).
 */
function readAtMost(fd: number, expected: number, maxBytes: number): Buffer | null {
  // One byte more than expected, so that growth shows without a second call in the usual case.
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, maxBytes + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) return null;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const bytesRead = fs.readSync(fd, buffer, total, buffer.length - total, null);
    if (bytesRead === 0) return buffer.subarray(0, total);
    total += bytesRead;
  }
}

/** Turns a file-system error into a stable failure; node's messages name the path, so none is kept. */
function failureOf(file: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    // The link is there, what it points to is not.
    if (fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
      return fail("DANGLING_LINK", "a symbolic link to nothing: its target does not exist");
    return fail("NOT_FOUND", "file disappeared before it could be read");
  }
  if (code === "EISDIR") return fail("NOT_A_FILE", "not a regular file (a folder)");
  // A socket cannot be opened at all.
  if (code === "ENXIO" || code === "EOPNOTSUPP") return fail("NOT_A_FILE", "not a regular file (a socket)");
  if (code === "ELOOP") return fail("UNREADABLE", "a symbolic link loop");
  if (code === "EACCES" || code === "EPERM") return fail("UNREADABLE", "no permission to read the file");
  return fail("UNREADABLE", `cannot read file (${code ?? (error as Error)?.name ?? "unknown error"})`);
}

/** What a non-file is, in a word. */
function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a file";
}

/**
 * Decodes file bytes: UTF-8, UTF-8 with BOM and UTF-16 LE/BE with BOM; rejects binary data,
 * invalid encodings (legacy Vietnamese ones among them) and files with no article text.
 * Never throws, whatever the bytes.
 */
export function decodeArticleBytes(bytes: Uint8Array): ReadResult {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeText(bytes);
  if (typeof decoded === "string") return fail("INVALID_ENCODING", decoded, hash);
  if (decoded === null) return fail("BINARY", "file contains NUL bytes: binary data, not text", hash);
  const { text, encoding } = decoded;
  if (text.includes("\u0000"))
    return fail("BINARY", "file contains NUL characters: binary data, not text", hash);
  // Many control characters mean an image or archive that happens to decode.
  const controls = countControlCharacters(text);
  if (controls > 0 && controls / Math.max(1, text.length) > 0.01) {
    return fail("BINARY", "file looks like binary data, not text", hash);
  }
  if (text.trim() === "") return fail("EMPTY", "file is empty or whitespace only", hash);
  const letters = countLetters(text, MIN_ARTICLE_LETTERS);
  if (letters < MIN_ARTICLE_LETTERS)
    return fail(
      "NO_ARTICLE_TEXT",
      `file has ${letters} letter${letters === 1 ? "" : "s"}; an article needs at least ${MIN_ARTICLE_LETTERS}`,
      hash,
    );
  return { ok: true, text, hash, size: bytes.length, encoding };
}

type Decoded = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" };

/** The text, null for NUL bytes in 8-bit data, or a message saying why it is not valid. */
function decodeText(bytes: Uint8Array): Decoded | string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be");
  // Without a byte-order mark, NUL bytes mean binary data (or BOM-less UTF-16, which is not read).
  if (bytes.includes(0)) return null;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start)),
      encoding: "utf-8",
    };
  } catch {
    return invalidUtf8Message(bytes.subarray(start), start);
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded | string {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), encoding };
  } catch {
    return `file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (odd length or broken surrogate pairs)`;
  }
}

/**
 * Says where UTF-8 decoding fails. Vietnamese text in Windows-1258, VNI or TCVN3 is mostly ASCII
 * with single high bytes for the accents, which is never valid UTF-8: the message names them.
 */
function invalidUtf8Message(bytes: Uint8Array, skipped: number): string {
  const lossy = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const bad = lossy.indexOf("\uFFFD");
  const offset = skipped + Buffer.byteLength(lossy.slice(0, Math.max(0, bad)), "utf8");
  const byte = bytes[offset - skipped] ?? 0;
  return (
    `file is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at offset ${offset}); ` +
    "legacy Vietnamese encodings such as Windows-1258, VNI or TCVN3 are not read: save the file as UTF-8"
  );
}

const LETTER = /\p{L}/gu;

/** Letters in any script, counting stops at `enough`. */
function countLetters(text: string, enough: number): number {
  let n = 0;
  for (const _ of execAll(LETTER, text)) if (++n >= enough) break;
  return n;
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
