import "server-only";
import { and, eq, like, sql } from "drizzle-orm";
import { z } from "zod";
import { offeredPrivileges, unavailableFeatures, type Feature } from "@/lib/capabilities";
import type { Privileges } from "@/lib/privileges";
import { ENDPOINTS, OPTIONAL_ENDPOINT_KEYS, type OptionalEndpointKey } from "@/lib/erp/endpoints";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { ErpError } from "@/server/erp/errors";
import { getTranslations } from "@/server/i18n";
import { endpointPath } from "@/server/erp/protheus/endpoints";
import { protheusFetch, type ErpTarget } from "@/server/erp/protheus/transport";
import { pageSchema } from "@/server/erp/protheus/wire";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { syncedRecords } from "@/server/store/schema";

/**
 * Which optional endpoints (lib/erp/endpoints.ts) a customer's ERP serves, learnt at login: the
 * features of a missing one leave the menus and pages with one line saying why (lib/capabilities.ts),
 * never a 404. Each probe is one cheap request that tells "route missing" from "record missing":
 * 404, 405, 410 or 501 → missing; any other answer (2xx, 400, 403, 409, 422…) → present; no answer,
 * a timeout, 401, 429 or 5xx → unknown, treated as present (a slow ERP never hides a feature; logged).
 */
export type ProbeResult = {
  /** null: unknown (no answer in time, 5xx…). */
  present: boolean | null;
  /** The HTTP status (200 for any 2xx), null without an answer. */
  status: number | null;
  /** Elapsed time of the request, ms (0 for an endpoint answered by its queue's probe). */
  ms: number;
};
export type ProbeReport = Record<OptionalEndpointKey, ProbeResult>;

/** One probe's own limit (inside the login's deadline): a probe only decides whether to hide a feature. */
const PROBE_TIMEOUT_MS = 4_000;

const MISSING_STATUS: ReadonlySet<number> = new Set([404, 405, 410, 501]);
const UNKNOWN_STATUS: ReadonlySet<number> = new Set([401, 407, 408, 429]);

/** What an answer's status says about the route. */
export function routePresent(status: number | null): boolean | null {
  if (status === null) return null;
  if (MISSING_STATUS.has(status)) return false;
  if (status >= 500 || UNKNOWN_STATUS.has(status)) return null;
  return true;
}

type Request = { path: string; method?: "GET" | "POST"; query?: Record<string, string | number>; body?: unknown };

async function ask(target: ErpTarget, request: Request, deadline: number | undefined): Promise<ProbeResult> {
  // Wall clock only to measure the request (an interval, not a business date).
  const started = Date.now();
  let status: number | null;
  try {
    await protheusFetch(target, request.path, {
      method: request.method,
      query: request.query,
      body: request.body,
      schema: z.unknown(),
      timeoutMs: PROBE_TIMEOUT_MS,
      deadline,
      maxAttempts: 1,
    });
    status = 200;
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    status = error.status;
  }
  return { present: routePresent(status), status, ms: Date.now() - started };
}

/** A product to ask the stock of: one the alias already synced, else the ERP's first (null: none it shows this user). */
async function someProduct(target: ErpTarget, alias: string | undefined, deadline?: number): Promise<string | null> {
  if (alias) {
    const db = await getDb();
    const [row] = await db
      .select({ code: sql<string>`${syncedRecords.data}->>'code'` })
      .from(syncedRecords)
      .where(
        and(eq(syncedRecords.entity, "products"), like(syncedRecords.scope, `${alias.replace(/[\\%_]/g, "\\$&")}|%`)),
      )
      .limit(1);
    if (row?.code?.trim()) return row.code.trim();
  }
  try {
    const page = await protheusFetch(target, "api/tgv/products", {
      query: { page: 1, pageSize: 1, fields: "code" },
      schema: pageSchema,
      timeoutMs: PROBE_TIMEOUT_MS,
      deadline,
      maxAttempts: 1,
    });
    const code = page.items[0]?.code;
    return typeof code === "string" && code.trim() ? code.trim() : null;
  } catch (error) {
    if (error instanceof ErpError) return null;
    throw error;
  }
}

/**
 * Probes every optional endpoint of `target` (its alias' map applied), in parallel, each at most
 * PROBE_TIMEOUT_MS and never past `deadline`. Never writes: lists ask one row, the indicators one
 * day, stock one product (from the alias' synced store, else the ERP's first; without one, a 404
 * cannot be told from "no such product" and reads unknown), SalesTaxes an empty simulation (400/422:
 * present). A write path answers as its queue does (`sameAs`). The diagnostics page shows this report.
 */
export async function probeEndpoints(
  target: ErpTarget,
  options: { alias?: string; deadline?: number } = {},
): Promise<ProbeReport> {
  const { deadline } = options;
  // The probe asks the real paths even of what a session found missing.
  const open = { ...target, missing: undefined };
  const today = businessToday();
  const probeOf = async (key: OptionalEndpointKey): Promise<ProbeResult | null> => {
    const probe = ENDPOINTS[key].probe;
    switch (probe) {
      case "list":
        return ask(open, { path: endpointPath(open, key), query: { page: 1, pageSize: 1 } }, deadline);
      case "period":
        return ask(
          open,
          { path: endpointPath(open, key), query: { startDate: today, endDate: today, comparison: "monthly" } },
          deadline,
        );
      case "calculation":
        return ask(open, { path: endpointPath(open, key), method: "POST", body: {} }, deadline);
      case "stock": {
        const product = await someProduct(open, options.alias, deadline);
        const result = await ask(open, { path: endpointPath(open, key, { code: product ?? "-" }) }, deadline);
        // Without a real product, 404 may be "no such product": unknown, not missing.
        return product || result.present !== false ? result : { ...result, present: null };
      }
      default:
        return null;
    }
  };
  const direct = await Promise.all(OPTIONAL_ENDPOINT_KEYS.map(async (key) => [key, await probeOf(key)] as const));
  const report = Object.fromEntries(direct.filter(([, r]) => r)) as Partial<ProbeReport>;
  for (const key of OPTIONAL_ENDPOINT_KEYS) {
    const probe = ENDPOINTS[key].probe;
    if (typeof probe === "object") report[key] = { ...report[probe.sameAs as OptionalEndpointKey]!, ms: 0 };
  }
  return report as ProbeReport;
}

/** How long an alias' report is reused by later logins (a customer who deploys an endpoint sees it within this). */
export const CAPABILITY_TTL_MS = 10 * 60_000;
/** A report with unknowns (the ERP was slow or failing) is asked again sooner. */
const UNSETTLED_TTL_MS = 60_000;

const reports = new Map<string, { expires: number; report: Promise<ProbeReport> }>();

/** Forgets the cached reports (tests; an operator's change of ERP_ALIASES restarts the server anyway). */
export function clearCapabilityCache() {
  reports.clear();
}

/**
 * The optional endpoints the alias' ERP lacks, for the login to keep on the session row: the cached
 * report while fresh (logins at once share one probe), else a new probe under the login's deadline.
 * Never fails the login: a probe that breaks is logged and nothing is hidden. `now` ages the cache.
 */
export async function missingAtLogin(
  alias: string,
  target: ErpTarget,
  deadline: number,
  now = Date.now(),
): Promise<OptionalEndpointKey[]> {
  const key = `${alias.trim().toLowerCase()}|${target.baseUrl}`;
  let cached = reports.get(key);
  if (!cached || cached.expires <= now) {
    const report = probeEndpoints(target, { alias: alias.trim().toLowerCase(), deadline });
    cached = { expires: now + CAPABILITY_TTL_MS, report };
    reports.set(key, cached);
    const entry = cached;
    report.then(
      (r) => {
        for (const [endpoint, result] of Object.entries(r)) {
          const fields = { alias, endpoint, status: result.status, ms: result.ms };
          if (result.present === false) log.info("capabilities.missing", fields);
          else if (result.present === null) log.warn("capabilities.unknown", fields);
        }
        if (Object.values(r).some((p) => p.present === null)) entry.expires = now + UNSETTLED_TTL_MS;
      },
      () => reports.delete(key),
    );
  }
  try {
    const report = await cached.report;
    return OPTIONAL_ENDPOINT_KEYS.filter((k) => report[k].present === false);
  } catch (error) {
    log.unexpected("capabilities.probe_failed", error, { alias });
    return [];
  }
}

/** The features the viewer's ERP cannot offer (their endpoints were missing at login). */
export function unavailableFor(viewer: Pick<Viewer, "missingEndpoints">): Feature[] {
  return unavailableFeatures(viewer.missingEndpoints ?? []);
}

/** The privileges a page hands its buttons: the profile's, less what the viewer's ERP cannot do. */
export function shownPrivileges(viewer: Pick<Viewer, "missingEndpoints" | "privileges">): Privileges {
  return offeredPrivileges(viewer.privileges, unavailableFor(viewer));
}

/** Whether the viewer's ERP offers `feature`. */
export function offers(viewer: Pick<Viewer, "missingEndpoints">, feature: Feature): boolean {
  return !unavailableFor(viewer).includes(feature);
}

/** The line of each of `features` the viewer's ERP lacks (`capabilities.<feature>`), for a client component to show. */
export async function unavailableLines<F extends Feature>(
  viewer: Pick<Viewer, "missingEndpoints">,
  features: readonly F[],
): Promise<Partial<Record<F, string>>> {
  const missing = features.filter((f) => !offers(viewer, f));
  if (missing.length === 0) return {};
  const t = await getTranslations("capabilities");
  return Object.fromEntries(missing.map((f) => [f, t(f as Feature)])) as Partial<Record<F, string>>;
}
