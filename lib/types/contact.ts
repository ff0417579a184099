/**
 * A contact (SU5) of a customer or prospect, linked through AC8, and its phones (AGB). Older PGV
 * packages link a contact by the customer's CPF/CNPJ only (`customerDocument`); the registration
 * contract (sandbox/docs/registration.md "Contacts") adds the entity it belongs to, its role and
 * the stamp an edit or delete sends back — absent from an ERP that does not send them.
 */
export type Contact = {
  /** `internalid` (U5_CODCONT): the synced record's id. */
  id: string;
  /** U5_CODCONT, what the writes name (`contacts/{id}`). */
  contactId: string;
  customerDocument: string;
  name: string;
  email: string;
  /** AC8_ENTIDA: `SA1` a customer's contact, `SUS` a prospect's. */
  entityType?: ContactEntityType;
  /** AC8_CODENT: the entity's code + store, as the ERP keys it (fixed width). */
  entityCode?: string;
  /** U5_FUNCAO. */
  role?: string;
  /** S_T_A_M_P_, the If-Match of an edit or delete. */
  stamp?: string;
};

export const contactEntityTypes = ["SA1", "SUS"] as const;
export type ContactEntityType = (typeof contactEntityTypes)[number];

/** AGB_TIPO: 1 comercial, 2 residencial, 3 fax, 4 celular. */
export const phoneTypes = ["1", "2", "3", "4"] as const;
export type PhoneType = (typeof phoneTypes)[number];

export type ContactPhone = {
  id: string;
  contactId: string;
  type: string;
  ddi: string;
  ddd: string;
  number: string;
  email: string;
  complement: string;
  /** AGB_PADRAO 1: the contact's main phone. */
  main?: boolean;
};

export type ContactWithPhones = Contact & { phones: ContactPhone[] };

/** Whose contacts: one of the viewer's customers or prospects, by code and store. */
export type ContactOwner = { type: "customer" | "prospect"; code: string; store: string };
