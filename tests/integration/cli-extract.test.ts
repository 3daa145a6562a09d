import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SEEDS } from "../helpers/test-app.ts";

const run = promisify(execFile);

/** `seedgraph extract --json ARGS`: its exit code, its JSON and its standard error. */
async function extract(...args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "src/cli.ts", "extract", "--json", ...args], {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: JSON.parse(stdout) as Array<Record<string, unknown>>, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: JSON.parse(e.stdout) as Array<Record<string, unknown>>, stderr: e.stderr };
  }
}

describe("seedgraph extract", () => {
  it("reads a folder as its article files, like ingest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-extract-"));
    try {
      const names = fs.readdirSync(SEEDS).slice(0, 2);
      for (const n of names) fs.copyFileSync(path.join(SEEDS, n), path.join(dir, n));
      const result = await extract(dir);
      expect(result.code).toBe(0);
      expect(result.out.map((o) => o.file).sort()).toEqual([...names].sort());
      expect(result.out.every((o) => !("error" in o))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("exits 1 when a file is missing, with its error in the output and the others extracted", async () => {
    const seed = path.join(SEEDS, fs.readdirSync(SEEDS)[0] as string);
    const result = await extract(seed, path.join(os.tmpdir(), "seedgraph-no-such-file.txt"));
    expect(result.code).toBe(1);
    expect(result.out).toHaveLength(2);
    expect(result.out[0]).not.toHaveProperty("error");
    expect(result.out[1]).toMatchObject({ file: "seedgraph-no-such-file.txt", error: { code: "NOT_FOUND" } });
    expect(result.stderr).toMatch(/1 of 2 file\(s\) could not be extracted/);
  }, 60_000);
});
