import "server-only";
import path from "node:path";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { env } from "@/server/env";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;

type Store = { db: Db; close: () => Promise<void> };

const MIGRATIONS = path.join(process.cwd(), "server/store/migrations");

/**
 * PostgreSQL when DATABASE_URL is set (N instances behind a load balancer), otherwise PGlite
 * embedded in this process (`PORTAL_DATA_DIR`, or `memory`). Migrations run once on first use.
 */
async function open(): Promise<Store> {
  const { DATABASE_URL, PORTAL_DATA_DIR } = env();
  if (DATABASE_URL) {
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: DATABASE_URL, max: 10 });
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder: MIGRATIONS });
    return { db, close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle: drizzleLite } = await import("drizzle-orm/pglite");
  const { migrate: migrateLite } = await import("drizzle-orm/pglite/migrator");
  const client = PORTAL_DATA_DIR === "memory" ? new PGlite() : new PGlite(path.resolve(PORTAL_DATA_DIR));
  const lite = drizzleLite(client, { schema });
  await migrateLite(lite, { migrationsFolder: MIGRATIONS });
  // Both drivers expose the same query builder; the node-postgres type is the common surface we use.
  return { db: lite as unknown as Db, close: () => client.close() };
}

const holder = globalThis as unknown as { __pgvStore?: Promise<Store> };

export async function getDb(): Promise<Db> {
  holder.__pgvStore ??= open().catch((error: unknown) => {
    holder.__pgvStore = undefined;
    throw error;
  });
  return (await holder.__pgvStore).db;
}

/** Closes the store (tests, graceful shutdown). */
export async function closeDb() {
  const store = holder.__pgvStore;
  holder.__pgvStore = undefined;
  if (store) await (await store).close();
}
