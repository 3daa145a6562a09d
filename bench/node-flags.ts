// The Node flags `npm start` gives the service (package.json's start script), for benches that
// start seedgraph in a process of their own: they measure it as a user runs it.
import fs from "node:fs";
import path from "node:path";

const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../package.json"), "utf8")) as {
  scripts: { start: string };
};

/** The flags (`--name=value`, `--no-name`) between `tsx` and the script in `npm start`. */
export const SERVICE_NODE_FLAGS: string[] = pkg.scripts.start
  .split(/\s+/)
  .filter((word) => /^--[a-z-]+(?:=\S+)?$/.test(word));
