import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSeedsDir, REPO_ROOT } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `seedgraph serve` as a user would and waits for it to exit (it must, on bad input). */
function serve(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/seedgraph.js"), "serve"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "error", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`seedgraph did not exit\n${stdout}\n${stderr}`));
    }, 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
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

  it("unreachable DATABASE_URL", async () => {
    const exit = await serve({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere",
      SEEDS_DIR: seedsDir,
      PORT: "0",
    });
    expectOneLineError(exit, /cannot connect to PostgreSQL at 127\.0\.0\.1:1/);
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
