import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests cover the panel's logic (validation, error mapping, i18n, session refresh, stores);
// the browser is exercised by the end-to-end run in e2e/, against the real API.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    pool: "threads",
    maxWorkers: 2,
  },
});
