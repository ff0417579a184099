/**
 * The answer of `SalesTaxes` (POST and GET) [field names defined here — ERP-CONTRACT.md §6]:
 * amounts in reais with two decimals, rates and the MVA as percent numbers (18, 20.5, 82.44).
 * The only place that knows the wire names; the engine speaks centavos and basis points.
 */
import { basisPointsToNumber, centsToNumber } from "../orders/money";
import type { ItemTaxes, TaxResult, TaxValues } from "./engine";

function values(v: TaxValues) {
  return {
    goodsvalue: centsToNumber(v.goods),
    discountvalue: centsToNumber(v.discount),
    freightvalue: centsToNumber(v.freight),
    icmsbase: centsToNumber(v.icmsBase),
    icmsvalue: centsToNumber(v.icms),
    ipibase: centsToNumber(v.ipiBase),
    ipivalue: centsToNumber(v.ipi),
    stbase: centsToNumber(v.stBase),
    stvalue: centsToNumber(v.st),
    difalbase: centsToNumber(v.difalBase),
    difalvalue: centsToNumber(v.difal),
    pisvalue: centsToNumber(v.pis),
    cofinsvalue: centsToNumber(v.cofins),
    total: centsToNumber(v.total),
  };
}

function item(i: ItemTaxes) {
  const v = values(i);
  return {
    item: i.item,
    product: i.product,
    tes: i.tes,
    cfop: i.cfop,
    goodsvalue: v.goodsvalue,
    discountvalue: v.discountvalue,
    freightvalue: v.freightvalue,
    icmsbase: v.icmsbase,
    icmsrate: basisPointsToNumber(i.icmsRate),
    icmsvalue: v.icmsvalue,
    ipibase: v.ipibase,
    ipirate: basisPointsToNumber(i.ipiRate),
    ipivalue: v.ipivalue,
    stbase: v.stbase,
    mva: basisPointsToNumber(i.mva),
    stvalue: v.stvalue,
    difalbase: v.difalbase,
    difalvalue: v.difalvalue,
    pisvalue: v.pisvalue,
    cofinsvalue: v.cofinsvalue,
    total: v.total,
  };
}

export type SalesTaxesAnswer = ReturnType<typeof toSalesTaxes>;

/**
 * `order` (C5_NUM) only when the taxes are those of a saved order (GET). The buyer is the customer,
 * or the prospect of a prospect's quotation (`customer`/`store` blank then); `customeruf` is the
 * buyer's UF either way.
 */
export function toSalesTaxes(
  result: TaxResult,
  header: { customer: string; store: string; prospect?: string; prospectstore?: string; order?: string },
) {
  return {
    ...(header.order === undefined ? {} : { order: header.order }),
    customer: header.customer,
    store: header.store,
    prospect: header.prospect ?? "",
    prospectstore: header.prospectstore ?? "",
    branchuf: result.branchUf,
    customeruf: result.customerUf,
    interstate: result.interstate,
    items: result.items.map(item),
    totals: values(result.totals),
  };
}
