import type { MiddlewareHandler } from "hono";
import type { AppEnv, SandboxState, Tenant } from "../context";
import { TotvsError } from "../errors";
import { findBranch, preparedIn } from "./companies";
import { findToken } from "./tokens";
import { findAdministrator, findUserById, userMayAccess, verifyCredentials, type ProtheusUser } from "./users";

const unauthorized = (detail: string) => new TotvsError(401, "Usuário não autenticado ou sessão expirada.", detail);

async function userFromAuthorization(state: SandboxState, header: string): Promise<ProtheusUser> {
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (bearer) {
    const row = await findToken(state.db, bearer, "protheus", "access");
    const user = row && (await findUserById(state.db, row.userId));
    if (!user) throw unauthorized("Bearer token invalid, expired or revoked");
    return user;
  }
  const basic = /^Basic\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (basic) {
    const decoded = Buffer.from(basic, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const user =
      colon > 0 ? await verifyCredentials(state.db, decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
    if (!user) throw unauthorized("Basic credentials rejected");
    return user;
  }
  throw unauthorized("Unsupported Authorization scheme (use Bearer or Basic)");
}

/**
 * Bearer or Basic on every protected path. With Security=0 an anonymous call runs as the
 * administrator, like an Appserver whose appserver.ini lacks the Security key (TDN); a call that
 * does carry credentials is still validated, which is what the portal's Security=0 probe relies on.
 */
export function authenticate(state: SandboxState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header && state.switches.security === 0) {
      c.set("user", await findAdministrator(state.db));
    } else if (!header) {
      throw unauthorized("Missing Authorization header");
    } else {
      c.set("user", await userFromAuthorization(state, header));
    }
    await next();
  };
}

/** `company,branch`; keys are kept as sent (Protheus pads codes), one space after the comma is tolerated. */
export function parseTenant(value: string): Tenant | undefined {
  const comma = value.indexOf(",");
  if (comma <= 0) return undefined;
  const company = value.slice(0, comma);
  const branch = value.slice(comma + 1).replace(/^ +/, "");
  return branch ? { company, branch } : undefined;
}

/**
 * Validates the `tenantId` header (any letter case): the branch must exist, its company must be in
 * the environment's PrepareIn, and the user must be allowed in it. `optional` routes work without
 * the header (Protheus then opens the environment's default company) but still validate one if sent.
 */
export function requireTenant(
  state: SandboxState,
  mode: "required" | "optional" = "required",
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.header("tenantid");
    if (raw === undefined && mode === "optional") return next();
    const tenant = raw === undefined ? undefined : parseTenant(raw);
    if (!tenant) {
      throw new TotvsError(
        400,
        "Empresa/filial não informada.",
        `Header tenantId missing or malformed (expected "company,branch"): ${raw ?? "(none)"}`,
      );
    }
    const label = `${tenant.company},${tenant.branch}`;
    if (!(await findBranch(state.db, tenant.company, tenant.branch))) {
      throw new TotvsError(
        403,
        `Empresa/filial ${label} não encontrada.`,
        `tenantId ${label} does not exist in SYS_COMPANY`,
      );
    }
    if (!preparedIn(state.switches, tenant.company)) {
      throw new TotvsError(
        403,
        `Empresa ${tenant.company} não está disponível neste ambiente.`,
        `Company ${tenant.company} is not in PrepareIn of the REST environment`,
      );
    }
    const user = c.get("user");
    if (!user || !(await userMayAccess(state.db, user, tenant.company, tenant.branch))) {
      throw new TotvsError(
        403,
        `Usuário sem acesso à empresa/filial ${label}.`,
        `User ${user?.id ?? "?"} is not allowed in tenant ${label}`,
      );
    }
    c.set("tenant", tenant);
    await next();
  };
}
