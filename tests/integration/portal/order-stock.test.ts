import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { itemsShortOfStock, stockHolds } from "@/lib/types/order";
import type { Viewer } from "@/server/auth/viewer";
import { submitOrder } from "@/server/services/order-submit";
import { queueStatus } from "@/server/services/order-queue";
import { getOrder } from "@/server/services/orders";
import { searchProducts } from "@/server/services/product-search";
import { productStock, stockOfShortItems } from "@/server/services/stock";
import { resetWorld } from "./reset";
import { sampleOrder } from "./sample-order";
import { admin, ordersWithKey, syncedViewer } from "./order-world";

// The stock the order form shows is the figure the ERP's release compares with (SB2 of the line's
// warehouse: B2_QATU − B2_RESERVA), and an order held for stock names the items that lack it.
describe("stock preview and the items an order lacks (services against the sandbox)", () => {
  let ana: Viewer;

  beforeAll(async () => {
    await resetWorld();
    ana = await syncedViewer("ana", "ana123");
  }, 120_000);

  const sb2 = async (product: string) =>
    (
      await admin.sql<{ warehouse: string; available: string }>(
        `SELECT B2_LOCAL AS warehouse, B2_QATU - B2_RESERVA AS available FROM SB2010 WHERE B2_FILIAL = '01' AND B2_COD = $1 AND D_E_L_E_T_ = ' ' ORDER BY 1`,
        [product],
      )
    ).rows.map((r) => ({ warehouse: r.warehouse.trim(), available: Number(r.available) }));

  it("reads the product's standard warehouse (B1_LOCPAD), not the sum over warehouses", async () => {
    const rows = await sb2("P00004");
    const stock = await productStock(ana, "P00004");
    expect(stock?.warehouse).toBe("01");
    expect(stock?.available).toBe(rows.find((r) => r.warehouse === "01")!.available);
    expect(stock!.available).toBeLessThanOrEqual(8);
    expect(stock!.warehouses.reduce((n, w) => n + w.available, 0)).toBeGreaterThan(500);
    expect(await productStock(ana, "NOPE")).toBeNull();
    expect(await productStock(ana, "../x")).toBeNull();
  });

  it("an order for more than the warehouse holds is held for stock, and names the item short of it", async () => {
    const available = (await productStock(ana, "P00004"))!.available;
    const [p4] = await searchProducts(ana, { q: "", priceList: "002", codes: ["P00004"] });
    const base = await sampleOrder(ana);
    // Two lines of the product: the first fits, the second asks for what the first left plus one.
    const first = Math.max(available - 2, 0);
    const form = {
      ...base,
      items: [
        base.items[0]!,
        { product: p4!.code, quantity: first, price: p4!.listPrice },
        { product: p4!.code, quantity: available - first + 1, price: p4!.listPrice },
      ].filter((i) => i.quantity > 0),
    };
    const sent = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "x", form });
    if (!sent.ok) throw new Error(sent.reason);
    await admin.runJobs();
    // The finished queue item brings the order into the rep's store (whose orders the rep may open).
    expect((await queueStatus(ana, sent.queueId!))?.item.status).toBe("done");
    const [created] = await ordersWithKey(form.key);
    const view = (await getOrder(ana, created!.number))!;
    expect(view.source).toBe("erp");
    expect(view.order.status).toBe("stock_blocked");
    const short = itemsShortOfStock(view.order);
    expect(short.map((i) => [i.product.trim(), i.quantity])).toEqual([["P00004", available - first + 1]]);
    expect(await stockOfShortItems(ana, view)).toEqual({ [short[0]!.item]: available - first });
    // What the order reserves and an edit would give back: the lines the release let through.
    expect(stockHolds(view.order)).toEqual(
      view.order.items
        .filter((i) => i.item !== short[0]!.item)
        .map((i) => ({ product: i.product.trim(), warehouse: "01", quantity: i.quantity })),
    );
    // The synced copy (ERP not answering) reads no stock.
    expect(await stockOfShortItems(ana, { ...view, source: "store" })).toEqual({});
  });
});
