import { erpUnavailable, json, withViewer } from "@/server/http";
import { queueStatus } from "@/server/services/order-queue";

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
        return erpUnavailable(error, "queue.unavailable");
      }
    },
    { background: true, privilege: "orders.view" },
  );
}
