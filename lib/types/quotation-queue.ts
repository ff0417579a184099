import type { QuotationQueueItem } from "./quotation";

/**
 * Where one of the viewer's quotation operations is in the ERP's queue (`/api/quotations/queue/{id}`):
 * the item, the quotation's number once it has one, and for a finished `convert` the order it became.
 */
export type QuotationQueueAnswer = {
  item: QuotationQueueItem;
  quotationNumber: string | null;
  orderNumber: string | null;
};
