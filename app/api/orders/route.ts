import { orderQuerySchema } from "@/lib/schemas/order-query";
import { json, parseQuery, withViewer } from "@/server/http";
import { listOrders } from "@/server/services/order-list";

export const dynamic = "force-dynamic";

/** The viewer's orders (search, filters, sort, paging) from the local store. */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const query = parseQuery(orderQuerySchema, req);
      return "error" in query ? query.error : json(await listOrders(viewer, query.data));
    },
    { privilege: "orders.view" },
  );
}
