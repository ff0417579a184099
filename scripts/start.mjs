#!/usr/bin/env node
// `npm start` (production server, building first when the sources changed) and `npm run dev`
// (hot reload). With no ERP configured (no MINGLE_URL / ERP_ALIASES) it also starts the ERP sandbox
// and points the portal at it, so a fresh clone shows a working portal with demo data.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { DEMO_LOGINS, sandboxAliases, sandboxCepUrl, sandboxSgeConnections } from "./demo-config.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8282);
const children = [];

function persistentSecret() {
  const file = path.join(root, "data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function run(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => process.stdout.write(prefix(name, d)));
  child.stderr.on("data", (d) => process.stderr.write(prefix(name, d)));
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping everything.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

const prefix = (name, data) =>
  data
    .toString()
    .split("\n")
    .map((l, i, all) => (i === all.length - 1 && l === "" ? "" : `[${name}] ${l}\n`))
    .join("");

async function waitFor(url, what) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  const force = setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill("SIGKILL")), 8_000);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r))))).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

const started = Date.now();
const env = { NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
if (!process.env.AUTH_SECRET && !process.env.NEXTAUTH_SECRET) env.AUTH_SECRET = persistentSecret();

const useSandbox = !process.env.MINGLE_URL && !process.env.ERP_ALIASES;
if (useSandbox) {
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  // A demo pinned with BUSINESS_DATE pins the sandbox to the same date (unless SANDBOX_TODAY says otherwise).
  const sandboxToday = process.env.SANDBOX_TODAY || process.env.BUSINESS_DATE;
  run("sandbox", ["--import", "tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: String(sandboxPort),
    ...(sandboxToday ? { SANDBOX_TODAY: sandboxToday } : {}),
  });
  env.ERP_ALIASES = sandboxAliases(sandboxUrl);
  if (!process.env.SGE_CONNECTIONS) env.SGE_CONNECTIONS = sandboxSgeConnections(sandboxUrl);
  if (!process.env.CEP_LOOKUP_URL) env.CEP_LOOKUP_URL = sandboxCepUrl(sandboxUrl);
  await waitFor(`${sandboxUrl}/health`, "ERP sandbox");
}
if (!dev) buildIfNeeded();
run("portal", [path.join(root, "scripts/serve.mjs"), ...(dev ? ["--dev"] : []), "-p", String(port)], env);
await waitFor(`http://127.0.0.1:${port}/api/health`, "portal");

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\nPGV Portal is ready in ${seconds} s: http://localhost:${port}${useSandbox ? `  (ERP sandbox on http://127.0.0.1:${sandboxPort})` : ""}`,
);
if (useSandbox) {
  console.log("Demo logins (alias / user / password):");
  for (const [alias, user, password, note] of DEMO_LOGINS)
    console.log(`  ${alias.padEnd(6)} ${user.padEnd(6)} ${password.padEnd(9)} ${note}`);
}
console.log("Press Ctrl-C to stop.\n");
