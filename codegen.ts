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
    // The example client's typed documents: the examples' operations only, with their sha256
    // hashes and `persisted-documents.json` (hash → document), which the server can trust
    // (TRUSTED_DOCUMENTS) so that clients send a hash instead of the text.
    "examples/generated/": {
      documents: ["examples/**/*.graphql"],
      preset: "client",
      config: CLIENT_CONFIG,
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
    },
  },
  ignoreNoDocuments: false,
  // The project is ESM with NodeNext resolution: relative imports need their extension.
  importExtension: ".ts",
  emitLegacyCommonJSImports: false,
};

export default config;
