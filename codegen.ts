import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the operations the tests and examples run (client preset).
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["tests/operations/**/*.graphql"],
  generates: {
    "tests/generated/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: "string", DateTime: "string" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
  // The project is ESM with NodeNext resolution: relative imports need their extension.
  importExtension: ".ts",
  emitLegacyCommonJSImports: false,
};

export default config;
