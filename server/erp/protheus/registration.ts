import "server-only";
import { z } from "zod";
import { queueStatuses } from "@/lib/types/order";
import type { RegistrationEntity, RegistrationQueueItem } from "@/lib/types/registration";
import type { Accepted } from "@/server/services/draft-send";
import { endpointItemPath, endpointPath, type EndpointKey } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { num, pageSchema, text } from "./wire";

/**
 * The PGV's registration writes (sandbox/docs/registration.md, [defined here] by the contract):
 * customers (SA1), prospects (SUS) and contacts (SU5 + AC8 + AGB), asynchronous through the PGV
 * queue like the sales orders — kept in this one place. A record is named by code + store
 * (customers, prospects) or by its contact code. The paths are the alias' endpoints (lib/erp/endpoints.ts).
 */
export const REGISTRATION_PATHS: Record<
  RegistrationEntity,
  { records: EndpointKey; queue: EndpointKey; idField: string }
> = {
  customer: { records: "customerWrites", queue: "customersQueue", idField: "customerid" },
  prospect: { records: "prospects", queue: "prospectsQueue", idField: "prospectid" },
  contact: { records: "contactWrites", queue: "contactsQueue", idField: "contactid" },
};

/** `{code, store}` → `code/store`; a contact's code as is. */
export type RecordKey = { code: string; store?: string };

const recordUrl = (target: ErpTarget, entity: RegistrationEntity, key: RecordKey, ...more: string[]) =>
  endpointItemPath(target, REGISTRATION_PATHS[entity].records, key.code, ...(key.store ? [key.store] : []), ...more);

const acceptedSchema = z.object({
  queueId: z.string().min(1),
  status: z.union([z.number(), z.string()]).optional(),
  id: z.string().nullish(),
  duplicate: z.boolean().optional(),
});

const accepted = (raw: z.infer<typeof acceptedSchema>): Accepted => ({
  queueId: raw.queueId,
  recordId: raw.id ?? null,
  duplicate: raw.duplicate ?? false,
});

/** `POST {entity}` → 202 with the queue item; never retried blindly: the `externalid` makes a resend land on it. */
export async function postRegistration(
  target: ErpTarget,
  entity: RegistrationEntity,
  payload: object,
): Promise<Accepted> {
  return accepted(
    await protheusFetch(target, endpointPath(target, REGISTRATION_PATHS[entity].records), {
      method: "POST",
      body: payload,
      schema: acceptedSchema,
    }),
  );
}

/** `PUT {entity}/{key}` with the stamp the record was read with (409 when it moved since). */
export async function putRegistration(
  target: ErpTarget,
  entity: RegistrationEntity,
  key: RecordKey,
  stamp: string,
  payload: object,
): Promise<Accepted> {
  return accepted(
    await protheusFetch(target, recordUrl(target, entity, key), {
      method: "PUT",
      headers: { "If-Match": stamp },
      body: payload,
      schema: acceptedSchema,
    }),
  );
}

/** `DELETE {entity}/{key}` with the stamp it was read with (422 when the ERP refuses: a customer with movement). */
export async function deleteRegistration(
  target: ErpTarget,
  entity: RegistrationEntity,
  key: RecordKey,
  stamp: string,
): Promise<Accepted> {
  return accepted(
    await protheusFetch(target, recordUrl(target, entity, key), {
      method: "DELETE",
      headers: { "If-Match": stamp },
      schema: acceptedSchema,
    }),
  );
}

/** `POST prospects/{code}/{store}/convert`: the job makes the customer; the stamp guards against a change since it was read. */
export async function convertProspect(target: ErpTarget, key: RecordKey, stamp: string): Promise<Accepted> {
  return accepted(
    await protheusFetch(target, recordUrl(target, "prospect", key, "convert"), {
      method: "POST",
      headers: { "If-Match": stamp },
      schema: acceptedSchema,
    }),
  );
}

const operations = new Set(["insert", "update", "delete", "convert"]);

/** A registration queue row → RegistrationQueueItem (`customerid` on a prospect's convert item: the customer it became). */
export function toRegistrationQueueItem(
  entity: RegistrationEntity,
  raw: Record<string, unknown>,
): RegistrationQueueItem {
  const operation = text(raw, "operation").toLowerCase();
  const status = num(raw, "status") as keyof typeof queueStatuses;
  return {
    id: text(raw, "id"),
    entity,
    operation: operations.has(operation) ? (operation as RegistrationQueueItem["operation"]) : "insert",
    recordId: text(raw, REGISTRATION_PATHS[entity].idField) || null,
    customerId: entity === "prospect" ? text(raw, "customerid") || null : null,
    status: queueStatuses[status] ?? "waiting",
    message: text(raw, "message"),
    receivedAt: text(raw, "received_at", "receivedat") || null,
    finishedAt: text(raw, "finished_at", "finishedat") || null,
  };
}

/** One of the caller's registration queue items, online (null when the ERP does not show it to this seller). */
export async function fetchRegistrationQueueItem(
  target: ErpTarget,
  entity: RegistrationEntity,
  queueId: string,
): Promise<RegistrationQueueItem | null> {
  const page = await protheusFetch(target, endpointPath(target, REGISTRATION_PATHS[entity].queue), {
    query: { filter: `id eq '${queueId}'`, pageSize: 1 },
    schema: pageSchema,
  });
  return page.items[0] ? toRegistrationQueueItem(entity, page.items[0]) : null;
}
