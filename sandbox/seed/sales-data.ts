import { fakerPT_BR as faker } from "@faker-js/faker";
import type { SeedScale } from "../config";
import { companyTable, type Database } from "../db";
import { noticeRows, queueRows, sellerNotices, targetRows, type Notice } from "./activity";
import { updateBalances } from "./balances";
import { bulkInsert, type Row } from "./bulk";
import { paymentConditionRows, priceListPlan, priceListRows, stockRows } from "./catalog";
import { ufNames } from "./cities";
import { contactRows, type ContactCounters } from "./contacts";
import { showcaseCustomers } from "./credit-showcase";
import { buildCustomers, carrierRows, type Customer } from "./customers";
import { dayOf } from "./dates";
import { fiscalRows } from "./fiscal";
import { branches } from "./fixed";
import { scalePlan, type SellerPlan } from "./plan";
import { buildProducts, productRows, type Product } from "./products";
import { hashSeed, Rng } from "./random";
import { draftOne, draftOrders, type OrderDraft, type PriceOf } from "./sales-drafts";
import { quotationVolume, seedQuotationVolume } from "./quotation-volume";
import { seedProspects } from "./prospects";
import { seedQuotations } from "./quotations";
import { branchRows } from "./sales-rows";

/**
 * The sales data of every company group: catalogue, customers, 24 months of orders, invoices and
 * receivables, targets, notifications, queue, the showcase quotations of 01/01 (and quotations in
 * volume at `load` scale). Deterministic for (seed, scale, business date): every
 * part draws from its own random stream and faker is re-seeded per part.
 */
type SalesSeedOptions = { seed: number; scale: SeedScale; today: string };

export async function seedSalesData(db: Database, groups: readonly string[], options: SalesSeedOptions): Promise<void> {
  const plan = scalePlan(options.scale);
  const today = dayOf(options.today);
  for (const group of groups) {
    const stream = (label: string) => new Rng(options.seed, `${group}:${label}`);
    const reseedFaker = (label: string) => faker.seed(hashSeed(options.seed, `${group}:${label}`));
    const table = (alias: string) => companyTable(alias, group);
    const sellers = plan.sellers.filter((s) => s.group === group);
    const branchCodes = [...new Set(sellers.map((s) => s.branch))].sort();

    const products = buildProducts(plan.products, stream("products"));
    const { da0, da1 } = priceListRows(products, today, stream("pricelists"));
    const fiscal = fiscalRows(
      ufNames,
      branches.filter((b) => b[0] === group).map((b) => [b[1], b[7]] as const),
    );
    reseedFaker("carriers");
    const carriers = carrierRows(faker, stream("carriers"));
    await insertAll(db, [
      [table("SB1"), productRows(products)],
      [table("SB2"), stockRows(products, branchCodes, stream("stock"))],
      [table("SE4"), paymentConditionRows()],
      [table("DA0"), da0],
      [table("DA1"), da1],
      [table("SA4"), carriers],
      [table("SX5"), fiscal.sx5],
      [table("SF4"), fiscal.sf4],
      [table("SFM"), fiscal.sfm],
      [table("SX6"), fiscal.sx6],
      [table("SF7"), fiscal.sf7],
    ]);

    const carrierCodes = carriers
      .filter((c) => c.D_E_L_E_T_ === " " && c.A4_MSBLQL === "2")
      .map((c) => String(c.A4_COD));
    const priceOf = priceLookup(da1, today);
    const sellable = products.filter((p) => !p.blocked && !p.deleted && p.code !== "P00005" && p.code !== "P00006");
    const counters: ContactCounters = { contact: 0, phone: 0 };
    for (const branch of branchCodes) {
      const drafts: OrderDraft[] = [];
      const perSeller: { seller: SellerPlan; customers: Customer[]; drafts: OrderDraft[] }[] = [];
      const rows: Record<string, Row[]> = { SA1: [], SU5: [], AC8: [], AGB: [], SCT: [], ZTQ: [] };
      for (const seller of sellers.filter((s) => s.branch === branch)) {
        const label = `${branch}:${seller.seller}`;
        reseedFaker(`customers:${label}`);
        const customers = buildCustomers(seller, {
          faker,
          rng: stream(`customers:${label}`),
          today,
          conditions: plan.conditions,
          carriers: carrierCodes,
        });
        const ctx = { rng: stream(`orders:${label}`), today, products, sellable, priceOf, conditions: plan.conditions };
        const own = draftOrders(seller, customers, ctx);
        for (const s of seller.showcase ? showcaseCustomers : []) {
          const c = customers.find((x) => x.code === s.code);
          // A 30-day invoice whose only title is due exactly `overdueDays` ago (or in `dueInDays`).
          const dueDay =
            s.overdueDays !== undefined
              ? today - s.overdueDays
              : s.dueInDays !== undefined
                ? today + s.dueInDays
                : undefined;
          if (c && dueDay !== undefined) own.push(draftOne(seller, c, dueDay - 30, ctx, { dueDay }));
        }
        drafts.push(...own);
        perSeller.push({ seller, customers, drafts: own });
        rows.SA1!.push(...customers.map((c) => c.row));
        reseedFaker(`contacts:${label}`);
        const contacts = contactRows(branch, customers, counters, faker, stream(`contacts:${label}`));
        rows.SU5!.push(...contacts.su5);
        rows.AC8!.push(...contacts.ac8);
        rows.AGB!.push(...contacts.agb);
      }
      const sales = branchRows(branch, drafts, today, stream(`invoices:${branch}`));
      const notices: Notice[] = [];
      for (const { seller, customers, drafts: own } of perSeller) {
        const rng = stream(`activity:${branch}:${seller.seller}`);
        rows.SCT!.push(...targetRows(seller, own, today, rng));
        rows.ZTQ!.push(...queueRows(seller, own, today, rng));
        notices.push(...sellerNotices(seller, own, customers, today, rng));
      }
      await insertAll(db, [
        ...Object.entries(rows).map(([alias, r]) => [table(alias), r] as const),
        [table("SC5"), sales.sc5],
        [table("SC6"), sales.sc6],
        [table("SC9"), sales.sc9],
        [table("SF2"), sales.sf2],
        [table("SD2"), sales.sd2],
        [table("SE1"), sales.se1],
        [table("A1S"), noticeRows(branch, notices, today, stream(`notices:${branch}`))],
      ]);
      // Fixed showcase quotations (no random stream): they read the rows just written.
      await seedQuotations(db, group, branch, today);
      // Quotations in volume (`load` only: each seller-branch its own stream), numbered after the showcases.
      if (plan.quotationsPerOrder > 0) {
        const quoting = {
          today,
          perOrder: plan.quotationsPerOrder,
          priceOf,
          listOf: priceListOf(today),
          listed: listedProducts(da1, sellable),
          conditions: plan.conditions,
        };
        const volume = perSeller.flatMap(({ seller, customers, drafts: own }) =>
          quotationVolume(seller, customers, own, { ...quoting, rng: stream(`quotations:${branch}:${seller.seller}`) }),
        );
        await seedQuotationVolume(db, group, branch, volume);
      }
    }
    // Fixed showcase prospects (no random draw), after every branch: their contacts take the next shared codes.
    await seedProspects(db, group, today);
    await updateBalances(db, group);
  }
}

/** The sellable products with a live item in each price list. */
function listedProducts(da1: readonly Row[], sellable: readonly Product[]): Map<string, Product[]> {
  const byCode = new Map(sellable.map((p) => [p.code, p]));
  const listed = new Map<string, Product[]>();
  for (const r of da1) {
    const product = byCode.get(String(r.DA1_CODPRO));
    if (r.D_E_L_E_T_ !== " " || !product) continue;
    const list = String(r.DA1_CODTAB);
    const products = listed.get(list) ?? [];
    products.push(product);
    listed.set(list, products);
  }
  return listed;
}

async function insertAll(db: Database, batches: readonly (readonly [string, readonly Row[]])[]): Promise<void> {
  for (const [name, rows] of batches) await bulkInsert(db, name, rows);
}

/** The list a customer of list `list` buys from on a day: the expired one before the current one started, else its own (002 fallback). */
function priceListOf(today: number): (list: string, day: number) => string {
  const lists = priceListPlan(today);
  const currentFrom = lists.find((l) => l.code === "002")!.from;
  const wholesaleFrom = lists.find((l) => l.code === "003")!.from;
  return (list, day) => (day < currentFrom ? "001" : list === "003" && day >= wholesaleFrom ? "003" : "002");
}

/** Price of a product on a date, from the list of `priceListOf` (an item missing there: list 002's, else B1_PRV1). */
function priceLookup(da1: readonly Row[], today: number): PriceOf {
  const prices = new Map<string, number>();
  for (const r of da1)
    if (r.D_E_L_E_T_ === " ") prices.set(`${r.DA1_CODTAB}|${r.DA1_CODPRO}`, Math.round(Number(r.DA1_PRCVEN) * 100));
  const listOf = priceListOf(today);
  return (list: string, product: Product, day: number) => {
    const code = listOf(list, day);
    const cents = prices.get(`${code}|${product.code}`) ?? prices.get(`002|${product.code}`);
    return { list: code, cents: cents ?? product.priceCents };
  };
}
