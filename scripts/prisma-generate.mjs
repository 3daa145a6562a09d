// Runs `prisma generate` offline. The Prisma CLI insists on locating its native schema engine
// even though generate never calls it, and that binary cannot be downloaded from the npm registry;
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the check.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  // Generators such as prisma-pothos-types are found on PATH, as under `npm run`.
  PATH: [path.resolve("node_modules/.bin"), process.env.PATH].join(path.delimiter),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
