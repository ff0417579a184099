import "server-only";
import type { ViewerSummary } from "@/lib/viewer-summary";
import type { Viewer } from "./viewer";

export function toViewerSummary(viewer: Viewer): ViewerSummary {
  return {
    userName: viewer.userName,
    login: viewer.login,
    sellerCode: viewer.seller?.code ?? null,
    isAdmin: viewer.isAdmin,
    alias: viewer.alias,
    mode: viewer.mode,
    company: viewer.tenant.company.trim(),
    companyName: viewer.companyName,
    branch: viewer.tenant.branch,
    branchName: viewer.branchName,
    branches: viewer.branches.map((b) => ({ code: b.code, name: b.name })),
  };
}
