import { z } from "zod";
import { toProtheusDate } from "../lib/dates";
import { todayIso } from "../lib/today";
import { customPathSchema, type CustomPath } from "./protheus/custom-paths";

/**
 * Sandbox configuration. Two layers:
 * - `SandboxSettings`: read once from the environment (port, data dir, admin key...).
 * - `RuntimeSwitches`: what a test or a demo flips at run time through `PUT /__admin/config`
 *   (Security=0, reported PGV package version, token lifetimes, PrepareIn, UseRowStamp). `POST /__admin/reset`
 *   restores them to the values the environment gave at start-up.
 */

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(8282),
  SANDBOX_HOST: z.string().min(1).default("127.0.0.1"),
  SANDBOX_DATA_DIR: z.string().min(1).default("data/sandbox"),
  SANDBOX_ADMIN_KEY: z.string().min(1).default("sandbox-admin"),
  SANDBOX_SECURITY: z.enum(["0", "1"]).default("1"),
  SANDBOX_PACKAGE_VERSION: z.string().min(1).default("2026.11.1"),
  SANDBOX_USE_ROW_STAMP: z.enum(["0", "1"]).default("1"),
  SANDBOX_ACCESS_TOKEN_TTL: z.coerce.number().int().positive().default(3600),
  SANDBOX_REFRESH_TOKEN_TTL: z.coerce.number().int().positive().default(86_400),
  SANDBOX_SEED: z.coerce.number().int().default(1),
  // Business date (dDataBase of Protheus): overdue titles, price-list validity and the seed's
  // 24 months of history are relative to it. Default: the real Brasília date when the process
  // starts. Tests pin it (and the portal's BUSINESS_DATE) to one date of their choosing.
  SANDBOX_TODAY: z.iso.date().optional(),
  SANDBOX_SCALE: z.enum(["demo", "load"]).default("demo"),
  // In-memory sandboxes load the seeded database from this directory when the seed and the sandbox
  // source are unchanged (seed/cache.ts); `off` always seeds.
  SANDBOX_SEED_CACHE: z.string().min(1).default("data/sandbox-cache"),
});

export type SeedScale = "demo" | "load";

/** `2026-03-15` → `20260315` (Protheus date); without a value, the Brasília date of `now`. */
export function protheusDateOf(isoDate?: string, now: Date = new Date()): string {
  return toProtheusDate(isoDate ?? todayIso(now));
}

/** PrepareIn of the REST environment: "All" or the list of company groups it prepares. */
const prepareInSchema = z.union([z.literal("All"), z.array(z.string().regex(/^[0-9A-Z]{2}$/))]);

export type RuntimeSwitches = {
  /** 1 = authentication required (default); 0 = unauthenticated calls run as the administrator. */
  security: 0 | 1;
  packageVersion: string;
  /** Seconds. */
  accessTokenTtl: number;
  /** Seconds. */
  refreshTokenTtl: number;
  prepareIn: z.infer<typeof prepareInSchema>;
  /**
   * DBAccess `UseRowStamp=1` (default): rows carry S_T_A_M_P_ and the PGV diffs return what changed
   * after their date. false: a DBAccess without the key, whose diffs return no rows at all.
   */
  useRowStamp: boolean;
  /** A customer's own paths for the portal's endpoints (protheus/custom-paths.ts); none by default. */
  customPaths: CustomPath[];
};

export type SandboxSettings = {
  port: number;
  host: string;
  /** A directory, or the literal `memory` for an in-memory database (tests). */
  dataDir: string;
  adminKey: string;
  seed: number;
  scale: SeedScale;
  /** Business date at start-up, Protheus format `YYYYMMDD`; reset goes back to it. */
  today: string;
  /** Directory of the seed cache of in-memory sandboxes; null = no cache. */
  seedCache: string | null;
  defaults: RuntimeSwitches;
};

export function readSettings(env: NodeJS.ProcessEnv = process.env): SandboxSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid sandbox environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.SANDBOX_PORT,
    host: e.SANDBOX_HOST,
    dataDir: e.SANDBOX_DATA_DIR,
    adminKey: e.SANDBOX_ADMIN_KEY,
    seed: e.SANDBOX_SEED,
    scale: e.SANDBOX_SCALE,
    today: protheusDateOf(e.SANDBOX_TODAY),
    seedCache: e.SANDBOX_SEED_CACHE === "off" ? null : e.SANDBOX_SEED_CACHE,
    defaults: {
      security: e.SANDBOX_SECURITY === "0" ? 0 : 1,
      packageVersion: e.SANDBOX_PACKAGE_VERSION,
      accessTokenTtl: e.SANDBOX_ACCESS_TOKEN_TTL,
      refreshTokenTtl: e.SANDBOX_REFRESH_TOKEN_TTL,
      prepareIn: "All",
      useRowStamp: e.SANDBOX_USE_ROW_STAMP === "1",
      customPaths: [],
    },
  };
}

/** Body of `PUT /__admin/config`: every field optional, unknown fields rejected. */
export const switchesPatchSchema = z
  .object({
    security: z.union([z.literal(0), z.literal(1)]),
    packageVersion: z.string().min(1),
    accessTokenTtl: z.number().int().positive(),
    refreshTokenTtl: z.number().int().positive(),
    prepareIn: prepareInSchema,
    useRowStamp: z.boolean(),
    customPaths: z.array(customPathSchema).max(40),
  })
  .partial()
  .strict();

export function cloneSwitches(s: RuntimeSwitches): RuntimeSwitches {
  return {
    ...s,
    prepareIn: s.prepareIn === "All" ? "All" : [...s.prepareIn],
    customPaths: s.customPaths.map((p) => ({ ...p })),
  };
}
