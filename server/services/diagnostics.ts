import "server-only";
import type { DiagnosticsReport } from "@/lib/diagnostics";
import type { Tenant } from "@/lib/erp/tenant";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { businessNow } from "@/server/clock";
import { env } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import { gatewayBase, mingleAuthenticate, MingleAuthError, type MingleSession } from "@/server/erp/mingle/client";
import { invalidateToken, requestToken } from "@/server/erp/protheus/auth";
import { endpointsForAlias } from "@/server/erp/protheus/endpoints";
import { listCompanies } from "@/server/erp/protheus/environment";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { sgeConnection } from "@/server/erp/sge/connection";
import { probeEndpoints } from "@/server/services/capabilities";
import {
  failureDetail,
  note,
  type Check,
  type CheckOutcome,
  type DiagnosticsContext,
} from "./diagnostics-checks/context";
import { endpointChecks } from "./diagnostics-checks/endpoints";
import { orderJobCheck } from "./diagnostics-checks/order-job";
import {
  companiesCheck,
  mingleSetCheck,
  packageVersionCheck,
  restCheck,
  securityCheck,
  sessionTokenCheck,
} from "./diagnostics-checks/protheus";
import { rowStampCheck } from "./diagnostics-checks/row-stamp";
import { CHECK_TIMEOUT_MS, runChecks } from "./diagnostics-checks/runner";
import { sgeAuthCheck, sgeSentenceChecks } from "./diagnostics-checks/sge";

/**
 * The requirements diagnostics (issue 19): TOTVS PGV's documented prerequisites checked against the
 * alias' ERP, one row each with its status, latency and, when not ok, what to change. The page
 * (`runDiagnostics`, an administrator's own session) and `npm run doctor` (`runDiagnosticsForAlias`,
 * a user and password) build the same context and run the same checks. Read-only: no check writes.
 */

/** The alias as ERP_ALIASES configures it (direct mode), matched without letter case like the login's. */
function aliasEntry(alias: string) {
  const name = alias.trim().toLowerCase();
  return Object.entries(env().ERP_ALIASES).find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
}

/** Companies the other aliases on the same REST root use: PrepareIn opens them for those aliases. */
function otherCompanies(alias: string, restUrl: string | null): string[] {
  if (!restUrl) return [];
  const name = alias.trim().toLowerCase();
  return Object.entries(env().ERP_ALIASES)
    .filter(([key, entry]) => key.toLowerCase() !== name && entry.restUrl === restUrl)
    .flatMap(([, entry]) => entry.tenants.map((t) => t.company));
}

function checksFor(ctx: Pick<DiagnosticsContext, "mode" | "sge">, token: Check): Check[] {
  const erp = [
    packageVersionCheck,
    securityCheck,
    rowStampCheck,
    companiesCheck,
    orderJobCheck,
    ...endpointChecks((target) => probeEndpoints(target)),
  ];
  return [
    restCheck(ctx.mode),
    token,
    // Only Mingle has a set (EMPRESA/FILIAL): a direct alias names its tenants in ERP_ALIASES. Without
    // the set's tenant the ERP's calls cannot name a company, so they wait for that row.
    ...(ctx.mode === "mingle"
      ? [
          mingleSetCheck,
          ...erp.map((c) =>
            c.needs?.some((n) => n.id === "token")
              ? { ...c, needs: [...c.needs, { id: "mingleSet", skipped: "needsMingleSet" as const }] }
              : c,
          ),
        ]
      : erp),
    ...(ctx.sge ? [sgeAuthCheck(ctx.sge), ...sgeSentenceChecks(ctx.sge)] : []),
  ];
}

async function report(ctx: DiagnosticsContext, token: Check): Promise<DiagnosticsReport> {
  const startedAt = businessNow().toISOString();
  return {
    alias: ctx.alias,
    mode: ctx.mode,
    company: ctx.tenant.company,
    branch: ctx.tenant.branch,
    startedAt,
    results: await runChecks(ctx, checksFor(ctx, token)),
  };
}

/** The page's run: the administrator's own session, alias and tenant. Callers check `isAdmin`. */
export async function runDiagnostics(viewer: Viewer): Promise<DiagnosticsReport> {
  const entry = viewer.mode === "direct" ? aliasEntry(viewer.alias) : null;
  const restUrl = entry?.restUrl ?? null;
  const session = await erpForViewer(viewer);
  return report(
    {
      alias: viewer.alias,
      mode: viewer.mode,
      session: async () => session,
      restUrl,
      publicBase: restUrl ?? session.baseUrl,
      tenant: viewer.tenant,
      tenants: entry?.tenants ?? [viewer.tenant],
      otherCompanies: otherCompanies(viewer.alias, restUrl),
      // The session opened in the set's company, in its FILIAL when the user may work there.
      mingleSet: viewer.mode === "mingle" ? viewer.tenant : null,
      endpoints: endpointsForAlias(viewer.alias),
      sge: sgeConnection(viewer.alias),
      minimumPackage: env().ERP_MIN_PACKAGE_VERSION,
      deadline: 0,
    },
    sessionTokenCheck,
  );
}

export type DoctorCredentials = { user: string; password: string };

/** The CLI's connection: the context it checks, the token's target (null when refused) and the grant's outcome. */
type Opened = {
  ctx: Omit<DiagnosticsContext, "session" | "deadline">;
  target: ErpTarget | null;
  refusal: CheckOutcome | null;
  /** The grant's elapsed time, counted in the token row. */
  grantMs: number;
  release: () => Promise<unknown>;
};

function refusalOf(error: unknown, alias: string): CheckOutcome {
  if (error instanceof MingleAuthError)
    return error.reason === "UNKNOWN_ALIAS"
      ? { status: "failed", detail: note("unknownAlias", { alias }), fix: note("aliasConfig") }
      : { status: "failed", detail: note("badCredentials"), fix: note("credentials") };
  if (error instanceof ErpError && (error.kind === "unauthorized" || error.kind === "bad_request"))
    return { status: "failed", detail: note("badCredentials"), fix: note("credentials") };
  return { status: "failed", detail: failureDetail(error), fix: note("restConfig") };
}

const bearer = (baseUrl: string, tenant: Tenant | undefined, alias: string, accessToken: string): ErpTarget => ({
  baseUrl,
  tenant,
  endpoints: endpointsForAlias(alias),
  credentials: { kind: "bearer", token: async () => accessToken },
});

function commonOf(alias: string, restUrl: string | null) {
  return {
    alias: alias.trim().toLowerCase(),
    otherCompanies: otherCompanies(alias, restUrl),
    endpoints: endpointsForAlias(alias),
    sge: sgeConnection(alias),
    minimumPackage: env().ERP_MIN_PACKAGE_VERSION,
  };
}

/** Elapsed ms since `started` (performance.now()): a measurement, not a business instant. */
const since = (started: number) => Math.round(performance.now() - started);

/** Direct mode: the alias of ERP_ALIASES and an OAuth2 password grant, as the login does (null: no such alias). */
async function openDirect(alias: string, credentials: DoctorCredentials): Promise<Opened | null> {
  const entry = aliasEntry(alias);
  const tenant = entry?.tenants[0];
  if (!entry || !tenant) return null;
  const ctx = {
    ...commonOf(alias, entry.restUrl),
    mode: "direct" as const,
    restUrl: entry.restUrl,
    publicBase: entry.restUrl,
    tenant,
    tenants: entry.tenants,
    mingleSet: null,
  };
  const started = performance.now();
  try {
    const tokens = await requestToken(
      entry.restUrl,
      credentials.user,
      credentials.password,
      Date.now() + CHECK_TIMEOUT_MS,
    );
    return {
      ctx,
      target: bearer(entry.restUrl, tenant, alias, tokens.accessToken),
      refusal: null,
      grantMs: since(started),
      release: () => invalidateToken(entry.restUrl, tokens),
    };
  } catch (error) {
    return { ctx, target: null, refusal: refusalOf(error, alias), grantMs: since(started), release: async () => {} };
  }
}

/** Mingle mode: the alias login, whose set gives the tenant (EMPRESA/FILIAL) and the REST root (REST_URL). */
async function openMingle(mingleUrl: string, alias: string, credentials: DoctorCredentials): Promise<Opened> {
  const unknown = {
    ...commonOf(alias, null),
    mode: "mingle" as const,
    restUrl: null,
    publicBase: mingleUrl,
    tenant: { company: "", branch: "" },
    tenants: [],
    mingleSet: { company: "", branch: "" },
  };
  const started = performance.now();
  let session: MingleSession;
  try {
    const input = { alias, login: credentials.user, password: credentials.password, appId: env().MINGLE_APP_ID };
    session = await mingleAuthenticate(mingleUrl, input, CHECK_TIMEOUT_MS);
  } catch (error) {
    return {
      ctx: unknown,
      target: null,
      refusal: refusalOf(error, alias),
      grantMs: since(started),
      release: async () => {},
    };
  }
  const set = { company: session.params.EMPRESA ?? "", branch: session.params.FILIAL ?? "" };
  const complete = Boolean(set.company && set.branch);
  const base = gatewayBase(mingleUrl, session.ids.set);
  return {
    ctx: {
      ...unknown,
      restUrl: session.params.REST_URL ?? null,
      publicBase: base,
      tenant: set,
      tenants: complete ? [set] : [],
      mingleSet: set,
    },
    target: bearer(base, complete ? set : undefined, alias, session.accessToken),
    refusal: null,
    grantMs: since(started),
    release: () => invalidateToken(base, { accessToken: session.accessToken }),
  };
}

/**
 * `npm run doctor`: the same checks with a user and password instead of a session. The token row
 * is the grant itself (OAuth2 password grant, or Mingle's alias login) and a call with the token;
 * the token is invalidated at the end. No session and no store: it runs beside a running portal.
 */
export async function runDiagnosticsForAlias(
  alias: string,
  credentials: DoctorCredentials,
): Promise<DiagnosticsReport> {
  const mingleUrl = env().MINGLE_URL;
  const opened = mingleUrl ? await openMingle(mingleUrl, alias, credentials) : await openDirect(alias, credentials);
  if (!opened)
    return {
      alias,
      mode: "direct",
      company: "",
      branch: "",
      startedAt: businessNow().toISOString(),
      results: [
        {
          id: "token",
          check: "token",
          subject: null,
          status: "failed",
          ms: 0,
          detail: note("unknownAlias", { alias }),
          fix: note("aliasConfig"),
        },
      ],
    };
  const { target, refusal, grantMs } = opened;
  const token: Check = {
    id: "token",
    check: "token",
    fixOnError: note("tokenConfig"),
    async run(ctx) {
      if (!target) return { ...refusal!, ms: grantMs };
      const started = performance.now();
      try {
        await listCompanies(target, ctx.deadline);
        return { status: "ok", detail: note("tokenGranted"), ms: grantMs + since(started) };
      } catch (error) {
        return {
          status: "failed",
          detail: failureDetail(error),
          fix: note("tokenConfig"),
          ms: grantMs + since(started),
        };
      }
    },
  };
  const session = async () => {
    if (!target) throw new Error("no token: the token check failed");
    return target;
  };
  try {
    return await report({ ...opened.ctx, session, deadline: 0 }, token);
  } finally {
    await opened.release().catch(() => undefined);
  }
}
