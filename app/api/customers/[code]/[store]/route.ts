import { CUSTOMER_LOOKUP } from "@/lib/privileges";
import { json, withViewer } from "@/server/http";
import { orderCustomer } from "@/server/services/order-form-context";

export const dynamic = "force-dynamic";

/** A customer of the viewer's portfolio as the order form needs it (defaults, credit facts); 404 for anyone else's. */
export function GET(_req: Request, { params }: { params: Promise<{ code: string; store: string }> }) {
  return withViewer(
    async (viewer) => {
      const { code, store } = await params;
      const customer = await orderCustomer(viewer, decodeURIComponent(code), decodeURIComponent(store));
      return customer ? json(customer) : json({ error: "not_found" }, { status: 404 });
    },
    { privilege: { anyOf: CUSTOMER_LOOKUP } },
  );
}
