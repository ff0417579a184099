import type { Cents } from "@/lib/money";

/** MATA410 legend + SC9 (ERP-CONTRACT.md §4). `unknown` = a status this portal does not know yet. */
export const orderStatuses = ["open", "released", "credit_blocked", "stock_blocked", "rule_blocked", "invoiced"] as const;
export type OrderStatus = (typeof orderStatuses)[number] | "unknown";

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
};

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
