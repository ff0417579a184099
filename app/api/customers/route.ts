import { CUSTOMER_LOOKUP } from "@/lib/privileges";
import { customerQuerySchema } from "@/lib/schemas/customer-query";
import { json, parseQuery, withViewer } from "@/server/http";
import { listCustomers } from "@/server/services/customers";

export const dynamic = "force-dynamic";

/** The viewer's customers (search, filters, sort, paging) from the local store. */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const query = parseQuery(customerQuerySchema, req);
      return "error" in query ? query.error : json(await listCustomers(viewer, query.data));
    },
    { privilege: { anyOf: CUSTOMER_LOOKUP } },
  );
}
