import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import path from "node:path";

/**
 * File names that are not valid UTF-8. Node decodes such a name with U+FFFD in place of the bad
 * bytes, and the decoded name opens nothing (two such names may even decode alike), so these files
 * are recorded as `INVALID_FILE_NAME` under a stable stand-in: the name with each byte that is not
 * part of valid UTF-8 written as `%XX` (`caf%E9.txt` for Latin-1 `café.txt`). The same bytes give
 * the same stand-in at every start.
 */

/** The stand-in of a raw file name, or null when the name is valid UTF-8. */
export function escapeInvalidName(name: Buffer): string | null {
  if (isUtf8(name)) return null;
  let out = "";
  for (let i = 0; i < name.length; ) {
    const length = sequenceLength(name[i] as number);
    const sequence = name.subarray(i, i + length);
    if (length > 1 && sequence.length === length && isUtf8(sequence)) {
      out += sequence.toString("utf8");
      i += length;
    } else if (length === 1) {
      out += String.fromCharCode(name[i] as number);
      i++;
    } else {
      out += `%${(name[i] as number).toString(16).toUpperCase().padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}

/** Bytes a UTF-8 sequence starting with `lead` takes; 0 for a byte no sequence starts with. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The stand-ins of the entries of `dir` whose names are not valid UTF-8 (none if it is gone). */
export function invalidNamesIn(dir: string): Set<string> {
  const names = new Set<string>();
  let entries: Buffer[];
  try {
    entries = fs.readdirSync(dir, { encoding: "buffer" });
  } catch {
    return names;
  }
  for (const entry of entries) {
    const escaped = escapeInvalidName(entry);
    if (escaped !== null) names.add(escaped);
  }
  return names;
}

/** True when `file` is the stand-in of an entry whose name is not valid UTF-8. */
export function isInvalidNameStandIn(file: string): boolean {
  const name = path.basename(file);
  return name.includes("%") && invalidNamesIn(path.dirname(file)).has(name);
}

/**
 * Whether something is at `file` now: anything at all, a dangling link or a FIFO included (each
 * is recorded as a failure), or an entry whose name `file` stands in for.
 */
export function entryExists(file: string): boolean {
  try {
    if (fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined) return true;
  } catch {
    // Not looked at (a parent that is no longer a folder): nothing usable there.
    return false;
  }
  return isInvalidNameStandIn(file);
}
