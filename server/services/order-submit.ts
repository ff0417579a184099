import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { OrderForm } from "@/lib/schemas/order-form";
import { isEditable, type QueueItem } from "@/lib/types/order";
import type { PendingOrder, QueueStatusAnswer } from "@/lib/types/order-entry";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { businessNow } from "@/server/clock";
import { ErpError, erpWords, isOrderRefusal, isRefusal, type ErpFieldError, type ErpWords } from "@/server/erp/errors";
import { deleteOrder, fetchQueueItem, postOrder, putOrder } from "@/server/erp/protheus/orders";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { orderDrafts, syncedRecords } from "@/server/store/schema";
import { orderQueueEntity } from "@/server/sync/entities";
import { scopeOf } from "@/server/sync/scope";
import { pollNotifications, refreshOrderActivity } from "./notifications";
import { checkOrder, type FieldCodes } from "./order-check";
import { getDraft, saveDraft } from "./order-drafts";
import { ownOrder } from "./order-form-context";
import { records } from "./synced";

/** A claim older than this is a submit that died midway (process stopped): it may be claimed again. */
const STALE_CLAIM_MS = 60_000;

type SubmitInput = {
  draftId: string;
  kind: "new" | "edit";
  orderNumber?: string;
  stamp?: string;
  customerName: string;
  form: OrderForm;
};

export type SubmitOutcome =
  | { ok: true; queueId: string | null; orderId: string | null }
  | { ok: false; reason: "invalid"; fieldErrors: FieldCodes }
  | ({ ok: false; reason: "rejected"; fieldErrors: Record<string, string> } & ErpWords)
  | ({ ok: false; reason: "conflict" } & ErpWords)
  /** The ERP already holds an order from an earlier send of this draft, with that send's content, not this one's. */
  | { ok: false; reason: "already_sent"; queueId: string }
  | { ok: false; reason: "not_sent" | "not_found" | "no_seller" | "locked" };

/** The ERP payload's field names → the form's (`items.0.operationtype` is the header's operation). */
const ERP_FIELDS: Record<string, string> = {
  customer: "customer",
  store: "customer",
  paymentcondition: "paymentCondition",
  pricelist: "priceList",
  operationtype: "operationType",
  carrier: "carrier",
  freighttype: "freightType",
  freightvalue: "freightValue",
  customerordernumber: "customerOrderNumber",
  message: "message",
};

export function formFieldOf(erpField: string): string {
  const item = /^items\.(\d+)\.(product|quantity|price|operationtype|warehouse)$/.exec(erpField);
  if (item)
    return item[2] === "operationtype" || item[2] === "warehouse" ? "operationType" : `items.${item[1]}.${item[2]}`;
  return ERP_FIELDS[erpField] ?? "form";
}

function erpFieldErrors(fields: ErpFieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[formFieldOf(f.field)] ??= f.message;
  return out;
}

/**
 * Sends an order (new: POST with the draft's key as `externalid`; edit: PUT with the stamp it was
 * read with). What was typed is saved first, whatever happens next. One submit per draft at a time:
 * a second click while the first is on its way gets the first one's answer. The ERP's `externalid`
 * makes a resend after a lost answer land on the same queue item — exactly one order.
 */
export async function submitOrder(viewer: Viewer, input: SubmitInput): Promise<SubmitOutcome> {
  if (!viewer.seller) return { ok: false, reason: "no_seller" };
  const saved = await saveDraft(viewer, {
    id: input.draftId,
    kind: input.kind,
    orderNumber: input.orderNumber,
    stamp: input.stamp,
    data: { ...input.form, customerName: input.customerName },
  });
  if (!saved.ok && saved.reason === "not_found") return { ok: false, reason: "not_found" };
  if (!saved.ok) return alreadySent(viewer, input.draftId);
  // A draft turned into an order's change ("apply my changes") is sent only as that change.
  if (saved.draft.kind !== input.kind) return { ok: false, reason: "not_found" };

  let orderId: string | null = null;
  if (input.kind === "edit") {
    const order = input.orderNumber ? await ownOrder(viewer, input.orderNumber) : null;
    if (!order) return { ok: false, reason: "not_found" };
    if (!isEditable(order.status)) return { ok: false, reason: "locked" };
    if (order.customer !== input.form.customer || order.store !== input.form.store)
      return { ok: false, reason: "invalid", fieldErrors: { customer: "customer_locked" } };
    if (!input.stamp) return { ok: false, reason: "conflict", message: "" };
    orderId = order.id;
  }
  const checked = await checkOrder(viewer, input.form);
  if (!checked.ok) return { ok: false, reason: "invalid", fieldErrors: checked.fieldErrors };

  const db = await getDb();
  const scope = scopeOf(viewer);
  const payload = checked.order.payload;
  const hash = input.kind === "new" ? payloadHash(payload) : null;
  const [before] = await db
    .select({ sentHash: orderDrafts.sentHash })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.id, input.draftId), eq(orderDrafts.scope, scope)));
  const firstHash = before?.sentHash ?? hash;
  const now = new Date();
  const claimed = await db
    .update(orderDrafts)
    // Before the call: from here on, this payload may reach the ERP (the first one that did is kept).
    .set({ state: "submitting", updatedAt: now, sentHash: firstHash })
    .where(
      and(
        eq(orderDrafts.id, input.draftId),
        eq(orderDrafts.scope, scope),
        or(
          eq(orderDrafts.state, "editing"),
          and(eq(orderDrafts.state, "submitting"), lt(orderDrafts.updatedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
        ),
      ),
    )
    .returning({ key: orderDrafts.key });
  if (!claimed.length) return alreadySent(viewer, input.draftId);

  const settle = (set: Partial<typeof orderDrafts.$inferInsert>) =>
    db
      .update(orderDrafts)
      .set({ ...set, updatedAt: new Date() })
      .where(and(eq(orderDrafts.id, input.draftId), eq(orderDrafts.scope, scope)));
  try {
    const target = await erpForViewer(viewer);
    // The key is the draft's, fixed at its first save: a replay carrying another key changes nothing.
    const key = claimed[0]!.key || input.form.key;
    const answer = orderId
      ? await putOrder(target, orderId, input.stamp!, payload)
      : await postOrder(target, { ...payload, externalid: key });
    if (answer.duplicate && firstHash !== hash) {
      // A send whose answer was lost reached the ERP, and the draft was edited since: the ERP kept the
      // first content. Saying "sent" would report the old content as the new one.
      await settle({ state: "editing", queueId: answer.queueId, error: `sent:${answer.queueId}` });
      log.info("order.already_sent", { queueId: answer.queueId });
      return { ok: false, reason: "already_sent", queueId: answer.queueId };
    }
    await settle({
      state: "submitted",
      queueId: answer.queueId,
      error: null,
      sentHash: answer.duplicate ? firstHash : hash,
    });
    log.info("order.submitted", { kind: input.kind, queueId: answer.queueId, duplicate: answer.duplicate });
    return { ok: true, queueId: answer.queueId, orderId: answer.orderId ?? orderId };
  } catch (error) {
    if (!(error instanceof ErpError)) {
      await settle({ state: "editing", error: "not_sent" });
      throw error;
    }
    // A refusal queued nothing: what the ERP held before this send is what it holds now.
    const refused = { state: "editing" as const, error: `erp:${error.message}`, sentHash: before?.sentHash ?? null };
    if (error.kind === "conflict") {
      await settle(refused);
      return { ok: false, reason: "conflict", ...erpWords(error) };
    }
    if (isOrderRefusal(error)) {
      await settle(refused);
      return { ok: false, reason: "rejected", ...erpWords(error), fieldErrors: erpFieldErrors(error.fields) };
    }
    await settle({ state: "editing", error: "not_sent" });
    if (error.kind === "session_expired" || error.kind === "unauthorized") throw error;
    log.warn("order.not_sent", { kind: error.kind, detail: error.detail });
    return { ok: false, reason: "not_sent" };
  }
}

/** What a send carries, as a digest: equal digests, equal orders. */
function payloadHash(payload: unknown): string {
  return createHash("sha256").update(JSON.stringify(payload)).digest("base64url");
}

async function alreadySent(viewer: Viewer, draftId: string): Promise<SubmitOutcome> {
  const draft = await getDraft(viewer, draftId);
  if (!draft) return { ok: false, reason: "not_found" };
  return { ok: true, queueId: draft.queueId, orderId: null };
}

export type QueueStatus = QueueStatusAnswer;

/**
 * One of the viewer's queue items, online (the ERP shows a seller only their own). Once the ERP
 * finished it, the draft it came from is settled — gone when the order exists, back to editing
 * with the ERP's message on error — and the store is synced so the list, the order page and the
 * bell show the outcome.
 */
export async function queueStatus(viewer: Viewer, queueId: string): Promise<QueueStatus | null> {
  if (!z.uuid().safeParse(queueId).success || !(await ownsQueueItem(viewer, queueId))) return null;
  const item = await fetchQueueItem(await erpForViewer(viewer), queueId);
  if (!item) return null;
  if (item.status === "done" || item.status === "error") {
    // The store learns the outcome (queue row, the order, the notification): three small diffs,
    // shared by every poll of the scope in flight, never a full sync per poll. The draft is settled
    // only once the store holds the queue row: until then the draft is what makes the item the
    // viewer's, and a poll in between would find neither.
    await refreshOrderActivity(viewer);
    if (await inSyncedQueue(viewer, queueId)) await settleDraft(viewer, item);
  }
  return { item, orderNumber: item.orderId ? item.orderId.slice(-6) : null };
}

/**
 * Risk: a rep polling another seller's queue id (guessed or copied) learns about their orders, and
 * makes the portal ask the ERP for it. A queue id is the viewer's when one of their drafts was sent
 * as it, or when their scope's synced queue holds it (deletes, and what the ERP job wrote).
 */
async function ownsQueueItem(viewer: Viewer, queueId: string): Promise<boolean> {
  const db = await getDb();
  const [draft] = await db
    .select({ id: orderDrafts.id })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.scope, scopeOf(viewer)), eq(orderDrafts.queueId, queueId)))
    .limit(1);
  return Boolean(draft) || inSyncedQueue(viewer, queueId);
}

async function inSyncedQueue(viewer: Viewer, queueId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: syncedRecords.id })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scopeOf(viewer)),
        eq(syncedRecords.entity, orderQueueEntity.name),
        eq(syncedRecords.id, queueId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The draft a finished queue item came from: gone once the order exists, back to editing with the ERP's words on error. */
async function settleDraft(viewer: Viewer, item: QueueItem) {
  const db = await getDb();
  const mine = and(
    eq(orderDrafts.scope, scopeOf(viewer)),
    eq(orderDrafts.queueId, item.id),
    eq(orderDrafts.state, "submitted"),
  );
  if (item.status === "done") await db.delete(orderDrafts).where(mine);
  // The ERP's refusal made no order: the next send under the key is the first again.
  else if (item.status === "error")
    await db
      .update(orderDrafts)
      .set({ state: "editing", error: `erp:${item.message}`, sentHash: null, updatedAt: new Date() })
      .where(mine);
}

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

/** The viewer's drafts as the pending list needs them. */
async function draftRefs(viewer: Viewer) {
  const db = await getDb();
  return db
    .select({
      id: orderDrafts.id,
      state: orderDrafts.state,
      queueId: orderDrafts.queueId,
      key: orderDrafts.key,
      customerName: orderDrafts.customerName,
      total: orderDrafts.total,
      kind: orderDrafts.kind,
      orderId: orderDrafts.orderId,
    })
    .from(orderDrafts)
    .where(eq(orderDrafts.scope, scopeOf(viewer)))
    .limit(500);
}

/** Queue items older than this are history, not "in progress" (the order page keeps them). */
const PENDING_WINDOW_MS = 7 * 86_400_000;

/**
 * The viewer's order operations still in the ERP's queue, or refused by it: the drafts sent from
 * this portal (with their customer and total) and the synced queue (operations sent elsewhere, or
 * whose draft is gone). The store is refreshed by the bell's throttled diff first.
 */
export async function pendingOrders(viewer: Viewer): Promise<PendingOrder[]> {
  await pollNotifications(viewer);
  const scope = scopeOf(viewer);
  const all = await draftRefs(viewer);
  const sent = all.filter((d) => d.state !== "editing");
  const sentIds = sent.map((d) => d.queueId).filter((id): id is string => Boolean(id));
  const queue = await records<QueueItem>(
    scope,
    "orderqueue",
    sql`((${syncedRecords.data}->>'status') in ('waiting', 'processing', 'error') ${
      sentIds.length
        ? sql`or ${syncedRecords.id} in (${sql.join(
            sentIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql``
    })`,
  );
  const byQueue = new Map(queue.map((q) => [q.id, q]));
  // Sent drafts the ERP finished while nobody watched (tab closed): settle them now.
  const finished = sent.filter((d) => d.queueId && ["done", "error"].includes(byQueue.get(d.queueId)?.status ?? ""));
  for (const d of finished) await settleDraft(viewer, byQueue.get(d.queueId!)!);
  const drafts = sent.filter((d) => !finished.includes(d));
  // Compared with the ERP's queue times, so measured on the business clock.
  const since = businessNow().getTime() - PENDING_WINDOW_MS;
  const status = (s: QueueItem["status"] | undefined): PendingOrder["status"] =>
    s === "processing" ? "processing" : s === "error" ? "error" : "queued";
  const out: PendingOrder[] = drafts.map((d) => {
    const q = d.queueId ? byQueue.get(d.queueId) : undefined;
    return {
      queueId: d.queueId,
      operation: d.kind === "edit" ? "update" : "insert",
      status: status(q?.status),
      message: q?.message ?? "",
      orderNumber: d.orderId ? d.orderId.slice(-6) : null,
      customerName: d.customerName,
      total: Number(d.total),
      receivedAt: q?.receivedAt ?? null,
      draftId: d.id,
    };
  });
  const fromDrafts = new Set(drafts.map((d) => d.queueId));
  for (const q of queue) {
    if (fromDrafts.has(q.id) || q.status === "done" || (q.receivedAt && Date.parse(q.receivedAt) < since)) continue;
    // A refused insert whose draft is still here (back to editing): fix and resend from it.
    const draft = q.externalId ? all.find((d) => d.key === q.externalId && d.state === "editing") : undefined;
    out.push({
      queueId: q.id,
      operation: q.operation,
      status: status(q.status),
      message: q.message,
      orderNumber: q.orderId ? q.orderId.slice(-6) : null,
      customerName: draft?.customerName ?? "",
      total: draft ? Number(draft.total) : null,
      receivedAt: q.receivedAt,
      draftId: draft?.id ?? null,
    });
  }
  return out.sort((a, b) => (b.receivedAt ?? "9").localeCompare(a.receivedAt ?? "9"));
}
