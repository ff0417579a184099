import "server-only";
import { and, eq } from "drizzle-orm";
import type { OrderForm } from "@/lib/schemas/order-form";
import { isEditable } from "@/lib/types/order";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { fetchQueueItem } from "@/server/erp/protheus/orders";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { refreshOrderActivity } from "./notifications";
import { getDraft } from "./order-drafts";
import { submitOrder, type SubmitOutcome } from "./order-submit";
import { getOrder } from "./orders";

export type ApplyOutcome = SubmitOutcome | { ok: false; reason: "first_pending" };

/**
 * "Apply my changes": a draft whose earlier send became an order in the ERP (with that send's
 * content, `already_sent`) and was edited since becomes an edit of that order, sent at once with
 * the order's current stamp. While the ERP still processes the first send there is no order to
 * change yet (`first_pending`); if the ERP refused the first send, no order exists and the draft is
 * simply sent again (the ERP re-queues the key with this content).
 */
export async function applyDraftToSentOrder(
  viewer: Viewer,
  input: { draftId: string; customerName: string; form: OrderForm },
): Promise<ApplyOutcome> {
  const { form, customerName } = input;
  const draft = await getDraft(viewer, input.draftId);
  if (!draft || draft.document !== "order" || draft.kind !== "new" || draft.problem?.kind !== "already_sent")
    return { ok: false, reason: "not_found" };
  const item = await fetchQueueItem(await erpForViewer(viewer), draft.problem.queueId);
  if (!item) return { ok: false, reason: "not_found" };
  const db = await getDb();
  const mine = and(
    eq(orderDrafts.id, draft.id),
    eq(orderDrafts.scope, scopeOf(viewer)),
    eq(orderDrafts.state, "editing"),
  );
  if (item.status === "error") {
    await db.update(orderDrafts).set({ error: null, sentHash: null }).where(mine);
    return submitOrder(viewer, { draftId: draft.id, kind: "new", customerName, form });
  }
  if (item.status !== "done" || !item.orderId) return { ok: false, reason: "first_pending" };

  await refreshOrderActivity(viewer);
  const number = item.orderId.slice(-6);
  const view = await getOrder(viewer, number);
  if (!view) return { ok: false, reason: "not_found" };
  if (view.source !== "erp") return { ok: false, reason: "not_sent" };
  if (!isEditable(view.order.status)) return { ok: false, reason: "locked" };
  // The order's customer is fixed: a draft moved to another customer cannot become this order's change.
  if (view.order.customer !== form.customer || view.order.store !== form.store)
    return { ok: false, reason: "invalid", fieldErrors: { customer: "customer_locked" } };
  await db
    .update(orderDrafts)
    .set({ kind: "edit", orderId: view.order.id, stamp: view.order.stamp, queueId: null, error: null, sentHash: null })
    .where(mine);
  return submitOrder(viewer, {
    draftId: draft.id,
    kind: "edit",
    orderNumber: number,
    stamp: view.order.stamp,
    customerName,
    form,
  });
}
