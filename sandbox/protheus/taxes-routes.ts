import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { readJsonBody, TotvsError } from "../errors";
import { OrderValidationError } from "../orders/http-errors";
import { itemCodes } from "../orders/item-sequence";
import { toCents } from "../orders/money";
import type { Scope } from "../orders/tables";
import { computeTaxes } from "../taxes/engine";
import { loadTaxCustomer, loadTaxParameters, loadTaxProspect } from "../taxes/load";
import { parseTaxPayload } from "../taxes/payload";
import { taxRequestOf, type SimulationLine } from "../taxes/simulation";
import { toSalesTaxes } from "../taxes/wire";
import { requireTenant } from "./middleware";
import { orderInScope } from "./orders-routes";
import { notFound } from "./tgv/routes";
import { requireSellerViewer, sellerOf, type Viewer } from "./tgv/viewer";

/**
 * Protheus's `SalesTaxes` (ERP-CONTRACT.md §6, TDN "API para a consulta de valores e tributos do
 * Pedido de venda"): `POST /api/fat/v1/SalesTaxes` simulates an order sent as JSON, `GET
 * /api/fat/v1/SalesTaxes/{SalesOrderId}` recalculates a saved one (C5_FILIAL + C5_NUM). Same
 * tenant, token and seller scoping as the PGV routes: another seller's customer, prospect or order
 * is 404. The simulated order is for a customer (SA1) or, for a prospect's quotation, a prospect (SUS).
 * Engine and formulas: sandbox/taxes/, sandbox/docs/taxes.md.
 */
export function registerTaxRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  rest.use("/api/fat/*", requireTenant(state));

  rest.post("/api/fat/v1/SalesTaxes", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const parsed = parseTaxPayload(await readJsonBody(c));
    if (!parsed.ok) throw new OrderValidationError(400, parsed.errors);
    const { payload, buyer } = parsed;
    const scope = scopeOf(viewer);
    const customer =
      buyer.kind === "customer"
        ? await customerOr404(state, scope, buyer.code, buyer.store, sellerOf(viewer), viewer)
        : await prospectOr404(state, scope, buyer.code, buyer.store, sellerOf(viewer), viewer);
    const codes = itemCodes(payload.items.length);
    const lines: SimulationLine[] = payload.items.map((item, i) => ({
      item: item.item || codes[i]!,
      product: item.product,
      quantity: item.quantity,
      price: toCents(item.price),
      listPrice: item.listprice === undefined ? undefined : toCents(item.listprice),
      operation: item.operationtype || payload.operationtype || "",
    }));
    const { request, errors } = await taxRequestOf(state.db, scope, {
      parameters: await loadTaxParameters(state.db, scope),
      customer,
      freight: toCents(payload.freightvalue ?? 0),
      lines,
    });
    if (errors.length > 0) throw new OrderValidationError(400, errors);
    const header =
      buyer.kind === "customer"
        ? { customer: buyer.code, store: buyer.store }
        : { customer: "", store: "", prospect: buyer.code, prospectstore: buyer.store };
    return c.json(toSalesTaxes(computeTaxes(request), header));
  });

  rest.get("/api/fat/v1/SalesTaxes/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const order = await orderInScope(state, viewer, c.req.param("id").trim());
    const scope = scopeOf(viewer);
    // The order is the seller's: its customer is read whoever's portfolio it is in today.
    const customer = await customerOr404(state, scope, order.customer, order.store, undefined, viewer);
    const { request, errors } = await taxRequestOf(state.db, scope, {
      parameters: await loadTaxParameters(state.db, scope),
      customer,
      freight: toCents(order.freightvalue),
      lines: order.items.map((item) => ({
        item: item.item,
        product: item.product,
        quantity: item.quantity,
        price: toCents(item.price),
        listPrice: toCents(item.listprice),
        operation: item.operationtype.trim(),
        tes: item.tes.trim(),
      })),
    });
    if (errors.length > 0) {
      throw new TotvsError(
        422,
        `Não foi possível calcular os tributos do pedido ${order.number}: ${errors[0]!.message}`,
        errors.map((e) => `${e.field}: ${e.message}`).join("; "),
      );
    }
    return c.json(
      toSalesTaxes(computeTaxes(request), { customer: customer.code, store: customer.store, order: order.number }),
    );
  });
}

const scopeOf = (viewer: Viewer): Scope => ({ company: viewer.tenant.company, branch: viewer.tenant.branch });

async function customerOr404(
  state: SandboxState,
  scope: Scope,
  code: string,
  store: string,
  seller: string | undefined,
  viewer: Viewer,
) {
  const customer = await loadTaxCustomer(state.db, scope, { code, store, seller });
  if (!customer) {
    throw notFound(
      `Cliente ${code}/${store} não encontrado.`,
      `SalesTaxes: no live SA1 ${code}/${store} in scope of user ${viewer.user.id} in ${scope.company},${scope.branch}`,
    );
  }
  return { ...customer, code, store };
}

/** A prospect's quotation simulated: the SUS row is the buyer; its TES rules are the generic ones (no customer code). */
async function prospectOr404(
  state: SandboxState,
  scope: Scope,
  code: string,
  store: string,
  seller: string | undefined,
  viewer: Viewer,
) {
  const prospect = await loadTaxProspect(state.db, scope, { code, store, seller });
  if (!prospect) {
    throw notFound(
      `Prospect ${code}/${store} não encontrado.`,
      `SalesTaxes: no live SUS ${code}/${store} in scope of user ${viewer.user.id} in ${scope.company},${scope.branch}`,
    );
  }
  return { ...prospect, code: "", store: "" };
}
