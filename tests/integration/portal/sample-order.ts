import { randomUUID } from "node:crypto";
import type { OrderForm } from "@/lib/schemas/order-form";
import type { Viewer } from "@/server/auth/viewer";
import { searchProducts } from "@/server/services/product-search";

/**
 * A valid order of the viewer for showcase customer 000012 (risk B, nothing overdue, R$ 500k:
 * released), priced from list 002: P00001 × 3 at 5% off and P00002 × 2. A fresh key each call.
 */
export async function sampleOrder(viewer: Viewer, overrides: Partial<OrderForm> = {}): Promise<OrderForm> {
  const [p1, p2] = await searchProducts(viewer, { q: "", priceList: "002", codes: ["P00001", "P00002"] });
  return {
    key: `pgv-${randomUUID()}`,
    customer: "000012",
    store: "01",
    paymentCondition: "002",
    priceList: "002",
    operationType: "01",
    carrier: "",
    freightType: "C",
    freightValue: 0,
    customerOrderNumber: "",
    message: "",
    items: [
      { product: p1!.code, quantity: 3, price: Math.round(p1!.listPrice * 0.95) },
      { product: p2!.code, quantity: 2, price: p2!.listPrice },
    ],
    ...overrides,
  };
}
