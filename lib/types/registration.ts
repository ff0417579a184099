import type { QueueStatus } from "@/lib/types/order";

/** What a rep registers from the field: a customer (SA1), a prospect (SUS) or a contact (SU5). */
export const registrationEntities = ["customer", "prospect", "contact"] as const;
export type RegistrationEntity = (typeof registrationEntities)[number];

/** One registration write in the ERP's queue, as the portal follows it. */
export type RegistrationQueueItem = {
  id: string;
  entity: RegistrationEntity;
  operation: "insert" | "update" | "delete" | "convert";
  /** The record's wire id once the job made it (branch + code + store, or the contact code). */
  recordId: string | null;
  /** A prospect's conversion: the customer it became (branch + code + store). */
  customerId: string | null;
  status: QueueStatus;
  message: string;
  receivedAt: string | null;
  finishedAt: string | null;
};

/** What the queue-status route answers for a registration write. */
export type RegistrationQueueAnswer = {
  item: RegistrationQueueItem;
  /** `code/store` (or the contact code) of the record, when known. */
  record: { code: string; store: string } | null;
};
