import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

interface LockedPackage {
  version?: string;
  engines?: Record<string, string> | string[];
}

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
};
const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockedPackage>;
};

/** The oldest Node the project says it runs on: the floor of package.json's `engines.node`. */
const minimumNode = semver.minVersion(pkg.engines.node)?.version ?? "";

/**
 * Every package in the lockfile whose `engines.node` the given Node version does not satisfy, as
 * `name@version requires range`: what `npm ci` would print an EBADENGINE warning for. The check
 * is npm's own (prereleases included); every platform's entries are checked, installed here or not.
 */
function unsupportedEngines(packages: Record<string, LockedPackage>, node: string): string[] {
  const found: string[] = [];
  for (const [location, entry] of Object.entries(packages)) {
    if (location === "") continue; // the project itself
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (range === undefined) continue;
    if (semver.satisfies(node, range, { includePrerelease: true })) continue;
    const name = location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);
    found.push(`${name}@${entry.version} requires node ${range}`);
  }
  return found.sort();
}

describe("install on the oldest supported Node", () => {
  it("package.json names a minimum Node, and the lockfile was written for the same requirement", () => {
    expect(minimumNode).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages[""]?.engines).toEqual(pkg.engines);
  });

  it("the README names the same minimum", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const named = /Node\.js (\d+\.\d+(?:\.\d+)?) or newer is required/.exec(readme)?.[1];
    expect(named && semver.coerce(named)?.version).toBe(minimumNode);
  });

  it("every locked package supports it (npm ci prints no EBADENGINE warning)", () => {
    expect(unsupportedEngines(lock.packages, minimumNode)).toEqual([]);
  });

  it("the check finds a package that needs a newer Node", () => {
    const packages: Record<string, LockedPackage> = {
      "": { version: "0.1.0", engines: { node: ">=20.19" } },
      "node_modules/a": { version: "1.0.0", engines: { node: ">=18" } },
      "node_modules/b/node_modules/@scope/c": { version: "2.0.0", engines: { node: ">=22.15.0" } },
      "node_modules/d": { version: "1.0.0", engines: { node: "^20.19 || ^22.12 || >=24.0" } },
      "node_modules/e": { version: "1.0.0", engines: { bun: ">=1.2.0" } },
      "node_modules/f": { version: "1.0.0" },
    };
    expect(unsupportedEngines(packages, "20.19.0")).toEqual(["@scope/c@2.0.0 requires node >=22.15.0"]);
  });
});
