/**
 * What the job's processing of every queue entity shares — orders (process-item.ts), quotations
 * (quotations/process-item.ts), customers, prospects and contacts (registration/*-process.ts): the
 * refusal (`QueueItemError`: the item ends in status 3 with its message), the payload read back
 * from ZTQ_PAYLOAD, the record as the client last read it (its S_T_A_M_P_), and the seller's A1S
 * notification of an outcome. The texts stay each entity's own.
 */
import type { z } from "zod";
import type { JobOutcome } from "./job";
import { writeNotification, type NotificationTarget } from "./notifications";
import type { FieldError } from "./payload";
import type { QueueRow } from "./queue";
import type { Scope, Sql } from "./tables";

export class QueueItemError extends Error {}

/** What the job does with one item of an entity, inside the job's one transaction. */
export type ItemProcess = (sql: Sql, company: string, row: QueueRow, today: string) => Promise<JobOutcome>;

/** The notice of a refused item, written outside the rolled-back transaction. */
export type FailureNotice = (sql: Sql, company: string, row: QueueRow, message: string, today: string) => Promise<void>;

/** The branch of the company the item was queued in. */
export const itemScope = (company: string, row: QueueRow): Scope => ({ company, branch: row.branch });

/** The item's body as its schema reads it; anything else is a refusal (the route parsed it already). */
export function parseQueuePayload<S extends z.ZodType>(schema: S, row: QueueRow): z.output<S> {
  const parsed = schema.safeParse(row.payload);
  if (!parsed.success)
    throw new QueueItemError(
      `Conteúdo do item da fila inválido: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  return parsed.data;
}

/** The stamp the client sent with an update, delete or convert (kept in the payload), when it sent one. */
export function payloadStamp(row: QueueRow): string | undefined {
  const stamp = (row.payload as { stamp?: unknown } | null)?.stamp;
  return typeof stamp === "string" && stamp !== "" ? stamp : undefined;
}

/** Field errors as the item's message, each with its field ("customer: Cliente inexistente."). */
export const fieldErrorsText = (errors: readonly FieldError[]): string =>
  errors.map((e) => `${e.field}: ${e.message}`).join(" ");

/**
 * The record an update, delete or convert item acts on, as it is now: `record` undefined (gone, or
 * no longer the item's seller's) is refused as not found, a stamp other than the one the client
 * sent as changed meanwhile. `label` names the record ("Cliente 000123/01", "Orçamento 000045").
 */
export function unchangedRecord<T extends { stamp: string }>(row: QueueRow, label: string, record: T | undefined): T {
  if (!record) throw new QueueItemError(`${label} não encontrado ou excluído.`);
  const stamp = payloadStamp(row);
  if (stamp && record.stamp !== stamp)
    throw new QueueItemError(`${label} foi alterado por outra operação antes do processamento.`);
  return record;
}

/** Whom an item's notification is for; A1S_CHAVE `recordId`, the record's wire id (the queue id while there is none). */
export const itemTarget = (row: QueueRow, recordId: string): NotificationTarget => ({
  seller: row.seller,
  fallbackUser: row.userId,
  orderKey: recordId || row.id,
  operation: row.operation,
});

/** The seller's A1S notification of an item's outcome; answers its title (the item's message). */
export async function notifyItem(
  sql: Sql,
  scope: Scope,
  row: QueueRow,
  recordId: string,
  note: { type: "1" | "2" | "3" | "4"; title: string; description: string },
  today: string,
): Promise<string> {
  await writeNotification(sql, scope, itemTarget(row, recordId), note, today);
  return note.title;
}
