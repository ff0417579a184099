import "server-only";
import { toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import type { Carrier, OperationType, PaymentCondition, PriceList, PriceListItem, Product } from "@/lib/types/catalog";
import { code, num, pick, text } from "./wire";

/** `status` of the `_MSBLQL` family: "1" blocked, "2" (or blank) free. */
function msblqlBlocked(raw: Record<string, unknown>): boolean {
  const value = pick(raw, "status", "blocked", "msblql");
  return value === "1" || value === 1 || value === true || value === "blocked";
}

/** Boolean-ish flags: true, 1, "1", "true", "S", "T". */
function flag(value: unknown): boolean {
  return (
    value === true ||
    value === 1 ||
    (typeof value === "string" && ["1", "true", "s", "t"].includes(value.trim().toLowerCase()))
  );
}

/** SE4. New packages: `paymentcode, paymentdescription, status`; old: `id, codigo, descricao`. */
export function toPaymentCondition(raw: Record<string, unknown>): PaymentCondition {
  const conditionCode = code(raw, "paymentcode", "codigo", "code") || text(raw, "id");
  return {
    id: conditionCode,
    code: conditionCode,
    description: text(raw, "paymentdescription", "descricao", "description"),
    condition: text(raw, "condition", "condicao"),
    blocked: msblqlBlocked(raw),
  };
}

/** DA0. `status` DA0_ATIVO "1" active / "2" inactive; some packages send a boolean `active`. */
export function toPriceList(raw: Record<string, unknown>): PriceList {
  const listCode = code(raw, "code", "codigo");
  const active = pick(raw, "active") !== undefined ? flag(pick(raw, "active")) : text(raw, "status") !== "2";
  return {
    id: listCode,
    code: listCode,
    description: text(raw, "description", "descricao"),
    startDate: toIsoDate(text(raw, "inicialdate", "initialdate", "startdate")),
    endDate: toIsoDate(text(raw, "finaldate", "enddate")),
    active,
  };
}

/** DA1 row of `priceList/{code}/items`; the list code comes from the path. */
export function toPriceListItem(priceList: string, raw: Record<string, unknown>): PriceListItem {
  const product = code(raw, "itemCode", "itemcode", "product");
  return {
    id: `${priceList}|${product}`,
    priceList,
    product,
    price: toCents(num(raw, "price", "salesprice")),
    minimumPrice: toCents(num(raw, "minimumSalesPrice", "minimumsalesprice")),
    active:
      pick(raw, "activeItemPrice", "activeitemprice") === undefined
        ? true
        : flag(pick(raw, "activeItemPrice", "activeitemprice")),
    validFrom: toIsoDate(text(raw, "itemValidity", "itemvalidity")),
  };
}

/** SB1. Active when `active` says so, else when `status` (B1_MSBLQL) is not "1". */
export function toProduct(raw: Record<string, unknown>): Product {
  const productCode = code(raw, "code");
  return {
    id: productCode,
    code: productCode,
    description: text(raw, "description"),
    type: text(raw, "type"),
    unit: text(raw, "measureunit", "unit"),
    warehouse: text(raw, "standardwarehouse", "warehouse"),
    price: toCents(num(raw, "price")),
    active: pick(raw, "active") !== undefined ? flag(pick(raw, "active")) : !msblqlBlocked(raw),
  };
}

export function toCarrier(raw: Record<string, unknown>): Carrier {
  const carrierCode = code(raw, "code");
  return { id: carrierCode, code: carrierCode, name: text(raw, "name") };
}

export function toOperationType(raw: Record<string, unknown>): OperationType {
  const typeCode = code(raw, "code");
  return { id: typeCode, code: typeCode, description: text(raw, "description"), tes: text(raw, "tes") };
}
