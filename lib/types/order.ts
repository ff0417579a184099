import type { Cents } from "@/lib/money";
import type { Customer } from "./customer";

/** MATA410 legend + SC9 (ERP-CONTRACT.md §4). `unknown` = a status this portal does not know yet. */
export const orderStatuses = [
  "open",
  "released",
  "credit_blocked",
  "stock_blocked",
  "rule_blocked",
  "invoiced",
] as const;
export type OrderStatus = (typeof orderStatuses)[number] | "unknown";

/** A status as the ERP or the store wrote it; one this portal does not know reads as `unknown`. */
export const toOrderStatus = (status: string): OrderStatus =>
  (orderStatuses as readonly string[]).includes(status) ? (status as OrderStatus) : "unknown";

/** Statuses the ERP still accepts an edit or a delete in: open and blocked (released and invoiced are final). */
export const isEditable = (status: OrderStatus) =>
  status === "open" || status === "credit_blocked" || status === "stock_blocked" || status === "rule_blocked";

export type SalesOrderItem = {
  item: string;
  product: string;
  description: string;
  unit: string;
  quantity: number;
  listPrice: Cents;
  price: Cents;
  /** C6_DESCONT, % below the list price. */
  discount: number;
  total: Cents;
  operationType: string;
  tes: string;
  warehouse: string;
  /** C9_BLCRED of the item's release: "" when released or not released yet (absent in copies synced before it was kept). */
  creditBlock?: string;
  /** C9_BLEST: 02/03 short of stock. With credit blocked the ERP leaves 02 on every item without analysing the stock. */
  stockBlock?: string;
};

/** Who issues an order sheet (print, PDF): the viewer's company and branch, as the ERP registers them, and the seller. */
export type OrderIssuer = {
  companyName: string;
  legalName: string;
  document: string;
  branch: { code: string; name: string };
  address: string;
  seller: string;
  /** When the sheet is produced (the business clock's instant). */
  issuedAt: string;
};

/** A stock reservation an order's items hold (product, warehouse, quantity). */
export type StockHold = { product: string; warehouse: string; quantity: number };

/**
 * The items the ERP held for stock: those of a stock-blocked order whose credit was released and
 * whose C9_BLEST says short (a credit-blocked order has 02 on every item, stock not analysed).
 */
export const itemsShortOfStock = (order: Pick<SalesOrder, "status" | "items">): SalesOrderItem[] =>
  order.status === "stock_blocked"
    ? order.items.filter((i) => !i.creditBlock && ["02", "03"].includes(i.stockBlock ?? ""))
    : [];

/**
 * What an order's released items reserve in stock (B2_RESERVA), which an edit gives back before the
 * ERP releases it again: every item of a released order, the unblocked items of a stock-blocked one.
 * Assumes the operation moves stock (the ERP's TES decides; the portal does not see that flag).
 */
export function stockHolds(order: Pick<SalesOrder, "status" | "items">): StockHold[] {
  if (order.status !== "released" && order.status !== "stock_blocked") return [];
  return order.items
    .filter((i) => !i.creditBlock && !i.stockBlock)
    .map((i) => ({ product: i.product.trim(), warehouse: i.warehouse.trim(), quantity: i.quantity }));
}

/** SC5 + SC6 as the portal keeps them. `id` = C5_FILIAL + C5_NUM; `stamp` = S_T_A_M_P_ for If-Match. */
export type SalesOrder = {
  id: string;
  branch: string;
  number: string;
  customer: string;
  store: string;
  paymentCondition: string;
  priceList: string;
  seller: string;
  carrier: string;
  freightType: string;
  freightValue: Cents;
  customerOrderNumber: string;
  message: string;
  issueDate: string | null;
  externalId: string;
  origin: string;
  stamp: string;
  total: Cents;
  status: OrderStatus;
  invoice: { number: string; series: string } | null;
  items: SalesOrderItem[];
};

type InvoiceDetail = {
  number: string;
  series: string;
  issueDate: string | null;
  goods: Cents;
  freight: Cents;
  total: Cents;
  instalments: { instalment: string; dueDate: string | null; value: Cents; balance: Cents }[];
};

/** An order as the ERP answers it alone: the block code, its reason in words, the invoice in full. */
export type OrderDetail = SalesOrder & { blockCode: string; reason: string; invoiceDetail: InvoiceDetail | null };

/** ZTQ: one asynchronous order operation. Status 0 waiting, 1 processing, 2 done, 3 error. */
export const queueStatuses = { 0: "waiting", 1: "processing", 2: "done", 3: "error" } as const;
export type QueueStatus = (typeof queueStatuses)[keyof typeof queueStatuses];

export type QueueItem = {
  id: string;
  operation: "insert" | "update" | "delete";
  orderId: string | null;
  status: QueueStatus;
  message: string;
  receivedAt: string | null;
  finishedAt: string | null;
  externalId: string;
};

/** An order of the viewer's that the ERP deleted, as its page tells it: from the ERP queue's history. */
export type DeletedOrder = {
  number: string;
  /** When the ERP's job carried the delete out (or received it, when it says no more). */
  deletedAt: string | null;
  /** The seller whose queue the delete went through (the ERP's queue carries no user). */
  seller: string;
  /** The ERP's own words on the delete ("Pedido 001123 excluído"). */
  message: string;
};

/** A recent order of a customer as the customer page lists it. */
export type CustomerOrder = Pick<SalesOrder, "id" | "number" | "issueDate" | "status" | "total" | "invoice">;

/** The order page: the order, its customer, its queue history and the names of its codes. */
export type OrderView = {
  order: OrderDetail;
  customer: Customer | null;
  /** The order's operations in the ERP queue, oldest first (inserts before the order existed too). */
  history: QueueItem[];
  /** Names of the codes the order carries, from the synced catalogues. */
  names: { paymentCondition: string; priceList: string; carrier: string; operationTypes: Record<string, string> };
  /** The ERP still accepts an edit or a delete (open or blocked: ERP-CONTRACT.md §4). */
  editable: boolean;
  /** `erp`: read online now; `store`: the synced copy (the ERP did not answer). */
  source: "erp" | "store";
  syncedAt: string | null;
};
