/**
 * Business validation of a quotation: exactly the sales order's (orders/validate-order.ts —
 * customer in the seller's portfolio and not blocked, payment condition, price list valid on the
 * business date, products active and in the list, minimum price, operation type → TES), since
 * MATA415 prices a quotation as MATA410 prices an order, plus its validity (validity.ts). No
 * credit or stock analysis: Protheus analyses the order a quotation becomes, not the quotation.
 */
import type { FieldError } from "../orders/payload";
import type { Scope, Sql } from "../orders/tables";
import { validateOrder, type ResolvedOrder } from "../orders/validate-order";
import type { QuotationPayload } from "./payload";
import { quotationValidity } from "./validity";

export type ResolvedQuotation = ResolvedOrder & { validity: string };

export async function validateQuotation(
  sql: Sql,
  scope: Scope,
  seller: string,
  payload: QuotationPayload,
  today: string,
  /** CJ_VALIDA of the quotation being edited (an edit without `validity` keeps it). */
  currentValidity?: string,
): Promise<{ errors: FieldError[]; resolved: ResolvedQuotation }> {
  const order = await validateOrder(sql, scope, seller, payload, today);
  const validity = quotationValidity({ requested: payload.validity, today, current: currentValidity });
  return {
    errors: [...order.errors, ...validity.errors],
    resolved: { ...order.resolved, validity: validity.validity },
  };
}
