import { beforeAll, beforeEach, inject } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { passwordToken } from "./protheus-client";

/**
 * Helpers of the order / indicator tests: JSON calls to the PGV API as a given user, the business
 * admin routes (jobs/run, time/advance, titles/pay, orders/{n}/release) and payload builders with
 * the showcase data of sandbox/docs/data.md (ana = seller 000001 in 01/01).
 */

export type Session = { token: string; tenant: string };
export type Answer<T = Record<string, unknown>> = { status: number; body: T; headers: Headers };

export async function session(login: string, password: string, tenant = "01,01"): Promise<Session> {
  return { token: (await passwordToken(login, password)).access_token, tenant };
}

export async function api<T = Record<string, unknown>>(
  who: Session,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${inject("sandboxUrl")}/rest/api/tgv${path}`, {
    method,
    headers: {
      authorization: `Bearer ${who.token}`,
      tenantId: who.tenant,
      "content-type": "application/json",
      ...options.headers,
    },
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
}

export async function businessAdmin<T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${inject("sandboxUrl")}/__admin${path}`, {
    method,
    headers: { "x-sandbox-admin-key": inject("sandboxAdminKey"), "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export type JobReport = {
  processed: { id: string; status: string; orderNumber: string; message: string }[];
  stuck: number;
};
export const runJobs = () => businessAdmin<JobReport>("POST", "/jobs/run", {});

export type OrderItemBody = {
  product: string;
  quantity: number;
  price: number;
  operationtype?: string;
  warehouse?: string;
};

/** A valid order for one of ana's customers: price list 002 (current), payment 003 (30/60/90), venda (01). */
export function orderBody(customer: string, items: OrderItemBody[], extra: Record<string, unknown> = {}) {
  return { customer, store: "01", paymentcondition: "003", operationtype: "01", pricelist: "002", items, ...extra };
}

export type SalesOrder = {
  id: string;
  number: string;
  customer: string;
  store: string;
  seller: string;
  status: string;
  blockcode: string;
  reason: string;
  stamp: string;
  total: number;
  externalid: string;
  origin: string;
  paymentcondition: string;
  items: {
    item: string;
    product: string;
    quantity: number;
    price: number;
    listprice: number;
    total: number;
    creditblock: string;
    stockblock: string;
  }[];
  invoice: null | {
    number: string;
    series: string;
    issuedate: string;
    total: number;
    installments: { installment: string; duedate: string; value: number; balance: number }[];
  };
};

export type Accepted = { queueId: string; status: number; orderid: string | null; duplicate: boolean };

/** POST, run the job, answer the processed order (or the queue item when it failed). */
export async function createOrder(who: Session, body: unknown): Promise<{ accepted: Accepted; order: SalesOrder }> {
  const post = await api<Accepted>(who, "POST", "/salesorders", { body });
  if (post.status !== 202) throw new Error(`POST salesorders: ${post.status} ${JSON.stringify(post.body)}`);
  await runJobs();
  const queue = await api<{ items: { id: string; orderid: string | null; status: number; message: string }[] }>(
    who,
    "GET",
    `/salesordersqueue?filter=${encodeURIComponent(`id eq '${post.body.queueId}'`)}`,
  );
  const item = queue.body.items[0];
  if (!item?.orderid) throw new Error(`queue item ${post.body.queueId} has no order: ${JSON.stringify(item)}`);
  const order = await api<SalesOrder>(who, "GET", `/salesorders/${item.orderid}`);
  return { accepted: post.body, order: order.body };
}

/** Current DA1 price of a product in a price list (seeded prices are random but deterministic). */
export async function listPrice(who: Session, product: string, list = "002"): Promise<number> {
  const res = await api<{ items: { itemCode: string; price: number; minimumSalesPrice: number }[] }>(
    who,
    "GET",
    `/priceList/${list}/items?pageSize=500&filter=${encodeURIComponent(`itemCode eq '${product}'`)}`,
  );
  const item = res.body.items.find((i) => i.itemCode === product);
  if (!item)
    throw new Error(
      `product ${product} not in price list ${list}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
    );
  return item.price;
}

/**
 * A freshly reset sandbox and a signed-in ana before each test of the file (reset empties the
 * token store, so she signs in again); the first time also P00001's list price.
 */
export function freshSandboxWithAna(use: (ana: Session, listPriceOfP00001?: number) => void) {
  beforeAll(async () => {
    await sandboxAdmin().reset();
    const ana = await session("ana", "ana123");
    use(ana, await listPrice(ana, "P00001"));
  });
  beforeEach(async () => {
    await sandboxAdmin().reset();
    use(await session("ana", "ana123"));
  });
}
