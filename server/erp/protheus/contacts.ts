import "server-only";
import { normalizeDocument } from "@/lib/br-documents";
import type { Contact, ContactPhone } from "@/lib/types/contact";
import { code, text } from "./wire";

/** `contacts` wire row (internalid / d_e_l_e_t_ family, ERP-CONTRACT.md §4) → Contact. */
export function toContact(raw: Record<string, unknown>): Contact {
  return {
    id: text(raw, "internalid", "id"),
    contactId: code(raw, "contactid", "code"),
    customerDocument: normalizeDocument(text(raw, "cgcentity", "cgc")),
    name: text(raw, "name"),
    email: text(raw, "email"),
  };
}

/** `phonecontacts` wire row → ContactPhone; linked to its contact by `contactinternalid`. */
export function toContactPhone(raw: Record<string, unknown>): ContactPhone {
  return {
    id: text(raw, "internalid", "id"),
    contactId: text(raw, "contactinternalid", "contactid"),
    type: text(raw, "phonetype", "type"),
    ddi: text(raw, "ddi"),
    ddd: text(raw, "ddd"),
    number: text(raw, "phone"),
    email: text(raw, "email"),
    complement: text(raw, "complement"),
  };
}
