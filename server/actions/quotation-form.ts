"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { fieldCodes } from "@/lib/field-errors";
import { quotationFormSchema } from "@/lib/schemas/quotation-form";
import type { DraftSummary } from "@/lib/types/order-entry";
import { draftInputSchema, saveDraft } from "@/server/services/order-drafts";
import { submitOrder } from "@/server/services/order-submit";
import { createAction, fieldErrorWords } from "./create-action";
import { draftSaved, salesDocumentEnvelope, submitResult, submitSchema, type Submitted } from "./submit-result";

// The quotation form's actions: the order form's draft and one-submit-per-draft machinery, sent as a quotation.

const quotation = salesDocumentEnvelope("quotations.form", "quotationForm.errors");

/** Saves the quotation being typed (called as the rep types). */
export const saveQuotationDraft = createAction({
  ...quotation,
  schema: draftInputSchema,
  privilege: (input) => (input.kind === "new" ? "quotations.add" : "quotations.edit"),
  invalid: (t) => ({ ok: false, error: t("draft_invalid") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<DraftSummary>> => {
    return draftSaved(t, await saveDraft(viewer, { ...input, document: "quotation" }));
  },
});

/**
 * Sends the quotation to the ERP: parsed with the quotation form's schema (the order form's pieces
 * plus the validity), re-checked against the store like an order; seller and branch from the session.
 */
export const submitQuotationAction = createAction({
  ...quotation,
  schema: submitSchema,
  privilege: (input) => (input.kind === "new" ? "quotations.add" : "quotations.edit"),
  invalid: (t) => ({ ok: false, error: t("invalid"), fieldErrors: { form: t("invalid") } }),
  run: async ({ viewer, input, t }): Promise<ActionResult<Submitted>> => {
    const form = quotationFormSchema.safeParse(input.form);
    if (!form.success)
      return { ok: false, error: t("invalid"), fieldErrors: await fieldErrorWords(fieldCodes(form.error)) };
    const outcome = await submitOrder(viewer, { ...input, document: "quotation", form: form.data });
    if (outcome.ok) revalidatePath("/quotations");
    return submitResult(t, outcome);
  },
});
