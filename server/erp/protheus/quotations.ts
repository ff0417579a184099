import "server-only";
import { z } from "zod";
import { toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import { queueStatuses } from "@/lib/types/order";
import { toQuotationStatus, type Quotation, type QuotationItem, type QuotationQueueItem } from "@/lib/types/quotation";
import { toOrderItem, type OrderPayload } from "./orders";
import { endpointItemPath, endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pageSchema, pick, text } from "./wire";

/*
 * The PGV's quotation endpoints (SCJ/SCK, sandbox/docs/quotations.md), [defined here] by the
 * contract like `salesordersqueue`: the alias' `quotations` and `quotationsQueue` endpoints
 * (lib/erp/endpoints.ts), shaped like the sales orders'.
 */

function toQuotationItem(raw: Record<string, unknown>): QuotationItem {
  const { creditBlock: _credit, stockBlock: _stock, ...item } = toOrderItem(raw);
  return item;
}

/** `quotations` row (collection, diff or single GET) → Quotation. `id` is CJ_FILIAL + CJ_NUM. */
export function toQuotation(raw: Record<string, unknown>): Quotation {
  const branch = code(raw, "branch", "branchid");
  const number = code(raw, "number");
  const items = pick<unknown[]>(raw, "items");
  return {
    id: text(raw, "id") || `${branch}${number}`,
    branch,
    number,
    customer: code(raw, "customer"),
    store: code(raw, "store"),
    prospect: code(raw, "prospect"),
    prospectStore: code(raw, "prospectstore", "prospectStore"),
    paymentCondition: code(raw, "paymentcondition", "paymentconditions"),
    priceList: code(raw, "pricelist", "priceList"),
    seller: code(raw, "seller"),
    freightType: text(raw, "freighttype"),
    freightValue: toCents(num(raw, "freightvalue")),
    issueDate: toIsoDate(text(raw, "issuedate")),
    validity: toIsoDate(text(raw, "validity", "validuntil")),
    status: toQuotationStatus(text(raw, "status").toLowerCase()),
    total: toCents(num(raw, "total")),
    externalId: text(raw, "externalid"),
    origin: text(raw, "origin"),
    stamp: text(raw, "stamp"),
    order: text(raw, "order", "orderid"),
    items: Array.isArray(items)
      ? items.filter((i): i is Record<string, unknown> => typeof i === "object" && i !== null).map(toQuotationItem)
      : [],
  };
}

const operations = new Set(["insert", "update", "delete", "convert"]);

/** `quotationsqueue` row → QuotationQueueItem. */
export function toQuotationQueueItem(raw: Record<string, unknown>): QuotationQueueItem {
  const operation = text(raw, "operation").toLowerCase();
  const status = num(raw, "status") as keyof typeof queueStatuses;
  return {
    id: text(raw, "id"),
    operation: operations.has(operation) ? (operation as QuotationQueueItem["operation"]) : "insert",
    quotationId: text(raw, "quotationid") || null,
    orderId: text(raw, "orderid") || null,
    status: queueStatuses[status] ?? "waiting",
    message: text(raw, "message"),
    receivedAt: text(raw, "received_at", "receivedat") || null,
    finishedAt: text(raw, "finished_at", "finishedat") || null,
    externalId: text(raw, "externalid"),
  };
}

const quotationUrl = (target: ErpTarget, id: string) => endpointItemPath(target, "quotations", id);

/** One quotation online, as the ERP has it now (with `customername`). */
export async function fetchQuotation(target: ErpTarget, id: string): Promise<Quotation> {
  return toQuotation(
    await protheusFetch(target, quotationUrl(target, id), { schema: z.record(z.string(), z.unknown()) }),
  );
}

type QuotationFields = Omit<OrderPayload, "carrier" | "customerordernumber" | "message">;

/**
 * The quotation payload: the order's without what only an order carries, plus the validity (ISO
 * day). A prospect's quotation names the prospect (`prospect` + `prospectstore`) instead of the
 * customer: exactly one of the two (sandbox/docs/quotations.md "Prospects").
 */
export type QuotationPayload = (
  QuotationFields | (Omit<QuotationFields, "customer" | "store"> & { prospect: string; prospectstore: string })
) & { validity?: string };

const acceptedSchema = z.object({
  queueId: z.string().min(1),
  status: z.union([z.number(), z.string()]).optional(),
  quotationid: z.string().nullish(),
  orderid: z.string().nullish(),
  duplicate: z.boolean().optional(),
});
export type QuotationAccepted = { queueId: string; quotationId: string | null; duplicate: boolean };

const accepted = (raw: z.infer<typeof acceptedSchema>): QuotationAccepted => ({
  queueId: raw.queueId,
  quotationId: raw.quotationid ?? null,
  duplicate: raw.duplicate ?? false,
});

/** `POST quotations` → 202 with the queue item; the `externalid` makes a resend land on the same item. */
export async function postQuotation(target: ErpTarget, payload: QuotationPayload): Promise<QuotationAccepted> {
  return accepted(
    await protheusFetch(target, endpointPath(target, "quotations"), {
      method: "POST",
      body: payload,
      schema: acceptedSchema,
    }),
  );
}

/** `PUT quotations/{id}` with the stamp it was read with (409 when it moved since). */
export async function putQuotation(
  target: ErpTarget,
  id: string,
  stamp: string,
  payload: QuotationPayload,
): Promise<QuotationAccepted> {
  return accepted(
    await protheusFetch(target, quotationUrl(target, id), {
      method: "PUT",
      headers: { "If-Match": stamp },
      body: payload,
      schema: acceptedSchema,
    }),
  );
}

/** `DELETE quotations/{id}` with the stamp it was read with. */
export async function deleteQuotation(target: ErpTarget, id: string, stamp: string): Promise<QuotationAccepted> {
  return accepted(
    await protheusFetch(target, quotationUrl(target, id), {
      method: "DELETE",
      headers: { "If-Match": stamp },
      schema: acceptedSchema,
    }),
  );
}

/** `POST quotations/{id}/convert` (MATA416): the job makes the order; the stamp guards against a change since it was read. */
export async function convertQuotation(target: ErpTarget, id: string, stamp: string): Promise<QuotationAccepted> {
  return accepted(
    await protheusFetch(target, endpointItemPath(target, "quotations", id, "convert"), {
      method: "POST",
      headers: { "If-Match": stamp },
      schema: acceptedSchema,
    }),
  );
}

/** One quotation queue item of the caller, online (null when the ERP does not show it to this seller). */
export async function fetchQuotationQueueItem(target: ErpTarget, queueId: string): Promise<QuotationQueueItem | null> {
  const page = await protheusFetch(target, endpointPath(target, "quotationsQueue"), {
    query: { filter: `id eq '${queueId}'`, pageSize: 1 },
    schema: pageSchema,
  });
  return page.items[0] ? toQuotationQueueItem(page.items[0]) : null;
}
