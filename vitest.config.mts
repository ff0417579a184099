import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL(".", import.meta.url)),
  // `server-only` throws outside a React Server Components build; tests import server code directly.
  "server-only": fileURLToPath(new URL("./tests/setup/server-only.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/sandbox.global.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // `npm run bench` only (never `npm test`): the portal's sync, search and customer page at load scale.
        resolve: { alias },
        test: {
          name: "bench",
          include: ["tests/bench/**/*.bench.ts"],
          environment: "node",
          globalSetup: ["tests/bench/load-sandbox.global.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          testTimeout: 30 * 60_000,
          hookTimeout: 20 * 60_000,
        },
      },
    ],
  },
});
