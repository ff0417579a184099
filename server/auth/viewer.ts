import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import type { Tenant } from "@/lib/erp/tenant";
import { env } from "@/server/env";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import type { BranchRow } from "@/server/store/schema";
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
};

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function toViewer(row: SessionRow): Viewer {
  return {
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
  };
}

/** Session id from next-auth's encrypted JWT cookie, or null. */
export async function sessionIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: env().AUTH_SECRET });
    return typeof token?.sid === "string" && token.sid ? token.sid : null;
  } catch {
    return null;
  }
}

const currentSession = cache(async (): Promise<SessionRow | null> => {
  const id = await sessionIdFromCookie();
  return id ? loadSession(id) : null;
});

/** The signed-in viewer, or null (route handlers answer 401). Cached per request. */
export async function getViewer(): Promise<Viewer | null> {
  const row = await currentSession();
  return row ? toViewer(row) : null;
}

/** For pages: the viewer, or a redirect to /login. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** The ERP target of the current session (tenant, language, self-refreshing token). */
export async function erpForViewer(viewer: Viewer, language?: string): Promise<ErpTarget> {
  const row = await currentSession();
  if (!row || row.id !== viewer.sessionId) throw new Error("viewer does not match the current session");
  return erpTargetForSession(row, language);
}
