import { ErpError } from "@/server/erp/errors";
import { json, withViewer } from "@/server/http";
import { log } from "@/server/log";
import { queueStatus } from "@/server/services/order-submit";

export const dynamic = "force-dynamic";

/** Where one of the viewer's order operations is in the ERP's queue (the form and order page poll it). */
export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withViewer(
    async (viewer) => {
      const { id } = await params;
      try {
        const status = await queueStatus(viewer, id);
        return status ? json(status) : json({ error: "not_found" }, { status: 404 });
      } catch (error) {
        if (!(error instanceof ErpError)) throw error;
        log.warn("queue.unavailable", { kind: error.kind, detail: error.detail });
        return json({ error: "erp_unavailable" }, { status: 503 });
      }
    },
    { background: true },
  );
}
