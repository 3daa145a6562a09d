import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PG_SERVER_AVAILABLE, startPgServer } from "../helpers/pg-server.ts";
import { makeSeedsDir, REPO_ROOT } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Running {
  /** Resolves with the GraphiQL URL once the service serves. */
  url(): Promise<string>;
  /** Resolves when the process exits, with everything it wrote. */
  exited: Promise<Exit>;
  /** Resolves with stderr once it matches `pattern`. */
  stderrMatching(pattern: RegExp): Promise<string>;
  kill(signal?: NodeJS.Signals): void;
}

/** Starts `seedgraph serve` as a user would, with only the given environment. */
function spawnServe(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/seedgraph.js"), "serve"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "error", ...env },
  });
  let stdout = "";
  let stderr = "";
  const output = new EventEmitter();
  child.stdout.on("data", (d) => {
    stdout += d;
    output.emit("data");
  });
  child.stderr.on("data", (d) => {
    stderr += d;
    output.emit("data");
  });
  const exited = new Promise<Exit>((resolve) =>
    child.on("exit", (code) => {
      output.emit("data");
      resolve({ code, stdout, stderr });
    }),
  );
  /** Resolves when `read()` returns a value; rejects when the process exits first. */
  const watch = <T>(read: () => T | null, what: string) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = read();
        if (value !== null) {
          output.off("data", check);
          resolve(value);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          output.off("data", check);
          reject(new Error(`seedgraph exited before ${what}\n${stdout}\n${stderr}`));
        }
      };
      output.on("data", check);
      check();
    });
  return {
    url: () => watch(() => /GraphiQL at (\S+)/.exec(stdout)?.[1] ?? null, "printing its URL"),
    exited,
    stderrMatching: (pattern) => watch(() => (pattern.test(stderr) ? stderr : null), `logging ${pattern}`),
    kill: (signal = "SIGTERM") => child.kill(signal),
  };
}

/** Runs `seedgraph serve` and waits for it to exit (it must, on bad input). */
async function serve(env: Record<string, string>): Promise<Exit> {
  const running = spawnServe(env);
  const timer = setTimeout(() => running.kill("SIGKILL"), 30_000);
  const exit = await running.exited;
  clearTimeout(timer);
  return exit;
}

function expectOneLineError(exit: Exit, pattern: RegExp) {
  expect(exit.code).toBe(1);
  const lines = exit.stderr.trim().split("\n");
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^seedgraph: /);
  expect(lines[0]).toMatch(pattern);
  expect(exit.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("bad start-up input: one clear line and exit code 1", () => {
  let seedsDir: string;
  let dataDir: string;
  let testDb: TestDb;
  beforeAll(async () => {
    seedsDir = makeSeedsDir([]);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-data-"));
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("unreachable DATABASE_URL with DATABASE_WAIT_SECONDS=0", async () => {
    const exit = await serve({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere",
      DATABASE_WAIT_SECONDS: "0",
      SEEDS_DIR: seedsDir,
      PORT: "0",
    });
    expectOneLineError(exit, /cannot connect to PostgreSQL at 127\.0\.0\.1:1/);
  });

  it("unreachable DATABASE_URL: one line per attempt with backoff, then the error and exit code 1", async () => {
    const started = Date.now();
    const exit = await serve({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere",
      DATABASE_WAIT_SECONDS: "1.2",
      LOG_LEVEL: "warn",
      SEEDS_DIR: seedsDir,
      PORT: "0",
    });
    expect(exit.code).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200);
    const lines = exit.stderr.trim().split("\n");
    // A try at 0 s, a wait of 0.5 s, then more tries (how many depends on how long each takes
    // here) until 1.2 s have passed; then one last line with the error.
    const retries = lines.slice(0, -1);
    expect(retries.length, exit.stderr).toBeGreaterThanOrEqual(1);
    // Log lines are JSON (standard error is no terminal here): level, ISO time, message.
    const entries = retries.map((line) => JSON.parse(line) as { level: string; time: string; msg: string });
    expect(entries[0]?.msg).toMatch(
      /database at 127\.0\.0\.1:1 unreachable \(ECONNREFUSED\); retrying in 0\.5 s$/,
    );
    for (const entry of entries) {
      expect(entry.level).toBe("warn");
      expect(new Date(entry.time).toISOString()).toBe(entry.time);
      expect(entry.msg).toMatch(
        /^database at 127\.0\.0\.1:1 unreachable \(ECONNREFUSED\); retrying in [\d.]+ s$/,
      );
    }
    expect(lines.at(-1)).toMatch(
      /^seedgraph: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED.* \(gave up after 1\.2 s\)$/,
    );
    expect(exit.stderr).not.toMatch(/\n\s+at /);
  });

  it("a database that does not exist fails at once, without waiting", async (ctx) => {
    if (!testDb.url) return ctx.skip();
    const url = new URL(testDb.url);
    url.pathname = "/seedgraph_no_such_database";
    const started = Date.now();
    const exit = await serve({
      DATABASE_URL: url.toString(),
      DATABASE_WAIT_SECONDS: "60",
      LOG_LEVEL: "warn",
      SEEDS_DIR: seedsDir,
      PORT: "0",
    });
    expectOneLineError(
      exit,
      /cannot connect to PostgreSQL at .*seedgraph_no_such_database: .*does not exist/,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("malformed DATABASE_URL", async () => {
    const exit = await serve({ DATABASE_URL: "postgres//oops", SEEDS_DIR: seedsDir, PORT: "0" });
    expectOneLineError(exit, /invalid DATABASE_URL/);
  });

  it("SEEDS_DIR that does not exist", async () => {
    const exit = await serve({ SEEDS_DIR: path.join(seedsDir, "nope"), DATA_DIR: dataDir, PORT: "0" });
    expectOneLineError(exit, /SEEDS_DIR .*nope does not exist/);
  });

  it("port already in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const env: Record<string, string> = { SEEDS_DIR: seedsDir, PORT: String(port), HOST: "127.0.0.1" };
      if (testDb.url) env.DATABASE_URL = testDb.url;
      else env.DATA_DIR = testDb.dataDir;
      const exit = await serve(env);
      expectOneLineError(exit, new RegExp(`port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("a port in use fails before any database work: no waiting for an unreachable server", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const started = Date.now();
      const exit = await serve({
        SEEDS_DIR: seedsDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere",
        DATABASE_WAIT_SECONDS: "60",
      });
      expectOneLineError(exit, new RegExp(`port ${port} is already in use`));
      // The database would have been retried for a minute before.
      expect(Date.now() - started).toBeLessThan(45_000);
    } finally {
      blocker.close();
    }
  });
});

describe.skipIf(!PG_SERVER_AVAILABLE)("waiting for the database", () => {
  it("serves once a PostgreSQL server that was down at start comes up", async () => {
    const server = await startPgServer();
    const seedsDir = makeSeedsDir(["002_686e873e6aaa9cef.txt"]);
    let running: Running | null = null;
    try {
      await server.psql("CREATE DATABASE seedgraph");
      await server.stop();
      running = spawnServe({
        DATABASE_URL: server.url("seedgraph"),
        DATABASE_WAIT_SECONDS: "30",
        LOG_LEVEL: "warn",
        SEEDS_DIR: seedsDir,
        PORT: "0",
        HOST: "127.0.0.1",
      });
      await running.stderrMatching(
        new RegExp(`database at 127\\.0\\.0\\.1:${server.port} unreachable \\(ECONNREFUSED\\); retrying in`),
      );
      await server.start();
      const url = await running.url();
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ articles { totalCount } }" }),
      });
      expect(await res.json()).toEqual({ data: { articles: { totalCount: 1 } } });
      running.kill("SIGTERM");
      expect((await running.exited).code).toBe(0);
    } finally {
      running?.kill("SIGKILL");
      await server.destroy();
      fs.rmSync(seedsDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe("signals", () => {
  it("serves until SIGTERM, then shuts down in order and exits 0", async () => {
    const testDb = await createTestDb();
    const seedsDir = makeSeedsDir(["002_686e873e6aaa9cef.txt"]);
    try {
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        SEEDS_DIR: seedsDir,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "info",
      };
      if (testDb.url) env.DATABASE_URL = testDb.url;
      else env.DATA_DIR = testDb.dataDir;
      const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/seedgraph.js"), "serve"], {
        cwd: REPO_ROOT,
        env,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed\n${stdout}\n${stderr}`)), 30_000);
        child.stdout.on("data", () => {
          const m = /GraphiQL at (\S+)/.exec(stdout);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ articles { totalCount } }" }),
      });
      expect(await res.json()).toEqual({ data: { articles: { totalCount: 1 } } });
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/SIGTERM: shutting down/);
    } finally {
      await testDb.drop();
      fs.rmSync(seedsDir, { recursive: true, force: true });
    }
  });
});
