/**
 * The sandbox's tax engine behind Protheus's `SalesTaxes` API: the values and taxes of an order,
 * item by item, following MATXFIS (the fiscal engine of MATA410/MATA461) as ERP-CONTRACT.md §6
 * states it. Pure: the tables are read by load.ts, the wire shape is wire.ts. Money is integer
 * centavos and rates are basis points (orders/money.ts); every tax of every item is rounded
 * half-up to the centavo, as Protheus rounds per item, and totals are sums of the rounded items.
 * Formulas, with their sources: sandbox/docs/taxes.md.
 */
import { applyRate, lineTotal, prorate, type BasisPoints, type Cents } from "../orders/money";
import { ratioScaled } from "../../lib/decimal";

export type TaxParameters = {
  /** UF of the selling branch (MV_ESTADO). */
  branchUf: string;
  /** Internal ICMS rate per UF (MV_ESTICM). */
  internalRates: ReadonlyMap<string, BasisPoints>;
  /** Rate of a UF missing from MV_ESTICM (MV_ICMPAD). */
  defaultRate: BasisPoints;
  /** UFs of the 7% interstate rule (MV_NORTE). */
  northUfs: ReadonlySet<string>;
};

export type TaxCustomer = {
  uf: string;
  /** A1_TIPO: F consumidor final, R revendedor, S solidário, X exportação. */
  type: string;
  /** A1_CONTRIB = '1'. */
  contributor: boolean;
};

/** The SF4 flags MATXFIS reads. */
export type TaxTes = {
  code: string;
  cfop: string;
  icms: boolean;
  ipi: boolean;
  st: boolean;
  /** F4_INCIDE = 'S': IPI in the ICMS base even between contributors. */
  ipiInIcmsBase: boolean;
  /** F4_PISCOF: 1 PIS, 2 COFINS, 3 both, 4 none. */
  pisCofins: string;
};

export type TaxProduct = { code: string; ipiRate: BasisPoints; origin: string; taxGroup: string };

/** An SF7 exception: the ST margin of a tax group in a destination UF for a customer type ('*' any). */
export type StMargin = { taxGroup: string; uf: string; customerType: string; margin: BasisPoints };

export type TaxLine = {
  item: string;
  product: TaxProduct;
  tes: TaxTes;
  quantity: number | string;
  /** Net unit price (C6_PRCVEN). */
  price: Cents;
  /** List unit price (C6_PRUNIT), when known: only the informative discount comes from it. */
  listPrice?: Cents;
};

export type TaxRequest = {
  parameters: TaxParameters;
  customer: TaxCustomer;
  lines: readonly TaxLine[];
  /** C5_FRETE: prorated over the items by goods value. */
  freight: Cents;
  margins: readonly StMargin[];
};

export type TaxValues = {
  goods: Cents;
  discount: Cents;
  freight: Cents;
  icmsBase: Cents;
  icms: Cents;
  ipiBase: Cents;
  ipi: Cents;
  stBase: Cents;
  st: Cents;
  difalBase: Cents;
  difal: Cents;
  pis: Cents;
  cofins: Cents;
  total: Cents;
};

export type ItemTaxes = TaxValues & {
  item: string;
  product: string;
  tes: string;
  cfop: string;
  icmsRate: BasisPoints;
  ipiRate: BasisPoints;
  /** The MVA applied (adjusted on interstate sales); 0 without ST. */
  mva: BasisPoints;
};

export type TaxResult = {
  branchUf: string;
  customerUf: string;
  interstate: boolean;
  items: ItemTaxes[];
  totals: TaxValues;
};

/** Origins whose goods pay 4% on interstate sales (Resolução do Senado 13/2012). */
const IMPORTED_ORIGINS = new Set(["1", "2", "3", "8"]);
export const INTERSTATE_RATE: BasisPoints = 1200;
export const INTERSTATE_NORTH_RATE: BasisPoints = 700;
export const INTERSTATE_IMPORTED_RATE: BasisPoints = 400;
/** Cumulative-free (não cumulativo) rates of the Lucro Real regime: informative. */
export const PIS_RATE: BasisPoints = 165;
export const COFINS_RATE: BasisPoints = 760;

export function internalRate(parameters: TaxParameters, uf: string): BasisPoints {
  return parameters.internalRates.get(uf) ?? parameters.defaultRate;
}

/**
 * ICMS rate of the operation: the branch's internal rate inside the state; between states 4% for
 * imported goods, 7% from the South/Southeast (except ES) to MV_NORTE, else 12%.
 */
export function icmsRateOf(parameters: TaxParameters, customerUf: string, origin: string): BasisPoints {
  if (customerUf === parameters.branchUf) return internalRate(parameters, parameters.branchUf);
  if (IMPORTED_ORIGINS.has(origin)) return INTERSTATE_IMPORTED_RATE;
  const fromSouthSoutheast = !parameters.northUfs.has(parameters.branchUf);
  return fromSouthSoutheast && parameters.northUfs.has(customerUf) ? INTERSTATE_NORTH_RATE : INTERSTATE_RATE;
}

/**
 * MVA ajustada (Convênio ICMS 142/18, cl. 9ª): [(1 + MVA) × (1 − ALQinter) / (1 − ALQintra)] − 1,
 * rounded to two decimals of a percent as the states publish it. Only when the interstate rate is
 * below the destination's internal one; otherwise the original margin.
 */
export function adjustedMargin(margin: BasisPoints, interstate: BasisPoints, intra: BasisPoints): BasisPoints {
  if (!(interstate < intra)) return margin;
  return ratioScaled((10_000 + margin) * (10_000 - interstate), 10_000 - intra, 0) - 10_000;
}

/** The SF7 margin for the product's group in the destination, the customer's own type before '*'. */
function marginOf(request: TaxRequest, product: TaxProduct): BasisPoints | undefined {
  if (product.taxGroup === "") return undefined;
  const candidates = request.margins.filter((m) => m.taxGroup === product.taxGroup && m.uf === request.customer.uf);
  return (
    candidates.find((m) => m.customerType === request.customer.type) ?? candidates.find((m) => m.customerType === "*")
  )?.margin;
}

/** CFOP of the item: F4_CF, with 6 for 5 on an interstate sale (5102 → 6102). */
export function cfopOf(cfop: string, interstate: boolean): string {
  return interstate && cfop.startsWith("5") ? `6${cfop.slice(1)}` : cfop;
}

export function computeTaxes(request: TaxRequest): TaxResult {
  const { parameters, customer } = request;
  const interstate = customer.uf !== parameters.branchUf;
  // IPI goes into the ICMS base when the buyer is a final consumer (CF art. 155 §2 XI).
  const finalConsumer = customer.type === "F" || !customer.contributor;
  const destinationRate = internalRate(parameters, customer.uf);
  const goods = request.lines.map((l) => lineTotal(l.quantity, l.price));
  const freight = prorate(request.freight, goods);

  const items = request.lines.map((line, i): ItemTaxes => {
    const { tes, product } = line;
    const lineGoods = goods[i]!;
    const lineFreight = freight[i]!;
    const discount =
      line.listPrice !== undefined && line.listPrice > line.price
        ? lineTotal(line.quantity, line.listPrice - line.price)
        : 0;

    const ipiRate = tes.ipi ? product.ipiRate : 0;
    const ipiBase = tes.ipi ? lineGoods + lineFreight : 0;
    const ipi = applyRate(ipiBase, ipiRate);

    const operationRate = icmsRateOf(parameters, customer.uf, product.origin);
    const icmsRate = tes.icms ? operationRate : 0;
    const icmsBase = tes.icms ? lineGoods + lineFreight + (tes.ipiInIcmsBase || finalConsumer ? ipi : 0) : 0;
    const icms = applyRate(icmsBase, icmsRate);

    const margin = tes.st ? marginOf(request, product) : undefined;
    const mva = margin === undefined ? 0 : interstate ? adjustedMargin(margin, operationRate, destinationRate) : margin;
    const stBase = margin === undefined ? 0 : applyRate(lineGoods + lineFreight + ipi, 10_000 + mva);
    const st = margin === undefined ? 0 : Math.max(0, applyRate(stBase, destinationRate) - icms);

    // EC 87/2015: interstate sale to a non-contributor — the destination's share, paid by the seller.
    const difalDue = tes.icms && interstate && !customer.contributor && destinationRate > icmsRate;
    const difalBase = difalDue ? icmsBase : 0;
    const difal = difalDue ? applyRate(difalBase, destinationRate - icmsRate) : 0;

    const pis = ["1", "3"].includes(tes.pisCofins) ? applyRate(lineGoods, PIS_RATE) : 0;
    const cofins = ["2", "3"].includes(tes.pisCofins) ? applyRate(lineGoods, COFINS_RATE) : 0;

    return {
      item: line.item,
      product: product.code,
      tes: tes.code,
      cfop: cfopOf(tes.cfop, interstate),
      goods: lineGoods,
      discount,
      freight: lineFreight,
      icmsBase,
      icmsRate,
      icms,
      ipiBase,
      ipiRate,
      ipi,
      stBase,
      mva,
      st,
      difalBase,
      difal,
      pis,
      cofins,
      total: lineGoods + lineFreight + ipi + st,
    };
  });

  return { branchUf: parameters.branchUf, customerUf: customer.uf, interstate, items, totals: sumOf(items) };
}

const VALUE_KEYS = [
  "goods",
  "discount",
  "freight",
  "icmsBase",
  "icms",
  "ipiBase",
  "ipi",
  "stBase",
  "st",
  "difalBase",
  "difal",
  "pis",
  "cofins",
  "total",
] as const satisfies readonly (keyof TaxValues)[];

function sumOf(items: readonly TaxValues[]): TaxValues {
  const totals = Object.fromEntries(VALUE_KEYS.map((k) => [k, 0])) as TaxValues;
  for (const item of items) for (const k of VALUE_KEYS) totals[k] += item[k];
  return totals;
}
