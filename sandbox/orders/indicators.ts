/**
 * Sales indicators of `salesindicators/cards` and `/charts` [shapes defined here; behaviour from
 * ERP-CONTRACT.md §4], computed straight from the tables for one seller (or, for an administrator
 * without a `seller`, the whole branch). Definitions (sandbox/docs/orders.md):
 * - ordered value: Σ C6_VALOR of live orders whose C5_EMISSAO is in the period; order count: those orders;
 * - invoiced value: Σ D2_TOTAL of live SD2 whose invoice (SF2, F2_VEND1 = seller) was issued in the period;
 * - target: Σ CT_VALOR (SCT) of the months the period touches; attainment = invoiced ÷ target;
 * - open / blocked orders: the period's orders not yet invoiced, by status (order-status.ts);
 * - customers without purchase in 90 days: portfolio (A1_VEND) customers, not blocked, whose
 *   A1_ULTCOM is blank or more than 90 days before the business date;
 * - overdue receivables: SE1 of portfolio customers with E1_SALDO > 0 and E1_VENCREA < business date.
 * Money is summed in centavos. Exported so tests can compare the HTTP answer with their own SQL.
 */
import { addDays, isoOfProtheus } from "./dates";
import { chartBuckets, type Comparison, type Period } from "./indicator-period";
import { centsToNumber, toCents } from "./money";
import { orderStatusSql } from "./order-status";
import { orderTables, type Scope, type Sql } from "./tables";

export type IndicatorScope = Scope & { seller: string | null };

const sellerIs = (column: string, n: number) => `($${n}::text IS NULL OR ${column} = $${n})`;

export async function computeCards(sql: Sql, scope: IndicatorScope, period: Period, today: string) {
  const t = orderTables(scope.company);
  const args = [scope.branch, period.start, period.end, scope.seller];
  const orders = await sql.query<{ status: string; n: number; value: string }>(
    `SELECT x.status, count(*)::int AS n, COALESCE(sum(x.total), 0) AS value FROM (
       SELECT ${orderStatusSql(t.SC9)} AS status,
              (SELECT COALESCE(sum(c6.C6_VALOR), 0) FROM ${t.SC6} c6 WHERE c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' ') AS total
         FROM ${t.SC5} c5
        WHERE c5.C5_FILIAL = $1 AND c5.C5_EMISSAO BETWEEN $2 AND $3 AND c5.D_E_L_E_T_ = ' ' AND ${sellerIs("c5.C5_VEND1", 4)}) x
     GROUP BY x.status`,
    args,
  );
  const invoiced = await sql.query<{ value: string }>(
    `SELECT COALESCE(sum(d2.D2_TOTAL), 0) AS value FROM ${t.SD2} d2
       JOIN ${t.SF2} f2 ON f2.F2_FILIAL = d2.D2_FILIAL AND f2.F2_DOC = d2.D2_DOC AND f2.F2_SERIE = d2.D2_SERIE AND f2.D_E_L_E_T_ = ' '
      WHERE d2.D2_FILIAL = $1 AND d2.D2_EMISSAO BETWEEN $2 AND $3 AND d2.D_E_L_E_T_ = ' ' AND ${sellerIs("f2.F2_VEND1", 4)}`,
    args,
  );
  const target = await sql.query<{ value: string }>(
    `SELECT COALESCE(sum(CT_VALOR), 0) AS value FROM ${t.SCT}
      WHERE CT_FILIAL = $1 AND CT_DATA BETWEEN $2 AND $3 AND D_E_L_E_T_ = ' ' AND ${sellerIs("CT_VEND", 4)}`,
    [scope.branch, `${period.start.slice(0, 6)}01`, period.end, scope.seller],
  );
  const idle = await sql.query<{ n: number; portfolio: number }>(
    `SELECT count(*) FILTER (WHERE trim(A1_ULTCOM) = '' OR A1_ULTCOM < $2)::int AS n, count(*)::int AS portfolio FROM ${t.SA1}
      WHERE A1_FILIAL = $1 AND A1_MSBLQL <> '1' AND D_E_L_E_T_ = ' ' AND ${sellerIs("A1_VEND", 3)}`,
    [scope.branch, addDays(today, -90), scope.seller],
  );
  const overdue = await sql.query<{ value: string; titles: number; customers: number }>(
    `SELECT COALESCE(sum(e1.E1_SALDO), 0) AS value, count(*)::int AS titles, count(DISTINCT e1.E1_CLIENTE || e1.E1_LOJA)::int AS customers
       FROM ${t.SE1} e1 JOIN ${t.SA1} a1 ON a1.A1_FILIAL = e1.E1_FILIAL AND a1.A1_COD = e1.E1_CLIENTE AND a1.A1_LOJA = e1.E1_LOJA AND a1.D_E_L_E_T_ = ' '
      WHERE e1.E1_FILIAL = $1 AND e1.E1_SALDO > 0 AND e1.E1_VENCREA < $2 AND e1.D_E_L_E_T_ = ' ' AND ${sellerIs("a1.A1_VEND", 3)}`,
    [scope.branch, today, scope.seller],
  );

  const byStatus = new Map(orders.rows.map((r) => [r.status, { count: r.n, value: toCents(r.value) }]));
  const sum = (statuses: string[], key: "count" | "value") =>
    statuses.reduce((acc, s) => acc + (byStatus.get(s)?.[key] ?? 0), 0);
  const all = ["open", "released", "credit_blocked", "stock_blocked", "rule_blocked", "invoiced"];
  const pending = all.filter((s) => s !== "invoiced");
  const orderedCents = sum(all, "value");
  const orderCount = sum(all, "count");
  const invoicedCents = toCents(invoiced.rows[0]?.value);
  const targetCents = toCents(target.rows[0]?.value);
  return {
    startDate: isoOfProtheus(period.start),
    endDate: isoOfProtheus(period.end),
    businessDate: isoOfProtheus(today),
    seller: scope.seller,
    currency: "BRL",
    orderedValue: centsToNumber(orderedCents),
    invoicedValue: centsToNumber(invoicedCents),
    orderCount,
    averageTicket: orderCount === 0 ? 0 : centsToNumber(Math.round(orderedCents / orderCount)),
    target: centsToNumber(targetCents),
    targetAttainment: targetCents === 0 ? null : Math.round((invoicedCents * 10_000) / targetCents) / 100,
    openOrders: { count: sum(pending, "count"), value: centsToNumber(sum(pending, "value")) },
    blockedOrders: {
      credit: sum(["credit_blocked"], "count"),
      stock: sum(["stock_blocked"], "count"),
      rule: sum(["rule_blocked"], "count"),
      total: sum(["credit_blocked", "stock_blocked", "rule_blocked"], "count"),
    },
    customersWithoutPurchase90Days: idle.rows[0]?.n ?? 0,
    portfolioCustomers: idle.rows[0]?.portfolio ?? 0,
    overdueReceivables: {
      value: centsToNumber(toCents(overdue.rows[0]?.value)),
      titles: overdue.rows[0]?.titles ?? 0,
      customers: overdue.rows[0]?.customers ?? 0,
    },
  };
}

export async function computeCharts(sql: Sql, scope: IndicatorScope, period: Period, comparison: Comparison) {
  const t = orderTables(scope.company);
  const buckets = chartBuckets(period, comparison);
  const from = buckets[0]!.comparison.start;
  const args = [scope.branch, from, period.end, scope.seller];
  // Day totals over the whole range, then summed per bucket (buckets may be clipped mid-month).
  const ordered = await sql.query<{ day: string; value: string }>(
    `SELECT c5.C5_EMISSAO AS day, sum(c6.C6_VALOR) AS value FROM ${t.SC5} c5
       JOIN ${t.SC6} c6 ON c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' '
      WHERE c5.C5_FILIAL = $1 AND c5.C5_EMISSAO BETWEEN $2 AND $3 AND c5.D_E_L_E_T_ = ' ' AND ${sellerIs("c5.C5_VEND1", 4)}
      GROUP BY c5.C5_EMISSAO`,
    args,
  );
  const invoiced = await sql.query<{ day: string; value: string }>(
    `SELECT d2.D2_EMISSAO AS day, sum(d2.D2_TOTAL) AS value FROM ${t.SD2} d2
       JOIN ${t.SF2} f2 ON f2.F2_FILIAL = d2.D2_FILIAL AND f2.F2_DOC = d2.D2_DOC AND f2.F2_SERIE = d2.D2_SERIE AND f2.D_E_L_E_T_ = ' '
      WHERE d2.D2_FILIAL = $1 AND d2.D2_EMISSAO BETWEEN $2 AND $3 AND d2.D_E_L_E_T_ = ' ' AND ${sellerIs("f2.F2_VEND1", 4)}
      GROUP BY d2.D2_EMISSAO`,
    args,
  );
  const total = (rows: { day: string; value: string }[], p: Period) =>
    centsToNumber(rows.filter((r) => r.day >= p.start && r.day <= p.end).reduce((acc, r) => acc + toCents(r.value), 0));

  const periodArgs = [scope.branch, period.start, period.end, scope.seller];
  const customers = await sql.query<{ code: string; store: string; name: string; value: string; orders: number }>(
    `SELECT c5.C5_CLIENTE AS code, c5.C5_LOJACLI AS store, COALESCE(rtrim(a1.A1_NOME), '') AS name, sum(c6.C6_VALOR) AS value, count(DISTINCT c5.C5_NUM)::int AS orders
       FROM ${t.SC5} c5
       JOIN ${t.SC6} c6 ON c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' '
       LEFT JOIN ${t.SA1} a1 ON a1.A1_FILIAL = c5.C5_FILIAL AND a1.A1_COD = c5.C5_CLIENTE AND a1.A1_LOJA = c5.C5_LOJACLI AND a1.D_E_L_E_T_ = ' '
      WHERE c5.C5_FILIAL = $1 AND c5.C5_EMISSAO BETWEEN $2 AND $3 AND c5.D_E_L_E_T_ = ' ' AND ${sellerIs("c5.C5_VEND1", 4)}
      GROUP BY c5.C5_CLIENTE, c5.C5_LOJACLI, a1.A1_NOME ORDER BY sum(c6.C6_VALOR) DESC, c5.C5_CLIENTE, c5.C5_LOJACLI LIMIT 10`,
    periodArgs,
  );
  const products = await sql.query<{ code: string; description: string; quantity: string; value: string }>(
    `SELECT trim(c6.C6_PRODUTO) AS code, max(rtrim(c6.C6_DESCRI)) AS description, sum(c6.C6_QTDVEN) AS quantity, sum(c6.C6_VALOR) AS value
       FROM ${t.SC5} c5
       JOIN ${t.SC6} c6 ON c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' '
      WHERE c5.C5_FILIAL = $1 AND c5.C5_EMISSAO BETWEEN $2 AND $3 AND c5.D_E_L_E_T_ = ' ' AND ${sellerIs("c5.C5_VEND1", 4)}
      GROUP BY trim(c6.C6_PRODUTO) ORDER BY sum(c6.C6_VALOR) DESC, trim(c6.C6_PRODUTO) LIMIT 10`,
    periodArgs,
  );

  return {
    startDate: isoOfProtheus(period.start),
    endDate: isoOfProtheus(period.end),
    comparison,
    seller: scope.seller,
    currency: "BRL",
    series: buckets.map((b) => ({
      period: b.label,
      startDate: isoOfProtheus(b.period.start),
      endDate: isoOfProtheus(b.period.end),
      ordered: total(ordered.rows, b.period),
      invoiced: total(invoiced.rows, b.period),
      comparisonPeriod: b.comparisonLabel,
      comparisonOrdered: total(ordered.rows, b.comparison),
      comparisonInvoiced: total(invoiced.rows, b.comparison),
    })),
    topCustomers: customers.rows.map((r) => ({
      code: r.code,
      store: r.store,
      name: r.name,
      value: Number(r.value),
      orders: r.orders,
    })),
    topProducts: products.rows.map((r) => ({
      code: r.code,
      description: r.description,
      quantity: Number(r.quantity),
      value: Number(r.value),
    })),
  };
}
