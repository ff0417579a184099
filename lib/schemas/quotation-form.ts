import * as z from "zod/mini";
import { isIsoDate } from "@/lib/calendar-date";
import { orderFormSchema } from "./order-form";

/**
 * The quotation form: the order form's schema (the same customer, conditions, lines, quantities,
 * prices and discounts, with the same messages) plus the validity, an ISO day. Carrier, customer
 * order number and message are an order's alone: a quotation sends none (they stay blank).
 * Whether the validity is within the ERP's window depends on the business date: the server checks
 * it (`quotationValidityCode`) and the form bounds its date picker with the same limits.
 */
export const quotationFormSchema = z.extend(orderFormSchema, {
  validity: z.optional(z.union([z.literal(""), z.string("invalid").check(z.refine(isIsoDate, "date"))], "date")),
});

export type QuotationForm = z.infer<typeof quotationFormSchema>;

/** How far ahead a quotation may be valid (sandbox/docs/quotations.md), and the default for a new one. */
export const MAX_VALIDITY_DAYS = 180;
export const DEFAULT_VALIDITY_DAYS = 15;
