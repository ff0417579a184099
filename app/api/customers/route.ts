import { customerQuerySchema } from "@/lib/schemas/customer-query";
import { json, withViewer } from "@/server/http";
import { listCustomers } from "@/server/services/customers";

export const dynamic = "force-dynamic";

/** The viewer's customers (search, filters, sort, paging) from the local store. */
export function GET(req: Request) {
  return withViewer(async (viewer) => {
    const parsed = customerQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "query", i.message]));
      return json({ error: "invalid_query", fieldErrors }, { status: 400 });
    }
    return json(await listCustomers(viewer, parsed.data));
  });
}
