import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of a peer under bench/peers/ (its own package.json and package-lock.json), installed
 * there from its lock file (`npm ci`) when it is not yet: peers are never seedgraph's dependencies.
 */
export function installedPeer(name: string, label = name): string {
  const dir = fileURLToPath(new URL(`./peers/${name}/`, import.meta.url));
  if (fs.existsSync(path.join(dir, "node_modules"))) return dir;
  console.log(`installing ${label}: npm ci --prefix ${path.relative(process.cwd(), dir)}`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`npm ci for ${label} failed (${result.status ?? result.error})`);
  return dir;
}
