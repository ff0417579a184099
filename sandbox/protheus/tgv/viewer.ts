import type { Context } from "hono";
import type { AppEnv, SandboxState, Tenant } from "../../context";
import { companyTable } from "../../db";
import { TotvsError } from "../../errors";
import type { ProtheusUser } from "../users";

/**
 * Who is asking, in which tenant: the PGV API scopes every read by it. A seller is a user with a
 * live, unblocked SA3 row in the tenant's branch whose A3_CODUSR is the user's id (what the PGV's
 * `sellers/codeuser` resolves at login); an administrator sees every seller's data.
 */
export type Viewer = {
  user: ProtheusUser;
  tenant: Tenant;
  /** SA3 A3_COD in the tenant branch; null for administrators and users without a seller. */
  sellerCode: string | null;
  isAdmin: boolean;
};

export async function resolveViewer(state: SandboxState, c: Context<AppEnv>): Promise<Viewer> {
  const user = c.get("user");
  const tenant = c.get("tenant");
  if (!user || !tenant) throw new Error("resolveViewer used on a route without authenticate + requireTenant");
  const { rows } = await state.db.query<{ code: string }>(
    `SELECT A3_COD AS code FROM ${companyTable("SA3", tenant.company)}
      WHERE A3_FILIAL = $1 AND A3_CODUSR = $2 AND D_E_L_E_T_ = ' ' AND A3_MSBLQL <> '1'
      ORDER BY A3_COD LIMIT 1`,
    [tenant.branch, user.id],
  );
  return { user, tenant, sellerCode: rows[0]?.code ?? null, isAdmin: user.isAdmin };
}

/**
 * The PGV refuses its data to a user who is neither a seller in the branch nor an administrator
 * (TDN: "tgv/products returns 403 for a user without a seller"). The sandbox applies the same rule
 * to every seller-data route (customers, receivables, contacts, notifications, orders...).
 */
export async function requireSellerViewer(state: SandboxState, c: Context<AppEnv>): Promise<Viewer> {
  const viewer = await resolveViewer(state, c);
  if (!viewer.isAdmin && viewer.sellerCode === null) {
    throw new TotvsError(
      403,
      "Usuário não está cadastrado como vendedor nesta filial.",
      `User ${viewer.user.id} has no SA3 seller (A3_CODUSR) in tenant ${viewer.tenant.company},${viewer.tenant.branch}`,
    );
  }
  return viewer;
}

/**
 * The seller code to scope by, or undefined when the viewer sees everything (administrator).
 * Protheus/PGV: a seller sees the customers with A1_VEND = their code and what hangs off them.
 */
export function sellerOf(viewer: Viewer): string | undefined {
  if (viewer.isAdmin) return undefined;
  if (viewer.sellerCode === null) throw new Error("sellerOf() on a viewer that passed no seller check");
  return viewer.sellerCode;
}
