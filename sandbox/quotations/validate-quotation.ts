/**
 * Business validation of a quotation: exactly the sales order's (orders/validate-order.ts —
 * customer in the seller's portfolio and not blocked, payment condition, price list valid on the
 * business date, products active and in the list, minimum price, operation type → TES), since
 * MATA415 prices a quotation as MATA410 prices an order, plus its validity (validity.ts). No
 * credit or stock analysis: Protheus analyses the order a quotation becomes, not the quotation.
 * A prospect's quotation (SUS instead of SA1) checks the prospect (prospect.ts) where an order
 * checks its customer; the rest is the same, with the price list the payload names (a prospect
 * has no A1_TABELA) and the TES of the generic SFM rules (no customer-specific rule applies).
 */
import type { FieldError, OrderPayload } from "../orders/payload";
import type { Scope, Sql } from "../orders/tables";
import { validateOrder, type ResolvedOrder } from "../orders/validate-order";
import { buyerOf, type QuotationPayload } from "./payload";
import { checkProspect } from "./prospect";
import { quotationValidity } from "./validity";

/** `customer`/`store` blank and `prospect`/`prospectStore` set for a prospect's quotation, the other way round otherwise. */
export type ResolvedQuotation = ResolvedOrder & { validity: string; prospect: string; prospectStore: string };

export async function validateQuotation(
  sql: Sql,
  scope: Scope,
  seller: string,
  payload: QuotationPayload,
  today: string,
  /** CJ_VALIDA of the quotation being edited (an edit without `validity` keeps it). */
  currentValidity?: string,
): Promise<{ errors: FieldError[]; resolved: ResolvedQuotation }> {
  const buyer = buyerOf(payload);
  const isProspect = buyer.kind === "prospect";
  const prospect = isProspect ? await checkProspect(sql, scope, seller, buyer) : undefined;
  const asOrder: OrderPayload = {
    ...payload,
    customer: isProspect ? "" : buyer.code,
    store: isProspect ? "" : buyer.store,
  };
  const order = await validateOrder(sql, scope, seller, asOrder, today, prospect && { name: prospect.name });
  const validity = quotationValidity({ requested: payload.validity, today, current: currentValidity });
  return {
    errors: [...(prospect?.errors ?? []), ...order.errors, ...validity.errors],
    resolved: {
      ...order.resolved,
      validity: validity.validity,
      prospect: isProspect ? buyer.code : "",
      prospectStore: isProspect ? buyer.store : "",
    },
  };
}

type QuotationBuyers = { customer: string; store: string; prospect: string; prospectstore: string };

/**
 * The buyer of a quotation never changes on an edit: the payload names its customer or its
 * prospect (either, once the prospect became the customer — the prospect is then refused by
 * checkProspect, with the customer to use). The error is on the field the payload sent.
 */
export function buyerChangeError(q: QuotationBuyers, payload: QuotationPayload): FieldError | undefined {
  const buyer = buyerOf(payload);
  const same =
    buyer.kind === "customer"
      ? q.customer !== "" && buyer.code === q.customer && buyer.store === q.store
      : q.prospect !== "" && buyer.code === q.prospect && buyer.store === q.prospectstore;
  if (same) return undefined;
  const whose = q.customer !== "" ? "O cliente" : "O prospect";
  return { field: buyer.kind, message: `${whose} de um orçamento não pode ser alterado.` };
}
