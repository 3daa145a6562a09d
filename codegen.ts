import type { CodegenConfig } from "@graphql-codegen/cli";

const CLIENT_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { PartialDate: "string", DateTime: "string" },
};

// Typed documents for the operations the tests and examples run (client preset).
const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    // The tests run their own operations and the examples' (so the examples are tested too).
    "tests/generated/": {
      documents: ["tests/operations/**/*.graphql", "examples/**/*.graphql"],
      preset: "client",
      config: CLIENT_CONFIG,
      presetConfig: { fragmentMasking: false },
    },
    // The example client's typed documents: the examples' operations only.
    "examples/generated/": {
      documents: ["examples/**/*.graphql"],
      preset: "client",
      config: CLIENT_CONFIG,
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
  // The project is ESM with NodeNext resolution: relative imports need their extension.
  importExtension: ".ts",
  emitLegacyCommonJSImports: false,
};

export default config;
