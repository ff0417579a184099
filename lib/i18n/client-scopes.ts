import type { Messages } from "./messages";

/**
 * The message namespaces each kind of page sends to the browser (issue 15: not the whole catalogue to
 * every page). `shell` is the portal layout's (header, menu, bell, error page); a page whose client
 * components read more wraps itself in <ClientMessages scope>, whose namespaces replace the shell's
 * inside it. tests/unit/client-messages.test.ts keeps every list equal to what the components read
 * (scripts/client-namespaces.mjs).
 */
export const clientScopes = {
  shell: ["common", "errors", "notifications", "shell"],
  customers: ["customers"],
  orderList: ["common", "customers", "orderStatus", "orders", "pendingOrders"],
  orderForm: ["actions", "common", "erpErrors", "number", "orderForm", "quotationForm", "taxes"],
  orderDetail: ["common", "orderActions", "orderForm", "taxes"],
  quotationForm: ["actions", "common", "erpErrors", "number", "orderForm", "quotation", "quotationForm", "taxes"],
  quotationList: ["customers", "quotationStatus", "quotations"],
  quotationDetail: ["common", "quotation", "taxes"],
  prospectList: ["customers", "prospects"],
  registration: ["actions", "common", "registration"],
  /** The contacts section of a customer or prospect page (components/contacts/contact-section.tsx). */
  contacts: ["actions", "common", "contacts", "registration"],
  sync: ["erpErrors", "sync"],
  sgeEnrol: ["actions", "number", "sgeEnrol"],
  sgeOps: ["actions", "common", "number", "sgeOps"],
  accessLog: ["accessLog"],
  diagnostics: ["diagnostics"],
  /** Pages whose client components read no messages (inside a section that does). */
  none: [],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type ClientScope = keyof typeof clientScopes;

/** The part of a catalogue one scope sends. */
export function scopedMessages(messages: Messages, scope: ClientScope): Partial<Messages> {
  return Object.fromEntries(clientScopes[scope].map((n) => [n, messages[n]])) as Partial<Messages>;
}
