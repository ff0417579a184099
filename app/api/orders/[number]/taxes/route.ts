import { erpUnavailable, json, withViewer } from "@/server/http";
import { orderTaxes } from "@/server/services/taxes";

export const dynamic = "force-dynamic";

/** The tax worksheet of one of the viewer's saved orders, from the ERP (server/services/taxes.ts). */
export function GET(_req: Request, { params }: { params: Promise<{ number: string }> }) {
  return withViewer(
    async (viewer) => {
      const { number } = await params;
      try {
        const worksheet = await orderTaxes(viewer, number);
        return worksheet ? json(worksheet) : json({ error: "not_found" }, { status: 404 });
      } catch (error) {
        return erpUnavailable(error, "taxes.unavailable");
      }
    },
    { privilege: "orders.view" },
  );
}
