import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "server/store/migrations/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only server/env.ts reads the process environment (ARCHITECTURE.md).
    files: ["app/**", "components/**", "lib/**", "server/**"],
    ignores: ["server/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through server/env.ts." },
      ],
    },
  },
  // Layer rules (CONTRIBUTING.md "Folders"): pages and route handlers reach the ERP, the store and the
  // sync engine only through services; components get data as props and call actions; lib is pure;
  // the sandbox stands alone (it may use pure lib helpers, never the portal).
  {
    files: ["app/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/erp/*", "@/server/store/*", "@/server/sync/*"],
              message: "app/ reaches the ERP, the store and the sync engine through server/services (or server/http).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*", "!@/server/i18n", "!@/server/actions", "!@/server/actions/*"],
              message:
                "components/ use only server/i18n and server actions; data comes in as props (types from lib/types).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*", "@/components/*", "@/app/*", "**/server/**", "**/components/**", "**/app/**"],
              message: "lib/ is isomorphic and pure: it imports neither server/ nor components/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["sandbox/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/*", "**/server/**", "**/components/**", "**/app/**", "**/scripts/**", "**/tests/**"],
              message: "The sandbox stands alone: only its own files and pure lib helpers (by relative path).",
            },
          ],
        },
      ],
    },
  },
]);
