import "server-only";
import { sql } from "drizzle-orm";
import { orderTotals } from "@/lib/order-lines";
import type { OrderForm } from "@/lib/schemas/order-form";
import type { Carrier, OperationType, PaymentCondition, PriceList, Product } from "@/lib/types/catalog";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { toOrderPayload, type OrderPayload } from "@/server/erp/protheus/orders";
import { syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { orderCustomer, sellable } from "./order-form-context";
import { searchProducts } from "./product-search";
import { record, records } from "./synced";
import { isWholeUnit } from "@/lib/order-form-options";

/** Field path → message code (`lib/schemas/order-form.ts` codes plus the store checks below). */
export type FieldCodes = Record<string, string>;

type CheckedOrder = { payload: OrderPayload; customerName: string; total: number };

/**
 * Everything the server re-checks before an order reaches the ERP, against the rep's own store:
 * the customer is in the portfolio and not blocked, the codes exist and are usable today, every
 * product is active (and in the list), no price is below the list's minimum. The payload is built
 * here — seller and branch come from the session, prices are checked, totals recomputed.
 * A prospect's quotation has no customer: its `buyer` (the prospect, checked by the caller) is
 * given instead, and the rest is checked as for a customer.
 */
export async function checkOrder(
  viewer: Viewer,
  form: OrderForm,
  buyer?: { name: string },
): Promise<{ ok: true; order: CheckedOrder } | { ok: false; fieldErrors: FieldCodes }> {
  const scope = scopeOf(viewer);
  const today = businessToday();
  const errors: FieldCodes = {};
  const [customer, condition, list, operations, carrier] = await Promise.all([
    buyer ? Promise.resolve(null) : orderCustomer(viewer, form.customer, form.store),
    record<PaymentCondition>(scope, "paymentconditions", form.paymentCondition),
    form.priceList ? record<PriceList>(scope, "pricelists", form.priceList) : Promise.resolve(null),
    records<OperationType>(scope, "operationtypes"),
    form.carrier ? record<Carrier>(scope, "carriers", form.carrier) : Promise.resolve(null),
  ]);
  const knownOperations = new Set(operations.map((o) => o.code.trim()));
  const operation = knownOperations.has(form.operationType.trim());
  // A prospect's quotation's buyer was checked by the caller.
  if (!buyer) {
    if (!customer) errors.customer = "customer_unknown";
    else if (customer.blocked) errors.customer = "customer_blocked";
  }
  if (!condition) errors.paymentCondition = "unknown_code";
  else if (condition.blocked) errors.paymentCondition = "blocked_code";
  if (form.priceList && !list) errors.priceList = "unknown_code";
  else if (list && !sellable(list, today)) errors.priceList = "pricelist_not_valid";
  if (!operation) errors.operationType = "unknown_code";
  if (form.carrier && !carrier) errors.carrier = "unknown_code";

  const codes = [...new Set(form.items.map((i) => i.product.trim()))];
  const known = new Map(
    (await searchProducts(viewer, { q: "", priceList: list && sellable(list, today) ? list.code : "", codes })).map(
      (p) => [p.code, p],
    ),
  );
  const inactive =
    known.size < codes.length
      ? await productsNotSellable(
          scope,
          codes.filter((c) => !known.has(c)),
        )
      : new Set<string>();
  form.items.forEach((line, index) => {
    const option = known.get(line.product.trim());
    if (!option) {
      errors[`items.${index}.product`] = inactive.has(line.product.trim())
        ? "product_blocked"
        : list
          ? "product_not_in_list"
          : "product_unknown";
      return;
    }
    if (line.price < option.minimumPrice) errors[`items.${index}.price`] = `below_minimum:${option.minimumPrice}`;
    // The unit as the store has it, not as the browser said: a box or a piece is sold whole.
    if (isWholeUnit(option.unit) && !Number.isInteger(line.quantity))
      errors[`items.${index}.quantity`] = `whole_units:${option.unit.trim()}`;
    if (line.operationType && !knownOperations.has(line.operationType))
      errors[`items.${index}.product`] = "unknown_operation";
  });
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };

  const totals = orderTotals(form.items, form.freightValue);
  return {
    ok: true,
    order: {
      customerName: buyer?.name ?? customer!.name,
      total: totals.total,
      payload: toOrderPayload(form),
    },
  };
}

/** Of these codes, the ones the store knows as products (blocked or out of the list) — to say which. */
async function productsNotSellable(scope: string, codes: string[]): Promise<Set<string>> {
  const rows = await records<Product>(
    scope,
    "products",
    sql`trim(${syncedRecords.data}->>'code') in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )}) and not (${syncedRecords.data}->>'active')::boolean`,
  );
  return new Set(rows.map((p) => p.code.trim()));
}
