"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { fieldCodes, fieldErrorText, orderFormSchema } from "@/lib/schemas/order-form";
import type { DraftSummary } from "@/lib/types/order-entry";
import { getSalesViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { getErpErrorText, getFormat, getTranslations } from "@/server/i18n";
import { log } from "@/server/log";
import { discardDraft, draftInputSchema, saveDraft } from "@/server/services/order-drafts";
import { applyDraftToSentOrder, type ApplyOutcome } from "@/server/services/order-resend";
import { deleteOwnOrder, submitOrder } from "@/server/services/order-submit";

type Errors = Awaited<ReturnType<typeof getTranslations<"orderForm.errors">>>;

async function withOrderViewer<T>(
  run: (viewer: Viewer, t: Errors) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const t = await getTranslations("orderForm.errors");
  const viewer = await getSalesViewer();
  if (!viewer) return { ok: false, error: t("unauthorized"), code: "session_expired" };
  try {
    return await run(viewer, t);
  } catch (error) {
    if (error instanceof ErpError && (error.kind === "session_expired" || error.kind === "unauthorized"))
      return { ok: false, error: t("unauthorized"), code: "session_expired" };
    const correlationId = log.unexpected("orders.action", error);
    return { ok: false, error: t("unexpected", { id: correlationId }), correlationId };
  }
}

async function fieldMessages(t: Errors, codes: Record<string, string>): Promise<Record<string, string>> {
  const f = await getFormat();
  return Object.fromEntries(
    Object.entries(codes).map(([field, code]) => [
      field,
      fieldErrorText((k, v) => t(`field.${k}` as "field.invalid", v), code, f.money),
    ]),
  );
}

/** Saves the order being typed (called as the rep types). */
export async function saveOrderDraft(input: unknown): Promise<ActionResult<DraftSummary>> {
  return withOrderViewer(async (viewer, t) => {
    const parsed = draftInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: t("draft_invalid") };
    const saved = await saveDraft(viewer, parsed.data);
    if (!saved.ok)
      return {
        ok: false,
        error: saved.reason === "sent" ? t("draft_sent") : t("not_found"),
        code: saved.reason === "sent" ? "locked" : "not_found",
      };
    return { ok: true, data: saved.draft };
  });
}

export async function discardOrderDraft(input: unknown): Promise<ActionResult<{ discarded: boolean }>> {
  return withOrderViewer(async (viewer, t) => {
    const parsed = z.object({ id: z.uuid() }).safeParse(input);
    if (!parsed.success) return { ok: false, error: t("not_found") };
    const discarded = await discardDraft(viewer, parsed.data.id);
    revalidatePath("/orders/drafts");
    return discarded ? { ok: true, data: { discarded } } : { ok: false, error: t("not_found"), code: "not_found" };
  });
}

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

/** The submit's envelope and form, parsed: the form with the form's own schema. */
async function parseSubmit(t: Errors, input: unknown) {
  const envelope = submitSchema.safeParse(input);
  if (!envelope.success)
    return {
      ok: false as const,
      result: { ok: false as const, error: t("invalid"), fieldErrors: { form: t("invalid") } },
    };
  const form = orderFormSchema.safeParse(envelope.data.form);
  if (!form.success)
    return {
      ok: false as const,
      result: { ok: false as const, error: t("invalid"), fieldErrors: await fieldMessages(t, fieldCodes(form.error)) },
    };
  return { ok: true as const, input: { ...envelope.data, form: form.data } };
}

/**
 * Sends the order to the ERP. The form is parsed with the form's own schema and then re-checked
 * against the store (`checkOrder`); the seller and branch come from the session only.
 */
export async function submitOrderAction(input: unknown): Promise<ActionResult<Submitted>> {
  return withOrderViewer(async (viewer, t) => {
    const parsed = await parseSubmit(t, input);
    return parsed.ok ? submitResult(t, await submitOrder(viewer, parsed.input)) : parsed.result;
  });
}

/** "Apply my changes" to the order an earlier send of this draft became (see `applyDraftToSentOrder`). */
export async function applyDraftToSentOrderAction(input: unknown): Promise<ActionResult<Submitted>> {
  return withOrderViewer(async (viewer, t) => {
    const parsed = await parseSubmit(t, input);
    return parsed.ok ? submitResult(t, await applyDraftToSentOrder(viewer, parsed.input)) : parsed.result;
  });
}

type Submitted = { queueId: string | null; orderId: string | null };

async function submitResult(t: Errors, outcome: ApplyOutcome): Promise<ActionResult<Submitted>> {
  if (outcome.ok) {
    revalidatePath("/orders");
    return { ok: true, data: { queueId: outcome.queueId, orderId: outcome.orderId } };
  }
  switch (outcome.reason) {
    case "invalid":
      return { ok: false, error: t("invalid"), fieldErrors: await fieldMessages(t, outcome.fieldErrors) };
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
export async function deleteOrderAction(input: unknown): Promise<ActionResult<{ queueId: string }>> {
  return withOrderViewer(async (viewer, t) => {
    const parsed = z
      .object({ number: z.string().regex(/^[0-9A-Za-z]{1,6}$/), stamp: z.string().min(1).max(40) })
      .safeParse(input);
    if (!parsed.success) return { ok: false, error: t("not_found"), code: "not_found" };
    const outcome = await deleteOwnOrder(viewer, parsed.data.number, parsed.data.stamp);
    if (outcome.ok) return { ok: true, data: { queueId: outcome.queueId } };
    if (outcome.reason === "conflict") return { ok: false, error: t("conflict"), code: "conflict" };
    if (outcome.reason === "rejected")
      return { ok: false, error: t("rejected", { message: (await getErpErrorText())(outcome) }) };
    if (outcome.reason === "locked") return { ok: false, error: t("locked"), code: "locked" };
    if (outcome.reason === "not_sent") return { ok: false, error: t("delete_not_sent"), code: "not_sent" };
    return { ok: false, error: t("not_found"), code: "not_found" };
  });
}
