import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/data-dir-lock.ts";
import { makeSeedsDir, REPO_ROOT } from "../helpers/test-app.ts";

// One owner per embedded database: `seedgraph ingest` (or a second `serve`) on the DATA_DIR of a
// running `seedgraph serve` stops with one line instead of writing beside it, and the folder
// stays usable. Real processes, as a user starts them; the machine is slow, so times are long.
const CLI = path.join(REPO_ROOT, "bin/seedgraph.js");
const PRESS = path.join(REPO_ROOT, "tests/fixtures/press/dev");
const EXTRA = ["econ-01-aem-china-19.txt", "econ-02-aem-ustr-2020.txt"];

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user without DATABASE_URL: the embedded database in `dataDir`. */
function embeddedEnv(dataDir: string, seedsDir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATA_DIR: dataDir,
    SEEDS_DIR: seedsDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
  };
}

function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<Exit>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      const found = /GraphiQL at (\S+)/.exec(stdout)?.[1];
      if (found) resolve(found);
    });
    exited.then((exit) =>
      reject(new Error(`seedgraph exited (${exit.code}) before serving\n${stdout}\n${stderr}`)),
    );
  });
  url.catch(() => {}); // only `serve` is asked for its URL
  return { child, exited, url };
}

/** Runs a command that must end by itself; killed (and so failing the test) after `ms`. */
async function runCli(args: string[], env: Record<string, string>, ms = 150_000): Promise<Exit> {
  const run = startCli(args, env);
  const timer = setTimeout(() => run.child.kill("SIGKILL"), ms);
  const exit = await run.exited;
  clearTimeout(timer);
  return exit;
}

async function articleCount(url: string): Promise<number> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ articles { totalCount } }" }),
  });
  const body = (await res.json()) as { data?: { articles: { totalCount: number } } };
  return body.data?.articles.totalCount ?? Number.NaN;
}

function expectOneLine(exit: Exit, pattern: RegExp): void {
  expect(exit.code, exit.stderr).toBe(1);
  expect(exit.stderr.trim().split("\n"), exit.stderr).toHaveLength(1);
  expect(exit.stderr.trim()).toMatch(pattern);
  expect(exit.stderr).not.toMatch(/\n\s+at /);
}

describe("one owner per embedded database", () => {
  let root: string;
  let dataDir: string;
  let seedsDir: string;
  let extraDir: string;
  let crashed: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-owner-"));
    dataDir = path.join(root, "data");
    crashed = path.join(root, "crashed");
    seedsDir = makeSeedsDir();
    // Files for `ingest`, in a SEEDS_DIR of their own: the running service never sees them.
    extraDir = path.join(root, "extra");
    fs.mkdirSync(extraDir);
    for (const name of EXTRA) fs.copyFileSync(path.join(PRESS, name), path.join(extraDir, name));
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("refuses ingest beside a running serve, and the folder survives a restart", async () => {
    const first = startCli(["serve"], embeddedEnv(dataDir, seedsDir));
    try {
      const url = await first.url;
      expect(await articleCount(url)).toBe(5);
      const lock = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), "utf8"));
      expect(lock).toMatchObject({
        pid: first.child.pid,
        hostname: os.hostname(),
        command: "seedgraph serve",
      });

      const ingest = await runCli(["ingest"], embeddedEnv(dataDir, extraDir));
      expectOneLine(
        ingest,
        new RegExp(
          `^seedgraph: the embedded database in ${dataDir} is in use by process ${first.child.pid} ` +
            `\\(seedgraph serve, started ${lock.startedAt}\\); stop it first, or let it do the ingesting: ` +
            "it ingests every file put in the SEEDS_DIR it watches$",
        ),
      );
      expect(ingest.stdout).toBe(""); // no "2 added"

      const second = await runCli(["serve"], embeddedEnv(dataDir, seedsDir));
      expectOneLine(second, new RegExp(`in use by process ${first.child.pid} \\(seedgraph serve, `));

      // A copy of a folder in use is what a crash leaves: PostgreSQL must recover it at start
      // (for the test below).
      fs.cpSync(dataDir, crashed, { recursive: true });

      // The refused processes stored nothing and left the owner's lock alone.
      expect(await articleCount(url)).toBe(5);
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), "utf8"))).toEqual(lock);
      first.child.kill("SIGTERM");
      expect((await first.exited).code).toBe(0);
    } finally {
      first.child.kill("SIGKILL");
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

    const again = startCli(["serve"], embeddedEnv(dataDir, seedsDir));
    try {
      expect(await articleCount(await again.url)).toBe(5);
      again.child.kill("SIGTERM");
      expect((await again.exited).code).toBe(0);
    } finally {
      again.child.kill("SIGKILL");
    }

    const ingest = await runCli(["ingest"], embeddedEnv(dataDir, extraDir));
    expect(ingest, ingest.stderr).toMatchObject({
      code: 0,
      stdout: "2 file(s): 2 added, 0 updated, 0 unchanged, 0 failed\n",
    });
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 600_000);

  it("a data folder PGlite cannot start: one line, exit code 1, no hang, lock released", async () => {
    // The crashed copy made by the test above, with its `base` gone: PostgreSQL starts its
    // recovery (which arms a timer repeating every 10 s), fails, and PGlite says "failed to
    // initialize properly"; the timer used to stay armed, so the process never ended. A failed
    // start rewrites the folder (no recovery next time), so each run below gets a copy of its own.
    const brokenCopy = (name: string) => {
      const dir = path.join(root, name);
      fs.cpSync(crashed, dir, { recursive: true });
      fs.rmSync(path.join(dir, "pglite", "base"), { recursive: true, force: true });
      fs.rmSync(path.join(dir, LOCK_FILE), { force: true }); // the copied lock of the test above
      return dir;
    };
    const broken = brokenCopy("broken-cli");
    const ingest = await runCli(["ingest"], embeddedEnv(broken, extraDir));
    expectOneLine(
      ingest,
      new RegExp(
        `^seedgraph: cannot open the embedded database in ${broken}/pglite: PGlite failed to initialize properly$`,
      ),
    );
    expect(fs.existsSync(path.join(broken, LOCK_FILE))).toBe(false);

    // Without the command line's last-resort exit: openDatabase itself leaves nothing running.
    const alone = brokenCopy("broken-open");
    const script = `
      import { openDatabase } from ${JSON.stringify(path.join(REPO_ROOT, "src/db/client.ts"))};
      try {
        await openDatabase({ dataDir: ${JSON.stringify(alone)} });
        process.stdout.write("opened\\n");
      } catch (error) {
        process.stdout.write(error.message + "\\n");
      }
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: REPO_ROOT,
    });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, s) => resolve(s)),
    );
    clearTimeout(timer);
    expect(signal, `still running after 90 s: ${stdout}`).toBeNull();
    expect(stdout).toMatch(/PGlite failed to initialize properly/);
    expect(fs.existsSync(path.join(alone, LOCK_FILE))).toBe(false);
  }, 400_000);
});
