import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { priceAfterDiscount } from "@/lib/order-lines";
import type { OrderForm } from "@/lib/schemas/order-form";
import type { Carrier, OperationType, PaymentCondition, PriceList } from "@/lib/types/catalog";
import type { Customer } from "@/lib/types/customer";
import type { FinancialStatus } from "@/lib/types/financial";
import type { OrderCustomer, OrderFormContext } from "@/lib/types/order-entry";
import type { SalesOrder, SalesOrderItem } from "@/lib/types/order";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getDb } from "@/server/store/db";
import { customers, orders, syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { unavailableLines } from "./capabilities";
import { searchProducts } from "./product-search";
import { records } from "./synced";

// What the order form starts from: its choices, the customer's facts, and an existing order's lines.

/** A list a rep can sell from today: active and within its validity. */
export function sellable(list: PriceList, today = businessToday()): boolean {
  return list.active && (!list.startDate || list.startDate <= today) && (!list.endDate || list.endDate >= today);
}

/** The form's choices, from the synced catalogues (small lists: sent with the page). */
export async function orderFormContext(viewer: Viewer): Promise<OrderFormContext> {
  const scope = scopeOf(viewer);
  const today = businessToday();
  const [conditions, lists, operations, carriers, unavailable] = await Promise.all([
    records<PaymentCondition>(scope, "paymentconditions"),
    records<PriceList>(scope, "pricelists"),
    records<OperationType>(scope, "operationtypes"),
    records<Carrier>(scope, "carriers"),
    unavailableLines(viewer, ["stock", "salesTaxes"]),
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
    unavailable,
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

/** What the form can start from: an order, or a quotation (which has no carrier, customer order number or message). */
type FormSource = Pick<
  SalesOrder,
  "customer" | "store" | "paymentCondition" | "priceList" | "freightType" | "freightValue"
> &
  Partial<Pick<SalesOrder, "carrier" | "customerOrderNumber" | "message">> & {
    items: Pick<
      SalesOrderItem,
      "product" | "quantity" | "price" | "listPrice" | "discount" | "operationType" | "description" | "unit"
    >[];
  };

/** An order (or a quotation) as the form starts from it (edit or copy): lines with what the list says today. */
export async function formFromOrder(
  viewer: Viewer,
  order: FormSource,
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
    carrier: order.carrier?.trim() ?? "",
    freightType: (["C", "F", "T", "S"].includes(order.freightType)
      ? order.freightType
      : "C") as OrderForm["freightType"],
    freightValue: order.freightValue,
    customerOrderNumber: mode === "edit" ? (order.customerOrderNumber ?? "") : "",
    message: order.message ?? "",
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
