// What the bench scripts share (lighthouse.mjs, load.mjs): start the ERP sandbox and the production
// portal from the last `next build` as child processes, wait for them, sign in through next-auth
// and let the session's initial data load finish. Figures only; never part of `npm test`.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { testBusinessDate } from "./business-date.mjs";
import { sandboxAliases } from "./demo-config.mjs";

const children = new Set();
const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
process.on("exit", stopAll);

/**
 * The scheduling niceness the servers (sandbox, portal) start with: 0, as any process; Lighthouse
 * raises it (scripts/lighthouse.mjs).
 */
export const servers = { nice: 0 };

/** A node child process (stdout/stderr ignored); stopped when this process exits. */
export function startNode(args, env) {
  // `nice` execs node in place: the child's pid is node's, and every thread it starts has the niceness.
  const [command, argv] =
    servers.nice > 0 ? ["nice", ["-n", String(servers.nice), process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** Stops a child and waits for it to be gone. */
export async function stopChild(child) {
  if (child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await gone;
}

export async function waitFor(url, ms = 90_000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 300))) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
  }
  throw new Error(`${url} did not answer`);
}

export function requireBuild(what) {
  if (existsSync(".next/BUILD_ID")) return true;
  console.log(`${what}: no production build (.next) — run \`npm run build\` first.`);
  return false;
}

/** The bench's pages show the suite's business date, so their figures compare run to run. */
export const businessDate = testBusinessDate();

/** An in-memory ERP sandbox (demo seed) on `port`. */
export async function startSandbox(port, adminKey = "bench") {
  const child = startNode(["--import", "tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: String(port),
    SANDBOX_DATA_DIR: "memory",
    SANDBOX_ADMIN_KEY: adminKey,
    SANDBOX_TODAY: businessDate,
  });
  await waitFor(`http://127.0.0.1:${port}/health`);
  return child;
}

/** The production portal (scripts/serve.mjs) on `port`, against the sandbox on `sandboxPort`. */
export async function startPortal(port, sandboxPort, env = {}) {
  const child = startNode(["scripts/serve.mjs", "-p", String(port)], {
    PORTAL_DATA_DIR: "memory",
    AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
    NEXTAUTH_URL: `http://localhost:${port}`,
    ERP_ALIASES: sandboxAliases(`http://127.0.0.1:${sandboxPort}`),
    BUSINESS_DATE: businessDate,
    ...env,
  });
  await waitFor(`http://127.0.0.1:${port}/api/health`);
  return child;
}

/** next-auth credentials sign-in: the CSRF cookie and token, then the callback; returns the Cookie header. */
export async function signIn(base, alias, username, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0].split(/=(.*)/s).slice(0, 2)));
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ csrfToken, alias, username, password, json: "true" }),
  });
  for (const c of res.headers.getSetCookie()) {
    const [k, v] = c.split(";")[0].split(/=(.*)/s);
    jar.set(k, v);
  }
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token")))
    throw new Error(`sign-in failed (${res.status})`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** The first visit of a session runs the initial data load; waits for it, so every page has its data. */
export async function waitForSync(base, cookie) {
  await fetch(`${base}/api/sync`, { method: "POST", headers: { Cookie: cookie } }).catch(() => null);
  for (let i = 0; i < 240; i++) {
    const status = await (await fetch(`${base}/api/sync`, { headers: { Cookie: cookie } })).json().catch(() => ({}));
    if (status.ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the initial data load did not finish in 2 minutes");
}

/** Busy and total CPU time since boot, from /proc/stat (Linux); null elsewhere. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal (the guest times after them are inside user).
    const n = fields.slice(0, 8).map(Number);
    const idle = n[3] + (n[4] ?? 0);
    const total = n.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine's CPUs are at least `idle` (share) idle over a `windowMs` window, for at
 * most `timeoutMs`; returns the idle share of the last window (1 where /proc/stat is missing).
 * Lighthouse scores a page from one observed load scaled to a phone, so a load that shares the CPU
 * with what ran just before (the load-scale bench writing its store, a build) is scored as a slow
 * page: each measured run starts on a quiet machine instead.
 */
export async function waitForQuietCpu({ idle, windowMs = 1000, timeoutMs = 60_000 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const before = cpuTimes();
    await new Promise((r) => setTimeout(r, windowMs));
    const after = cpuTimes();
    if (!before || !after) return 1;
    const share = 1 - (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (share >= idle || Date.now() >= deadline) return share;
  }
}
