import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Runs a fresh Node process that loads src/production-env.ts and then graphql, as the command line
 * does, and reports NODE_ENV and whether graphql-js runs its development-time checks (which throw
 * on an object that only pretends to be one of its types).
 */
function probe(nodeEnv: string | undefined): { env: string; devChecks: boolean } {
  const script = `
    await import(${JSON.stringify(path.join(ROOT, "src/production-env.ts"))});
    const { isObjectType } = await import("graphql");
    let devChecks = false;
    try { isObjectType({ [Symbol.toStringTag]: "GraphQLObjectType" }); } catch { devChecks = true; }
    console.log(JSON.stringify({ env: process.env.NODE_ENV, devChecks }));`;
  const env = { ...process.env };
  if (nodeEnv === undefined) delete env.NODE_ENV;
  else env.NODE_ENV = nodeEnv;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
}

describe("the command line runs in production mode unless NODE_ENV says otherwise", () => {
  it("sets NODE_ENV=production when it is unset, before graphql loads", () => {
    expect(probe(undefined)).toEqual({ env: "production", devChecks: false });
  });

  it("keeps a NODE_ENV that is set", () => {
    expect(probe("development")).toEqual({ env: "development", devChecks: true });
  });

  it("is the command line's first import", () => {
    const cli = fs.readFileSync(path.join(ROOT, "src/cli.ts"), "utf8");
    expect(cli.indexOf("import ")).toBe(cli.indexOf('import "./production-env.ts";'));
  });

  it("starts with a 64 MiB young generation and regexps compiled to machine code at once, through `npm start`, the bin and the benches alike", async () => {
    const flags = ["--max-semi-space-size=64", "--no-regexp-tier-up"];
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    for (const script of ["start", "ingest"])
      expect(pkg.scripts[script]?.split(/\s+/).slice(1, 3), script).toEqual(flags);
    expect(pkg.scripts.extract?.split(/\s+/)).toContain("--no-regexp-tier-up");
    const bin = path.join(ROOT, "bin/seedgraph.js");
    expect(fs.readFileSync(bin, "utf8").split("\n")[0]).toBe(`#!/usr/bin/env -S node ${flags.join(" ")}`);
    // The shebang works where the project runs: the bin starts, with both flags, and answers.
    expect(execFileSync(bin, ["help"], { cwd: ROOT, encoding: "utf8" })).toContain("usage: seedgraph");
    const { SERVICE_NODE_FLAGS } = await import("../../bench/node-flags.ts");
    expect(SERVICE_NODE_FLAGS).toEqual(flags);
  });
});
