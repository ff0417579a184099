/**
 * What the job does with one contact item of the queue (ZTQ_ENTITY 'SU5'), inside the job's one
 * transaction (a refusal writes nothing; the item ends in status 3 with the critique as its message):
 * - insert: the entity must still be a live customer or prospect of the item's seller, the critique
 *   again, then SU5 (new U5_CODCONT) + AC8 + AGB;
 * - update: the contact must still be the seller's and unchanged since the client read it (its
 *   S_T_A_M_P_), the critique again, then name / e-mail / role and the phone list replaced;
 * - delete: same checks, SU5, its AC8 links and its AGB phones soft-deleted.
 * Every outcome — done or refused — notifies the seller under the entity's type (A1S type 2
 * customer, 4 prospect), keyed by the contact code (the queue id before there is one).
 */
import type { JobOutcome } from "../orders/job";
import type { QueueRow } from "../orders/queue";
import {
  fieldErrorsText,
  itemScope,
  notifyItem,
  parseQueuePayload,
  QueueItemError,
  unchangedRecord,
  type FailureNotice,
  type ItemProcess,
} from "../orders/queue-item";
import type { Scope, Sql } from "../orders/tables";
import { contactPayloadSchema } from "./contact-payload";
import {
  checkNewContact,
  contactCritique,
  deleteContact,
  entityAliasOf,
  entityChange,
  insertContact,
  readContact,
  updateContact,
  type ContactEntity,
} from "./contact-write";

type Operation = "insert" | "update" | "delete";

const VERB: Record<Operation, { done: string; failed: string }> = {
  insert: { done: "incluído no", failed: "não incluído" },
  update: { done: "alterado no", failed: "não alterado" },
  delete: { done: "excluído do", failed: "não excluído" },
};

/** "cliente 000123/01" / "prospect 000004/01". */
const entityWords = (alias: ContactEntity["alias"], code: string, store: string) =>
  `${alias === "SA1" ? "cliente" : "prospect"} ${code}/${store}`;

/** The texts of a done item: "Contato Marta Souza incluído no cliente 000123/01". */
export function contactDoneText(operation: Operation, name: string, entity: ContactEntity) {
  const title = `Contato ${name} ${VERB[operation].done} ${entityWords(entity.alias, entity.code, entity.store)}`;
  return { title, description: `${title} (${entity.name}).` };
}

/** The texts of a refused item: "Contato Marta Souza não incluído: <critique>". */
export function contactFailureText(operation: Operation, name: string, message: string) {
  const title = `Contato${name ? ` ${name}` : ""} ${VERB[operation].failed}`;
  return { title, description: `${title}: ${message}` };
}

/**
 * What the route stored beside the body: the entity the contact belonged to when it was queued
 * (`owner`: type of the failure notice), and the stamp the client sent.
 */
type QueuedExtras = { owner?: ContactEntity["alias"]; stamp?: string; name?: string };
const extrasOf = (row: QueueRow) => (row.payload ?? {}) as QueuedExtras;

/** A1S under the entity's type (2 customer, 4 prospect), keyed by the contact code (the queue id before there is one). */
function notify(
  sql: Sql,
  scope: Scope,
  row: QueueRow,
  key: string,
  alias: ContactEntity["alias"],
  note: { title: string; description: string },
  today: string,
) {
  return notifyItem(sql, scope, row, key, { type: alias === "SA1" ? "2" : "4", ...note }, today);
}

/** The seller's live contact, unchanged since the stamp the client sent. */
async function currentContact(sql: Sql, scope: Scope, row: QueueRow) {
  return unchangedRecord(row, `Contato ${row.key}`, await readContact(sql, scope, row.key, row.seller));
}

export const processContactItem: ItemProcess = async (sql, company, row, today) => {
  const scope = itemScope(company, row);
  const operation = row.operation as Operation;
  const done = async (key: string, name: string, entity: ContactEntity): Promise<JobOutcome> => ({
    orderNumber: "",
    key,
    message: await notify(sql, scope, row, key, entity.alias, contactDoneText(operation, name, entity), today),
  });

  if (operation === "delete") {
    const contact = await currentContact(sql, scope, row);
    await deleteContact(sql, scope, contact.code);
    return done(contact.code, contact.name, contact.entity);
  }
  const payload = parseQueuePayload(contactPayloadSchema, row);
  if (operation === "update") {
    const contact = await currentContact(sql, scope, row);
    const errors = [...entityChange(payload, contact.entity), ...contactCritique(payload)];
    if (errors.length > 0) throw new QueueItemError(fieldErrorsText(errors));
    await updateContact(sql, scope, contact.code, payload);
    return done(contact.code, payload.name, contact.entity);
  }
  if (operation !== "insert") throw new QueueItemError(`Operação ${row.operation} não se aplica a contatos.`);
  const checked = await checkNewContact(sql, scope, payload, row.seller);
  if (!checked.ok) throw new QueueItemError(fieldErrorsText(checked.errors));
  const code = await insertContact(sql, scope, checked.entity, payload);
  return done(code, payload.name, checked.entity);
};

/** The notice of a refused contact item (written outside the rolled-back transaction). */
export const notifyContactFailure: FailureNotice = async (sql, company, row, message, today) => {
  const extras = extrasOf(row);
  const sent = contactPayloadSchema.shape.entity.safeParse((row.payload as { entity?: unknown } | null)?.entity);
  const alias = extras.owner ?? (sent.success && sent.data ? entityAliasOf(sent.data.type) : "SA1");
  const name = typeof extras.name === "string" ? extras.name : "";
  const note = contactFailureText(row.operation as Operation, name, message);
  await notify(sql, itemScope(company, row), row, row.key, alias, note, today);
};
