/**
 * What the job's customer (SA1) and prospect (SUS) items share [defined here, docs/registration.md]:
 * the record an item names (ZTQ_CHAVE = code + store), live, still the item's seller's and unchanged
 * since the client read it; the answer to an insert whose externalid already made a record; a
 * critique's refusal in its own words; and the seller's notification of every outcome — done or
 * refused — keyed by the record's wire id (the queue id while there is none). What differs (the
 * critique's options, a delete's movement or quotations, the conversion) stays in
 * customer-process.ts and prospect-process.ts.
 */
import type { JobOutcome } from "../orders/job";
import type { FieldError } from "../orders/payload";
import type { QueueRow } from "../orders/queue";
import { itemScope, notifyItem, QueueItemError, unchangedRecord, type FailureNotice } from "../orders/queue-item";
import type { Scope, Sql } from "../orders/tables";
import type { RecordKey } from "./critique";
import { critiqueText, type NotificationText, type RecordEvent } from "./notification-texts";
import {
  keyOfQueue,
  recordByExternalId,
  recordLabel,
  recordQueueKey,
  recordWireId,
  type RecordTable,
} from "./record-table";

/**
 * How an entity's items are told: the record's table and noun, the A1S type and the texts of its
 * events (the shared ones, RecordEvent, and any of its own: `X`).
 */
export type RecordKind<X = never> = {
  table: RecordTable;
  /** As the messages start: "Cliente 000123/01 …", "Prospect 000004/01 …". */
  noun: "Cliente" | "Prospect";
  /** A1S_TIPO: 2 customer, 4 prospect. */
  type: "2" | "4";
  text: (event: RecordEvent | X) => NotificationText;
};

/** The critique's refusal: the item ends in error with the critique's sentences. */
export function refuseCritique(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new QueueItemError(critiqueText(errors));
}

function notify<X>(
  sql: Sql,
  scope: Scope,
  row: QueueRow,
  kind: RecordKind<X>,
  key: RecordKey | undefined,
  event: RecordEvent | X,
  today: string,
) {
  const recordId = key ? recordWireId(row.branch, key) : "";
  return notifyItem(sql, scope, row, recordId, { type: kind.type, ...kind.text(event) }, today);
}

/** One item of the entity inside the job's transaction: its scope and the steps every operation shares. */
export function recordItem<X>(sql: Sql, company: string, row: QueueRow, today: string, kind: RecordKind<X>) {
  const scope = itemScope(company, row);
  /** A done item: ZTQ_CHAVE names the record, the notification's title is the item's message. */
  const done = async (key: RecordKey, event: RecordEvent | X): Promise<JobOutcome> => ({
    orderNumber: "",
    key: recordQueueKey(key),
    message: await notify(sql, scope, row, kind, key, event, today),
  });
  return {
    scope,
    done,
    /** An insert or update done: the record's key and name as saved. */
    saved: (key: RecordKey, operation: "insert" | "update", name: string) =>
      done(key, { kind: "saved", operation, code: key.code, store: key.store, name }),
    /** A delete done. */
    deleted: (record: RecordKey & { name: string }) =>
      done(record, { kind: "deleted", code: record.code, store: record.store, name: record.name }),
    /** The record an update, delete or convert names: live, the item's seller's, unchanged since the stamp sent. */
    async current<R extends { seller: string; stamp: string }>(
      read: (sql: Sql, scope: Scope, key: RecordKey) => Promise<R | undefined>,
    ): Promise<R> {
      const key = keyOfQueue(row.key);
      const record = await read(sql, scope, key);
      return unchangedRecord(
        row,
        `${kind.noun} ${recordLabel(key)}`,
        record?.seller === row.seller ? record : undefined,
      );
    },
    /** Idempotency, second line of defence: the record of this seller that already carries the item's externalid. */
    async alreadyMade(): Promise<JobOutcome | undefined> {
      const existing = row.externalid
        ? await recordByExternalId(sql, scope, kind.table, row.seller, row.externalid)
        : undefined;
      return (
        existing && {
          orderNumber: "",
          key: recordQueueKey(existing),
          message: `${kind.noun} ${recordLabel(existing)} já existente para o externalid ${row.externalid}.`,
        }
      );
    },
  };
}

/**
 * The notice of a refused item (written outside the rolled-back transaction), naming the record
 * the item names (none for an insert) and the name as sent; without one (a delete, a convert),
 * `nameOf` may look the record's own up.
 */
export function recordFailureNotice<X>(
  kind: RecordKind<X>,
  nameOf?: (sql: Sql, scope: Scope, key: RecordKey) => Promise<string | undefined>,
): FailureNotice {
  return async (sql, company, row, message, today) => {
    const scope = itemScope(company, row);
    const key = row.key ? keyOfQueue(row.key) : undefined;
    const sent = (row.payload as { name?: unknown } | null)?.name;
    const name = typeof sent === "string" ? sent : key && nameOf ? ((await nameOf(sql, scope, key)) ?? "") : "";
    const event: RecordEvent = {
      kind: "error",
      operation: row.operation,
      code: key?.code ?? "",
      store: key?.store ?? "",
      name,
      message,
    };
    await notify(sql, scope, row, kind, key, event, today);
  };
}
