/**
 * Body of `POST /api/tgv/quotations` and `PUT /api/tgv/quotations/{id}` [defined here]: the sales
 * order body (orders/payload.ts — same fields, same rules, same `details`) without what only an
 * order has (carrier, customer's order number, invoice message), plus `validity` (CJ_VALIDA), an
 * ISO day. The buyer is a customer (`customer` + `store`, SA1) or, as MATA415 allows, a prospect
 * (`prospect` + `prospectstore`, SUS → CJ_PROSPE/CJ_LOJPRO) — exactly one of the two; a blank
 * field counts as absent, so a client may echo the GET shape (`customer: ""` on a prospect's
 * quotation). Structural checks only; the ERP-data checks are validate-quotation.ts.
 */
import { z } from "zod";
import { isIsoDate } from "../../lib/calendar-date";
import { MAX_ORDER_ITEMS } from "../orders/item-sequence";
import { fieldErrorsOf, missingOperationTypes, orderPayloadSchema, type FieldError } from "../orders/payload";

/** A code of `max` characters, trimmed; blank or absent → undefined (which buyer is sent is the refinement's). */
const buyerCode = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, `No máximo ${max} caracteres.`).optional(),
  );

export const BUYER_MESSAGES = {
  none: "Informe o cliente (customer e store) ou o prospect (prospect e prospectstore).",
  both: "Informe o cliente (customer e store) ou o prospect (prospect e prospectstore), não ambos.",
} as const;

export const quotationPayloadSchema = orderPayloadSchema
  .omit({ carrier: true, customerordernumber: true, message: true, customer: true, store: true })
  .extend({
    customer: buyerCode(6),
    store: buyerCode(2),
    /** US_COD of the prospect the quotation is for (CJ_PROSPE), instead of a customer. */
    prospect: buyerCode(6),
    /** US_LOJA (CJ_LOJPRO). */
    prospectstore: buyerCode(2),
    /** Valid until (inclusive), `yyyy-mm-dd`; default issue date + 15 days (validity.ts). */
    validity: z
      .string({ error: "Informe a data no formato aaaa-mm-dd." })
      .refine(isIsoDate, "Informe a data no formato aaaa-mm-dd.")
      .optional(),
    items: z
      .array(orderPayloadSchema.shape.items.element, { error: "Informe os itens do orçamento." })
      .min(1, "O orçamento deve ter ao menos um item.")
      .max(MAX_ORDER_ITEMS, `No máximo ${MAX_ORDER_ITEMS} itens.`),
  })
  .superRefine((p, ctx) => {
    const customer = p.customer !== undefined || p.store !== undefined;
    const prospect = p.prospect !== undefined || p.prospectstore !== undefined;
    const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
    if (customer && prospect) issue("prospect", BUYER_MESSAGES.both);
    else if (!customer && !prospect) issue("customer", BUYER_MESSAGES.none);
    else if (customer) {
      if (p.customer === undefined) issue("customer", "Campo obrigatório.");
      if (p.store === undefined) issue("store", "Campo obrigatório.");
    } else {
      if (p.prospect === undefined) issue("prospect", "Campo obrigatório.");
      if (p.prospectstore === undefined) issue("prospectstore", "Campo obrigatório.");
    }
  });

export type QuotationPayload = z.infer<typeof quotationPayloadSchema>;

/** Who a quotation is for: a customer (SA1) or a prospect (SUS), by code and store. */
export type QuotationBuyer = { kind: "customer" | "prospect"; code: string; store: string };

/** The buyer of a payload the schema accepted (exactly one of the two is there). */
export function buyerOf(payload: QuotationPayload): QuotationBuyer {
  return payload.prospect !== undefined
    ? { kind: "prospect", code: payload.prospect, store: payload.prospectstore ?? "" }
    : { kind: "customer", code: payload.customer ?? "", store: payload.store ?? "" };
}

export function parseQuotationPayload(
  body: unknown,
): { ok: true; quotation: QuotationPayload } | { ok: false; errors: FieldError[] } {
  const parsed = quotationPayloadSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
  const missing = missingOperationTypes(parsed.data);
  return missing.length ? { ok: false, errors: missing } : { ok: true, quotation: parsed.data };
}
