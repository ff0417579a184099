import type { TestProject } from "vitest/node";
import { startSandbox } from "../setup/sandbox-process";

const PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 18398);
const ADMIN_KEY = "bench-admin-key";

/**
 * The ERP sandbox at `load` scale (ana in 01/01: ~20,000 customers, ~217,000 titles, ~61,000
 * orders) on its own data dir, seeded on the first run (a few minutes) and reused afterwards.
 */
export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({
    port: PORT,
    adminKey: ADMIN_KEY,
    env: { SANDBOX_DATA_DIR: "data/bench-sandbox", SANDBOX_SCALE: "load" },
    startupMs: 15 * 60_000,
  });
  project.provide("sandboxUrl", sandbox.url);
  project.provide("sandboxAdminKey", ADMIN_KEY);
  return sandbox.stop;
}
