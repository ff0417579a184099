/** What the order form makes: a sales order, or a quotation (the same form, draft and send machinery). */
export type SalesDocument = "order" | "quotation";

/** Where each document's pages live (list, `/new`, `/{number}`, `/drafts`). */
export const documentPath: Record<SalesDocument, string> = { order: "/orders", quotation: "/quotations" };
