import "server-only";
import { isEditable } from "@/lib/types/order";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError, erpWords, isRefusal, type ErpWords } from "@/server/erp/errors";
import { deleteOrder } from "@/server/erp/protheus/orders";
import { log } from "@/server/log";
import { refreshOrderActivity } from "./notifications";
import { ownOrder } from "./order-form-context";

type DeleteOutcome =
  | { ok: true; queueId: string }
  | { ok: false; reason: "not_found" | "locked" | "not_sent" }
  | ({ ok: false; reason: "conflict" | "rejected" } & ErpWords);

/** Deletes one of the viewer's open orders with the stamp it was read with (the ERP queues it). */
export async function deleteOwnOrder(viewer: Viewer, number: string, stamp: string): Promise<DeleteOutcome> {
  const order = await ownOrder(viewer, number);
  if (!order) return { ok: false, reason: "not_found" };
  if (!isEditable(order.status)) return { ok: false, reason: "locked" };
  try {
    const answer = await deleteOrder(await erpForViewer(viewer), order.id, stamp);
    log.info("order.delete_queued", { queueId: answer.queueId });
    // The queue row in the store makes the delete's progress the viewer's to follow (ownsQueueItem).
    await refreshOrderActivity(viewer);
    return { ok: true, queueId: answer.queueId };
  } catch (error) {
    if (!(error instanceof ErpError) || error.kind === "session_expired" || error.kind === "unauthorized") throw error;
    if (error.kind === "conflict") return { ok: false, reason: "conflict", ...erpWords(error) };
    if (isRefusal(error)) return { ok: false, reason: "rejected", ...erpWords(error) };
    log.warn("order.delete_not_sent", { kind: error.kind, detail: error.detail });
    return { ok: false, reason: "not_sent" };
  }
}
