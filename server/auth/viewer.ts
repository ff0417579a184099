import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import type { Tenant } from "@/lib/erp/tenant";
import type { EndpointKey } from "@/lib/erp/endpoints";
import { allowed, type PrivilegeKey, type Privileges } from "@/lib/privileges";
import { env } from "@/server/env";
import { genericErpError } from "@/server/erp/errors";
import { sgeAccessOf, type SgeAccess } from "@/server/erp/sge/connection";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import type { BranchRow } from "@/server/store/schema";
import { withCurrentPrivileges } from "./privileges";
import { cachedTokenSid } from "./session-cache";
import { erpTargetForSession, loadSession, type SessionRow } from "./sessions";

/** Who is asking: every service takes this first and scopes by it. Built only from the server-side session. */
export type Viewer = {
  sessionId: string;
  login: string;
  userName: string;
  alias: string;
  mode: "direct" | "mingle";
  tenant: Tenant;
  companyName: string;
  branchName: string;
  seller: { code: string; name: string } | null;
  isAdmin: boolean;
  branches: BranchRow[];
  /** SESI/SENAI (RM SGE) permissions; null where the alias has no SGE connection. */
  sge: SgeAccess | null;
  /** The ERP profile's menu and action privileges (lib/privileges.ts); null: no restriction. */
  privileges: Privileges;
  /** Optional ERP endpoints missing at login: their features are hidden (server/services/capabilities.ts). Absent: none. */
  missingEndpoints?: readonly EndpointKey[];
};

/** Whether the viewer's privileges allow `key` (on top of their role: see canSell, sge). */
export function can(viewer: Pick<Viewer, "privileges">, key: PrivilegeKey): boolean {
  return allowed(viewer.privileges, key);
}

/** Sales pages (customers, orders, indicators) need a seller or an administrator. */
export function canSell(viewer: Pick<Viewer, "seller" | "isAdmin">): boolean {
  return Boolean(viewer.seller) || viewer.isAdmin;
}

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The session cookies set empty and expired, the way a browser accepts the deletion: a
 * `__Secure-` cookie is only replaced by one that is itself `Secure` (a plain delete leaves it).
 */
export function expiredSessionCookies() {
  return SESSION_COOKIES.map((name) => ({
    name,
    value: "",
    path: "/",
    expires: new Date(0),
    maxAge: 0,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: name.startsWith("__Secure-"),
  }));
}

/**
 * The session row a viewer was made from: its ERP target comes from the same row, without reading
 * the session again in the same request (a route handler has no React cache, and the page's read
 * touches the idle clock while the target's does not). Tokens stay current through the session's
 * own token cache and refresh (sessions.ts), whatever the row's age.
 */
const sessionRows = new WeakMap<Viewer, SessionRow>();

export function viewerFromSession(row: SessionRow): Viewer {
  const viewer: Viewer = {
    sessionId: row.id,
    login: row.login,
    userName: row.userName,
    alias: row.alias,
    mode: row.mode,
    tenant: { company: row.company, branch: row.branch },
    companyName: row.companyName,
    branchName: row.branches.find((b) => b.code === row.branch)?.name ?? row.branch,
    seller: row.sellerCode ? { code: row.sellerCode, name: row.sellerName ?? "" } : null,
    isAdmin: row.isAdmin,
    branches: row.branches,
    sge: sgeAccessOf({ alias: row.alias, login: row.login, seller: row.sellerCode, isAdmin: row.isAdmin }),
    privileges: row.privileges,
    missingEndpoints: row.missingEndpoints,
  };
  sessionRows.set(viewer, row);
  return viewer;
}

/** Session id from next-auth's encrypted JWT cookie, or null. */
export async function sessionIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  return cachedTokenSid(raw, async (value) => {
    try {
      const token = await decode({ token: value, secret: env().AUTH_SECRET });
      if (typeof token?.sid !== "string" || !token.sid || typeof token.exp !== "number") return null;
      return { sid: token.sid, expiresAt: token.exp * 1000 };
    } catch {
      return null;
    }
  });
}

// One session read per request, id and kind (React cache is per request in RSC, a passthrough elsewhere).
const sessionById = cache(async (id: string, touch: boolean) => {
  const row = await loadSession(id, { touch });
  return row && withCurrentPrivileges(row);
});

/**
 * The signed-in viewer, or null (route handlers answer 401). Cached per request. `background`: the
 * page asked by itself (a poll), not the person — the idle timeout does not move.
 */
export async function getViewer(options: { background?: boolean } = {}): Promise<Viewer | null> {
  const id = await sessionIdFromCookie();
  const row = id ? await sessionById(id, !options.background) : null;
  return row ? viewerFromSession(row) : null;
}

/** For sales actions and routes: the viewer when they may use the sales side, else null. */
export async function getSalesViewer(): Promise<Viewer | null> {
  const viewer = await getViewer();
  return viewer && canSell(viewer) ? viewer : null;
}

/**
 * For pages: the viewer, or a redirect to /login — with "session expired" when the browser still
 * had a session cookie (idle or absolute timeout, revoked elsewhere, refresh refused).
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  redirect((await sessionIdFromCookie()) ? "/login?expired=1" : "/login");
}

/**
 * For the sales pages: a finance-team login without a seller (issue 7) signs in for the SESI/SENAI
 * pages only and is sent there.
 */
export async function requireSalesViewer(privilege?: PrivilegeKey): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!canSell(viewer)) redirect("/sge/finance");
  return requirePrivilege(viewer, privilege);
}

export type SgePermission = keyof SgeAccess;

/** For pages: the 403 page when the viewer's privileges deny `key` (the menu and buttons hide it too). */
export function requirePrivilege<V extends Viewer>(viewer: V, key: PrivilegeKey | undefined): V {
  if (key && !can(viewer, key)) forbidden();
  return viewer;
}

/**
 * For SGE pages: the viewer when the alias has SGE and they hold `permission`, else a 403 page that
 * says so (app/forbidden.tsx: "sem permissão para esta área", not a missing page; the menu hides it too).
 */
export async function requireSgeViewer(
  permission: SgePermission,
  privilege?: PrivilegeKey,
): Promise<Viewer & { sge: SgeAccess }> {
  const viewer = await requireViewer();
  if (!viewer.sge?.[permission]) forbidden();
  return requirePrivilege(viewer as Viewer & { sge: SgeAccess }, privilege);
}

/** For SGE actions and routes: the viewer holding `permission`, or null (the caller answers 401/403). */
export async function getSgeViewer(
  permission: SgePermission,
): Promise<{ viewer: Viewer & { sge: SgeAccess } } | { error: "unauthorized" | "forbidden" }> {
  const viewer = await getViewer();
  if (!viewer) return { error: "unauthorized" };
  if (!viewer.sge?.[permission]) return { error: "forbidden" };
  return { viewer: viewer as Viewer & { sge: SgeAccess } };
}

/** The ERP target of the viewer's session (tenant, language, self-refreshing token). */
export async function erpForViewer(viewer: Viewer, language?: string): Promise<ErpTarget> {
  // Never a touch: whether this request is the person's was decided by getViewer.
  const row = sessionRows.get(viewer) ?? (await sessionById(viewer.sessionId, false));
  if (!row) throw genericErpError("session_expired", "no session row");
  return erpTargetForSession(row, language);
}
