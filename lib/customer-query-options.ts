/** Options of the "My customers" query, kept free of zod so the list's bundle stays small. */
export const customerSorts = ["name", "code", "risk", "availableCredit", "lastPurchase"] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const customerStatuses = ["all", "active", "blocked"] as const;

/** Search starts at 3 characters (fewer would match almost everything). */
export const MIN_SEARCH = 3;
