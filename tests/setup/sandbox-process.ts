import { spawn, type ChildProcess } from "node:child_process";
import { testBusinessDate } from "../../scripts/business-date.mjs";

/** Starts the ERP sandbox as its own process (in-memory database, the suite's business date) and waits until it answers. */
export async function startSandbox(options: {
  port: number;
  adminKey: string;
  env?: Record<string, string>;
  startupMs?: number;
}) {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    env: {
      ...process.env,
      SANDBOX_PORT: String(options.port),
      SANDBOX_DATA_DIR: "memory",
      SANDBOX_ADMIN_KEY: options.adminKey,
      SANDBOX_ORDER_DELAY_MS: "200",
      SANDBOX_TODAY: testBusinessDate(),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const startupMs = options.startupMs ?? 60_000;
  // Wall clock only to bound the start-up wait (elapsed time, not a date).
  const deadline = Date.now() + startupMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sandbox exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`sandbox did not start within ${startupMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
