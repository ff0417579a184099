import { rm } from "node:fs/promises";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { createSandbox } from "./app";
import { readSettings } from "./config";
import { openDatabase } from "./db";
import { seedDatabase } from "./seed";

/**
 * Entry point: `npm run sandbox` (serve) and `npm run sandbox:reset` (`--reset-only`: recreate the
 * data dir from the deterministic seed, then exit). Configuration comes from SANDBOX_* variables
 * (see config.ts and README.md); SANDBOX_SCALE=load seeds the benchmark volume (docs/data.md).
 */

async function resetOnly(): Promise<void> {
  const settings = readSettings();
  if (settings.dataDir !== "memory") await rm(settings.dataDir, { recursive: true, force: true });
  const db = await openDatabase(settings.dataDir);
  const report = await seedDatabase(db, {
    restUrl: `http://${settings.host}:${settings.port}/rest`,
    seed: settings.seed,
    scale: settings.scale,
    today: settings.today,
  });
  await db.close();
  console.log(
    `ERP sandbox database recreated in ${settings.dataDir} (seed ${report.seed}, ${report.scale} scale, business date ${report.today}, seeded in ${(report.ms / 1000).toFixed(1)} s)`,
  );
}

async function start(): Promise<void> {
  const settings = readSettings();
  const sandbox = await createSandbox({ settings });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: sandbox.app.fetch, port: settings.port, hostname: settings.host }, () =>
      resolve(s as Server),
    );
    s.once("error", reject);
  });
  console.log(`ERP sandbox listening on http://${settings.host}:${settings.port} (Protheus /rest, Mingle /mingle)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Release hung requests and cut keep-alive sockets, or server.close() would wait for them.
    sandbox.state.faults.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // Closing PGlite flushes the data dir; skipping it leaves it "not closed cleanly" (STACK.md §4.6).
    await sandbox.close();
    console.log(`ERP sandbox stopped (${signal})`);
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

const task = process.argv.includes("--reset-only") ? resetOnly() : start();
task.catch((err: unknown) => {
  console.error("ERP sandbox failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
