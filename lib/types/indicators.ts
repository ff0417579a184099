import type { Cents } from "@/lib/money";
import type { ErpErrorKind } from "./erp-error";
import type { Comparison } from "@/lib/indicator-query";

/** `salesindicators/cards` in portal terms (ERP-CONTRACT.md §4; sandbox/docs/orders.md), money in centavos. */
export type IndicatorCards = {
  startDate: string;
  endDate: string;
  businessDate: string;
  seller: string | null;
  ordered: Cents;
  invoiced: Cents;
  orderCount: number;
  averageTicket: Cents;
  target: Cents;
  /** Invoiced ÷ target, %; null without a target. */
  targetAttainment: number | null;
  openOrders: { count: number; value: Cents };
  blockedOrders: { credit: number; stock: number; rule: number; total: number };
  customersWithoutPurchase90Days: number;
  portfolioCustomers: number;
  overdueReceivables: { value: Cents; titles: number; customers: number };
};

type IndicatorBucket = {
  period: string;
  startDate: string;
  endDate: string;
  ordered: Cents;
  invoiced: Cents;
  comparisonPeriod: string;
  comparisonOrdered: Cents;
  comparisonInvoiced: Cents;
};

export type IndicatorCharts = {
  comparison: Comparison;
  series: IndicatorBucket[];
  topCustomers: { code: string; store: string; name: string; value: Cents; orders: number }[];
  topProducts: { code: string; description: string; quantity: number; value: Cents }[];
};

/** The home's figures: the period's cards, the same period a year earlier, the charts. */
export type Indicators = { cards: IndicatorCards; previous: IndicatorCards; charts: IndicatorCharts };

/** Where the figures came from: online now, the short-lived cache, or the last result while the ERP is down. */
type IndicatorsResult = { indicators: Indicators; fetchedAt: string; source: "erp" | "cache" | "stale" };

/** The home's figures, or why there are none (the ERP failed and no earlier copy exists). */
export type IndicatorsOutcome = IndicatorsResult | { source: "none"; error: ErpErrorKind };

/** One part of the figures the home streams on its own (the cards, the charts): where it came from, or why there is none. */
export type IndicatorPart<T> =
  { data: T; fetchedAt: string; source: IndicatorsResult["source"] } | { source: "none"; error: ErpErrorKind };
