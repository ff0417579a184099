import { erpUnavailable, json, withViewer } from "@/server/http";
import { productStock } from "@/server/services/stock";

export const dynamic = "force-dynamic";

/** Stock available now for one product in the viewer's branch (server/services/stock.ts). */
export function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  return withViewer(async (viewer) => {
    const { code } = await params;
    try {
      const stock = await productStock(viewer, code);
      return stock ? json(stock) : json({ error: "not_found" }, { status: 404 });
    } catch (error) {
      return erpUnavailable(error, "stock.unavailable");
    }
  });
}
