#!/usr/bin/env node
// Creates the embedded store (PGlite) in a data directory that has none yet, with the portal's
// migrations applied, in a process of its own: PostgreSQL's initdb inside WebAssembly leaves a few
// hundred MB of heap behind that a WebAssembly memory never gives back, so the portal's server
// process (scripts/serve.mjs calls this first) opens an existing database and stays lean.
//   node scripts/init-store.mjs <data dir>
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/init-store.mjs <data dir>");
// PostgreSQL's PG_VERSION marks a data directory that already holds a database.
if (!existsSync(path.join(dir, "PG_VERSION"))) {
  const client = new PGlite(path.resolve(dir), { extensions: { pg_trgm } });
  await migrate(drizzle(client), { migrationsFolder: path.join(root, "server/store/migrations") });
  await client.close();
}
