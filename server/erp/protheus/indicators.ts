import "server-only";
import { z } from "zod";
import { toCents } from "@/lib/money";
import type { Comparison } from "@/lib/indicator-query";
import type { IndicatorCards, IndicatorCharts } from "@/lib/types/indicators";
import { endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pick, text } from "./wire";

type Raw = Record<string, unknown>;
const rawSchema = z.record(z.string(), z.unknown());
const obj = (raw: Raw, name: string): Raw => {
  const value = pick(raw, name);
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {};
};
const list = (raw: Raw, name: string): Raw[] => {
  const value = pick(raw, name);
  return Array.isArray(value) ? value.filter((v): v is Raw => typeof v === "object" && v !== null) : [];
};

/** `salesindicators/cards` → IndicatorCards (money to centavos). */
function toIndicatorCards(raw: Raw): IndicatorCards {
  const open = obj(raw, "openOrders");
  const blocked = obj(raw, "blockedOrders");
  const overdue = obj(raw, "overdueReceivables");
  const attainment = pick(raw, "targetAttainment");
  return {
    startDate: text(raw, "startDate"),
    endDate: text(raw, "endDate"),
    businessDate: text(raw, "businessDate"),
    seller: text(raw, "seller") || null,
    ordered: toCents(num(raw, "orderedValue")),
    invoiced: toCents(num(raw, "invoicedValue")),
    orderCount: num(raw, "orderCount"),
    averageTicket: toCents(num(raw, "averageTicket")),
    target: toCents(num(raw, "target")),
    targetAttainment: attainment === undefined || attainment === null ? null : num(raw, "targetAttainment"),
    openOrders: { count: num(open, "count"), value: toCents(num(open, "value")) },
    blockedOrders: {
      credit: num(blocked, "credit"),
      stock: num(blocked, "stock"),
      rule: num(blocked, "rule"),
      total: num(blocked, "total"),
    },
    customersWithoutPurchase90Days: num(raw, "customersWithoutPurchase90Days"),
    portfolioCustomers: num(raw, "portfolioCustomers"),
    overdueReceivables: {
      value: toCents(num(overdue, "value")),
      titles: num(overdue, "titles"),
      customers: num(overdue, "customers"),
    },
  };
}

/** `salesindicators/charts` → IndicatorCharts. */
function toIndicatorCharts(raw: Raw): IndicatorCharts {
  return {
    comparison: text(raw, "comparison") === "yearly" ? "yearly" : "monthly",
    series: list(raw, "series").map((b) => ({
      period: text(b, "period"),
      startDate: text(b, "startDate"),
      endDate: text(b, "endDate"),
      ordered: toCents(num(b, "ordered")),
      invoiced: toCents(num(b, "invoiced")),
      comparisonPeriod: text(b, "comparisonPeriod"),
      comparisonOrdered: toCents(num(b, "comparisonOrdered")),
      comparisonInvoiced: toCents(num(b, "comparisonInvoiced")),
    })),
    topCustomers: list(raw, "topCustomers").map((c) => ({
      code: code(c, "code"),
      store: code(c, "store"),
      name: text(c, "name"),
      value: toCents(num(c, "value")),
      orders: num(c, "orders"),
    })),
    topProducts: list(raw, "topProducts").map((p) => ({
      code: code(p, "code"),
      description: text(p, "description"),
      quantity: num(p, "quantity"),
      value: toCents(num(p, "value")),
    })),
  };
}

type Period = { startDate: string; endDate: string; seller: string | null };
const query = (p: Period) => ({ startDate: p.startDate, endDate: p.endDate, seller: p.seller ?? undefined });

/** Cards of a period, online (indicators are never synced). */
export async function fetchIndicatorCards(target: ErpTarget, period: Period): Promise<IndicatorCards> {
  return toIndicatorCards(
    await protheusFetch(target, endpointPath(target, "indicatorCards"), { query: query(period), schema: rawSchema }),
  );
}

/** Charts of a period with its comparison, online. */
export async function fetchIndicatorCharts(
  target: ErpTarget,
  period: Period & { comparison: Comparison },
): Promise<IndicatorCharts> {
  return toIndicatorCharts(
    await protheusFetch(target, endpointPath(target, "indicatorCharts"), {
      query: { ...query(period), comparison: period.comparison },
      schema: rawSchema,
    }),
  );
}
