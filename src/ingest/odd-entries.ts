import fs from "node:fs";
import path from "node:path";
import { invalidNamesIn } from "./file-names.ts";
import { isIgnoredName } from "./files.ts";

/** What is at a path the watcher was told about. */
export type EntryKind = "file" | "folder" | "odd" | "gone";

export interface OddEntries {
  /**
   * Looks at what is at `file` now. A regular file, or a link to one, is `file` (the settler's to
   * time); a real folder is `folder`; anything else is `odd` and reported here at once, once per
   * state: a link to a folder (never followed), a dangling link, a link loop, a FIFO, a socket.
   * `gone` when nothing is there, after reporting the removal of an odd entry that was.
   * A name Node could not decode (it holds U+FFFD and opens nothing) has the folder's names that
   * are not UTF-8 looked at, and their stand-ins reported (see file-names.ts).
   */
  look(file: string): EntryKind;
  /**
   * Notes the odd entries of `dir` (links, pipes, sockets, names that are not UTF-8), so that
   * their removal is reported later, also of those there before the watch started; with
   * `report`, also reports them (a folder that appeared).
   */
  folder(dir: string, report: boolean): void;
  /** The folder `dir` went with everything in it: reports the removal of the odd entries below it. */
  folderGone(dir: string): void;
}

/**
 * Reports the entries of the seeds folder that are not articles but must still be recorded, and
 * their removal: a link to a folder (never followed), a dangling link, a loop, a FIFO, a name that
 * is not UTF-8. The settler only times regular files. `report` gets `upsert` or `unlink` with the absolute path (a stand-in for bad names).
 */
export function createOddEntries(report: (kind: "upsert" | "unlink", file: string) => void): OddEntries {
  // The state last reported for each odd entry, to report each state once.
  const odd = new Map<string, string>();
  // The stand-ins reported per folder.
  const invalid = new Map<string, Set<string>>();

  function checkInvalidNames(dir: string, reporting = true): void {
    const now = new Set([...invalidNamesIn(dir)].filter((name) => !isIgnoredName(name)));
    const before = invalid.get(dir) ?? new Set<string>();
    if (reporting) {
      for (const name of now) if (!before.has(name)) report("upsert", path.join(dir, name));
      for (const name of before) if (!now.has(name)) report("unlink", path.join(dir, name));
    }
    if (now.size > 0) invalid.set(dir, now);
    else invalid.delete(dir);
  }

  return {
    look(file) {
      const link = lstat(file);
      if (link === undefined) {
        if (odd.delete(file)) report("unlink", file);
        if (path.basename(file).includes("\uFFFD")) checkInvalidNames(path.dirname(file));
        return "gone";
      }
      if (link.isFile() || link.isDirectory()) {
        odd.delete(file);
        return link.isFile() ? "file" : "folder";
      }
      if (link.isSymbolicLink() && linksToFile(file)) {
        odd.delete(file);
        return "file";
      }
      const state = `${link.ino}:${link.ctimeMs}:${link.mode}`;
      if (odd.get(file) !== state) {
        odd.set(file, state);
        report("upsert", file);
      }
      return "odd";
    },
    folder(dir, reporting) {
      checkInvalidNames(dir, reporting);
      for (const name of oddNamesIn(dir)) {
        const file = path.join(dir, name);
        if (reporting) this.look(file);
        // State unknown: looked at again, it is reported again, which records nothing new.
        else if (!odd.has(file)) odd.set(file, "");
      }
    },
    folderGone(dir) {
      const below = dir + path.sep;
      for (const file of [...odd.keys()])
        if (file.startsWith(below)) {
          odd.delete(file);
          report("unlink", file);
        }
      for (const [folder, names] of [...invalid])
        if (folder === dir || folder.startsWith(below)) {
          invalid.delete(folder);
          for (const name of names) report("unlink", path.join(folder, name));
        }
    },
  };
}

/**
 * Names in `dir` whose entry is neither a file nor a folder (by the listing's own type, no `stat`
 * each): links, pipes, sockets, devices. Links to files are among them; looked at, they are files.
 */
function oddNamesIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter(
        (entry) =>
          !entry.isFile() &&
          !entry.isDirectory() &&
          !entry.name.includes("\uFFFD") &&
          !isIgnoredName(entry.name),
      )
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

function lstat(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Whether the link at `file` leads to a file (not dangling, no loop). */
export function linksToFile(file: string): boolean {
  return target(file)?.isFile() === true;
}

/** What a link points to; undefined when dangling, a loop, or not to be looked at. */
function target(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
