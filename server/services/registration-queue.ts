import "server-only";
import { z } from "zod";
import type { RegistrationEntity, RegistrationQueueAnswer } from "@/lib/types/registration";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { fetchRegistrationQueueItem } from "@/server/erp/protheus/registration";
import { contactsEntity, customersEntity, prospectsEntity, quotationsEntity } from "@/server/sync/entities";
import { refreshActivity, refreshNow } from "./notifications";
import { ownsQueueItem, settleDraft } from "./order-queue";

// Following a registration write (customer, prospect, contact) in the ERP's queue.

/** `01000123 01` wire id (branch + code + store) → `{code, store}`; a contact's code as its own key. */
function recordOf(entity: RegistrationEntity, id: string | null): RegistrationQueueAnswer["record"] {
  if (!id) return null;
  if (entity === "contact") return { code: id.trim(), store: "" };
  const key = id.length >= 10 ? id.slice(-8) : id;
  return { code: key.slice(0, 6), store: key.slice(6, 8) };
}

/** Where the store keeps each entity's records (what the next page reads). */
const storeRecords = (viewer: Viewer, entity: RegistrationEntity) =>
  entity === "customer"
    ? refreshNow(viewer, customersEntity)
    : entity === "prospect"
      ? refreshNow(viewer, prospectsEntity)
      : refreshNow(viewer, contactsEntity);

/**
 * One of the viewer's registration queue items, online. A queue id is the viewer's when one of
 * their drafts was sent as it (every registration write goes through a draft, deletes and
 * conversions included); the ERP itself shows a seller only their own. Once the ERP finished it,
 * the store learns the outcome (the record, the notification) before the draft is settled, so the
 * page the rep goes to next — the new customer, the list — already shows it.
 */
export async function registrationQueueStatus(
  viewer: Viewer,
  entity: RegistrationEntity,
  queueId: string,
): Promise<RegistrationQueueAnswer | null> {
  if (!z.uuid().safeParse(queueId).success || !(await ownsQueueItem(viewer, queueId, `${entity}queue`))) return null;
  const asked = Date.now();
  const item = await fetchRegistrationQueueItem(await erpForViewer(viewer), entity, queueId);
  if (!item) return null;
  if (item.status === "done" || item.status === "error") {
    await refreshActivity(viewer, entity, asked);
    if (item.status === "done") await storeRecords(viewer, entity);
    // The prospect's open quotations are the new customer's now (CJ_CLIENTE filled): convertible from the store's copy.
    if (item.operation === "convert" && item.status === "done")
      await Promise.all([refreshNow(viewer, customersEntity), refreshNow(viewer, quotationsEntity)]);
    await settleDraft(viewer, {
      id: item.id,
      status: item.status,
      message: item.message,
      orderId: item.recordId,
      operation: item.operation === "insert" ? "insert" : "update",
      receivedAt: item.receivedAt,
      finishedAt: item.finishedAt,
      externalId: "",
    });
  }
  const record = item.operation === "convert" ? recordOf("customer", item.customerId) : recordOf(entity, item.recordId);
  return { item, record };
}
