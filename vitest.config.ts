import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// graphql 16 ships both CommonJS (`main`) and ESM (`module`) builds without an exports map. Node
// gives dependencies such as Pothos and Yoga the CommonJS build, Vite would give our sources the
// ESM one, and two instances of graphql refuse each other's types. Point every import at the one
// Node uses.
const graphqlEntry = require.resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    // The flag the service starts with (package.json): the extractor's patterns run as machine code
    // from their first use, as in production, and the extraction-heavy tests take less time.
    execArgv: ["--no-regexp-tier-up"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
