import { json, withViewer } from "@/server/http";
import { pendingOrders } from "@/server/services/order-pending";

export const dynamic = "force-dynamic";

/** The viewer's order operations still in the ERP's queue (or refused): the rows above My orders. */
export function GET() {
  // Polled by the page (every 3–30 s): never extends the idle timeout.
  return withViewer(async (viewer) => json({ items: await pendingOrders(viewer) }), {
    background: true,
    privilege: "orders.view",
  });
}
