import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and typed documents come from the API's own schema files and the panel's .graphql operations.
// The persisted-documents manifest (sha256 id -> document) is what the API will later accept as
// trusted documents; it is regenerated on every build and never committed.
const config: CodegenConfig = {
  schema: "../graphql-schema/*.graphqls",
  documents: ["src/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: "string" },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
