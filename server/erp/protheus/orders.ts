import "server-only";
import { z } from "zod";
import { toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import type { OrderForm } from "@/lib/schemas/order-form";
import {
  toOrderStatus,
  queueStatuses,
  type OrderDetail,
  type OrderStatus,
  type QueueItem,
  type SalesOrder,
  type SalesOrderItem,
} from "@/lib/types/order";
import type { ErpFieldError } from "../errors";
import { endpointItemPath, endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pageSchema, pick, text } from "./wire";

const orderStatus = (raw: Record<string, unknown>): OrderStatus => toOrderStatus(text(raw, "status").toLowerCase());

/** An item of an order (SC6) or of a quotation (SCK: the same wire fields, without the release codes). */
export function toOrderItem(raw: Record<string, unknown>): SalesOrderItem {
  return {
    item: code(raw, "item"),
    product: code(raw, "product"),
    description: text(raw, "description"),
    unit: text(raw, "unit", "measureunit"),
    quantity: num(raw, "quantity"),
    listPrice: toCents(num(raw, "listprice", "listPrice")),
    price: toCents(num(raw, "price")),
    discount: num(raw, "discount"),
    total: toCents(num(raw, "total")),
    operationType: code(raw, "operationtype", "operationType"),
    tes: text(raw, "tes"),
    warehouse: text(raw, "warehouse"),
    creditBlock: text(raw, "creditblock").trim(),
    stockBlock: text(raw, "stockblock").trim(),
  };
}

/**
 * `salesorders` row (collection: `invoice` = C5_NOTA and `invoiceseries`; single GET: `invoice`
 * object) → SalesOrder. `id` is C5_FILIAL + C5_NUM.
 */
export function toSalesOrder(raw: Record<string, unknown>): SalesOrder {
  const branch = code(raw, "branch", "branchid");
  const number = code(raw, "number");
  const invoiceRaw = pick(raw, "invoice");
  const invoice =
    invoiceRaw && typeof invoiceRaw === "object"
      ? {
          number: text(invoiceRaw as Record<string, unknown>, "number"),
          series: text(invoiceRaw as Record<string, unknown>, "series"),
        }
      : text(raw, "invoice")
        ? { number: text(raw, "invoice"), series: text(raw, "invoiceseries") }
        : null;
  const items = pick<unknown[]>(raw, "items");
  return {
    id: text(raw, "id") || `${branch}${number}`,
    branch,
    number,
    customer: code(raw, "customer"),
    store: code(raw, "store"),
    paymentCondition: code(raw, "paymentcondition", "paymentconditions"),
    priceList: code(raw, "pricelist", "priceList"),
    seller: code(raw, "seller"),
    carrier: code(raw, "carrier").trim(),
    freightType: text(raw, "freighttype"),
    freightValue: toCents(num(raw, "freightvalue")),
    customerOrderNumber: text(raw, "customerordernumber"),
    message: text(raw, "message"),
    issueDate: toIsoDate(text(raw, "issuedate")),
    externalId: text(raw, "externalid"),
    origin: text(raw, "origin"),
    stamp: text(raw, "stamp"),
    total: toCents(num(raw, "total")),
    status: invoice ? "invoiced" : orderStatus(raw),
    invoice,
    items: Array.isArray(items)
      ? items.filter((i): i is Record<string, unknown> => typeof i === "object" && i !== null).map(toOrderItem)
      : [],
  };
}

const operations = new Set(["insert", "update", "delete"]);

/** `salesordersqueue` row → QueueItem. */
export function toQueueItem(raw: Record<string, unknown>): QueueItem {
  const operation = text(raw, "operation").toLowerCase();
  const status = num(raw, "status") as keyof typeof queueStatuses;
  return {
    id: text(raw, "id"),
    operation: operations.has(operation) ? (operation as QueueItem["operation"]) : "insert",
    orderId: text(raw, "orderid") || null,
    status: queueStatuses[status] ?? "waiting",
    message: text(raw, "message"),
    receivedAt: text(raw, "received_at", "receivedat") || null,
    finishedAt: text(raw, "finished_at", "finishedat") || null,
    externalId: text(raw, "externalid"),
  };
}

/**
 * `GET salesorders/{id}` → the order with what only the single read carries: the block code and
 * its reason in words, and the invoice with its instalments.
 */
function toOrderDetail(raw: Record<string, unknown>): OrderDetail {
  const invoiceRaw = pick<Record<string, unknown>>(raw, "invoice");
  const instalments =
    invoiceRaw && Array.isArray(invoiceRaw.installments) ? (invoiceRaw.installments as Record<string, unknown>[]) : [];
  return {
    ...toSalesOrder(raw),
    blockCode: text(raw, "blockcode"),
    reason: text(raw, "reason"),
    invoiceDetail:
      invoiceRaw && typeof invoiceRaw === "object"
        ? {
            number: text(invoiceRaw, "number"),
            series: text(invoiceRaw, "series"),
            issueDate: toIsoDate(text(invoiceRaw, "issuedate")),
            goods: toCents(num(invoiceRaw, "goodsvalue")),
            freight: toCents(num(invoiceRaw, "freightvalue")),
            total: toCents(num(invoiceRaw, "total")),
            instalments: instalments.map((i) => ({
              instalment: text(i, "installment"),
              dueDate: toIsoDate(text(i, "duedate")),
              value: toCents(num(i, "value")),
              balance: toCents(num(i, "balance")),
            })),
          }
        : null,
  };
}

/** One order online, as the ERP has it now (the synced copy may be minutes old). */
export async function fetchOrder(target: ErpTarget, id: string): Promise<OrderDetail> {
  const raw = await protheusFetch(target, endpointItemPath(target, "salesOrders", id), {
    schema: z.record(z.string(), z.unknown()),
  });
  return toOrderDetail(raw);
}

/** The PGV order payload (ERP-CONTRACT.md §4; sandbox/docs/orders.md): reais with 2 decimals, codes as the ERP keys them. */
export type OrderPayload = {
  customer: string;
  store: string;
  paymentcondition: string;
  operationtype: string;
  pricelist?: string;
  carrier?: string;
  freighttype: string;
  freightvalue: number;
  customerordernumber: string;
  message: string;
  externalid?: string;
  items: { product: string; quantity: number; price: number; operationtype: string }[];
};

/** The payload of a checked order form (server/services/order-check.ts): centavos become reais; each line carries its operation type. */
export function toOrderPayload(form: OrderForm): OrderPayload {
  return {
    customer: form.customer,
    store: form.store,
    paymentcondition: form.paymentCondition,
    operationtype: form.operationType,
    ...(form.priceList ? { pricelist: form.priceList } : {}),
    ...(form.carrier ? { carrier: form.carrier } : {}),
    freighttype: form.freightType,
    freightvalue: form.freightValue / 100,
    customerordernumber: form.customerOrderNumber,
    message: form.message,
    items: form.items.map((line) => ({
      product: line.product.trim(),
      quantity: line.quantity,
      price: line.price / 100,
      operationtype: line.operationType || form.operationType,
    })),
  };
}

/** The payload's field names → the form's (`items.0.operationtype` is the header's operation). */
const FORM_FIELDS: Record<string, string> = {
  customer: "customer",
  store: "customer",
  // A prospect's quotation (sandbox/docs/quotations.md "Prospects"): the refusal shows where the prospect is.
  prospect: "prospect",
  prospectstore: "prospect",
  paymentcondition: "paymentCondition",
  pricelist: "priceList",
  operationtype: "operationType",
  carrier: "carrier",
  freighttype: "freightType",
  freightvalue: "freightValue",
  customerordernumber: "customerOrderNumber",
  message: "message",
};

/** The form field an ERP field detail of a refused order belongs to (`form` when none does). */
export function formFieldOf(erpField: string): string {
  const item = /^items\.(\d+)\.(product|quantity|price|operationtype|warehouse)$/.exec(erpField);
  if (item)
    return item[2] === "operationtype" || item[2] === "warehouse" ? "operationType" : `items.${item[1]}.${item[2]}`;
  return FORM_FIELDS[erpField] ?? "form";
}

/** The ERP's field details of a refused order (`ErpError.fields`) as the form's field errors: the first per field. */
export function toFormFieldErrors(fields: ErpFieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[formFieldOf(f.field)] ??= f.message;
  return out;
}

const acceptedSchema = z.object({
  queueId: z.string().min(1),
  status: z.union([z.number(), z.string()]).optional(),
  orderid: z.string().nullish(),
  duplicate: z.boolean().optional(),
});
type OrderAccepted = { queueId: string; orderId: string | null; duplicate: boolean };

const accepted = (raw: z.infer<typeof acceptedSchema>): OrderAccepted => ({
  queueId: raw.queueId,
  orderId: raw.orderid ?? null,
  duplicate: raw.duplicate ?? false,
});

/**
 * `POST salesorders` → 202 with the queue item. Never retried blindly (transport): the
 * `externalid` makes a deliberate resend answer the same queue item instead of a second order.
 */
export async function postOrder(target: ErpTarget, payload: OrderPayload): Promise<OrderAccepted> {
  return accepted(
    await protheusFetch(target, endpointPath(target, "salesOrderWrites"), {
      method: "POST",
      body: payload,
      schema: acceptedSchema,
    }),
  );
}

/** `PUT salesorders/{id}` with the stamp the order was read with (409 when it moved since). */
export async function putOrder(
  target: ErpTarget,
  id: string,
  stamp: string,
  payload: OrderPayload,
): Promise<OrderAccepted> {
  return accepted(
    await protheusFetch(target, endpointItemPath(target, "salesOrderWrites", id), {
      method: "PUT",
      headers: { "If-Match": stamp },
      body: payload,
      schema: acceptedSchema,
    }),
  );
}

/** `DELETE salesorders/{id}` with the stamp the order was read with. */
export async function deleteOrder(target: ErpTarget, id: string, stamp: string): Promise<OrderAccepted> {
  return accepted(
    await protheusFetch(target, endpointItemPath(target, "salesOrderWrites", id), {
      method: "DELETE",
      headers: { "If-Match": stamp },
      schema: acceptedSchema,
    }),
  );
}

/** One queue item of the caller, online (null when the ERP does not show it to this seller). */
export async function fetchQueueItem(target: ErpTarget, queueId: string): Promise<QueueItem | null> {
  const page = await protheusFetch(target, endpointPath(target, "salesOrdersQueue"), {
    query: { filter: `id eq '${queueId}'`, pageSize: 1 },
    schema: pageSchema,
  });
  return page.items[0] ? toQueueItem(page.items[0]) : null;
}
