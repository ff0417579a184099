import "server-only";
import { isConvertible, isQuotationEditable, type Quotation } from "@/lib/types/quotation";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError, erpWords, isOrderRefusal, type ErpWords } from "@/server/erp/errors";
import { convertQuotation, deleteQuotation, type QuotationAccepted } from "@/server/erp/protheus/quotations";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { log } from "@/server/log";
import { quotationQueueEntity, quotationsEntity } from "@/server/sync/entities";
import { refreshNow } from "./notifications";
import { ownQuotation } from "./quotations";

/** Why the portal did not send the operation: the quotation's status (as of the business date) forbids it. */
export type QuotationStatusRefusal =
  | { reason: "expired"; validity: string | null }
  | { reason: "converted"; order: string }
  | { reason: "cancelled" | "unknown" };

export type QuotationActionOutcome =
  | { ok: true; queueId: string }
  | { ok: false; reason: "not_found" | "not_sent" }
  | ({ ok: false } & QuotationStatusRefusal)
  /** The ERP refused it (409: changed since, or an operation of it still waiting; 422: its status): its own words. */
  | ({ ok: false; reason: "conflict" | "rejected" } & ErpWords);

/**
 * "Converter em pedido" (MATA416) of one of the viewer's quotations: only an open one (valid on the
 * business date), checked here in the portal's words before the ERP is asked; sent with the stamp
 * the store holds, so a quotation changed since is the ERP's 409, not a silent conversion of
 * something the rep did not see. The ERP queues it; the answer is the queue item to follow.
 */
export async function convertOwnQuotation(viewer: Viewer, number: string): Promise<QuotationActionOutcome> {
  const quotation = await ownQuotation(viewer, number);
  if (!quotation) return { ok: false, reason: "not_found" };
  if (!isConvertible(quotation.status)) return { ok: false, ...statusRefusal(quotation) };
  return send(viewer, "convert", (target) => convertQuotation(target, quotation.id, quotation.stamp));
}

/** Deletes one of the viewer's quotations while the ERP allows it (open or expired), with the stamp the store holds. */
export async function deleteOwnQuotation(viewer: Viewer, number: string): Promise<QuotationActionOutcome> {
  const quotation = await ownQuotation(viewer, number);
  if (!quotation) return { ok: false, reason: "not_found" };
  if (!isQuotationEditable(quotation.status)) return { ok: false, ...statusRefusal(quotation) };
  return send(viewer, "delete", (target) => deleteQuotation(target, quotation.id, quotation.stamp));
}

function statusRefusal(quotation: Quotation): QuotationStatusRefusal {
  switch (quotation.status) {
    case "expired":
      return { reason: "expired", validity: quotation.validity };
    case "converted":
      return { reason: "converted", order: quotation.order.trim() };
    case "cancelled":
      return { reason: "cancelled" };
    default:
      return { reason: "unknown" };
  }
}

async function send(
  viewer: Viewer,
  operation: "convert" | "delete",
  call: (target: ErpTarget) => Promise<QuotationAccepted>,
): Promise<QuotationActionOutcome> {
  try {
    const answer = await call(await erpForViewer(viewer));
    log.info(`quotation.${operation}_queued`, { queueId: answer.queueId });
    // The queue row in the store makes the operation's progress the viewer's to follow
    // (quotation-queue.ts): no draft names this queue id.
    await refreshNow(viewer, quotationQueueEntity);
    return { ok: true, queueId: answer.queueId };
  } catch (error) {
    if (!(error instanceof ErpError) || error.kind === "session_expired" || error.kind === "unauthorized") throw error;
    if (isOrderRefusal(error)) {
      // The store's copy is behind the ERP (changed, converted or deleted since): bring the current
      // one, with its stamp and status, for what the rep does next.
      await refreshNow(viewer, quotationsEntity);
      return { ok: false, reason: error.kind === "conflict" ? "conflict" : "rejected", ...erpWords(error) };
    }
    log.warn(`quotation.${operation}_not_sent`, { kind: error.kind, detail: error.detail });
    return { ok: false, reason: "not_sent" };
  }
}
