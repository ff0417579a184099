import * as z from "zod/mini";
import { orderFormSchema } from "./order-form";

/**
 * What the tax worksheet needs of an order or quotation form: the customer, the header operation,
 * the freight and the complete lines, checked with the order form's own pieces (the same messages).
 */
export const taxRequestSchema = z.pick(orderFormSchema, {
  customer: true,
  store: true,
  operationType: true,
  freightType: true,
  freightValue: true,
  items: true,
});

/** A prospect's quotation: the same, with the prospect (SUS, SalesTaxes `prospect` + `prospectstore`) as the buyer. */
export const prospectTaxRequestSchema = z.extend(
  z.pick(orderFormSchema, { operationType: true, freightType: true, freightValue: true, items: true }),
  {
    prospect: z.string("required").check(z.trim(), z.minLength(1, "required"), z.maxLength(6, "too_long:6")),
    prospectStore: z.string("required").check(z.trim(), z.minLength(1, "required"), z.maxLength(2, "too_long:2")),
  },
);

export type TaxRequest = z.infer<typeof taxRequestSchema>;
export type ProspectTaxRequest = z.infer<typeof prospectTaxRequestSchema>;
/** Either buyer: a customer (orders, customers' quotations) or a prospect (its quotations). */
export type AnyTaxRequest = TaxRequest | ProspectTaxRequest;

/** The schema of a request: a prospect's when it names one (a prospect's quotation), else a customer's. */
export const taxRequestSchemaFor = (input: unknown) =>
  typeof input === "object" && input !== null && "prospect" in input && input.prospect
    ? prospectTaxRequestSchema
    : taxRequestSchema;

export const isProspectRequest = (request: AnyTaxRequest): request is ProspectTaxRequest => "prospect" in request;
