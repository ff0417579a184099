import "server-only";
import { normalizeDocument } from "@/lib/br-documents";
import { contactEntityTypes, type Contact, type ContactEntityType, type ContactPhone } from "@/lib/types/contact";
import { code, pick, text } from "./wire";

/** A field only newer packages send: absent stays absent (an older ERP's row is read as before). */
const sent = (raw: Record<string, unknown>, name: string) =>
  pick(raw, name) === undefined ? undefined : text(raw, name);

function entityType(raw: Record<string, unknown>): ContactEntityType | undefined {
  const value = text(raw, "entitytype", "entityType").toUpperCase();
  return (contactEntityTypes as readonly string[]).includes(value) ? (value as ContactEntityType) : undefined;
}

/**
 * `contacts` wire row (internalid / d_e_l_e_t_ family, ERP-CONTRACT.md §4) → Contact; the entity
 * (`entitytype`, `entitycode`), `role` and `stamp` of sandbox/docs/registration.md when sent.
 */
export function toContact(raw: Record<string, unknown>): Contact {
  const entityCode =
    pick(raw, "entitycode", "entityCode") === undefined ? undefined : code(raw, "entitycode", "entityCode");
  return {
    id: text(raw, "internalid", "id"),
    contactId: code(raw, "contactid", "code"),
    customerDocument: normalizeDocument(text(raw, "cgcentity", "cgc")),
    name: text(raw, "name"),
    email: text(raw, "email"),
    entityType: entityType(raw),
    entityCode: entityCode || undefined,
    role: sent(raw, "role"),
    stamp: sent(raw, "stamp"),
  };
}

/** `phonecontacts` wire row → ContactPhone; linked to its contact by `contactinternalid`. */
export function toContactPhone(raw: Record<string, unknown>): ContactPhone {
  const main = pick(raw, "main");
  return {
    id: text(raw, "internalid", "id"),
    contactId: text(raw, "contactinternalid", "contactid"),
    type: text(raw, "phonetype", "type"),
    ddi: text(raw, "ddi"),
    ddd: text(raw, "ddd"),
    number: text(raw, "phone"),
    email: text(raw, "email"),
    complement: text(raw, "complement"),
    main: main === undefined ? undefined : main === true || main === 1 || main === "1" || main === "true",
  };
}
