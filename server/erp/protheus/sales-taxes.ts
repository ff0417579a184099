import "server-only";
import { z } from "zod";
import { toCents } from "@/lib/money";
import { itemCode } from "@/lib/order-lines";
import { isProspectRequest, type AnyTaxRequest } from "@/lib/schemas/taxes";
import type { TaxFigures, TaxLine, TaxWorksheet } from "@/lib/types/taxes";
import { env } from "@/server/env";
import { endpointItemPath, endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, text } from "./wire";

/**
 * Protheus's tax API (endpoint `salesTaxes`, `api/fat/v1/SalesTaxes` by default; TDN "API para a consulta de valores e tributos do
 * Pedido de venda"): POST simulates an order sent as JSON, GET `{SalesOrderId}` answers a saved one.
 * TOTVS does not publish the body and answer names: they are defined here, in this one module
 * (sandbox/docs/taxes.md); the path is the alias' `salesTaxes` endpoint (or ERP_SALES_TAXES_PATH).
 */

const answerSchema = z.object({
  items: z.array(z.record(z.string(), z.unknown())).default([]),
  totals: z.record(z.string(), z.unknown()).default({}),
  branchuf: z.string().default(""),
  customeruf: z.string().default(""),
  interstate: z
    .union([z.boolean(), z.string()])
    .default(false)
    .transform((v) => v === true || v === "true"),
});

const money = (raw: Record<string, unknown>, name: string) => toCents(num(raw, name));

function figures(raw: Record<string, unknown>): TaxFigures {
  return {
    goods: money(raw, "goodsvalue"),
    discount: money(raw, "discountvalue"),
    freight: money(raw, "freightvalue"),
    icmsBase: money(raw, "icmsbase"),
    icms: money(raw, "icmsvalue"),
    ipiBase: money(raw, "ipibase"),
    ipi: money(raw, "ipivalue"),
    stBase: money(raw, "stbase"),
    st: money(raw, "stvalue"),
    difalBase: money(raw, "difalbase"),
    difal: money(raw, "difalvalue"),
    pis: money(raw, "pisvalue"),
    cofins: money(raw, "cofinsvalue"),
    total: money(raw, "total"),
  };
}

function toTaxLine(raw: Record<string, unknown>): TaxLine {
  return {
    ...figures(raw),
    item: code(raw, "item").trim(),
    product: code(raw, "product").trim(),
    tes: text(raw, "tes"),
    cfop: text(raw, "cfop"),
    icmsRate: num(raw, "icmsrate"),
    ipiRate: num(raw, "ipirate"),
    mva: num(raw, "mva"),
  };
}

/** The answer (as received) → the worksheet; the totals are the ERP's, never re-added here. */
export function toTaxWorksheet(answer: unknown, calculatedAt: string): TaxWorksheet {
  const raw = answerSchema.parse(answer);
  return {
    lines: raw.items.map(toTaxLine),
    totals: figures(raw.totals),
    branchUf: raw.branchuf.trim(),
    customerUf: raw.customeruf.trim(),
    interstate: raw.interstate,
    calculatedAt,
  };
}

/**
 * The form's part the engine needs → the POST body (reais, codes trimmed; the ERP pads them itself).
 * The buyer is a customer, or a prospect's quotation's prospect (`prospect` + `prospectstore`).
 */
export function toTaxPayload(request: AnyTaxRequest) {
  return {
    ...(isProspectRequest(request)
      ? { prospect: request.prospect.trim(), prospectstore: request.prospectStore.trim() }
      : { customer: request.customer.trim(), store: request.store.trim() }),
    freighttype: request.freightType,
    freightvalue: request.freightValue / 100,
    operationtype: request.operationType,
    items: request.items.map((line, index) => ({
      item: itemCode(index),
      product: line.product.trim(),
      quantity: line.quantity,
      price: line.price / 100,
      ...(line.listPrice ? { listprice: line.listPrice / 100 } : {}),
      operationtype: line.operationType || request.operationType,
    })),
  };
}

/** POST: the taxes of an order not saved yet. A simulation writes nothing, so a lost answer may be asked again. */
export async function simulateSalesTaxes(
  target: ErpTarget,
  request: AnyTaxRequest,
  calculatedAt: () => string,
): Promise<TaxWorksheet> {
  const raw = await protheusFetch(target, endpointPath(target, "salesTaxes"), {
    method: "POST",
    body: toTaxPayload(request),
    schema: answerSchema,
    safeToRepeat: true,
    // A rep waits on this as they type: a slow or absent answer is said within one ERP timeout.
    deadline: Date.now() + env().ERP_TIMEOUT_MS,
  });
  return toTaxWorksheet(raw, calculatedAt());
}

/** GET `{SalesOrderId}` (C5_FILIAL + C5_NUM): the taxes of a saved order, from its SC5/SC6. */
export async function savedOrderTaxes(
  target: ErpTarget,
  orderId: string,
  calculatedAt: () => string,
): Promise<TaxWorksheet> {
  const raw = await protheusFetch(target, endpointItemPath(target, "salesTaxes", orderId), {
    schema: answerSchema,
    deadline: Date.now() + env().ERP_TIMEOUT_MS,
  });
  return toTaxWorksheet(raw, calculatedAt());
}
