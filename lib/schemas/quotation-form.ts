import * as z from "zod/mini";
import { isIsoDate } from "@/lib/calendar-date";
import { orderFormSchema } from "./order-form";

const code = (max: number) => z.string("required").check(z.trim(), z.maxLength(max, `too_long:${max}`));
const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/**
 * The quotation form: the order form's schema (the same customer, conditions, lines, quantities,
 * prices and discounts, with the same messages) plus the validity, an ISO day. Carrier, customer
 * order number and message are an order's alone: a quotation sends none (they stay blank).
 * Whether the validity is within the ERP's window depends on the business date: the server checks
 * it (`quotationValidityCode`) and the form bounds its date picker with the same limits.
 *
 * A quotation is for a customer or, as MATA415 allows, for a prospect (SUS: `prospect` +
 * `prospectStore`, the customer blank) — exactly one of the two; an order never has a prospect.
 */
export const quotationFormSchema = z
  .extend(orderFormSchema, {
    customer: code(6),
    store: code(2),
    prospect: z.optional(code(6)),
    prospectStore: z.optional(code(2)),
    validity: z.optional(z.union([z.literal(""), z.string("invalid").check(z.refine(isIsoDate, "date"))], "date")),
  })
  .check(
    // Whatever else is wrong with the form, a missing target is said with it (as the order's required customer is).
    z.superRefine(
      (form, ctx) => {
        const issue = (path: string, message: string) =>
          ctx.issues.push({ code: "custom", path: [path], message, input: form });
        if (text(form.prospect)) {
          if (!text(form.prospectStore)) issue("prospect", "required");
          if (text(form.customer) || text(form.store)) issue("customer", "invalid");
          return;
        }
        if (!text(form.customer)) issue("customer", "required");
        if (!text(form.store)) issue("store", "required");
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ),
  );

export type QuotationForm = z.infer<typeof quotationFormSchema>;

/** How far ahead a quotation may be valid (sandbox/docs/quotations.md), and the default for a new one. */
export const MAX_VALIDITY_DAYS = 180;
export const DEFAULT_VALIDITY_DAYS = 15;
