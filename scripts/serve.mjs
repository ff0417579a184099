#!/usr/bin/env node
// The portal's HTTP server: Next's request handler behind a plain Node server that knows the
// socket. Before Next sees a request, the client address (the socket, or the outermost of
// TRUST_PROXY_HOPS trusted proxies) is written to one header, and any copy the client sent is
// dropped: login throttling keys on it, so a client writing X-Forwarded-For cannot pick its own
// key. `npm start`, `npm run dev`, the e2e suite and the bench all serve through here.
//   node scripts/serve.mjs [--dev] [-p PORT] [-H HOST]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import v8 from "node:v8";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedHopsOf } from "./client-address.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const argv = process.argv.slice(2);
const option = (flag, fallback) => {
  const i = argv.indexOf(flag);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const dev = argv.includes("--dev");
const port = Number(option("-p", process.env.PORT ?? 3000));
// Not $HOSTNAME: containers export it as their own name, which would bind the wrong interface.
const hostname = option("-H", "0.0.0.0");
const hops = trustedHopsOf(process.env.TRUST_PROXY_HOPS);

// The portal reads the header only when this server wrote it (same process): under a bare
// `next start` it falls back to treating every client as one address (server/auth/client-ip.ts).
globalThis[Symbol.for("pgv.clientAddressHeader")] = CLIENT_ADDRESS_HEADER;

// The embedded store's first start (no DATABASE_URL, a data directory without a database) is made
// by a short-lived process of its own (scripts/init-store.mjs): this server then opens an existing
// database and never carries initdb's WebAssembly heap.
const dataDir = process.env.PORTAL_DATA_DIR || "data/portal";
if (!process.env.DATABASE_URL && dataDir !== "memory" && !existsSync(path.resolve(root, dataDir, "PG_VERSION"))) {
  const init = spawnSync(process.execPath, [path.join(root, "scripts/init-store.mjs"), path.resolve(root, dataDir)], {
    stdio: "inherit",
  });
  if (init.status !== 0) process.exit(init.status ?? 1);
}

// V8's old generation grows by a factor it picks from its own speed (up to 4×) after each full
// collection: under 50 concurrent requests the portal's heap reached ~300 MB, of which ~60 MB were
// alive. Growing by 20 % instead keeps the process within its RSS budget (QUALITY.md: ≤ 400 MB with
// the embedded store) at no measured cost in throughput (`node scripts/load.mjs`). It is read at each
// collection, so it applies from here; heap limits (--max-old-space-size) are fixed at start and
// would turn a large initial data load into an out-of-memory crash, so none is set. Not in dev.
const V8_FLAGS = dev ? [] : ["--heap-growing-percent=20"];
for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);

// As `next start` / `next dev` do, before Next (and React) load: production unless --dev.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");
const app = next({ dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(
    `▲ PGV Portal${dev ? " (dev)" : ""} on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${hops ? `, trusting ${hops} proxy hop(s)` : ""}`,
  );
});
