import "server-only";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pageSchema } from "./wire";

/** `products/{code}/stock`: available (B2_QATU − B2_RESERVA) per warehouse of the viewer's branch. */
export async function fetchStock(
  target: ErpTarget,
  product: string,
): Promise<{ warehouse: string; available: number }[]> {
  const page = await protheusFetch(target, `api/tgv/products/${encodeURIComponent(product)}/stock`, {
    schema: pageSchema,
  });
  return page.items.map((row) => ({ warehouse: code(row, "warehouse"), available: num(row, "available") }));
}
