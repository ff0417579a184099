/**
 * Quotations (SCJ/SCK) in volume, at `load` scale only (`quotationsPerOrder` of seed/plan.ts; none at
 * `demo`, whose quotations are the fixed showcases of seed/quotations.ts): for each order a seller
 * took in the last 12 months, a quotation with that chance, issued near the order's day (so the
 * quotations follow the seasonality of the orders) for one of the seller's buying customers, with 1–10
 * items of the price list the customer buys from on that day. Valid 15 days after issue; CJ_STATUS A
 * (open, or expired once that day passed), B (converted — `CK_NUMPV` blank: no order is linked) or C
 * (cancelled). Every seller-branch draws from its own stream, so nothing else moves.
 */
import { companyTable, type Database } from "../db";
import { centsToDecimal, discountPercent, lineTotal } from "../orders/money";
import { bulkInsert, type Row } from "./bulk";
import type { Customer } from "./customers";
import { businessDayOnOrAfter, dateOf, monthStart } from "./dates";
import { operationTypes } from "./fiscal";
import type { SellerPlan } from "./plan";
import type { Product } from "./products";
import type { Rng } from "./random";
import { customerPicker, quantityOf, type OrderDraft, type PriceOf } from "./sales-drafts";

export type QuotationDraft = { day: number; header: Row; items: Row[] };

type VolumeContext = {
  rng: Rng;
  today: number;
  /** Quotations per order of the last 12 months (0 = none). */
  perOrder: number;
  priceOf: PriceOf;
  /** The price list a customer of list `list` buys from on `day` (the one `priceOf` prices from). */
  listOf: (list: string, day: number) => string;
  /** The sellable products with a live item in each price list (code → products). */
  listed: ReadonlyMap<string, readonly Product[]>;
  conditions: readonly (readonly [string, number])[];
};

const VALID_DAYS = 15;
/** Inside the portal's 12-month sync window (issuedate ge business date − 365). */
const WINDOW_DAYS = 360;
const TES = operationTypes.find((o) => o.code === "01")!.tes;

export function quotationVolume(
  plan: SellerPlan,
  customers: readonly Customer[],
  orders: readonly OrderDraft[],
  ctx: VolumeContext,
): QuotationDraft[] {
  const { rng, today } = ctx;
  if (ctx.perOrder <= 0) return [];
  const pickCustomer = customerPicker(customers, rng);
  const drafts: QuotationDraft[] = [];
  for (const order of orders) {
    if (order.day < today - WINDOW_DAYS || !rng.chance(ctx.perOrder)) continue;
    const day = Math.min(businessDayOnOrAfter(Math.max(order.day - rng.int(0, 20), today - WINDOW_DAYS)), today);
    const validity = day + VALID_DAYS;
    const current = validity >= today;
    let customer = pickCustomer();
    for (
      let tries = 0;
      tries < 6 && (customer.since > day || (current && (customer.blocked || customer.showcase)));
      tries++
    )
      customer = pickCustomer();
    if (customer.since > day || (current && (customer.blocked || customer.showcase))) continue;
    const draft = quotationOne(plan, customer, day, ctx);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function quotationOne(plan: SellerPlan, customer: Customer, day: number, ctx: VolumeContext): QuotationDraft | null {
  const { rng, today } = ctx;
  const list = ctx.listOf(customer.priceList, day);
  const products = ctx.listed.get(list) ?? [];
  if (products.length === 0) return null;
  const count = rng.weighted([
    [1, 14],
    [2, 20],
    [3, 18],
    [4, 13],
    [5, 10],
    [6, 8],
    [7, 6],
    [8, 5],
    [9, 3],
    [10, 3],
  ] as const);
  const chosen = new Set<Product>();
  while (chosen.size < Math.min(count, products.length)) chosen.add(rng.pick(products));
  const items = [...chosen].map((product, n) => {
    const price = ctx.priceOf(customer.priceList, product, day);
    const off = rng.weighted([
      [0, 65],
      [2, 8],
      [3, 8],
      [5, 13],
      [10, 6],
    ] as const);
    const cents = Math.round((price.cents * (100 - off)) / 100);
    const quantity = quantityOf(product.unit, rng);
    return {
      CK_ITEM: String(n + 1).padStart(2, "0"),
      CK_PRODUTO: product.code,
      CK_DESCRI: product.description.slice(0, 60),
      CK_UM: product.unit,
      CK_QTDVEN: quantity.toFixed(2),
      CK_PRUNIT: centsToDecimal(price.cents),
      CK_PRCVEN: centsToDecimal(cents),
      CK_DESCONT: discountPercent(price.cents, cents).toFixed(2),
      CK_VALOR: centsToDecimal(lineTotal(quantity, cents)),
      CK_OPER: "01",
      CK_TES: TES,
      CK_LOCAL: "01",
      CK_CLIENTE: customer.code,
      CK_LOJA: customer.store,
      CK_NUMPV: "",
    } satisfies Row;
  });
  // Still valid: mostly open. Past its validity: converted, left to expire, or cancelled.
  const status =
    day + VALID_DAYS >= today
      ? rng.weighted([
          ["A", 80],
          ["B", 15],
          ["C", 5],
        ] as const)
      : rng.weighted([
          ["A", 55],
          ["B", 35],
          ["C", 10],
        ] as const);
  const portal = day >= monthStart(today, -6) && rng.chance(0.4);
  const freightType = rng.weighted([
    ["C", 60],
    ["F", 35],
    ["S", 5],
  ] as const);
  const freight = freightType === "C" && rng.chance(0.5) ? rng.int(15, 250) * 100 : 0;
  return {
    day,
    header: {
      CJ_CLIENTE: customer.code,
      CJ_LOJA: customer.store,
      CJ_CONDPAG: rng.chance(0.9) ? customer.condition : rng.weighted(ctx.conditions),
      CJ_TABELA: list,
      CJ_EMISSAO: dateOf(day),
      CJ_VALIDA: dateOf(day + VALID_DAYS),
      CJ_STATUS: status,
      CJ_TPFRETE: freightType,
      CJ_FRETE: centsToDecimal(freight),
      CJ_XVEND: plan.seller,
      CJ_XEXTID: portal ? `pgv-orc-${rng.uuid()}` : "",
      CJ_ORIGEM: portal ? "TGV.QUOTATION" : "",
    },
    items,
  };
}

/**
 * Writes a branch's volume quotations after its showcases: CJ_NUM from the branch's highest + 1, in
 * order of issue (ties keep the drafts' order), as GetSXENum would have given them.
 */
export async function seedQuotationVolume(
  db: Database,
  group: string,
  branch: string,
  drafts: readonly QuotationDraft[],
): Promise<void> {
  if (drafts.length === 0) return;
  const scjTable = companyTable("SCJ", group);
  const { rows } = await db.query<{ last: number | null }>(
    `SELECT max(CJ_NUM::int) AS last FROM ${scjTable} WHERE CJ_FILIAL = $1`,
    [branch],
  );
  let next = (rows[0]?.last ?? 0) + 1;
  const scj: Row[] = [];
  const sck: Row[] = [];
  for (const d of [...drafts].sort((a, b) => a.day - b.day)) {
    const num = String(next++).padStart(6, "0");
    scj.push({ CJ_FILIAL: branch, CJ_NUM: num, ...d.header });
    for (const item of d.items) sck.push({ CK_FILIAL: branch, CK_NUM: num, ...item });
  }
  await bulkInsert(db, scjTable, scj);
  await bulkInsert(db, companyTable("SCK", group), sck);
}
