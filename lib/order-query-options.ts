/** Options of the "My orders" query, kept free of zod so the list's bundle stays small. */
export const orderSorts = ["issueDate", "number", "total", "customer"] as const;
export type OrderSort = (typeof orderSorts)[number];

/** The statuses a rep filters by (MATA410 legend + SC9). */
export const orderFilterStatuses = ["open", "released", "credit_blocked", "stock_blocked", "rule_blocked", "invoiced"] as const;
export type OrderFilterStatus = (typeof orderFilterStatuses)[number];
