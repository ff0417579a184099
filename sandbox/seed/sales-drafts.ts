import type { Customer } from "./customers";
import { businessDayOnOrAfter, monthOf, monthStart } from "./dates";
import { seasonality, type SellerPlan } from "./plan";
import type { Product } from "./products";
import type { Rng } from "./random";

/**
 * Sales orders of one branch, drafted in memory before any row is written: 24 months back from
 * the business date plus the current month, seasonal volumes, and for the last week the whole
 * range of MATA410 states (open, released, blocked by credit/stock/rule, invoiced).
 */
export type OrderStatus =
  "open" | "released" | "credit_blocked" | "stock_blocked" | "rule_blocked" | "invoiced" | "cancelled";

type ItemDraft = {
  product: Product;
  qty: number;
  listCents: number;
  priceCents: number;
  discount: number;
  stockBlocked: boolean;
  deleted: boolean;
};

export type OrderDraft = {
  plan: SellerPlan;
  customer: Customer;
  day: number;
  num: string;
  condition: string;
  operation: "01" | "02" | "04";
  priceList: string;
  items: ItemDraft[];
  freightType: string;
  freightCents: number;
  status: OrderStatus;
  creditCode: string;
  invoiceDay: number | null;
  origin: string;
  externalId: string;
  customerOrder: string;
  message: string;
  /** Showcase: the single title stays open with E1_VENCREA = this day (past or future). */
  forcedDue?: number;
};

export type PriceOf = (list: string, product: Product, day: number) => { list: string; cents: number };

/** Days an order may be in a non-final state: older orders are invoiced (or were cancelled). */
const RECENT_DAYS = 8;

const messages = [
  "",
  "",
  "",
  "",
  "",
  "",
  "ENTREGAR NO PERIODO DA MANHA",
  "RECEBIMENTO ATE AS 16H",
  "PEDIDO DA CAMPANHA DE FIM DE ANO",
  "LIGAR ANTES DA ENTREGA",
  "DESCARGA PELA RUA LATERAL",
];

type Pickers = {
  rng: Rng;
  today: number;
  products: readonly Product[];
  /** Active products except the stock showcase (P00005 none, P00006 3 units), which only stock-blocked orders use. */
  sellable: readonly Product[];
  priceOf: PriceOf;
  conditions: readonly (readonly [string, number])[];
};

/** Draws a buying customer (live, store 01) by how often it buys (`weight`): one draw of `rng` per pick. */
export function customerPicker(customers: readonly Customer[], rng: Rng): () => Customer {
  const buyers = customers.filter((c) => !c.deleted && c.store === "01");
  const cumulative: number[] = [];
  buyers.reduce((sum, c, i) => (cumulative[i] = sum + c.weight), 0);
  const total = cumulative[cumulative.length - 1] ?? 0;
  return () => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return buyers[lo]!;
  };
}

export function draftOrders(plan: SellerPlan, customers: readonly Customer[], ctx: Pickers): OrderDraft[] {
  const { rng, today } = ctx;
  const pickCustomer = customerPicker(customers, rng);
  const drafts: OrderDraft[] = [];
  for (let offset = -24; offset <= 0; offset++) {
    const first = monthStart(today, offset);
    const last = Math.min(monthStart(today, offset + 1) - 1, today);
    const share = (last - first + 1) / (monthStart(today, offset + 1) - first);
    const count = Math.round(plan.ordersPerMonth * seasonality[monthOf(first)]! * (0.9 + rng.next() * 0.2) * share);
    for (let n = 0; n < count; n++) {
      const day = Math.min(businessDayOnOrAfter(rng.int(first, last)), today);
      const recent = today - day < RECENT_DAYS;
      let customer = pickCustomer();
      for (
        let tries = 0;
        tries < 6 && (customer.since > day || (recent && (customer.blocked || customer.showcase)));
        tries++
      )
        customer = pickCustomer();
      if (customer.since > day || (recent && (customer.blocked || customer.showcase))) continue;
      drafts.push(draftOne(plan, customer, day, ctx));
    }
  }
  // Sellers with a portal user get every open state in their last days, whatever the dice said.
  if (plan.userId) {
    for (const status of ["open", "released", "credit_blocked", "stock_blocked", "rule_blocked"] as const) {
      for (let n = 0; n < 2; n++) {
        let customer = pickCustomer();
        for (
          let tries = 0;
          tries < 20 &&
          (customer.blocked ||
            customer.showcase ||
            customer.since > today ||
            (status === "credit_blocked" && customer.risk === "A"));
          tries++
        )
          customer = pickCustomer();
        drafts.push(
          draftOne(plan, customer, Math.min(businessDayOnOrAfter(today - rng.int(0, RECENT_DAYS - 1)), today), ctx, {
            status,
          }),
        );
      }
    }
  }
  return drafts;
}

/** `forced.dueDay`: a showcase invoice (see credit-showcase.ts); `status`: the state the order must end in. */
export function draftOne(
  plan: SellerPlan,
  customer: Customer,
  day: number,
  ctx: Pickers,
  options: { dueDay?: number; status?: OrderStatus } = {},
): OrderDraft {
  const forced = options.dueDay === undefined ? undefined : { dueDay: options.dueDay };
  const { rng, today } = ctx;
  const operation = forced
    ? "01"
    : rng.weighted([
        ["01", 94],
        ["02", 3],
        ["04", 3],
      ] as const);
  const condition = forced ? "002" : rng.chance(0.9) ? customer.condition : rng.weighted(ctx.conditions);
  const itemCount = forced
    ? 2
    : rng.weighted([
        [1, 15],
        [2, 25],
        [3, 25],
        [4, 15],
        [5, 10],
        [6, 6],
        [8, 4],
      ] as const);
  const active = ctx.sellable;
  const chosen = new Set<Product>();
  while (chosen.size < Math.min(itemCount, active.length)) chosen.add(rng.pick(active));
  let priceList = customer.priceList;
  const items: ItemDraft[] = [...chosen].map((product) => {
    const price = ctx.priceOf(customer.priceList, product, day);
    priceList = price.list;
    const discount = rng.weighted([
      [0, 70],
      [2, 8],
      [3, 8],
      [5, 10],
      [10, 4],
    ] as const);
    return {
      product,
      qty: quantityOf(product.unit, rng),
      listCents: price.cents,
      priceCents: Math.round((price.cents * (100 - discount)) / 100),
      discount,
      stockBlocked: false,
      deleted: false,
    };
  });
  const age = today - day;
  let status: OrderStatus = "invoiced";
  if (!forced && age >= RECENT_DAYS)
    status = rng.weighted([
      ["invoiced", 965],
      ["cancelled", 30],
      ["released", 5],
    ] as const);
  else if (!forced)
    status = rng.weighted([
      ["open", 30],
      ["released", 25],
      ["credit_blocked", 15],
      ["stock_blocked", 10],
      ["rule_blocked", 5],
      ["invoiced", 15],
    ] as const);
  if (options.status) status = options.status;
  let creditCode = "";
  if (status === "credit_blocked") {
    if (customer.risk === "A") status = "released";
    else
      creditCode =
        customer.risk === "E" ? "06" : customer.limitUntil < today ? "04" : customer.profile === "bad" ? "06" : "01";
  }
  if (status === "stock_blocked") {
    const zero = ctx.products.find((p) => p.code === "P00005");
    if (zero)
      items.push({
        product: zero,
        qty: rng.int(2, 20),
        listCents: zero.priceCents,
        priceCents: zero.priceCents,
        discount: 0,
        stockBlocked: true,
        deleted: false,
      });
  }
  let invoiceDay: number | null = null;
  if (status === "invoiced") {
    invoiceDay = forced ? day : Math.min(day + rng.int(0, 3), today);
    if (!forced && age < RECENT_DAYS && age === 0) status = "released";
  }
  if (status !== "invoiced") invoiceDay = null;
  // An item removed from the order before invoicing: kept as a deleted SC6 row.
  if (items.length >= 3 && rng.chance(0.01)) items.push({ ...items[0]!, deleted: true });
  const portal = !forced && day >= monthStart(today, -6) && rng.chance(0.4);
  const freightType = rng.weighted([
    ["C", 60],
    ["F", 35],
    ["S", 5],
  ] as const);
  return {
    plan,
    customer,
    day,
    num: "",
    condition,
    operation,
    priceList,
    items,
    status,
    creditCode,
    invoiceDay,
    freightType,
    freightCents: freightType === "C" && rng.chance(0.5) ? rng.int(15, 250) * 100 : 0,
    origin: portal ? "TGV.SALESORDER" : "",
    externalId: portal ? `pgv-${rng.uuid()}` : "",
    customerOrder: customer.row.A1_PESSOA === "J" && rng.chance(0.3) ? `OC-${rng.int(1000, 99999)}` : "",
    message: rng.pick(messages),
    forcedDue: forced?.dueDay,
  };
}

export function quantityOf(unit: string, rng: Rng): number {
  switch (unit) {
    case "CX":
      return rng.int(1, 40);
    case "KG":
      return rng.int(5, 200);
    case "PC":
      return rng.int(1, 60);
    case "LT":
      return rng.int(2, 60);
    default:
      return rng.int(1, 100);
  }
}
