import "server-only";
import type { Viewer } from "@/server/auth/viewer";

/**
 * The sync and store scope of a viewer: alias, company, branch and seller (`*` for an
 * administrator, who syncs the whole tenant). Every synced row carries it; every read filters by it.
 */
export function scopeOf(viewer: Pick<Viewer, "alias" | "tenant" | "seller">): string {
  return [viewer.alias, viewer.tenant.company, viewer.tenant.branch, viewer.seller?.code ?? "*"].join("|");
}
