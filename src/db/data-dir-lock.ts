import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { StartupError } from "../errors.ts";

/** The name of the lock file in DATA_DIR. */
export const LOCK_FILE = "seedgraph.lock";

/** What a lock file says about the process that holds the embedded database. */
export interface LockOwner {
  pid: number;
  /** When the lock was taken (ISO 8601). */
  startedAt: string;
  hostname: string;
  /** What holds it, for the message a second process prints (`seedgraph serve`). */
  command: string;
}

/** A lock this process holds; `release()` is idempotent. */
export interface DataDirLock {
  path: string;
  owner: LockOwner;
  /** The dead owner (or `"unreadable"` for a corrupt file) whose lock was replaced, if any. */
  replaced: LockOwner | "unreadable" | null;
  release(): void;
}

export interface LockDataDirOptions {
  /** Recorded in the lock for the message of a refused process. Default: from `process.argv`. */
  command?: string;
  /**
   * How old an empty or unreadable lock file must be before it counts as stale, in ms: younger,
   * it may be a lock being written right now, and is read again. Default 5,000.
   */
  corruptGraceMs?: number;
}

type Seen =
  | { state: "gone" }
  | { state: "live"; owner: LockOwner; where: "here" | "host" | "other-host" }
  | { state: "stale"; owner: LockOwner | "unreadable" }
  | { state: "young" };

const DEFAULT_CORRUPT_GRACE_MS = 5_000;
/** Locks taken by this process, by file: released on exit, and refused to a second opener. */
const held = new Map<string, string>();
let exitHookInstalled = false;

/** `seedgraph <command>` when run through the command line, else the script's name. */
function currentCommand(): string {
  const script = path.basename(process.argv[1] ?? "node");
  if (/^(cli\.[cm]?[jt]s|seedgraph(\.js)?)$/.test(script)) return `seedgraph ${process.argv[2] ?? "serve"}`;
  return script;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isInteger(o.pid) || (o.pid as number) <= 0) return null;
    if (typeof o.hostname !== "string" || typeof o.startedAt !== "string") return null;
    return {
      pid: o.pid as number,
      startedAt: o.startedAt,
      hostname: o.hostname,
      command: String(o.command ?? "?"),
    };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists under another user. Only "no such process" proves it gone.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * Whether `pid` belongs to a process started after `since` (Linux only; false when unknown): a
 * pid reused since the owner died, as after a container restart, does not keep its lock alive.
 * /proc gives the start in clock ticks since boot; USER_HZ is 100 on Linux.
 */
function startedAfter(pid: number, since: string): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(fs.readFileSync("/proc/stat", "utf8"))?.[1]);
    const started = (bootSeconds + ticks / 100) * 1000;
    // A few seconds of slack for whole-second boot times and clock adjustments.
    return Number.isFinite(started) && started > Date.parse(since) + 5_000;
  } catch {
    return false;
  }
}

/** Reads the lock file and judges its owner. */
function inspect(file: string, graceMs: number): Seen {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(file, "utf8");
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { state: "gone" };
    throw new StartupError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const owner = parseOwner(text);
  if (!owner) {
    // A crash between creating the file and writing it, or a lock being written right now.
    return Date.now() - mtimeMs >= graceMs ? { state: "stale", owner: "unreadable" } : { state: "young" };
  }
  if (owner.hostname !== os.hostname()) return { state: "live", owner, where: "other-host" };
  if (owner.pid === process.pid) {
    // Our own pid: either a lock this process holds, or one left by an earlier process that had
    // the same pid (a container restarted).
    return held.get(file) === text ? { state: "live", owner, where: "here" } : { state: "stale", owner };
  }
  if (!isAlive(owner.pid) || startedAfter(owner.pid, owner.startedAt)) return { state: "stale", owner };
  return { state: "live", owner, where: "host" };
}

/**
 * Runs `fn` while holding `<lock>.takeover`, so that two processes replacing the same stale
 * lock cannot each delete the lock the other has just taken. It is held for microseconds; one
 * older than the grace period was left by a crash and is removed.
 */
async function withTakeover(file: string, graceMs: number, fn: () => void): Promise<void> {
  const mutex = `${file}.takeover`;
  const deadline = Date.now() + graceMs + 2_000;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(mutex, "wx"));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - fs.statSync(mutex).mtimeMs >= graceMs) fs.rmSync(mutex, { force: true });
      } catch {}
      if (Date.now() > deadline) throw new StartupError(`cannot take ${mutex}: it stays in place`);
      await sleep(20);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(mutex, { force: true });
  }
}

function refusal(dir: string, file: string, seen: Extract<Seen, { state: "live" }>): string {
  const { owner, where } = seen;
  const what = `${owner.command}, started ${owner.startedAt}`;
  if (where === "here") return `the embedded database in ${dir} is already open in this process (${what})`;
  if (where === "other-host")
    return (
      `the embedded database in ${dir} is in use by process ${owner.pid} on host ${owner.hostname} ` +
      `(${what}), which this machine cannot check; stop it first, or, if it no longer runs ` +
      `(a removed container), delete ${file}`
    );
  const advice = /\bserve$/.test(owner.command)
    ? "stop it first, or let it do the ingesting: it ingests every file put in the SEEDS_DIR it watches"
    : "wait for it to finish, or stop it";
  return `the embedded database in ${dir} is in use by process ${owner.pid} (${what}); ${advice}`;
}

function releaseAllOnExit(): void {
  for (const [file, text] of held) releaseFile(file, text);
}

/** Removes the lock file if it is still the one this process wrote. */
function releaseFile(file: string, text: string): void {
  held.delete(file);
  try {
    if (fs.readFileSync(file, "utf8") === text) fs.unlinkSync(file);
  } catch {}
}

/** Creates the lock file; false when one is already there. */
function create(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new StartupError(`cannot create ${file}: ${(error as Error).message}`);
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw new StartupError(`cannot write ${file}: ${(error as Error).message}`);
  }
  fs.closeSync(fd);
  return true;
}

/**
 * Takes `DATA_DIR/seedgraph.lock` for this process, so that one process at a time opens the
 * embedded database in `dataDir` (created if missing). A lock whose process is gone (same host)
 * is replaced; one held by a live process, or by any process of another host, is refused with a
 * `StartupError` naming it and saying what to do. The lock is released by `release()`, or at the
 * latest when the process exits normally; after a kill it is left behind, stale.
 */
export async function lockDataDir(dataDir: string, options: LockDataDirOptions = {}): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE);
  const graceMs = options.corruptGraceMs ?? DEFAULT_CORRUPT_GRACE_MS;
  fs.mkdirSync(dir, { recursive: true });
  const owner: LockOwner = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    hostname: os.hostname(),
    command: options.command ?? currentCommand(),
  };
  const text = `${JSON.stringify(owner)}\n`;
  let replaced: DataDirLock["replaced"] = null;
  const deadline = Date.now() + graceMs + 5_000;
  while (!create(file, text)) {
    const seen = inspect(file, graceMs);
    if (seen.state === "live") throw new StartupError(refusal(dir, file, seen));
    if (Date.now() > deadline) throw new StartupError(`cannot take ${file}: other processes keep taking it`);
    if (seen.state === "young") await sleep(50);
    else if (seen.state === "stale")
      await withTakeover(file, graceMs, () => {
        // Judged again under the takeover lock: someone may have replaced it meanwhile.
        const now = inspect(file, graceMs);
        if (now.state !== "stale") return;
        fs.rmSync(file, { force: true });
        replaced = now.owner;
      });
  }
  held.set(file, text);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", releaseAllOnExit);
  }
  return {
    path: file,
    owner,
    replaced,
    release: () => {
      if (held.get(file) === text) releaseFile(file, text);
    },
  };
}
