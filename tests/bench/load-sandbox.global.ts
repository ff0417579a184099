import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { LOAD_SEED_VERSION } from "../../sandbox/seed/plan";
import { testBusinessDate } from "../../scripts/business-date.mjs";
import { startSandbox } from "../setup/sandbox-process";

const PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 18398);
const ADMIN_KEY = "bench-admin-key";
const DATA_DIR = "data/bench-sandbox";
/** What the data dir was seeded with: written once the sandbox answered, i.e. seeded by this code. */
const MARKER = path.join(DATA_DIR, "bench-seed.json");

/**
 * The ERP sandbox at `load` scale (ana in 01/01: ~20,000 customers, ~217,000 titles, ~61,000
 * orders, ~10,000 quotations) on its own data dir, seeded on the first run (a few minutes) and
 * reused afterwards — unless it was seeded by another version of the load-scale data
 * (`LOAD_SEED_VERSION`, sandbox/seed/plan.ts) or for another business date: then it is seeded again.
 */
export default async function setup(project: TestProject) {
  const wanted = JSON.stringify({ version: LOAD_SEED_VERSION, today: testBusinessDate() });
  const seeded = (() => {
    try {
      return readFileSync(MARKER, "utf8");
    } catch {
      return null;
    }
  })();
  if (seeded !== wanted) {
    console.log(
      `bench: ${DATA_DIR} ${seeded ? `seeded as ${seeded}` : "not seeded by this version"}; seeding it again`,
    );
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
  const sandbox = await startSandbox({
    port: PORT,
    adminKey: ADMIN_KEY,
    env: { SANDBOX_DATA_DIR: DATA_DIR, SANDBOX_SCALE: "load" },
    startupMs: 15 * 60_000,
  });
  writeFileSync(MARKER, wanted);
  project.provide("sandboxUrl", sandbox.url);
  project.provide("sandboxAdminKey", ADMIN_KEY);
  return sandbox.stop;
}
