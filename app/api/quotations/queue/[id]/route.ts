import { erpUnavailable, json, withViewer } from "@/server/http";
import { quotationQueueStatus } from "@/server/services/quotation-queue";

export const dynamic = "force-dynamic";

/** Where one of the viewer's quotation operations is in the ERP's queue (the quotation page polls it). */
export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withViewer(
    async (viewer) => {
      const { id } = await params;
      try {
        const status = await quotationQueueStatus(viewer, id);
        return status ? json(status) : json({ error: "not_found" }, { status: 404 });
      } catch (error) {
        return erpUnavailable(error, "quotation_queue.unavailable");
      }
    },
    { background: true, privilege: "quotations.view" },
  );
}
