import { accessLogQuerySchema } from "@/lib/schemas/access-log-query";
import { json, parseQuery, withViewer } from "@/server/http";
import { listPersonalDataAccess } from "@/server/services/personal-data-log";

export const dynamic = "force-dynamic";

/** The LGPD access log of the viewer's alias (newest first, filters, paging): administrators only, 403 for anyone else. */
export function GET(req: Request) {
  return withViewer(async (viewer) => {
    if (!viewer.isAdmin) return json({ error: "forbidden" }, { status: 403 });
    const query = parseQuery(accessLogQuerySchema, req);
    if ("error" in query) return query.error;
    const result = await listPersonalDataAccess(viewer, query.data);
    return result.ok ? json(result.data) : json({ error: "forbidden" }, { status: 403 });
  });
}
