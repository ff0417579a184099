import "server-only";
import type { ViewerSummary } from "@/lib/viewer-summary";
import { canSell, type Viewer } from "./viewer";

export function toViewerSummary(viewer: Viewer): ViewerSummary {
  return {
    userName: viewer.userName,
    login: viewer.login,
    sellerCode: viewer.seller?.code ?? null,
    isAdmin: viewer.isAdmin,
    canSell: canSell(viewer),
    sge: viewer.sge,
    alias: viewer.alias,
    mode: viewer.mode,
    company: viewer.tenant.company.trim(),
    companyName: viewer.companyName,
    branch: viewer.tenant.branch,
    branchName: viewer.branchName,
    branches: viewer.branches.map((b) => ({ code: b.code, name: b.name })),
  };
}
