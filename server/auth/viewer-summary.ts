import "server-only";
import { unavailableFeatures } from "@/lib/capabilities";
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
    privileges: viewer.privileges,
    unavailable: unavailableFeatures(viewer.missingEndpoints ?? []),
    alias: viewer.alias,
    mode: viewer.mode,
    company: viewer.tenant.company.trim(),
    companyName: viewer.companyName,
    branch: viewer.tenant.branch,
    branchName: viewer.branchName,
    branches: viewer.branches.map((b) => ({ code: b.code, name: b.name })),
  };
}
