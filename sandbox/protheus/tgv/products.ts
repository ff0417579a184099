import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import { runCollection } from "./collection";
import type { EntityDefinition } from "./entity";
import { findOneOr404, registerCollection, TGV_BASE } from "./routes";
import { requireSellerViewer } from "./viewer";

/**
 * `products` (SB1, shared) and `products/{code}/stock` (SB2, exclusive: each branch its own
 * warehouses). Products are catalogue data — every seller sees all of them — but the PGV answers
 * 403 to a user without a seller (TDN), which `requireSellerViewer` does for every route here.
 */
export const productsEntity: EntityDefinition = {
  name: "products",
  from: ({ viewer }) => `${companyTable("SB1", viewer.tenant.company)} t`,
  branch: { column: "t.B1_FILIAL", shared: true },
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    code: { sql: "t.B1_COD", type: "string", filter: true },
    description: { sql: "t.B1_DESC", type: "string", filter: true },
    // B1_TIPO (SX5 table 02): PA finished good, ME goods for resale...
    type: { sql: "t.B1_TIPO", type: "string", filter: true },
    // B1_MSBLQL as kept: '1' blocked, '2' active; `active` is the same as a boolean.
    status: { sql: "t.B1_MSBLQL", type: "string", filter: true },
    active: { sql: "(t.B1_MSBLQL <> '1')", type: "boolean", filter: true },
    standardwarehouse: { sql: "t.B1_LOCPAD", type: "string" },
    measureunit: { sql: "t.B1_UM", type: "string", filter: true },
    // Base sale price B1_PRV1 [defined here]; an order's price list (DA1) takes precedence.
    price: { sql: "t.B1_PRV1", type: "number", filter: true },
  },
  defaultOrder: "code",
};

/** Stock per warehouse: available = B2_QATU − B2_RESERVA (MATA225; reserve = released order lines). */
const stockEntity: EntityDefinition = {
  name: "stock",
  from: ({ viewer }) => `${companyTable("SB2", viewer.tenant.company)} t`,
  branch: { column: "t.B2_FILIAL" },
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    product: { sql: "t.B2_COD", type: "string" },
    warehouse: { sql: "t.B2_LOCAL", type: "string", filter: true },
    available: { sql: "(t.B2_QATU - t.B2_RESERVA)", type: "number", filter: true },
    reserved: { sql: "t.B2_RESERVA", type: "number" },
    // Physical balance B2_QATU [defined here].
    quantity: { sql: "t.B2_QATU", type: "number" },
  },
  defaultOrder: "warehouse",
};

export function registerProductRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "products", productsEntity);

  /** `{ hasNext, remainingRecords, po_sync_date, items: [{ product, warehouse, available, reserved, quantity }] }`. */
  rest.get(`${TGV_BASE}/products/:code/stock`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const code = c.req.param("code");
    await findOneOr404(
      state,
      productsEntity,
      viewer,
      ({ params }) => `t.B1_COD = ${params.add(code)}`,
      "Produto não encontrado.",
      { fields: "code" },
    );
    return c.json(
      await runCollection(state, stockEntity, viewer, {
        query: c.req.query(),
        where: ({ params }) => `t.B2_COD = ${params.add(code)}`,
      }),
    );
  });
}
