import { defineConfig, devices } from "@playwright/test";
import { testBusinessDate } from "./scripts/business-date.mjs";
import { sandboxAliases, sandboxCepUrl, sandboxSgeConnections } from "./scripts/demo-config.mjs";

/**
 * e2e against the production build: one ERP sandbox and two portal servers, one per connection
 * mode. Direct mode uses PGlite in memory; Mingle mode uses PostgreSQL when E2E_DATABASE_URL is set
 * (npm test sets it), so both stores are exercised through the browser.
 */
export const E2E = {
  /** The business date of the sandbox, both portals and the browser (tests/e2e/fixtures.ts). */
  businessDate: testBusinessDate(),
  sandboxPort: 18383,
  sandboxAdminKey: "e2e-admin-key",
  directPort: 3100,
  minglePort: 3101,
};
const sandboxUrl = `http://127.0.0.1:${E2E.sandboxPort}`;
const aliases = JSON.parse(sandboxAliases(sandboxUrl)) as Record<string, unknown>;
aliases.offline = { restUrl: "http://127.0.0.1:9/rest", tenants: [{ company: "01", branch: "01" }] };
// The demo ERP with an endpoint map pointing one optional feature at a path nobody serves (capabilities.spec.ts).
aliases.semestoque = { ...(aliases.demo as object), endpoints: { stock: "api/tgv/nostock/{code}" } };
aliases.semorcamento = { ...(aliases.demo as object), endpoints: { quotations: "api/tgv/noquotations" } };

const portalEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
  // All browser traffic comes from 127.0.0.1: the per-address lock is covered by integration tests.
  LOGIN_IP_MAX_FAILURES: "10000",
  SGE_CONNECTIONS: sandboxSgeConnections(sandboxUrl),
  CEP_LOOKUP_URL: sandboxCepUrl(sandboxUrl),
  BUSINESS_DATE: E2E.businessDate,
};

// The portal server of `npm start` (scripts/serve.mjs: client address from the socket), not a bare `next start`.
const nextStart = (port: number, log: string) => `node scripts/serve.mjs -p ${port} > test-results/${log}.log 2>&1`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E.directPort}`,
    locale: "pt-BR",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "node --import tsx sandbox/main.ts",
      url: `${sandboxUrl}/health`,
      env: {
        SANDBOX_PORT: String(E2E.sandboxPort),
        SANDBOX_DATA_DIR: "memory",
        SANDBOX_ADMIN_KEY: E2E.sandboxAdminKey,
        SANDBOX_TODAY: E2E.businessDate,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: nextStart(E2E.directPort, "portal-direct"),
      url: `http://127.0.0.1:${E2E.directPort}/api/health`,
      env: {
        ...portalEnv,
        PORTAL_DATA_DIR: "memory",
        ERP_ALIASES: JSON.stringify(aliases),
        NEXTAUTH_URL: `http://localhost:${E2E.directPort}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: nextStart(E2E.minglePort, "portal-mingle"),
      url: `http://127.0.0.1:${E2E.minglePort}/api/health`,
      env: {
        ...portalEnv,
        PORTAL_DATA_DIR: "memory",
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        MINGLE_URL: `${sandboxUrl}/mingle`,
        NEXTAUTH_URL: `http://localhost:${E2E.minglePort}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
