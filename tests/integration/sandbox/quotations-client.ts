import { addDays, toSgeDate } from "@/lib/dates";
import { type Session, api, businessAdmin, runJobs } from "./orders-client";

/**
 * Helpers of the quotation tests (sandbox/docs/quotations.md): the wire shapes, a payload builder
 * with ana's showcase data (price list 002, payment 003, venda 01), "POST + job + GET", and the
 * business date the validity rules count from.
 */

export type QuotationItem = {
  item: string;
  product: string;
  quantity: number;
  listprice: number;
  price: number;
  discount: number;
  total: number;
  operationtype: string;
  tes: string;
  warehouse: string;
};

export type Quotation = {
  id: string;
  branch: string;
  number: string;
  customer: string;
  store: string;
  seller: string;
  paymentcondition: string;
  pricelist: string;
  issuedate: string;
  validity: string;
  status: "open" | "converted" | "cancelled" | "expired";
  total: number;
  externalid: string;
  origin: string;
  stamp: string;
  order: string;
  items: QuotationItem[];
  deleted?: boolean;
};

export type QuotationAccepted = {
  queueId: string;
  status: number;
  quotationid: string | null;
  orderid: string | null;
  duplicate: boolean;
};

export type QuotationQueueItem = {
  id: string;
  operation: string;
  quotationid: string | null;
  orderid: string | null;
  status: number;
  message: string;
};

export type Notification = { id: string; type: number; title: string; description: string; recordkey: string };

export function quotationBody(customer: string, items: unknown[], extra: Record<string, unknown> = {}) {
  return { customer, store: "01", paymentcondition: "003", operationtype: "01", pricelist: "002", items, ...extra };
}

export async function queueItem(who: Session, queueId: string): Promise<QuotationQueueItem | undefined> {
  const res = await api<{ items: QuotationQueueItem[] }>(
    who,
    "GET",
    `/quotationsqueue?filter=${encodeURIComponent(`id eq '${queueId}'`)}`,
  );
  return res.body.items[0];
}

export const readQuotation = async (who: Session, id: string) =>
  (await api<Quotation>(who, "GET", `/quotations/${id}`)).body;

/** POST, run the job, answer the saved quotation. */
export async function createQuotation(who: Session, body: unknown): Promise<Quotation> {
  const post = await api<QuotationAccepted>(who, "POST", "/quotations", { body });
  if (post.status !== 202) throw new Error(`POST quotations: ${post.status} ${JSON.stringify(post.body)}`);
  await runJobs();
  const item = await queueItem(who, post.body.queueId);
  if (!item?.quotationid) throw new Error(`queue item ${post.body.queueId} has no quotation: ${JSON.stringify(item)}`);
  return readQuotation(who, item.quotationid);
}

/** The newest notifications of the caller, newest first. */
export async function latestNotifications(who: Session, count = 1): Promise<Notification[]> {
  return (await api<{ items: Notification[] }>(who, "GET", `/notifications?pageSize=${count}&order=-id`)).body.items;
}

/** The sandbox's business date (dDataBase) and days from it, ISO; `br()` as the messages write it. */
export async function businessDay(): Promise<{ today: string; plus: (days: number) => string }> {
  const { businessDate } = await businessAdmin<{ businessDate: string }>("GET", "/time");
  return { today: businessDate, plus: (days) => addDays(businessDate, days) };
}

export const br = (iso: string) => toSgeDate(iso);
