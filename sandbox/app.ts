import { rm } from "node:fs/promises";
import { Hono } from "hono";
import { adminRoutes } from "./admin";
import { cepRoutes } from "./cep";
import { cloneSwitches, readSettings, type SandboxSettings } from "./config";
import { startClock, type AppEnv, type SandboxState } from "./context";
import {
  companySchemaColumns,
  createCompanyIndexes,
  hasSchema,
  openDatabase,
  predatesCurrentSchema,
  type Database,
} from "./db";
import { companyGroups } from "./seed/fixed";
import { errorResponse, totvsError } from "./errors";
import { FaultStore, faultInjector } from "./faults";
import { mingleRoutes } from "./mingle";
import { protheusRoutes } from "./protheus/router";
import { RequestLog, requestLogger } from "./request-log";
import { seedDatabase } from "./seed";
import { sgeRoutes } from "./sge/router";
import { sgeSchemaColumns } from "./sge/schema";
import { hasSgeSchema, seedSge } from "./sge/seed";
import { openSeededMemoryDatabase } from "./seed/cache";
import { hasSnapshot, restoreSnapshot, takeSnapshot } from "./seed/snapshot";

type SandboxOptions = {
  /** Defaults to the environment (`readSettings()`); tests pass `{ dataDir: "memory", ... }`. */
  settings?: Partial<SandboxSettings>;
  /** Base URL clients use, stored as the Mingle sets' direct-mode REST URL. */
  publicUrl?: string;
};

export type Sandbox = {
  app: Hono<AppEnv>;
  db: Database;
  state: SandboxState;
  reset: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Builds the sandbox: opens (and on first use creates + seeds) its database, then the Hono app.
 * Usable in-process (`sandbox.app.request(...)`) as well as behind `serve()` in main.ts.
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const settings = { ...readSettings(), ...options.settings };
  const restUrl = `${options.publicUrl ?? `http://${settings.host}:${settings.port}`}/rest`;
  const seedOptions = { restUrl, seed: settings.seed, scale: settings.scale, today: settings.today };
  let db =
    settings.dataDir === "memory" && settings.seedCache
      ? await openSeededMemoryDatabase({ dir: settings.seedCache }, seedOptions)
      : await openDatabase(settings.dataDir);
  const expected = async () => [
    ...companySchemaColumns(companyGroups),
    ...((await hasSgeSchema(db)) ? sgeSchemaColumns() : []),
  ];
  if (settings.dataDir !== "memory" && (await hasSchema(db)) && (await predatesCurrentSchema(db, await expected()))) {
    console.warn(`ERP sandbox: ${settings.dataDir} predates the current tables; recreating it with fresh demo data.`);
    await db.close();
    await rm(settings.dataDir, { recursive: true, force: true });
    db = await openDatabase(settings.dataDir);
  }
  if (!(await hasSchema(db))) await seedDatabase(db, seedOptions);
  else {
    // A data dir from an earlier version gets the indexes added since (all `IF NOT EXISTS`, so a
    // current one costs nothing): e.g. the queue's idempotency index that `externalid` relies on.
    await createCompanyIndexes(db, companyGroups);
    // Planner statistics (PGlite runs no autovacuum): a data dir seeded before the seed ran ANALYZE
    // would plan indicator queries as nested loops — seconds instead of milliseconds.
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = 'public' AND tablename = 'sc5010'",
    );
    // A data dir from before the RM SGE stand-in: its tables and seed now, relative to the business
    // date the data dir was seeded with, then a fresh snapshot so reset restores them too.
    const addedSge = !(await hasSgeSchema(db));
    if (addedSge) await seedSge(db, await seededToday(db, settings.today));
    if (!rows[0]?.n || addedSge) await db.exec("ANALYZE");
    // A data dir from before snapshots existed, or a cached seed (its unlogged snapshot comes back
    // empty): the current content becomes what reset restores.
    if (addedSge || !(await hasSnapshot(db))) await takeSnapshot(db);
  }

  const app = new Hono<AppEnv>();
  const state: SandboxState = {
    db,
    settings,
    clock: startClock(settings.today),
    switches: cloneSwitches(settings.defaults),
    faults: new FaultStore(),
    requests: new RequestLog(),
    dispatch: async (request, bindings) => app.fetch(request, bindings),
  };

  /**
   * Back to the start-up state: env switches and business date, no faults, empty log, and the
   * seeded data restored from the snapshot (only the tables that changed; see seed/snapshot.ts).
   */
  const reset = async () => {
    state.switches = cloneSwitches(settings.defaults);
    state.clock = startClock(settings.today);
    state.faults.clear();
    state.requests.clear();
    await restoreSnapshot(db);
  };

  app.get("/health", (c) => c.json({ ok: true }));
  app.route("/__admin", adminRoutes(state, reset));

  for (const prefix of ["/rest", "/mingle", "/rm", "/ws"]) {
    app.use(`${prefix}/*`, requestLogger(state.requests));
    app.use(`${prefix}/*`, faultInjector(state.faults));
  }
  app.route("/rest", protheusRoutes(state));
  app.route("/mingle", mingleRoutes(state));
  app.route("/rm", sgeRoutes(state));
  app.route("/ws", cepRoutes());

  app.notFound((c) =>
    totvsError(c, 404, "Recurso não encontrado.", `No route for ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  app.onError((err, c) => errorResponse(c, err));

  const close = async () => {
    state.faults.clear();
    await db.close();
  };
  return { app, db, state, reset, close };
}

/** The business date a data dir was seeded with (sbx_meta), else the configured one. */
async function seededToday(db: Database, fallback: string): Promise<string> {
  const { rows } = await db.query<{ value: string }>("SELECT value FROM sbx_meta WHERE key = 'today'");
  return rows[0]?.value ?? fallback;
}
