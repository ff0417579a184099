import "server-only";
import { endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pageSchema } from "./wire";

/** `stock` (`products/{code}/stock` by default): available (B2_QATU − B2_RESERVA) per warehouse of the viewer's branch. */
export async function fetchStock(
  target: ErpTarget,
  product: string,
): Promise<{ warehouse: string; available: number }[]> {
  const page = await protheusFetch(target, endpointPath(target, "stock", { code: product }), {
    schema: pageSchema,
  });
  return page.items.map((row) => ({ warehouse: code(row, "warehouse"), available: num(row, "available") }));
}
