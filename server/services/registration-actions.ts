import "server-only";
import { randomUUID } from "node:crypto";
import type { RegistrationEntity } from "@/lib/types/registration";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError, erpWords, isRefusal, type ErpWords } from "@/server/erp/errors";
import { convertProspect, deleteRegistration, type RecordKey } from "@/server/erp/protheus/registration";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { ownRegistrationRecord, splitRecordKey } from "./registration-records";

/**
 * Deleting a customer, prospect or contact of the viewer's, and converting a prospect into a
 * customer: one ERP write each, with the stamp the record was read with. The queue item is kept on
 * a sent draft row of the record, which is what makes its progress the viewer's to follow
 * (registration-queue.ts) and settles with it.
 */

export type RegistrationActionOutcome =
  | { ok: true; queueId: string }
  | { ok: false; reason: "not_found" | "not_sent" }
  | ({ ok: false; reason: "conflict" | "rejected" } & ErpWords);

/** The queue item of a write the viewer made without a form: theirs to follow, settled like a sent edit. */
async function keepSent(viewer: Viewer, entity: RegistrationEntity, recordId: string, queueId: string) {
  const db = await getDb();
  await db.insert(orderDrafts).values({
    id: randomUUID(),
    scope: scopeOf(viewer),
    login: viewer.login,
    document: entity,
    kind: "edit",
    orderId: recordId,
    key: "",
    data: {},
    state: "submitted",
    queueId,
  });
}

async function write(
  viewer: Viewer,
  entity: RegistrationEntity,
  record: string,
  call: (key: RecordKey) => (target: Awaited<ReturnType<typeof erpForViewer>>) => Promise<{ queueId: string }>,
  what: string,
): Promise<RegistrationActionOutcome> {
  const recordId = await ownRegistrationRecord(viewer, entity, record);
  const key: RecordKey | null = entity === "contact" ? { code: record } : splitRecordKey(record);
  if (!recordId || !key) return { ok: false, reason: "not_found" };
  try {
    const answer = await call(key)(await erpForViewer(viewer));
    await keepSent(viewer, entity, recordId, answer.queueId);
    log.info(`${entity}.${what}_queued`, { queueId: answer.queueId });
    return { ok: true, queueId: answer.queueId };
  } catch (error) {
    if (!(error instanceof ErpError) || error.kind === "session_expired" || error.kind === "unauthorized") throw error;
    if (error.kind === "conflict") return { ok: false, reason: "conflict", ...erpWords(error) };
    if (isRefusal(error)) return { ok: false, reason: "rejected", ...erpWords(error) };
    log.warn(`${entity}.${what}_not_sent`, { kind: error.kind, detail: error.detail });
    return { ok: false, reason: "not_sent" };
  }
}

/** Deletes one of the viewer's records (the ERP refuses a customer with movement: its words come back). */
export function deleteOwnRegistration(viewer: Viewer, entity: RegistrationEntity, record: string, stamp: string) {
  return write(viewer, entity, record, (key) => (target) => deleteRegistration(target, entity, key, stamp), "delete");
}

/** Converts one of the viewer's prospects into a customer (the ERP runs the customer critique first). */
export function convertOwnProspect(viewer: Viewer, record: string, stamp: string) {
  return write(viewer, "prospect", record, (key) => (target) => convertProspect(target, key, stamp), "convert");
}
