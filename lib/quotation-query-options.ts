import { quotationStatuses } from "@/lib/types/quotation";

/** Options of the "Meus orçamentos" query, kept free of zod so the list's bundle stays small. */
export const quotationSorts = ["issueDate", "validity", "number", "total", "customer"] as const;
export type QuotationSort = (typeof quotationSorts)[number];

/** The statuses a rep filters by (the ERP's, with `expired` derived from the business date). */
export const quotationFilterStatuses = quotationStatuses;

/**
 * Validity filters: `valid` (open, not past its validity), `expiring` (open and valid for at most
 * EXPIRING_DAYS more days: the ones to call the customer about), `expired`.
 */
export const quotationValidities = ["valid", "expiring", "expired"] as const;
export type QuotationValidity = (typeof quotationValidities)[number];
export const EXPIRING_DAYS = 7;
