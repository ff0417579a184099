import "server-only";
import { z } from "zod";
import type { ActionFailure, ActionResult } from "@/lib/action-result";
import { getErpErrorText } from "@/server/i18n";
import type { DraftSummary } from "@/lib/types/order-entry";
import type { ApplyOutcome } from "@/server/services/order-resend";
import { fieldErrorWords, type ActionWords } from "./create-action";

// What the send actions share — orders, quotations, customers, prospects, contacts (not a "use server"
// module: nothing here is an action).

/** A sales document's actions: sales viewer, its form's `errors` words, a Protheus 401 is an expired session. */
export const salesDocumentEnvelope = <M extends "orderForm.errors" | "quotationForm.errors">(
  name: string,
  messages: M,
) => ({ name, access: "sales", messages, erpUnauthorizedIsSession: true }) as const;

/** The submit's envelope; its form is parsed with the form's own schema (field codes → words). */
export const submitSchema = z.object({
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

/** A send the ERP took: its queue item, and the record when the ERP already named it. */
export type Submitted = { queueId: string | null; orderId: string | null };

/** A send's outcome in the viewer's words (the keys of the form's `errors` namespace). */
export async function submitResult(t: ActionWords, outcome: ApplyOutcome): Promise<ActionResult<Submitted>> {
  if (outcome.ok) return { ok: true, data: { queueId: outcome.queueId, orderId: outcome.orderId } };
  return sendFailure(t, outcome);
}

/** Why a send did not go, in the viewer's words: every document's send answers these (orders, quotations, registrations, contacts). */
export async function sendFailure(
  t: ActionWords,
  outcome: Exclude<ApplyOutcome, { ok: true }>,
): Promise<ActionFailure> {
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

/** A draft save's answer in the viewer's words (keys `draft_sent`, `not_found` of the form's `errors`). */
export function draftSaved(
  t: ActionWords,
  saved: { ok: true; draft: DraftSummary } | { ok: false; reason: "not_found" | "sent" },
): ActionResult<DraftSummary> {
  if (saved.ok) return { ok: true, data: saved.draft };
  return {
    ok: false,
    error: saved.reason === "sent" ? t("draft_sent") : t("not_found"),
    code: saved.reason === "sent" ? "locked" : "not_found",
  };
}
