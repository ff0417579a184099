import "server-only";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchStock } from "@/server/erp/protheus/products";

type ProductStock = {
  product: string;
  available: number;
  warehouses: { warehouse: string; available: number }[];
};

/**
 * Stock available now for one product in the viewer's branch, read online (never synced: it moves
 * by the minute). Null when the code is not a product code or the ERP does not know it; other ERP
 * failures go on to the caller.
 */
export async function productStock(viewer: Viewer, code: string): Promise<ProductStock | null> {
  if (!/^[0-9A-Za-z._-]{1,15}$/.test(code)) return null;
  try {
    const warehouses = await fetchStock(await erpForViewer(viewer), code);
    return { product: code, available: warehouses.reduce((n, r) => n + r.available, 0), warehouses };
  } catch (error) {
    if (error instanceof ErpError && error.kind === "not_found") return null;
    throw error;
  }
}
