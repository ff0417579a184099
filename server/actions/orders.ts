"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { fieldCodes, orderFormSchema } from "@/lib/schemas/order-form";
import type { DraftSummary } from "@/lib/types/order-entry";
import { discardDraft, draftInputSchema, saveDraft } from "@/server/services/order-drafts";
import { applyDraftToSentOrder, type ApplyOutcome } from "@/server/services/order-resend";
import { deleteOwnOrder } from "@/server/services/order-delete";
import { dismissPending } from "@/server/services/order-pending";
import { submitOrder } from "@/server/services/order-submit";
import { createAction, fieldErrorWords, type ActionWords } from "./create-action";
import { getErpErrorText } from "@/server/i18n";

/** The order actions' shared envelope: sales viewer, `orderForm.errors` words, a Protheus 401 is an expired session. */
const order = {
  name: "orders.action",
  access: "sales",
  messages: "orderForm.errors",
  erpUnauthorizedIsSession: true,
} as const;

/** Saves the order being typed (called as the rep types). */
export const saveOrderDraft = createAction({
  ...order,
  schema: draftInputSchema,
  invalid: (t) => ({ ok: false, error: t("draft_invalid") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<DraftSummary>> => {
    const saved = await saveDraft(viewer, input);
    if (!saved.ok)
      return {
        ok: false,
        error: saved.reason === "sent" ? t("draft_sent") : t("not_found"),
        code: saved.reason === "sent" ? "locked" : "not_found",
      };
    return { ok: true, data: saved.draft };
  },
});

export const discardOrderDraft = createAction({
  ...order,
  schema: z.object({ id: z.uuid() }),
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
  invalid: (t) => ({ ok: false, error: t("not_found") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ dismissed: boolean }>> => {
    const dismissed = await dismissPending(viewer, input.queueId);
    return dismissed ? { ok: true, data: { dismissed } } : { ok: false, error: t("not_found"), code: "not_found" };
  },
});

/** The submit's envelope; its form is parsed with the form's own schema (field codes → words). */
const submitSchema = z.object({
  draftId: z.uuid(),
  kind: z.enum(["new", "edit"]),
  orderNumber: z
    .string()
    .regex(/^[0-9A-Za-z]{1,6}$/)
    .optional(),
  stamp: z.string().max(40).optional(),
  customerName: z.string().max(120).catch(""),
  form: z.unknown(),
});

type Submitted = { queueId: string | null; orderId: string | null };

function submitAction(send: typeof submitOrder | typeof applyDraftToSentOrder) {
  return createAction({
    ...order,
    schema: submitSchema,
    invalid: (t) => ({ ok: false, error: t("invalid"), fieldErrors: { form: t("invalid") } }),
    run: async ({ viewer, input, t }): Promise<ActionResult<Submitted>> => {
      const form = orderFormSchema.safeParse(input.form);
      if (!form.success)
        return { ok: false, error: t("invalid"), fieldErrors: await fieldErrorWords(fieldCodes(form.error)) };
      return submitResult(t, await send(viewer, { ...input, form: form.data }));
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

async function submitResult(t: ActionWords, outcome: ApplyOutcome): Promise<ActionResult<Submitted>> {
  if (outcome.ok) {
    revalidatePath("/orders");
    return { ok: true, data: { queueId: outcome.queueId, orderId: outcome.orderId } };
  }
  switch (outcome.reason) {
    case "invalid":
      return { ok: false, error: t("invalid"), fieldErrors: await fieldErrorWords(outcome.fieldErrors) };
    case "rejected":
      return {
        ok: false,
        error: t("rejected", { message: (await getErpErrorText())(outcome) }),
        fieldErrors: outcome.fieldErrors,
      };
    case "conflict":
      return { ok: false, error: t("conflict"), code: "conflict" };
    case "already_sent":
      return { ok: false, error: t("already_sent"), code: "already_sent", queueId: outcome.queueId };
    case "first_pending":
      return { ok: false, error: t("first_pending"), code: "pending" };
    case "not_sent":
      return { ok: false, error: t("not_sent"), code: "not_sent" };
    case "locked":
      return { ok: false, error: t("locked"), code: "locked" };
    case "no_seller":
      return { ok: false, error: t("no_seller") };
    case "not_found":
      return { ok: false, error: t("not_found"), code: "not_found" };
  }
}

/** Deletes one of the viewer's open orders (after the page's confirmation). */
export const deleteOrderAction = createAction({
  ...order,
  schema: z.object({ number: z.string().regex(/^[0-9A-Za-z]{1,6}$/), stamp: z.string().min(1).max(40) }),
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
