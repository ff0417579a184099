/** Options of the "My orders" query, kept free of zod so the list's bundle stays small. */
export const orderSorts = ["issueDate", "number", "total", "customer"] as const;
export type OrderSort = (typeof orderSorts)[number];

/** Statuses of an order in the ERP (MATA410 legend + SC9). */
export const orderRecordStatuses = [
  "open",
  "released",
  "credit_blocked",
  "stock_blocked",
  "rule_blocked",
  "invoiced",
] as const;
/** Statuses of an operation still in the ERP's queue (ZTQ): shown above the list as pending rows. */
const pendingStatuses = ["queued", "processing", "error"] as const;
export type PendingStatus = (typeof pendingStatuses)[number];

/** The statuses a rep filters by: the order's, then the queue's. */
export const orderFilterStatuses = [...orderRecordStatuses, ...pendingStatuses] as const;
export type OrderFilterStatus = (typeof orderFilterStatuses)[number];
