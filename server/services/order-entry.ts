import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { searchText } from "@/lib/search-text";
import { orderTotals, priceAfterDiscount } from "@/lib/order-lines";
import type { OrderForm } from "@/lib/schemas/order-form";
import { businessToday } from "@/server/clock";
import type { Carrier, OperationType, PaymentCondition, PriceList, PriceListItem, Product } from "@/lib/types/catalog";
import type { Customer } from "@/lib/types/customer";
import type { FinancialStatus } from "@/lib/types/financial";
import type { DraftSummary, OrderCustomer, OrderFormContext, ProductOption } from "@/lib/types/order-entry";
import type { SalesOrder } from "@/lib/types/order";
import type { Viewer } from "@/server/auth/viewer";
import type { OrderPayload } from "@/server/erp/protheus/orders";
import { getDb } from "@/server/store/db";
import { customers, orderDrafts, orders, syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { records, record } from "./synced";

/** A list a rep can sell from today: active and within its validity. */
export function sellable(list: PriceList, today = businessToday()): boolean {
  return list.active && (!list.startDate || list.startDate <= today) && (!list.endDate || list.endDate >= today);
}

/** The form's choices, from the synced catalogues (small lists: sent with the page). */
export async function orderFormContext(viewer: Viewer): Promise<OrderFormContext> {
  const scope = scopeOf(viewer);
  const today = businessToday();
  const [conditions, lists, operations, carriers] = await Promise.all([
    records<PaymentCondition>(scope, "paymentconditions"),
    records<PriceList>(scope, "pricelists"),
    records<OperationType>(scope, "operationtypes"),
    records<Carrier>(scope, "carriers"),
  ]);
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
  return {
    today,
    paymentConditions: conditions
      .filter((c) => !c.blocked)
      .sort(byCode)
      .map((c) => ({ code: c.code, description: c.description, condition: c.condition })),
    priceLists: lists
      .filter((l) => sellable(l, today))
      .sort(byCode)
      .map((l) => ({ code: l.code, description: l.description, endDate: l.endDate })),
    operationTypes: operations.sort(byCode).map((o) => ({ code: o.code, description: o.description })),
    carriers: carriers.sort(byCode).map((c) => ({ code: c.code, name: c.name })),
  };
}

/** A customer of the viewer's portfolio with what the form needs: defaults and the credit facts. */
export async function orderCustomer(viewer: Viewer, code: string, store: string): Promise<OrderCustomer | null> {
  if (!/^[0-9A-Za-z ]{1,6}$/.test(code) || !/^[0-9A-Za-z ]{1,2}$/.test(store)) return null;
  const db = await getDb();
  const scope = scopeOf(viewer);
  const [row] = await db
    .select({ data: customers.data, overdue: customers.overdue })
    .from(customers)
    .where(and(eq(customers.scope, scope), eq(customers.code, code), eq(customers.store, store)))
    .limit(1);
  if (!row) return null;
  const c = row.data as Customer;
  const [financial] = await records<FinancialStatus>(
    scope,
    "financialstatus",
    sql`${syncedRecords.data}->>'code' = ${c.code} and ${syncedRecords.data}->>'store' = ${c.store}`,
  );
  return {
    code: c.code,
    store: c.store,
    name: c.name,
    document: c.document,
    blocked: c.blocked,
    risk: c.risk,
    availableCredit: c.availableCredit,
    creditLimit: c.creditLimit,
    creditLimitExpiry: c.creditLimitExpiry,
    oldestDue: financial?.oldestDue ?? null,
    overdue: Number(row.overdue),
    paymentCondition: c.paymentCondition.trim(),
    priceList: c.priceList.trim(),
  };
}

const SEARCH_LIMIT = 20;

/**
 * Products for the item search: active ones matching the code or the description, with the
 * chosen list's price and minimum (only the list's products when a list is chosen), else B1_PRV1.
 */
export async function searchProducts(
  viewer: Viewer,
  query: { q: string; priceList: string; codes?: string[] },
): Promise<ProductOption[]> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const q = searchText(query.q)
    .trim()
    .replace(/[%_\\]/g, "\\$&");
  const product = sql`${syncedRecords.data}`;
  const item = sql`i.data`;
  const match = query.codes?.length
    ? sql`trim(${product}->>'code') in (${sql.join(
        query.codes.map((c) => sql`${c.trim()}`),
        sql`, `,
      )})`
    : q
      ? sql`(lower(${product}->>'code') like ${`%${q}%`} or translate(lower(${product}->>'description'), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc') like ${`%${q}%`})`
      : sql`true`;
  const rows = await db.execute<{ product: Product; item: PriceListItem | null }>(sql`
    select ${product} as product, ${query.priceList ? item : sql`null`} as item
    from ${syncedRecords}
    ${
      query.priceList
        ? sql`join ${syncedRecords} i on i.scope = ${scope} and i.entity = 'pricelistitems' and i.data->>'priceList' = ${query.priceList}
              and trim(i.data->>'product') = trim(${product}->>'code') and (i.data->>'active')::boolean`
        : sql``
    }
    where ${syncedRecords.scope} = ${scope} and ${syncedRecords.entity} = 'products' and (${product}->>'active')::boolean and ${match}
    order by ${product}->>'code'
    limit ${query.codes?.length ? query.codes.length : SEARCH_LIMIT}`);
  return rows.rows.map((r) => ({
    code: r.product.code.trim(),
    description: r.product.description,
    unit: r.product.unit,
    warehouse: r.product.warehouse,
    listPrice: r.item ? r.item.price : r.product.price,
    minimumPrice: r.item ? r.item.minimumPrice : 0,
  }));
}

/** Field path → message code (`lib/schemas/order-form.ts` codes plus the store checks below). */
export type FieldCodes = Record<string, string>;

export type CheckedOrder = { payload: OrderPayload; customerName: string; total: number };

/**
 * Everything the server re-checks before an order reaches the ERP, against the rep's own store:
 * the customer is in the portfolio and not blocked, the codes exist and are usable today, every
 * product is active (and in the list), no price is below the list's minimum. The payload is built
 * here — seller and branch come from the session, prices are checked, totals recomputed.
 */
export async function checkOrder(
  viewer: Viewer,
  form: OrderForm,
): Promise<{ ok: true; order: CheckedOrder } | { ok: false; fieldErrors: FieldCodes }> {
  const scope = scopeOf(viewer);
  const today = businessToday();
  const errors: FieldCodes = {};
  const [customer, condition, list, operations, carrier] = await Promise.all([
    orderCustomer(viewer, form.customer, form.store),
    record<PaymentCondition>(scope, "paymentconditions", form.paymentCondition),
    form.priceList ? record<PriceList>(scope, "pricelists", form.priceList) : Promise.resolve(null),
    records<OperationType>(scope, "operationtypes"),
    form.carrier ? record<Carrier>(scope, "carriers", form.carrier) : Promise.resolve(null),
  ]);
  const knownOperations = new Set(operations.map((o) => o.code.trim()));
  const operation = knownOperations.has(form.operationType.trim());
  if (!customer) errors.customer = "customer_unknown";
  else if (customer.blocked) errors.customer = "customer_blocked";
  if (!condition) errors.paymentCondition = "unknown_code";
  else if (condition.blocked) errors.paymentCondition = "blocked_code";
  if (form.priceList && !list) errors.priceList = "unknown_code";
  else if (list && !sellable(list, today)) errors.priceList = "pricelist_not_valid";
  if (!operation) errors.operationType = "unknown_code";
  if (form.carrier && !carrier) errors.carrier = "unknown_code";

  const codes = [...new Set(form.items.map((i) => i.product.trim()))];
  const known = new Map(
    (await searchProducts(viewer, { q: "", priceList: list && sellable(list, today) ? list.code : "", codes })).map(
      (p) => [p.code, p],
    ),
  );
  const inactive =
    known.size < codes.length
      ? await productsNotSellable(
          scope,
          codes.filter((c) => !known.has(c)),
        )
      : new Set<string>();
  form.items.forEach((line, index) => {
    const option = known.get(line.product.trim());
    if (!option) {
      errors[`items.${index}.product`] = inactive.has(line.product.trim())
        ? "product_blocked"
        : list
          ? "product_not_in_list"
          : "product_unknown";
      return;
    }
    if (line.price < option.minimumPrice) errors[`items.${index}.price`] = `below_minimum:${option.minimumPrice}`;
    if (line.operationType && !knownOperations.has(line.operationType))
      errors[`items.${index}.product`] = "unknown_operation";
  });
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };

  const totals = orderTotals(form.items, form.freightValue);
  return {
    ok: true,
    order: {
      customerName: customer!.name,
      total: totals.total,
      payload: {
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
      },
    },
  };
}

/** Of these codes, the ones the store knows as products (blocked or out of the list) — to say which. */
async function productsNotSellable(scope: string, codes: string[]): Promise<Set<string>> {
  const rows = await records<Product>(
    scope,
    "products",
    sql`trim(${syncedRecords.data}->>'code') in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )}) and not (${syncedRecords.data}->>'active')::boolean`,
  );
  return new Set(rows.map((p) => p.code.trim()));
}

/** The viewer's stored order by number in the viewer's branch (the ownership check of every order operation). */
export async function ownOrder(viewer: Viewer, number: string): Promise<SalesOrder | null> {
  if (!/^[0-9A-Za-z]{1,6}$/.test(number)) return null;
  const db = await getDb();
  const id = `${viewer.tenant.branch}${number.padStart(6, "0")}`;
  const [row] = await db
    .select({ data: orders.data })
    .from(orders)
    .where(and(eq(orders.scope, scopeOf(viewer)), eq(orders.id, id)))
    .limit(1);
  return row ? (row.data as SalesOrder) : null;
}

/** An order as the form starts from it (edit or copy): lines with what the list says today. */
export async function formFromOrder(
  viewer: Viewer,
  order: SalesOrder,
  mode: "edit" | "copy",
  context: OrderFormContext,
): Promise<Omit<OrderForm, "key">> {
  const customer = await orderCustomer(viewer, order.customer, order.store);
  const listOk = context.priceLists.some((l) => l.code === order.priceList.trim());
  const priceList = listOk ? order.priceList.trim() : (customer?.priceList ?? "");
  const options = new Map(
    (await searchProducts(viewer, { q: "", priceList, codes: order.items.map((i) => i.product) })).map((p) => [
      p.code,
      p,
    ]),
  );
  // The header's operation type is the one most of the items carry (TES inteligente decides per item).
  const counts = new Map<string, number>();
  for (const i of order.items) counts.set(i.operationType.trim(), (counts.get(i.operationType.trim()) ?? 0) + 1);
  const header = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] || context.operationTypes[0]?.code || "";
  return {
    customer: order.customer,
    store: order.store,
    paymentCondition: order.paymentCondition.trim(),
    priceList,
    operationType: header,
    carrier: order.carrier.trim(),
    freightType: (["C", "F", "T", "S"].includes(order.freightType)
      ? order.freightType
      : "C") as OrderForm["freightType"],
    freightValue: order.freightValue,
    customerOrderNumber: mode === "edit" ? order.customerOrderNumber : "",
    message: order.message,
    items: order.items.map((i) => {
      const option = options.get(i.product.trim());
      const listPrice = option?.listPrice ?? i.listPrice;
      // An edit keeps the agreed price; a copy re-prices at today's list with the same discount.
      const price =
        mode === "edit" ? i.price : Math.max(option?.minimumPrice ?? 0, priceAfterDiscount(listPrice, i.discount));
      const own = i.operationType.trim();
      return {
        product: i.product.trim(),
        quantity: i.quantity,
        price,
        ...(own && own !== header ? { operationType: own } : {}),
        description: option?.description ?? i.description,
        unit: option?.unit ?? i.unit,
        listPrice,
        minimumPrice: option?.minimumPrice ?? 0,
      };
    }),
  };
}

// ── drafts ────────────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().max(max).catch("");
const numberOrNull = z.number().finite().nullable().catch(null);

/** What a draft may hold: whatever the rep had typed, sanitised (never trusted as an order). */
export const draftDataSchema = z.object({
  key: z.string().max(60).catch(""),
  customer: text(6),
  store: text(2),
  customerName: text(120),
  paymentCondition: text(3),
  priceList: text(3),
  operationType: text(2),
  carrier: text(6),
  freightType: z.enum(["C", "F", "T", "S"]).catch("C"),
  freightValue: numberOrNull,
  customerOrderNumber: text(40),
  message: text(500),
  items: z
    .array(
      z.object({
        product: text(15),
        quantity: numberOrNull,
        price: numberOrNull,
        description: text(200),
        unit: text(4),
        operationType: text(2),
        listPrice: z.number().finite().catch(0),
        minimumPrice: z.number().finite().catch(0),
      }),
    )
    .max(2_000)
    .catch([]),
});
export type DraftData = z.infer<typeof draftDataSchema>;

export const draftInputSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["new", "edit"]),
  orderNumber: z
    .string()
    .regex(/^[0-9A-Za-z]{1,6}$/)
    .optional(),
  stamp: z.string().max(40).optional(),
  data: z.unknown(),
});
export type DraftInput = z.infer<typeof draftInputSchema>;

type DraftRow = typeof orderDrafts.$inferSelect;

function summary(row: DraftRow): DraftSummary {
  const data = draftDataSchema.parse(row.data);
  return {
    id: row.id,
    kind: row.kind,
    orderNumber: row.orderId ? row.orderId.slice(-6) : null,
    customer: data.customer ? `${data.customer.trim()}/${data.store.trim()}` : "",
    customerName: row.customerName,
    lines: row.lines,
    total: Number(row.total),
    state: row.state,
    problem: problemOf(row.error),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The draft's `error` column: `erp:<the ERP's words>`, `sent:<queue id>`, or `not_sent`. */
function problemOf(error: string | null): DraftSummary["problem"] {
  if (!error) return null;
  if (error.startsWith("erp:")) return { kind: "rejected", message: error.slice(4) };
  if (error.startsWith("sent:")) return { kind: "already_sent", queueId: error.slice(5) };
  return { kind: "not_sent" };
}

/**
 * Saves what the rep typed (upsert by the client's draft id, only within the viewer's scope; a
 * draft already sent is not overwritten). An edit draft must name one of the viewer's orders.
 */
export async function saveDraft(
  viewer: Viewer,
  input: DraftInput,
): Promise<{ ok: true; draft: DraftSummary } | { ok: false; reason: "not_found" | "sent" }> {
  const data = draftDataSchema.parse(input.data ?? {});
  let orderId: string | null = null;
  if (input.kind === "edit") {
    const order = input.orderNumber ? await ownOrder(viewer, input.orderNumber) : null;
    if (!order) return { ok: false, reason: "not_found" };
    orderId = order.id;
  }
  const totals = orderTotals(data.items, data.freightValue);
  const db = await getDb();
  const scope = scopeOf(viewer);
  const values = {
    id: input.id,
    scope,
    login: viewer.login,
    kind: input.kind,
    orderId,
    stamp: input.stamp ?? null,
    key: data.key,
    data,
    customerName: data.customerName,
    lines: data.items.filter((i) => i.product).length,
    total: totals.total,
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(orderDrafts)
    .values(values)
    .onConflictDoUpdate({
      target: orderDrafts.id,
      set: {
        data,
        customerName: values.customerName,
        lines: values.lines,
        total: values.total,
        stamp: values.stamp,
        updatedAt: values.updatedAt,
      },
      setWhere: sql`${orderDrafts.scope} = ${scope} and ${orderDrafts.state} = 'editing'`,
    })
    .returning();
  if (row) return { ok: true, draft: summary(row) };
  const existing = await getDraftRow(viewer, input.id);
  return { ok: false, reason: existing ? "sent" : "not_found" };
}

async function getDraftRow(viewer: Viewer, id: string): Promise<DraftRow | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(orderDrafts)
    .where(and(eq(orderDrafts.id, id), eq(orderDrafts.scope, scopeOf(viewer))))
    .limit(1);
  return row ?? null;
}

export type Draft = DraftSummary & { data: DraftData; stamp: string | null; queueId: string | null };

/** One of the viewer's drafts with its data (null for anyone else's). */
export async function getDraft(viewer: Viewer, id: string): Promise<Draft | null> {
  const row = await getDraftRow(viewer, id);
  return row
    ? { ...summary(row), data: draftDataSchema.parse(row.data), stamp: row.stamp, queueId: row.queueId }
    : null;
}

/** The latest edit draft of one of the viewer's orders (to resume an unfinished edit). */
export async function editDraftOf(viewer: Viewer, orderId: string): Promise<Draft | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: orderDrafts.id })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.scope, scopeOf(viewer)), eq(orderDrafts.orderId, orderId), eq(orderDrafts.kind, "edit")))
    .orderBy(desc(orderDrafts.updatedAt))
    .limit(1);
  return row ? getDraft(viewer, row.id) : null;
}

/** The viewer's drafts, most recently touched first. */
export async function listDrafts(viewer: Viewer): Promise<DraftSummary[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(orderDrafts)
    .where(eq(orderDrafts.scope, scopeOf(viewer)))
    .orderBy(desc(orderDrafts.updatedAt), asc(orderDrafts.id))
    .limit(200);
  return rows.map(summary);
}

export async function countDrafts(viewer: Viewer): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orderDrafts)
    .where(eq(orderDrafts.scope, scopeOf(viewer)));
  return row?.n ?? 0;
}

/** Discards one of the viewer's drafts (not one being sent right now). */
export async function discardDraft(viewer: Viewer, id: string): Promise<boolean> {
  if (!z.uuid().safeParse(id).success) return false;
  const db = await getDb();
  const rows = await db
    .delete(orderDrafts)
    .where(
      and(eq(orderDrafts.id, id), eq(orderDrafts.scope, scopeOf(viewer)), sql`${orderDrafts.state} <> 'submitting'`),
    )
    .returning({ id: orderDrafts.id });
  return rows.length > 0;
}
