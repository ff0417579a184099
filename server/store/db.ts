import "server-only";
import { processState } from "@/server/process-state";
import path from "node:path";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { env } from "@/server/env";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;

type Store = {
  db: Db;
  /** Runs `fn` holding a PostgreSQL session advisory lock; null when another instance holds it. */
  advisory: ((key: string, fn: () => Promise<unknown>) => Promise<{ acquired: boolean }>) | null;
};

const MIGRATIONS = path.join(process.cwd(), "server/store/migrations");
/** The embedded store's buffer pool (see `open`). */
const EMBEDDED_SHARED_BUFFERS = "32MB";

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
    // Session-level advisory locks live on connections of their own: a lock holder's queries go
    // through `pool`, so holders can never take every connection their own work needs.
    const lockPool = new Pool({ connectionString: DATABASE_URL, max: 16 });
    const advisory = async (key: string, fn: () => Promise<unknown>) => {
      // Session-level lock on one dedicated connection: held for the whole run, released on any exit.
      const client = await lockPool.connect();
      try {
        const { rows } = await client.query<{ ok: boolean }>(
          "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok",
          [key],
        );
        if (!rows[0]?.ok) {
          // Another instance is running it: wait for it to finish, then report that we did not run.
          await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [key]);
          await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]);
          return { acquired: false };
        }
        try {
          await fn();
        } finally {
          await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]);
        }
        return { acquired: true };
      } finally {
        client.release();
      }
    };
    return { db, advisory };
  }
  const { drizzle: drizzleLite } = await import("drizzle-orm/pglite");
  const { migrate: migrateLite } = await import("drizzle-orm/pglite/migrator");
  const { openEmbeddedStore } = await import("./embedded");
  // In a worker thread (server/store/embedded.ts), with pg_trgm for the customer search's trigram
  // index (`customers_search_trgm`), as on PostgreSQL. shared_buffers: PostgreSQL's default 128 MB
  // is allocated and touched inside the WebAssembly memory at start, which never shrinks; the data
  // files are read through Node's fs, so the OS page cache does what a larger pool would (the
  // embedded store's RSS: ≈ 300 → 190 MB).
  const client = await openEmbeddedStore({
    dataDir: PORTAL_DATA_DIR === "memory" ? null : path.resolve(PORTAL_DATA_DIR),
    startParams: ["-c", `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
    // A store that stopped (out of memory) is opened again by the next request.
    onExit: () => {
      holder.opened = undefined;
    },
  });
  const lite = drizzleLite({ client: client as never, schema });
  await migrateLite(lite, { migrationsFolder: MIGRATIONS });
  // Both drivers expose the same query builder; the node-postgres type is the common surface we use.
  return { db: lite as unknown as Db, advisory: null };
}

/** One store per process, whichever bundle asks first (server/process-state.ts). */
const holder = processState("store", (): { opened?: Promise<Store> } => ({}));

export async function getDb(): Promise<Db> {
  holder.opened ??= open().catch((error: unknown) => {
    holder.opened = undefined;
    throw error;
  });
  return (await holder.opened).db;
}

/** The PostgreSQL advisory-lock runner, or null on PGlite (one process: in-process locks suffice). */
export async function getAdvisoryLock() {
  await getDb();
  return (await holder.opened!).advisory;
}
