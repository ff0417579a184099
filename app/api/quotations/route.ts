import { quotationQuerySchema } from "@/lib/schemas/quotation-query";
import { json, parseQuery, withViewer } from "@/server/http";
import { listQuotations } from "@/server/services/quotation-list";

export const dynamic = "force-dynamic";

/** The viewer's quotations (search, filters, sort, paging) from the local store. */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const query = parseQuery(quotationQuerySchema, req);
      return "error" in query ? query.error : json(await listQuotations(viewer, query.data));
    },
    { privilege: "quotations.view" },
  );
}
