import { prospectQuerySchema } from "@/lib/schemas/prospect-query";
import { json, parseQuery, withViewer } from "@/server/http";
import { listProspects } from "@/server/services/prospects";

export const dynamic = "force-dynamic";

/** The viewer's prospects (search, filters, sort, paging) from the local store. */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const query = parseQuery(prospectQuerySchema, req);
      return "error" in query ? query.error : json(await listProspects(viewer, query.data));
    },
    { privilege: "prospects.view" },
  );
}
