import autocannon from "autocannon";
import { rmSync, mkdirSync } from "node:fs";
import pg from "pg";
import { signIn, startNode, startSandbox, stopChild, waitFor, waitForSync } from "./portal-harness.mjs";
import { sandboxAliases } from "./demo-config.mjs";
const mode = process.argv[2] ?? "postgres", path = process.argv[3] ?? "/api/customers?q=mer&page=1", secs = Number(process.argv[4] ?? 15);
const SANDBOX = 18395, PORTAL = 3195, base = `http://localhost:${PORTAL}`;
const PG_URL = "postgres://pgv:pgv@127.0.0.1:5432/pgv_bench";
if (mode === "postgres") { const c = new pg.Client({ connectionString: PG_URL }); await c.connect(); await c.query("DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"); await c.end(); }
rmSync("/tmp/prof", { recursive: true, force: true }); mkdirSync("/tmp/prof");
const sandbox = await startSandbox(SANDBOX);
const prof = process.argv.includes("--prof");
const portal = startNode([...(prof ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof", "--import", 'data:text/javascript,process.on("SIGTERM",()=>process.exit(0))'] : []), "scripts/serve.mjs", "-p", String(PORTAL)], {
  PORTAL_DATA_DIR: "memory", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef", NEXTAUTH_URL: base,
  ERP_ALIASES: sandboxAliases(`http://127.0.0.1:${SANDBOX}`), ...(mode === "postgres" ? { DATABASE_URL: PG_URL } : {}),
});
await waitFor(`http://127.0.0.1:${PORTAL}/api/health`);
const cookie = await signIn(base, "demo", "ana", "ana123");
await waitForSync(base, cookie);
const run = (url, headers, duration) => autocannon({ url: base + url, connections: 50, duration, headers });
await run(path, { cookie }, 3);
const h = await run("/api/health", {}, secs);
const r = await run(path, { cookie }, secs);
console.log(mode, "health", Math.round(h.requests.average), "p99", h.latency.p99, "|", path, Math.round(r.requests.average), "p99", r.latency.p99, "ratio", (r.requests.average / h.requests.average).toFixed(2), "errors", r.errors + r.non2xx);
await stopChild(portal); await stopChild(sandbox);
process.exit(0);
