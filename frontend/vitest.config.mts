import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests cover the panel's logic (validation, error mapping, i18n, session refresh, stores);
// component tests (*.test.tsx) render a component's first paint with react-dom/server, as the
// server does; the browser is exercised by the end-to-end run in e2e/, against the real API.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    pool: "threads",
    maxWorkers: 2,
  },
});
