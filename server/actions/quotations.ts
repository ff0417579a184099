"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { getErpErrorText, getFormat, getTranslations } from "@/server/i18n";
import {
  convertOwnQuotation,
  deleteOwnQuotation,
  type QuotationActionOutcome,
} from "@/server/services/quotation-actions";
import { createAction } from "./create-action";

// The quotation page's actions: "Converter em pedido" and "Excluir". (Form actions go below.)

/**
 * The envelope of the page's actions: sales viewer, the shared `actions` words for an expired
 * session or the unexpected; their own outcomes in `quotation.errors`. A Protheus 401 is an expired session.
 */
const quotationAction = {
  name: "quotations.action",
  access: "sales",
  messages: "actions",
  erpUnauthorizedIsSession: true,
} as const;

const byNumber = z.object({ number: z.string().regex(/^[0-9A-Za-z]{1,6}$/) });

async function notFound(): Promise<{ ok: false; error: string; code: "not_found" }> {
  return { ok: false, error: (await getTranslations("quotation.errors"))("not_found"), code: "not_found" };
}

/** A refused or failed operation in the rep's words: the portal's own for a status, the ERP's for its refusals. */
async function outcomeResult(
  number: string,
  operation: "convert" | "delete",
  outcome: QuotationActionOutcome,
): Promise<ActionResult<{ queueId: string }>> {
  if (outcome.ok) {
    revalidatePath("/quotations");
    return { ok: true, data: { queueId: outcome.queueId } };
  }
  const [t, f] = await Promise.all([getTranslations("quotation.errors"), getFormat()]);
  switch (outcome.reason) {
    case "not_found":
      return notFound();
    case "expired":
      return { ok: false, error: t("expired", { number, date: f.date(outcome.validity) }), code: "locked" };
    case "converted":
      return {
        ok: false,
        error: t(operation === "convert" ? "converted" : "locked_converted", {
          number,
          order: outcome.order || "none",
        }),
        code: "locked",
      };
    case "cancelled":
      return {
        ok: false,
        error: t(operation === "convert" ? "cancelled" : "locked_cancelled", { number }),
        code: "locked",
      };
    case "unknown":
      return { ok: false, error: t("unknown", { number }), code: "locked" };
    case "conflict":
      // The ERP's words say what moved (another operation, one still waiting); reloading shows it.
      return { ok: false, error: (await getErpErrorText())(outcome), code: "conflict" };
    case "rejected":
      return { ok: false, error: t("rejected", { message: (await getErpErrorText())(outcome) }), code: "rejected" };
    case "not_sent":
      return { ok: false, error: t(`${operation}_not_sent`), code: "not_sent" };
  }
}

/** "Converter em pedido" (after the page's confirmation): the ERP's job makes the order; returns the queue item. */
export const convertQuotationAction = createAction({
  ...quotationAction,
  schema: byNumber,
  // The conversion makes an order.
  privilege: ["quotations.view", "orders.add"],
  invalid: notFound,
  run: async ({ viewer, input }) =>
    outcomeResult(input.number, "convert", await convertOwnQuotation(viewer, input.number)),
});

/** Deletes one of the viewer's quotations (after the page's confirmation); returns the queue item. */
export const deleteQuotationAction = createAction({
  ...quotationAction,
  schema: byNumber,
  privilege: "quotations.delete",
  invalid: notFound,
  run: async ({ viewer, input }) =>
    outcomeResult(input.number, "delete", await deleteOwnQuotation(viewer, input.number)),
});
