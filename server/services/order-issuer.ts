import "server-only";
import type { OrderIssuer } from "@/lib/types/order";
import type { Viewer } from "@/server/auth/viewer";
import { businessNow } from "@/server/clock";

/** The viewer's company, branch (its registered name, CNPJ and address) and seller, as an order sheet carries them. */
export function orderIssuer(viewer: Viewer): OrderIssuer {
  const branch = viewer.branches.find((b) => b.code === viewer.tenant.branch);
  return {
    companyName: viewer.companyName,
    legalName: branch?.issuer?.legalName ?? "",
    document: branch?.issuer?.document ?? "",
    branch: { code: viewer.tenant.branch, name: viewer.branchName },
    address: branch?.issuer?.address ?? "",
    seller: viewer.seller ? [viewer.seller.code, viewer.seller.name].filter(Boolean).join(" · ") : "",
    issuedAt: businessNow().toISOString(),
  };
}
