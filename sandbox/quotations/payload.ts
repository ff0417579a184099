/**
 * Body of `POST /api/tgv/quotations` and `PUT /api/tgv/quotations/{id}` [defined here]: the sales
 * order body (orders/payload.ts — same fields, same rules, same `details`) without what only an
 * order has (carrier, customer's order number, invoice message), plus `validity` (CJ_VALIDA), an
 * ISO day. Structural checks only; the ERP-data checks are validate-quotation.ts.
 */
import { z } from "zod";
import { isIsoDate } from "../../lib/calendar-date";
import { MAX_ORDER_ITEMS } from "../orders/item-sequence";
import { fieldErrorsOf, missingOperationTypes, orderPayloadSchema, type FieldError } from "../orders/payload";

export const quotationPayloadSchema = orderPayloadSchema
  .omit({ carrier: true, customerordernumber: true, message: true })
  .extend({
    /** Valid until (inclusive), `yyyy-mm-dd`; default issue date + 15 days (validity.ts). */
    validity: z
      .string({ error: "Informe a data no formato aaaa-mm-dd." })
      .refine(isIsoDate, "Informe a data no formato aaaa-mm-dd.")
      .optional(),
    items: z
      .array(orderPayloadSchema.shape.items.element, { error: "Informe os itens do orçamento." })
      .min(1, "O orçamento deve ter ao menos um item.")
      .max(MAX_ORDER_ITEMS, `No máximo ${MAX_ORDER_ITEMS} itens.`),
  });

export type QuotationPayload = z.infer<typeof quotationPayloadSchema>;

export function parseQuotationPayload(
  body: unknown,
): { ok: true; quotation: QuotationPayload } | { ok: false; errors: FieldError[] } {
  const parsed = quotationPayloadSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
  const missing = missingOperationTypes(parsed.data);
  return missing.length ? { ok: false, errors: missing } : { ok: true, quotation: parsed.data };
}
