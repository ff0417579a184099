import type { Cents } from "@/lib/money";
import type { Customer } from "./customer";
import type { QueueStatus, SalesOrderItem } from "./order";
import type { Prospect } from "./prospect";

/**
 * A quotation's status as the ERP derives it (sandbox/docs/quotations.md): `open` (CJ_STATUS A, still
 * valid on the business date), `expired` (A, CJ_VALIDA passed), `converted` (B, MATA416 made it an
 * order), `cancelled` (C). `unknown` = a status this portal does not know yet.
 */
export const quotationStatuses = ["open", "expired", "converted", "cancelled"] as const;
export type QuotationStatus = (typeof quotationStatuses)[number] | "unknown";

export const toQuotationStatus = (status: string): QuotationStatus =>
  (quotationStatuses as readonly string[]).includes(status) ? (status as QuotationStatus) : "unknown";

/** The ERP accepts an edit or a delete while open or expired (an edit re-prices it to a new validity). */
export const isQuotationEditable = (status: QuotationStatus) => status === "open" || status === "expired";

/** Only an open (valid) quotation becomes an order. */
export const isConvertible = (status: QuotationStatus) => status === "open";

/**
 * Whether a quotation is still its prospect's: CJ_PROSPE filled and CJ_CLIENTE still blank. Once the
 * prospect became a customer the ERP fills CJ_CLIENTE/CJ_LOJA and the quotation is that customer's.
 */
export const isProspectQuotation = (q: Pick<Quotation, "customer" | "prospect">) =>
  Boolean(q.prospect?.trim()) && !q.customer.trim();

/** The prospect (SUS) a quotation form is for, as the form shows it in place of the customer. */
export type QuotationProspect = { code: string; store: string; name: string; document: string };

/** An SCK item: an order item's fields (SalesOrderItem), without the release's block codes. */
export type QuotationItem = Omit<SalesOrderItem, "creditBlock" | "stockBlock">;

/** SCJ + SCK as the portal keeps them. `id` = CJ_FILIAL + CJ_NUM; `stamp` = S_T_A_M_P_ for If-Match. */
export type Quotation = {
  id: string;
  branch: string;
  number: string;
  customer: string;
  store: string;
  /**
   * CJ_PROSPE/CJ_LOJPRO: the prospect (SUS) a quotation is for; "" for a customer's. Absent in a copy
   * synced before the wire carried it.
   */
  prospect?: string;
  prospectStore?: string;
  paymentCondition: string;
  priceList: string;
  seller: string;
  freightType: string;
  freightValue: Cents;
  issueDate: string | null;
  /** CJ_VALIDA: valid until this day, inclusive. */
  validity: string | null;
  status: QuotationStatus;
  /** Σ CK_VALOR (freight apart, taxes apart). */
  total: Cents;
  externalId: string;
  origin: string;
  stamp: string;
  /** The order it became (C5_NUM from CK_NUMPV), "" while it is not converted. */
  order: string;
  items: QuotationItem[];
};

/** ZTQ with ZTQ_ENTITY SCJ: one asynchronous quotation operation. */
export type QuotationQueueItem = {
  id: string;
  operation: "insert" | "update" | "delete" | "convert";
  quotationId: string | null;
  /** The order a `convert` created. */
  orderId: string | null;
  status: QueueStatus;
  message: string;
  receivedAt: string | null;
  finishedAt: string | null;
  externalId: string;
};

export type QuotationListItem = {
  id: string;
  number: string;
  issueDate: string | null;
  validity: string | null;
  status: QuotationStatus;
  total: Cents;
  customer: string;
  store: string;
  /** The customer's name; a prospect's quotation's (`prospect` set) is the prospect's. */
  customerName: string;
  customerDocument: string;
  order: string;
  items: number;
  /** Set while the quotation is still its prospect's (no customer yet): the prospect's code and store. */
  prospect?: { code: string; store: string };
};

export type QuotationPage = {
  items: QuotationListItem[];
  total: number;
  page: number;
  pageSize: number;
  syncedAt: string | null;
};

/** The quotation page: the quotation, its customer, its queue history and the names of its codes. */
export type QuotationView = {
  quotation: Quotation;
  customer: Customer | null;
  /** A prospect's quotation (no customer yet, isProspectQuotation): the prospect, when the viewer's store has it. */
  prospect: Prospect | null;
  history: QuotationQueueItem[];
  names: { paymentCondition: string; priceList: string; operationTypes: Record<string, string> };
  editable: boolean;
  convertible: boolean;
  /** `erp`: read online now; `store`: the synced copy (the ERP did not answer). */
  source: "erp" | "store";
  syncedAt: string | null;
};
