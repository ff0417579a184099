import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Contact, ContactPhone, ContactWithPhones } from "@/lib/types/contact";
import type { Viewer } from "@/server/auth/viewer";
import { syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { record, records } from "./synced";

/**
 * The contacts of one of the viewer's customers or prospects, from the synced store (the sync
 * brings a seller only the contacts of their own entities). A contact names its entity
 * (AC8_ENTIDA + AC8_CODENT, sandbox/docs/registration.md "Contacts"); an ERP that does not send it
 * links a contact to a customer by its CPF/CNPJ only, which is then what ties them.
 */

/** The entity a contact belongs to, as the ERP keys it: `SA1`/`SUS` and code + store (the codes as stored, fixed width). */
export type ContactEntity = { type: "customer" | "prospect"; code: string; store: string; document: string };

const ERP_TYPE = { customer: "SA1", prospect: "SUS" } as const;

const field = (name: keyof Contact) => sql`${syncedRecords.data}->>${name}`;

/** Whether a synced contact belongs to the entity. */
export function belongsTo(contact: Contact, entity: ContactEntity): boolean {
  if (contact.entityType)
    return contact.entityType === ERP_TYPE[entity.type] && contact.entityCode === `${entity.code}${entity.store}`;
  return entity.type === "customer" && Boolean(entity.document) && contact.customerDocument === entity.document;
}

/** The entity's contacts with their phones, by name. */
export async function entityContacts(viewer: Viewer, entity: ContactEntity): Promise<ContactWithPhones[]> {
  const scope = scopeOf(viewer);
  const byEntity = and(
    eq(field("entityType"), ERP_TYPE[entity.type]),
    eq(field("entityCode"), `${entity.code}${entity.store}`),
  );
  const byDocument =
    entity.type === "customer" && entity.document
      ? and(isNull(field("entityType")), eq(field("customerDocument"), entity.document))
      : undefined;
  const contacts = await records<Contact>(scope, "contacts", or(byEntity, byDocument));
  const phones = contacts.length
    ? await records<ContactPhone>(
        scope,
        "phonecontacts",
        inArray(
          sql`${syncedRecords.data}->>'contactId'`,
          contacts.map((c) => c.id),
        ),
      )
    : [];
  return contacts
    .map((c) => ({ ...c, phones: phones.filter((p) => p.contactId === c.id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One of the viewer's synced contacts by its code (null for anyone else's or an unknown one). */
export async function ownContact(viewer: Viewer, code: string): Promise<Contact | null> {
  if (!/^[0-9A-Za-z]{1,6}$/.test(code)) return null;
  return record<Contact>(scopeOf(viewer), "contacts", code);
}
