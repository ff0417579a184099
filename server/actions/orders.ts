"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { fieldCodes, orderFormSchema } from "@/lib/schemas/order-form";
import type { DraftSummary } from "@/lib/types/order-entry";
import { discardDraft, draftInputSchema, saveDraft } from "@/server/services/order-drafts";
import { applyDraftToSentOrder } from "@/server/services/order-resend";
import { deleteOwnOrder } from "@/server/services/order-delete";
import { dismissPending } from "@/server/services/order-pending";
import { submitOrder } from "@/server/services/order-submit";
import { documentPrivilege, draftViewPrivilege } from "@/server/services/privilege-keys";
import { createAction, fieldErrorWords } from "./create-action";
import { getErpErrorText } from "@/server/i18n";
import { draftSaved, salesDocumentEnvelope, submitResult, submitSchema, type Submitted } from "./submit-result";

const order = salesDocumentEnvelope("orders.action", "orderForm.errors");

/** Saves the order being typed (called as the rep types). */
export const saveOrderDraft = createAction({
  ...order,
  schema: draftInputSchema,
  privilege: (input) => documentPrivilege(input.document, input.kind === "new" ? "add" : "edit"),
  invalid: (t) => ({ ok: false, error: t("draft_invalid") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<DraftSummary>> => {
    return draftSaved(t, await saveDraft(viewer, input));
  },
});

export const discardOrderDraft = createAction({
  ...order,
  schema: z.object({ id: z.uuid() }),
  privilege: (input, viewer) => draftViewPrivilege(viewer, input.id),
  invalid: (t) => ({ ok: false, error: t("not_found") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ discarded: boolean }>> => {
    const discarded = await discardDraft(viewer, input.id);
    revalidatePath("/orders/drafts");
    return discarded ? { ok: true, data: { discarded } } : { ok: false, error: t("not_found"), code: "not_found" };
  },
});

/** Dismisses a refused operation from "Em andamento no ERP" (the viewer's own only): it stays dismissed. */
export const dismissPendingAction = createAction({
  ...order,
  schema: z.object({ queueId: z.string().trim().min(1).max(60) }),
  privilege: "orders.view",
  invalid: (t) => ({ ok: false, error: t("not_found") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ dismissed: boolean }>> => {
    const dismissed = await dismissPending(viewer, input.queueId);
    return dismissed ? { ok: true, data: { dismissed } } : { ok: false, error: t("not_found"), code: "not_found" };
  },
});

function submitAction(send: typeof submitOrder | typeof applyDraftToSentOrder) {
  return createAction({
    ...order,
    schema: submitSchema,
    // "Apply my changes" edits the order an earlier send became.
    privilege: (input) => (input.kind === "new" && send === submitOrder ? "orders.add" : "orders.edit"),
    invalid: (t) => ({ ok: false, error: t("invalid"), fieldErrors: { form: t("invalid") } }),
    run: async ({ viewer, input, t }): Promise<ActionResult<Submitted>> => {
      const form = orderFormSchema.safeParse(input.form);
      if (!form.success)
        return { ok: false, error: t("invalid"), fieldErrors: await fieldErrorWords(fieldCodes(form.error)) };
      const outcome = await send(viewer, { ...input, form: form.data });
      if (outcome.ok) revalidatePath("/orders");
      return submitResult(t, outcome);
    },
  });
}

/**
 * Sends the order to the ERP. The form is parsed with the form's own schema and then re-checked
 * against the store (`checkOrder`); the seller and branch come from the session only.
 */
export const submitOrderAction = submitAction(submitOrder);

/** "Apply my changes" to the order an earlier send of this draft became (see `applyDraftToSentOrder`). */
export const applyDraftToSentOrderAction = submitAction(applyDraftToSentOrder);

/** Deletes one of the viewer's open orders (after the page's confirmation). */
export const deleteOrderAction = createAction({
  ...order,
  schema: z.object({ number: z.string().regex(/^[0-9A-Za-z]{1,6}$/), stamp: z.string().min(1).max(40) }),
  privilege: "orders.delete",
  invalid: (t) => ({ ok: false, error: t("not_found"), code: "not_found" }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ queueId: string }>> => {
    const outcome = await deleteOwnOrder(viewer, input.number, input.stamp);
    if (outcome.ok) return { ok: true, data: { queueId: outcome.queueId } };
    if (outcome.reason === "conflict") return { ok: false, error: t("conflict"), code: "conflict" };
    if (outcome.reason === "rejected")
      return { ok: false, error: t("rejected", { message: (await getErpErrorText())(outcome) }) };
    if (outcome.reason === "locked") return { ok: false, error: t("locked"), code: "locked" };
    if (outcome.reason === "not_sent") return { ok: false, error: t("delete_not_sent"), code: "not_sent" };
    return { ok: false, error: t("not_found"), code: "not_found" };
  },
});
