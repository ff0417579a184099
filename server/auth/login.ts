import "server-only";
import { loginSchema, type LoginFailure } from "@/lib/schemas/login";
import type { Tenant } from "@/lib/erp/tenant";
import { isAtLeast } from "@/lib/version";
import { env } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import { answersUnauthenticated, getPgvVersion, invalidateToken, requestToken } from "@/server/erp/protheus/auth";
import { endpointsForAlias } from "@/server/erp/protheus/endpoints";
import { listBranches, listCompanies } from "@/server/erp/protheus/environment";
import { getUserSellers } from "@/server/erp/protheus/sellers";
import { isFinanceLogin } from "@/server/erp/sge/connection";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { gatewayBase, mingleAuthenticate, MingleAuthError } from "@/server/erp/mingle/client";
import { findAlias } from "@/server/services/aliases";
import { missingAtLogin } from "@/server/services/capabilities";
import type { BranchRow } from "@/server/store/schema";
import { log } from "@/server/log";
import { createSession, type SessionTokens } from "./sessions";
import { PrivilegesUnreadable, readPrivileges } from "./privileges";
import { loginBudgets, reserveAttempt, settleAttempt } from "./throttle";

type LoginResult = { ok: true; sessionId: string } | { ok: false; failure: LoginFailure; retryAfter?: number };

class LoginRefused extends Error {
  constructor(readonly failure: LoginFailure) {
    super(failure);
  }
}

type Connection = {
  mode: "direct" | "mingle";
  baseUrl: string;
  /** Protheus REST root when known (direct mode): where the Security=0 probe goes. */
  restUrl: string | null;
  defaultTenant: Tenant;
  allowedTenants: Tenant[] | null;
  tokens: SessionTokens;
};

/**
 * The PGV login sequence (ARCHITECTURE.md "Login"): alias → token → package version → security
 * check → seller lookup → session row. Every refusal has its own reason; the whole sequence runs
 * inside LOGIN_DEADLINE_MS so an ERP that hangs gets "ERP unavailable" in ≤ 10 s.
 */
export async function login(rawInput: unknown, clientIp: string): Promise<LoginResult> {
  const parsed = loginSchema.safeParse(rawInput);
  if (!parsed.success) return { ok: false, failure: "INVALID_INPUT" };
  const input = parsed.data;
  const config = env();
  const budgets = loginBudgets(clientIp, { alias: input.alias, user: input.username });
  const reservation = await reserveAttempt(budgets);
  if (!reservation.ok) return { ok: false, failure: "THROTTLED", retryAfter: reservation.retryAfter };

  const deadline = Date.now() + config.LOGIN_DEADLINE_MS;
  let connection: Connection | null = null;
  try {
    connection = await connect(input, deadline);
    const sessionId = await openSession(input.username, input.alias, connection, deadline);
    await settleAttempt(budgets, "success");
    return { ok: true, sessionId };
  } catch (error) {
    if (connection) void discardTokens(connection);
    const failure = failureOf(error);
    await settleAttempt(
      budgets,
      failure === "BAD_CREDENTIALS" ? "bad_credentials" : failure === "UNKNOWN_ALIAS" ? "unknown_alias" : "neutral",
    );
    return { ok: false, failure };
  }
}

function failureOf(error: unknown): LoginFailure {
  if (error instanceof LoginRefused) return error.failure;
  if (error instanceof PrivilegesUnreadable) return "PRIVILEGES_UNAVAILABLE";
  if (error instanceof MingleAuthError) return error.reason;
  if (error instanceof ErpError) {
    // After a valid token, 403 means the tenant (company/branch) is not the user's (PrepareIn / user access).
    if (error.kind === "forbidden") return "NO_COMPANY_ACCESS";
    if (
      error.kind === "unavailable" ||
      error.kind === "timeout" ||
      error.kind === "no_license" ||
      error.kind === "rate_limited"
    )
      return "ERP_UNAVAILABLE";
    log.warn("login.erp_error", { kind: error.kind, status: error.status, detail: error.detail });
    return "LOGIN_FAILED";
  }
  log.unexpected("login.unexpected", error);
  return "LOGIN_FAILED";
}

async function connect(
  input: { alias: string; username: string; password: string },
  deadline: number,
): Promise<Connection> {
  const config = env();
  if (config.MINGLE_URL) {
    const mingle = await mingleAuthenticate(
      config.MINGLE_URL,
      { alias: input.alias, login: input.username, password: input.password, appId: config.MINGLE_APP_ID },
      deadline - Date.now(),
    );
    const company = mingle.params.EMPRESA;
    const branch = mingle.params.FILIAL;
    // Seed: "Enter at least one company and branch in the Mingle register."
    if (!company || !branch) throw new LoginRefused("ALIAS_NOT_CONFIGURED");
    return {
      mode: "mingle",
      baseUrl: gatewayBase(config.MINGLE_URL, mingle.ids.set),
      restUrl: mingle.params.REST_URL ?? null,
      defaultTenant: { company, branch },
      allowedTenants: null,
      tokens: {
        accessToken: mingle.accessToken,
        refreshToken: mingle.refreshToken,
        expiresAt: mingle.expiresAt,
        mingle: mingle.ids,
      },
    };
  }
  const entry = await findAlias(input.alias);
  if (!entry) throw new LoginRefused("UNKNOWN_ALIAS");
  const first = entry.tenants[0];
  if (!first) throw new LoginRefused("ALIAS_NOT_CONFIGURED");
  let tokens: SessionTokens;
  try {
    tokens = await requestToken(entry.restUrl, input.username, input.password, deadline);
  } catch (error) {
    if (error instanceof ErpError && (error.kind === "unauthorized" || error.kind === "bad_request"))
      throw new LoginRefused("BAD_CREDENTIALS");
    throw error;
  }
  return {
    mode: "direct",
    baseUrl: entry.restUrl,
    restUrl: entry.restUrl,
    defaultTenant: first,
    allowedTenants: entry.tenants,
    tokens,
  };
}

async function openSession(login: string, alias: string, connection: Connection, deadline: number) {
  const config = env();
  const target: ErpTarget = {
    baseUrl: connection.baseUrl,
    tenant: connection.defaultTenant,
    credentials: { kind: "bearer", token: async () => connection.tokens.accessToken },
    endpoints: endpointsForAlias(alias),
  };

  const version = await getPgvVersion(target, deadline);
  if (!isAtLeast(version.packageVersion, config.ERP_MIN_PACKAGE_VERSION)) {
    log.warn("login.outdated_rpo", {
      alias,
      packageVersion: version.packageVersion,
      minimum: config.ERP_MIN_PACKAGE_VERSION,
    });
    throw new LoginRefused("OUTDATED_RPO");
  }

  if (
    connection.restUrl &&
    !config.ALLOW_INSECURE_ERP &&
    (await answersUnauthenticated(connection.restUrl, deadline))
  ) {
    log.warn("login.insecure_erp", { alias });
    throw new LoginRefused("INSECURE_ERP");
  }

  const company = connection.defaultTenant.company;
  // Which optional endpoints answer, alongside (cached per alias; never fails the login).
  const missingEndpoints = missingAtLogin(alias, target, deadline);
  const [{ sellers, isAdmin }, companies, erpBranches, privileges] = await Promise.all([
    getUserSellers(target, deadline),
    listCompanies(target, deadline),
    listBranches(target, company, deadline),
    readPrivileges(target, deadline),
  ]);
  const finance = isFinanceLogin(alias, login);
  const allowed = (code: string) =>
    !connection.allowedTenants || connection.allowedTenants.some((t) => t.company === company && t.branch === code);

  const branches: BranchRow[] = erpBranches
    .filter((b) => allowed(b.code))
    .map((b) => ({
      code: b.code,
      name: b.name,
      sellerCode: sellers.find((s) => s.branch === b.code)?.code ?? null,
      issuer: b.issuer,
    }))
    // A seller works in the branches where they are a seller; an administrator, or the SESI/SENAI
    // finance team (SGE_CONNECTIONS), in every allowed branch.
    .filter((b) => isAdmin || finance || b.sellerCode);
  if (branches.length === 0)
    throw new LoginRefused(sellers.length === 0 && !isAdmin && !finance ? "NOT_A_SELLER" : "NO_COMPANY_ACCESS");

  const active = branches.find((b) => b.code === connection.defaultTenant.branch) ?? branches[0]!;
  const seller = sellers.find((s) => s.branch === active.code) ?? null;
  return createSession({
    login,
    userName: seller?.name || sellers[0]?.name || login,
    alias,
    mode: connection.mode,
    baseUrl: connection.baseUrl,
    tenant: { company, branch: active.code },
    companyName: companies.find((c) => c.code === company)?.name ?? company,
    seller: seller ? { code: seller.code, name: seller.name } : null,
    isAdmin,
    branches,
    tokens: connection.tokens,
    privileges,
    missingEndpoints: await missingEndpoints,
  });
}

async function discardTokens(connection: Connection) {
  try {
    await invalidateToken(connection.baseUrl, {
      accessToken: connection.tokens.accessToken,
      refreshToken: connection.mode === "direct" ? connection.tokens.refreshToken : undefined,
    });
  } catch {
    /* best effort: the token expires by itself */
  }
}
