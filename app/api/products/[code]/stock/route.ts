import { erpForViewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchStock } from "@/server/erp/protheus/orders";
import { json, withViewer } from "@/server/http";
import { log } from "@/server/log";

export const dynamic = "force-dynamic";

/** Stock available now for one product in the viewer's branch, read online (never synced: it moves by the minute). */
export function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  return withViewer(async (viewer) => {
    const { code } = await params;
    if (!/^[0-9A-Za-z._-]{1,15}$/.test(code)) return json({ error: "not_found" }, { status: 404 });
    try {
      const rows = await fetchStock(await erpForViewer(viewer), code);
      return json({ product: code, available: rows.reduce((n, r) => n + r.available, 0), warehouses: rows });
    } catch (error) {
      if (!(error instanceof ErpError)) throw error;
      if (error.kind === "not_found") return json({ error: "not_found" }, { status: 404 });
      log.warn("stock.unavailable", { kind: error.kind, detail: error.detail });
      return json({ error: "erp_unavailable" }, { status: 503 });
    }
  });
}
