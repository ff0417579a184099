import "server-only";
import { sql } from "drizzle-orm";
import type { Product } from "@/lib/types/catalog";
import { itemsShortOfStock, type OrderView } from "@/lib/types/order";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchStock } from "@/server/erp/protheus/products";
import { scopeOf } from "@/server/sync/scope";
import { syncedRecords } from "@/server/store/schema";
import { record, records } from "./synced";

export type ProductStock = {
  product: string;
  /**
   * The warehouse the ERP checks: the product's standard one (B1_LOCPAD), where an order line goes
   * when it names none (the portal never names one). Null when the product is not in the synced
   * catalogue: `available` is then the sum over the warehouses.
   */
  warehouse: string | null;
  /** B2_QATU − B2_RESERVA in `warehouse`, the figure the ERP's stock release compares with. */
  available: number;
  warehouses: { warehouse: string; available: number }[];
};

/**
 * Stock available now for one product in the viewer's branch, read online (never synced: it moves
 * by the minute), in the warehouse the ERP's release will check. Null when the code is not a
 * product code or the ERP does not know it; other ERP failures go on to the caller.
 */
export async function productStock(viewer: Viewer, code: string): Promise<ProductStock | null> {
  if (!/^[0-9A-Za-z._-]{1,15}$/.test(code)) return null;
  try {
    const [warehouses, product] = await Promise.all([
      fetchStock(await erpForViewer(viewer), code),
      syncedProduct(viewer, code),
    ]);
    const standard = product?.warehouse.trim() || null;
    const available = standard
      ? (warehouses.find((w) => w.warehouse.trim() === standard)?.available ?? 0)
      : warehouses.reduce((n, r) => n + r.available, 0);
    return { product: code, warehouse: standard, available, warehouses };
  } catch (error) {
    if (error instanceof ErpError && error.kind === "not_found") return null;
    throw error;
  }
}

/** The synced product by its code, as sent or as the ERP pads it (B1_COD is 15 characters). */
async function syncedProduct(viewer: Viewer, code: string): Promise<Product | null> {
  const scope = scopeOf(viewer);
  const exact = await record<Product>(scope, "products", code);
  if (exact) return exact;
  const [padded] = await records<Product>(scope, "products", sql`trim(${syncedRecords.data}->>'code') = ${code}`);
  return padded ?? null;
}

/**
 * For an order the ERP holds for stock, read online: what each short item's warehouse has now, by
 * item. Empty for the synced copy (the ERP is not answering) and for items whose stock read fails.
 */
export async function stockOfShortItems(viewer: Viewer, view: OrderView): Promise<Record<string, number>> {
  if (view.source !== "erp") return {};
  const short = itemsShortOfStock(view.order);
  const reads = await Promise.all(
    short.map((i) => productStock(viewer, i.product.trim()).catch((): ProductStock | null => null)),
  );
  return Object.fromEntries(
    short.flatMap((i, n) => {
      const row = reads[n]?.warehouses.find((w) => w.warehouse.trim() === i.warehouse.trim());
      return row ? [[i.item, row.available] as const] : [];
    }),
  );
}
