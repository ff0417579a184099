import "server-only";
import { updateSessionBranch } from "@/server/auth/sessions";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { getUserSellers } from "@/server/erp/protheus/sellers";

type BranchSwitchFailure = "unknown_branch" | "not_a_seller_here";

/**
 * Moves the viewer's session to another branch of the same company. The branch must be one of the
 * session's branches, and the ERP is asked again in the new tenant (PrepareIn and user access are
 * the ERP's to decide; a seller link removed since login is caught here).
 */
export async function switchBranch(
  viewer: Viewer,
  branch: string,
): Promise<{ ok: true } | { ok: false; reason: BranchSwitchFailure }> {
  if (!viewer.branches.some((b) => b.code === branch)) return { ok: false, reason: "unknown_branch" };
  const base = await erpForViewer(viewer);
  const { sellers, isAdmin } = await getUserSellers({ ...base, tenant: { company: viewer.tenant.company, branch } });
  const seller = sellers.find((s) => s.branch === branch) ?? null;
  if (!seller && !isAdmin) return { ok: false, reason: "not_a_seller_here" };
  await updateSessionBranch(viewer.sessionId, branch, seller ? { code: seller.code, name: seller.name } : null);
  return { ok: true };
}
