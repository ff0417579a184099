import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { addDays } from "@/lib/dates";
import { businessToday } from "@/server/clock";
import type { Db } from "@/server/store/db";
import { customersStore, ordersStore, prospectsStore, quotationsStore, recordsStore, type RecordStore } from "./stores";
import { customers } from "@/server/store/schema";
import {
  toCarrier,
  toOperationType,
  toPaymentCondition,
  toPriceList,
  toPriceListItem,
  toProduct,
} from "@/server/erp/protheus/catalog";
import { toContact, toContactPhone } from "@/server/erp/protheus/contacts";
import { toCustomer } from "@/server/erp/protheus/customers";
import { toFinancialStatus } from "@/server/erp/protheus/financial";
import { endpointPath, type EndpointKey } from "@/server/erp/protheus/endpoints";
import { toNotification } from "@/server/erp/protheus/notifications";
import { toQueueItem, toSalesOrder } from "@/server/erp/protheus/orders";
import { toProspect } from "@/server/erp/protheus/prospects";
import { toQuotation, toQuotationQueueItem } from "@/server/erp/protheus/quotations";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { isDeletedRow } from "@/server/erp/protheus/wire";
import type { Carrier, OperationType, PaymentCondition, PriceList, PriceListItem, Product } from "@/lib/types/catalog";
import type { Contact, ContactPhone } from "@/lib/types/contact";
import type { Customer } from "@/lib/types/customer";
import type { FinancialStatus } from "@/lib/types/financial";
import type { Notification } from "@/lib/types/notification";
import type { QueueItem, SalesOrder } from "@/lib/types/order";
import type { Prospect } from "@/lib/types/prospect";
import type { Quotation, QuotationQueueItem } from "@/lib/types/quotation";

/**
 * Where an entity's collection lives: an endpoint of the alias' map (lib/erp/endpoints.ts, the
 * path read at run time from the target the runner holds) or a PGV path TOTVS fixes.
 */
export type EntityPath = string | { endpoint: EndpointKey; params?: Record<string, string> };

/**
 * A synced tgv entity: where its collection lives, how its diff is addressed, and how a wire row
 * becomes the record the portal stores. `customers` go to their own table (searched and filtered);
 * everything else to `synced_records` as reshaped JSON.
 */
export type EntityDef<T> = {
  name: string;
  path: EntityPath;
  /**
   * Diff URL families below the collection's path (`base`), tried in order; the first that is not
   * 404 is remembered (ERP-CONTRACT.md §4).
   */
  diffPaths: ((base: string, date: string) => string)[];
  pageSize: number;
  /**
   * The sync's own OData filter (never the client's), sent with the list and every diff page,
   * e.g. the order window. Evaluated at each run.
   */
  filter?: () => string;
  /** Where the rows go: `synced_records` unless the entity has a table of its own. */
  store: RecordStore<T>;
  /** `synced_records.entity` when it differs from `name` (the items of every price list share one). */
  storeAs?: string;
  /** Runs in the page's transaction after its rows are stored (e.g. copy a figure to `customers`). */
  afterApply?: (tx: Db, scope: string, live: T[], goneIds: string[]) => Promise<void>;
  toRecord: (raw: Record<string, unknown>) => { id: string; deleted: boolean; data: T };
};

const diffFamilies = [
  (base: string, d: string) => `${base}/diff/${encodeURIComponent(d)}`,
  (base: string, d: string) => `${base}/sync/diff/${encodeURIComponent(d)}`,
];

/** The collection path of an entity for a target (its alias' endpoint map applied). */
export function entityPath(target: ErpTarget, def: Pick<EntityDef<unknown>, "path">): string {
  return typeof def.path === "string" ? def.path : endpointPath(target, def.path.endpoint, def.path.params);
}

/** The endpoint an entity reads, when it is one of the map's (the orchestrator leaves out one the login found missing). */
export function entityEndpoint(def: Pick<EntityDef<unknown>, "path">): EndpointKey | null {
  return typeof def.path === "string" ? null : def.path.endpoint;
}

export const customersEntity: EntityDef<Customer> = {
  name: "customers",
  path: { endpoint: "customers" },
  diffPaths: diffFamilies,
  pageSize: 500,
  store: customersStore,
  toRecord: (raw) => {
    const data = toCustomer(raw);
    return { id: data.id, deleted: isDeletedRow(raw), data };
  },
};

/** A records-table entity whose reshaper gives the id. */
function recordEntity<T extends { id: string }>(
  name: string,
  path: EntityPath,
  pageSize: number,
  reshape: (raw: Record<string, unknown>) => T,
): EntityDef<T> {
  return {
    name,
    path,
    diffPaths: diffFamilies,
    pageSize,
    store: recordsStore as RecordStore<T>,
    toRecord: (raw) => {
      const data = reshape(raw);
      return { id: data.id, deleted: isDeletedRow(raw), data };
    },
  };
}

export const contactsEntity = recordEntity<Contact>("contacts", { endpoint: "contacts" }, 500, toContact);
// PGV pages phone contacts by 5,000 (ERP-CONTRACT.md §4).
export const phoneContactsEntity = recordEntity<ContactPhone>(
  "phonecontacts",
  "api/tgv/phonecontacts",
  5000,
  toContactPhone,
);

// Older packages: financialcustomerstatus (+/diff); newer: financialstatus/sync (+/sync/diff).
export const financialStatusEntity: EntityDef<FinancialStatus> = {
  ...recordEntity<FinancialStatus>("financialstatus", "api/tgv/financialcustomerstatus", 500, toFinancialStatus),
  diffPaths: [
    (_base, d) => `api/tgv/financialstatus/sync/diff/${encodeURIComponent(d)}`,
    (_base, d) => `api/tgv/financialcustomerstatus/diff/${encodeURIComponent(d)}`,
  ],
  // The customer list filters and shows the overdue balance: keep `customers.overdue` in step.
  afterApply: async (tx, scope, live, goneIds) => {
    if (live.length) {
      const values = sql.join(
        live.map((f) => sql`(${f.code}, ${f.store}, ${f.overdueBalance}::bigint)`),
        sql`, `,
      );
      await tx.execute(sql`update ${customers} c set overdue = v.overdue from (values ${values}) v(code, store, overdue)
        where c.scope = ${scope} and c.code = v.code and c.store = v.store`);
    }
    if (goneIds.length)
      await tx
        .update(customers)
        .set({ overdue: 0 })
        .where(and(eq(customers.scope, scope), inArray(customers.id, goneIds)));
  },
};

export const paymentConditionsEntity = recordEntity<PaymentCondition>(
  "paymentconditions",
  "api/tgv/paymentconditions",
  500,
  toPaymentCondition,
);
export const priceListsEntity = recordEntity<PriceList>("pricelists", "api/tgv/priceList", 500, toPriceList);
export const productsEntity = recordEntity<Product>("products", "api/tgv/products", 500, toProduct);
export const carriersEntity = recordEntity<Carrier>("carriers", { endpoint: "carriers" }, 500, toCarrier);
export const operationTypesEntity = recordEntity<OperationType>(
  "operationtypes",
  { endpoint: "operationTypes" },
  500,
  toOperationType,
);
export const notificationsEntity = recordEntity<Notification>(
  "notifications",
  { endpoint: "notifications" },
  500,
  toNotification,
);
export const orderQueueEntity = recordEntity<QueueItem>(
  "orderqueue",
  { endpoint: "salesOrdersQueue" },
  500,
  toQueueItem,
);

/** Orders kept locally: issued in the last ORDER_WINDOW_DAYS days (older ones are invoiced history). */
const ORDER_WINDOW_DAYS = 365;

export function orderWindowStart(today = businessToday()): string {
  return addDays(today, -ORDER_WINDOW_DAYS);
}

export const salesOrdersEntity: EntityDef<SalesOrder> = {
  ...recordEntity<SalesOrder>("salesorders", { endpoint: "salesOrders" }, 500, toSalesOrder),
  store: ordersStore,
  filter: () => `issuedate ge '${orderWindowStart()}'`,
};

/** Quotations kept locally: the order window's (a quotation older than a year is long expired or converted). */
export const quotationsEntity: EntityDef<Quotation> = {
  ...recordEntity<Quotation>("quotations", { endpoint: "quotations" }, 500, toQuotation),
  store: quotationsStore,
  filter: () => `issuedate ge '${orderWindowStart()}'`,
};
export const quotationQueueEntity = recordEntity<QuotationQueueItem>(
  "quotationqueue",
  { endpoint: "quotationsQueue" },
  500,
  toQuotationQueueItem,
);

/** The seller's prospects (SUS), every status: "Meus prospects" lists and searches them from the store. */
export const prospectsEntity: EntityDef<Prospect> = {
  ...recordEntity<Prospect>("prospects", { endpoint: "prospects" }, 500, toProspect),
  store: prospectsStore,
};

/** Items of one price list (`priceList/{code}/items`, diffs below it): one watermark per list. */
export const PRICE_LIST_ITEMS = "pricelistitems";

export function priceListItemsEntity(listCode: string): EntityDef<PriceListItem> {
  return {
    name: `${PRICE_LIST_ITEMS}:${listCode}`,
    path: { endpoint: "priceListItems", params: { code: listCode } },
    diffPaths: diffFamilies,
    pageSize: 500,
    store: recordsStore as RecordStore<PriceListItem>,
    storeAs: PRICE_LIST_ITEMS,
    toRecord: (raw) => {
      const data = toPriceListItem(listCode, raw);
      return { id: data.id, deleted: isDeletedRow(raw), data };
    },
  };
}
