import "server-only";
import { toContact, toContactPhone } from "@/server/erp/protheus/contacts";
import { toCustomer } from "@/server/erp/protheus/customers";
import { toFinancialStatus } from "@/server/erp/protheus/financial";
import { isDeletedRow } from "@/server/erp/protheus/wire";
import type { Contact, ContactPhone } from "@/lib/types/contact";
import type { Customer } from "@/lib/types/customer";
import type { FinancialStatus } from "@/lib/types/financial";

/**
 * A synced tgv entity: where its collection lives, how its diff is addressed, and how a wire row
 * becomes the record the portal stores. `customers` go to their own table (searched and filtered);
 * everything else to `synced_records` as reshaped JSON.
 */
export type EntityDef<T> = {
  name: string;
  path: string;
  /** Diff URL families, tried in order; the first that is not 404 is remembered (ERP-CONTRACT.md §4). */
  diffPaths: ((date: string) => string)[];
  pageSize: number;
  table: "customers" | "records";
  toRecord: (raw: Record<string, unknown>) => { id: string; deleted: boolean; data: T };
};

const diffFamilies = (path: string) => [(d: string) => `${path}/diff/${encodeURIComponent(d)}`, (d: string) => `${path}/sync/diff/${encodeURIComponent(d)}`];

export const customersEntity: EntityDef<Customer> = {
  name: "customers",
  path: "api/tgv/customers",
  diffPaths: diffFamilies("api/tgv/customers"),
  pageSize: 500,
  table: "customers",
  toRecord: (raw) => {
    const data = toCustomer(raw);
    return { id: data.id, deleted: isDeletedRow(raw), data };
  },
};

/** A records-table entity whose reshaper gives the id. */
function recordEntity<T extends { id: string }>(name: string, path: string, pageSize: number, reshape: (raw: Record<string, unknown>) => T): EntityDef<T> {
  return {
    name,
    path,
    diffPaths: diffFamilies(path),
    pageSize,
    table: "records",
    toRecord: (raw) => {
      const data = reshape(raw);
      return { id: data.id, deleted: isDeletedRow(raw), data };
    },
  };
}

export const contactsEntity = recordEntity<Contact>("contacts", "api/tgv/contacts", 500, toContact);
// PGV pages phone contacts by 5,000 (ERP-CONTRACT.md §4).
export const phoneContactsEntity = recordEntity<ContactPhone>("phonecontacts", "api/tgv/phonecontacts", 5000, toContactPhone);

// Older packages: financialcustomerstatus (+/diff); newer: financialstatus/sync (+/sync/diff).
export const financialStatusEntity: EntityDef<FinancialStatus> = {
  ...recordEntity<FinancialStatus>("financialstatus", "api/tgv/financialcustomerstatus", 500, toFinancialStatus),
  diffPaths: [(d) => `api/tgv/financialstatus/sync/diff/${encodeURIComponent(d)}`, (d) => `api/tgv/financialcustomerstatus/diff/${encodeURIComponent(d)}`],
};
