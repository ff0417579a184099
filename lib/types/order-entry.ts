import type { Cents } from "@/lib/money";
import type { RiskLetter } from "./customer";
import type { ErpErrorKind } from "./erp-error";

/** The order form's choices (synced catalogues, usable today). */
export type OrderFormContext = {
  today: string;
  paymentConditions: { code: string; description: string; condition: string }[];
  priceLists: { code: string; description: string; endDate: string | null }[];
  operationTypes: { code: string; description: string }[];
  carriers: { code: string; name: string }[];
  /** A quotation form's validity window (from the business date): the date picker's bounds and hint. */
  validity?: { min: string; max: string; maxText: string; defaultDays: number };
  /** The line shown instead of a part this ERP does not offer (lib/capabilities.ts): online stock, the ERP's taxes. */
  unavailable?: { stock?: string; salesTaxes?: string };
};

/** A portfolio customer as the order form uses it: defaults and the facts of the credit preview. */
export type OrderCustomer = {
  code: string;
  store: string;
  name: string;
  document: string;
  blocked: boolean;
  risk: RiskLetter | null;
  availableCredit: Cents;
  creditLimit: Cents;
  creditLimitExpiry: string | null;
  oldestDue: string | null;
  overdue: Cents;
  paymentCondition: string;
  priceList: string;
};

/** A product found by the item search, priced by the chosen list (else B1_PRV1, no minimum). */
export type ProductOption = {
  code: string;
  description: string;
  unit: string;
  warehouse: string;
  listPrice: Cents;
  minimumPrice: Cents;
};

type DraftState = "editing" | "submitting" | "submitted" | "done";

export type DraftSummary = {
  id: string;
  /**
   * What the draft becomes: an order, or a quotation (then `orderNumber`/`copiedFrom` are quotation
   * numbers); a customer, prospect or contact for a registration draft (then `customerName` is its name).
   */
  document: "order" | "quotation" | "customer" | "prospect" | "contact";
  kind: "new" | "edit";
  /** C5_NUM of the order an edit draft changes. */
  orderNumber: string | null;
  customer: string;
  customerName: string;
  lines: number;
  total: Cents;
  /** C5_NUM of the order a new order's draft was copied from. */
  copiedFrom: string | null;
  state: DraftState;
  /**
   * Why the last submit did not go through: never reached the ERP, refused (the ERP's words, or with
   * `generic` the portal's stable code to translate where shown; `message` is then its pt-BR text), or
   * the ERP already holds an order from an earlier send of this draft, with that send's content.
   */
  problem:
    | { kind: "not_sent" }
    | { kind: "rejected"; message: string; generic?: `erp.${ErpErrorKind}` }
    | { kind: "already_sent"; queueId: string }
    | null;
  updatedAt: string;
};

/** `GET /api/orders/queue/{id}`: where an order operation is in the ERP's queue. */
export type QueueStatusAnswer = {
  item: import("./order").QueueItem;
  orderNumber: string | null;
  /** The order's status once the ERP made it (from the synced store): a blocked order is not a plain success. */
  orderStatus: import("./order").OrderStatus | null;
};

/** A line while it is typed: numbers may be blank (null) or not yet numbers (NaN) until the schema says so. */
export type LineValues = Omit<import("@/lib/schemas/order-form").OrderLine, "quantity" | "price"> & {
  quantity: number | null;
  price: number | null;
};

/** The order form's values: the schema's shape with lines still being typed. */
export type OrderFormValues = Omit<import("@/lib/schemas/order-form").OrderForm, "items" | "freightValue"> & {
  freightValue: number | null;
  items: LineValues[];
  /** A quotation's validity (ISO day; blank for the ERP's default). Never part of an order. */
  validity?: string;
  /** A prospect's quotation: the prospect (SUS) in place of the customer, which stays blank. Never an order's. */
  prospect?: string;
  prospectStore?: string;
};

/** Where the order form starts (new, resumed draft, copy, customer page, edit). */
export type OrderFormInitial = {
  /** Null for a fresh form: the browser makes the draft id (and the order's idempotency key). */
  draftId: string | null;
  kind: "new" | "edit";
  orderNumber: string | null;
  stamp: string | null;
  values: Omit<OrderFormValues, "key"> & { key?: string };
  customer: OrderCustomer | null;
  /** A prospect's quotation: the fixed prospect the form shows instead of the customer search. */
  prospect?: import("./quotation").QuotationProspect | null;
  /** Started for a prospect that already became a customer: that prospect, for the form's note. */
  convertedProspect?: import("./quotation").QuotationProspect;
  problem: DraftSummary["problem"];
  /** The draft was already sent: the queue item it is waiting on. */
  queueId: string | null;
  /** When the server's copy of the draft was saved (to prefer a newer copy kept on this device). */
  savedAt: string | null;
  origin: "blank" | "draft" | "copy" | "customer" | "prospect" | "edit";
  /** C5_NUM of the order this one was copied from ("cópia do 001085" in the drafts' list); a quotation's CJ_NUM for a quotation. */
  copiedFrom: string | null;
  /** A quotation started from an order ("copiar como orçamento"): `copiedFrom` is then that order's number. */
  copiedFromOrder?: boolean;
  /** In an edit: the stock the order's released items reserve, which the ERP gives back before releasing it again. */
  stockHolds: import("./order").StockHold[];
};

/** An order operation the ERP has not finished (or refused), shown above My orders. */
export type PendingOrder = {
  queueId: string | null;
  operation: "insert" | "update" | "delete";
  status: import("@/lib/order-query-options").PendingStatus;
  message: string;
  orderNumber: string | null;
  customerName: string;
  total: number | null;
  receivedAt: string | null;
  /** The draft it came from (to fix and resend after an error). */
  draftId: string | null;
};
