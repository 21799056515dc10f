import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and typed documents come from the API's own schema files and the panel's .graphql operations.
// The persisted-documents manifest (sha256 id -> document) is what the API will later accept as
// trusted documents; it is regenerated on every build and never committed.
// Custom scalars of graphql-schema/ and their wire form (JSON). Input and output differ where the API
// accepts more than it sends (Decimal inputs take numbers or strings; it always answers a string, so
// money never passes through a float). A scalar another module adds later and is not listed here is
// typed `unknown` (defaultScalarType), so codegen keeps working and the compiler asks for a check
// before the value is used.
export const SCALARS = {
  DateTime: { input: "string", output: "string" }, // ISO-8601 instant, e.g. 2026-11-28T10:15:30Z
  Date: { input: "string", output: "string" }, // calendar date, e.g. 1990-04-21
  Decimal: { input: "string | number", output: "string" }, // exact decimal, e.g. "12500.50"
  Long: { input: "number", output: "number" },
  JSON: { input: "unknown", output: "unknown" },
  Upload: { input: "File", output: "never" },
} as const;

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
        defaultScalarType: "unknown",
        scalars: SCALARS,
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
