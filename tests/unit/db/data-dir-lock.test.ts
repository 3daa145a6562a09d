import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE, type LockOwner, lockDataDir } from "../../../src/db/data-dir-lock.ts";
import { StartupError } from "../../../src/errors.ts";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const LOCK_MODULE = path.join(REPO_ROOT, "src/db/data-dir-lock.ts");
// Children take a few seconds to start tsx on a loaded machine.
const CHILD_MS = 60_000;

let dir: string;
let lockFile: string;
let children: ChildProcessWithoutNullStreams[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-lock-"));
  lockFile = path.join(dir, LOCK_FILE);
  children = [];
});
afterEach(() => {
  for (const child of children) child.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

const readOwner = () => JSON.parse(fs.readFileSync(lockFile, "utf8")) as LockOwner;

function writeLock(owner: Partial<LockOwner>, ageMs = 0): void {
  const full = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    hostname: os.hostname(),
    command: "seedgraph serve",
    ...owner,
  };
  fs.writeFileSync(lockFile, JSON.stringify(full));
  if (ageMs) backdate(ageMs);
}

function backdate(ageMs: number): void {
  const then = new Date(Date.now() - ageMs);
  fs.utimesSync(lockFile, then, then);
}

async function refusalOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error("expected the lock to be refused");
}

/** A pid that belonged to a process which has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await once(child, "exit");
  return child.pid as number;
}

/**
 * Another process that, once told to go, tries to take the lock on `dir` with the real module,
 * says `took <pid>` or `refused <message>` on its stdout, and holds what it took until its stdin
 * ends (then it exits normally, without releasing by hand) or it is killed.
 */
function lockingProcess(command = "seedgraph serve") {
  const script = `
    import { lockDataDir } from ${JSON.stringify(LOCK_MODULE)};
    process.stdin.once("data", async () => {
      try {
        await lockDataDir(${JSON.stringify(dir)}, { command: ${JSON.stringify(command)}, corruptGraceMs: 300 });
        process.stdout.write("took " + process.pid + "\\n");
      } catch (error) {
        process.stdout.write("refused " + error.message + "\\n");
      }
    });
    process.stdin.on("end", () => process.exit(0));
    process.stdout.write("ready\\n");
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: REPO_ROOT,
  });
  children.push(child);
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.on("data", (d) => {
    stdout += d;
    for (let i = stdout.indexOf("\n"); i >= 0; i = stdout.indexOf("\n")) {
      const line = stdout.slice(0, i);
      stdout = stdout.slice(i + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const line = lines.shift();
      if (line !== undefined) return resolve(line);
      waiting.push(resolve);
      exited.then((code) => reject(new Error(`child exited (${code}) before answering\n${stderr}`)));
    });
  const ready = nextLine();
  return {
    child,
    exited,
    ready,
    /** Tells it to go (once it is ready) and resolves with its answer. */
    async go(): Promise<string> {
      expect(await ready).toBe("ready");
      child.stdin.write("go\n");
      return nextLine();
    },
  };
}

describe("the DATA_DIR lock", () => {
  it("is a file naming this process, removed on release", async () => {
    const lock = await lockDataDir(dir, { command: "seedgraph test" });
    expect(lock.path).toBe(lockFile);
    expect(readOwner()).toEqual({
      pid: process.pid,
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      hostname: os.hostname(),
      command: "seedgraph test",
    });
    lock.release();
    expect(fs.existsSync(lockFile)).toBe(false);
    lock.release(); // twice is harmless
    (await lockDataDir(dir)).release();
  });

  it("creates the data folder when missing", async () => {
    const nested = path.join(dir, "a", "b");
    const lock = await lockDataDir(nested);
    expect(fs.existsSync(path.join(nested, LOCK_FILE))).toBe(true);
    lock.release();
  });

  it("refuses a second opener in the same process", async () => {
    const lock = await lockDataDir(dir, { command: "seedgraph serve" });
    try {
      expect(await refusalOf(lockDataDir(dir))).toMatch(
        new RegExp(
          `^the embedded database in ${dir} is already open in this process \\(seedgraph serve, started `,
        ),
      );
    } finally {
      lock.release();
    }
  });

  it(
    "refuses while another process holds it, naming that process and what to do",
    async () => {
      const holder = lockingProcess("seedgraph serve");
      expect(await holder.go()).toBe(`took ${holder.child.pid}`);
      const message = await refusalOf(lockDataDir(dir, { command: "seedgraph ingest" }));
      expect(message).toBe(
        `the embedded database in ${dir} is in use by process ${holder.child.pid} ` +
          `(seedgraph serve, started ${readOwner().startedAt}); stop it first, or let it do the ` +
          "ingesting: it ingests every file put in the SEEDS_DIR it watches",
      );
      expect(message).not.toContain("\n");
      // Its lock is left as it was.
      expect(readOwner().pid).toBe(holder.child.pid);
    },
    CHILD_MS,
  );

  it("tells to wait for a one-shot command rather than to send files through it", async () => {
    const { pid } = await new Promise<{ pid: number }>((resolve) => {
      const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
      children.push(child);
      child.on("spawn", () => resolve({ pid: child.pid as number }));
    });
    writeLock({ pid, command: "seedgraph ingest" });
    expect(await refusalOf(lockDataDir(dir))).toMatch(
      new RegExp(
        `in use by process ${pid} \\(seedgraph ingest, started .*\\); wait for it to finish, or stop it$`,
      ),
    );
  });

  it(
    "is released when its process exits, even without release()",
    async () => {
      const holder = lockingProcess();
      expect(await holder.go()).toMatch(/^took /);
      expect(fs.existsSync(lockFile)).toBe(true);
      holder.child.stdin.end();
      expect(await holder.exited).toBe(0);
      expect(fs.existsSync(lockFile)).toBe(false);
    },
    CHILD_MS,
  );

  it(
    "is taken over once its process was killed (stale), without a word",
    async () => {
      const holder = lockingProcess();
      expect(await holder.go()).toMatch(/^took /);
      holder.child.kill("SIGKILL");
      await holder.exited;
      expect(readOwner().pid).toBe(holder.child.pid); // left behind
      const lock = await lockDataDir(dir);
      expect(lock.replaced).toMatchObject({ pid: holder.child.pid });
      expect(readOwner().pid).toBe(process.pid);
      lock.release();
    },
    CHILD_MS,
  );

  it("takes over a lock of a pid that no longer runs", async () => {
    const pid = await deadPid();
    writeLock({ pid });
    const lock = await lockDataDir(dir);
    expect(lock.replaced).toMatchObject({ pid });
    expect(readOwner().pid).toBe(process.pid);
    lock.release();
  });

  it("takes over a lock of its own pid that it does not hold (a restarted container)", async () => {
    writeLock({ pid: process.pid, startedAt: "2020-01-01T00:00:00.000Z" });
    const lock = await lockDataDir(dir);
    expect(lock.replaced).toMatchObject({ pid: process.pid, startedAt: "2020-01-01T00:00:00.000Z" });
    lock.release();
  });

  it("takes over a lock whose pid now belongs to a process started after it (pid reused)", async (ctx) => {
    if (!fs.existsSync("/proc/self/stat")) return ctx.skip();
    // The parent of this test runner is alive and started before now; a lock "taken" long
    // before that process started cannot be its own.
    writeLock({ pid: process.ppid, startedAt: "2000-01-01T00:00:00.000Z" });
    const lock = await lockDataDir(dir);
    expect(lock.replaced).toMatchObject({ pid: process.ppid });
    lock.release();
  });

  it("treats a lock from another host as live, and says how to clear it", async () => {
    writeLock({ pid: 4242, hostname: "elsewhere.example", startedAt: "2026-01-02T03:04:05.000Z" }, 3_600_000);
    expect(await refusalOf(lockDataDir(dir))).toBe(
      `the embedded database in ${dir} is in use by process 4242 on host elsewhere.example ` +
        "(seedgraph serve, started 2026-01-02T03:04:05.000Z), which this machine cannot check; " +
        `stop it first, or, if it no longer runs (a removed container), delete ${lockFile}`,
    );
    expect(readOwner().hostname).toBe("elsewhere.example");
  });

  describe("an empty or unreadable lock file (a crash while writing it)", () => {
    for (const [what, content] of [
      ["empty", ""],
      ["cut short", '{"pid":12'],
      ["not a lock", '{"pid":"x"}'],
    ] as const) {
      it(`${what}: taken over once older than the grace period`, async () => {
        fs.writeFileSync(lockFile, content);
        backdate(10_000);
        const lock = await lockDataDir(dir, { corruptGraceMs: 5_000 });
        expect(lock.replaced).toBe("unreadable");
        expect(readOwner().pid).toBe(process.pid);
        lock.release();
      });
    }

    it("a young one is read again: once its writer finishes, that writer is named", async () => {
      fs.writeFileSync(lockFile, "");
      const holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
      children.push(holder);
      await once(holder, "spawn");
      setTimeout(() => writeLock({ pid: holder.pid as number }), 200);
      expect(await refusalOf(lockDataDir(dir, { corruptGraceMs: 5_000 }))).toMatch(
        new RegExp(`in use by process ${holder.pid} `),
      );
    });

    it("a young one nobody finishes is taken over after the grace period", async () => {
      fs.writeFileSync(lockFile, "");
      const started = Date.now();
      const lock = await lockDataDir(dir, { corruptGraceMs: 400 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(lock.replaced).toBe("unreadable");
      lock.release();
    });
  });

  it("release() leaves alone a lock that is no longer its own", async () => {
    const lock = await lockDataDir(dir);
    writeLock({ pid: 4242, hostname: "elsewhere.example" });
    lock.release();
    expect(readOwner().pid).toBe(4242);
  });

  it(
    "one winner when several processes take over the same stale lock at once",
    async () => {
      writeLock({ pid: await deadPid() });
      const racers = [lockingProcess(), lockingProcess(), lockingProcess(), lockingProcess()];
      // All started first, then told to go together, so that their attempts overlap.
      await Promise.all(racers.map((r) => r.ready));
      const answers = await Promise.all(racers.map((r) => r.go()));
      const winners = answers.filter((a) => a.startsWith("took "));
      expect(winners, answers.join("\n")).toHaveLength(1);
      const winner = Number(winners[0]?.slice(5));
      expect(readOwner().pid).toBe(winner);
      for (const answer of answers.filter((a) => !a.startsWith("took ")))
        expect(answer).toMatch(new RegExp(`^refused .* in use by process ${winner} `));
      expect(fs.existsSync(`${lockFile}.takeover`)).toBe(false);
    },
    CHILD_MS,
  );
});
