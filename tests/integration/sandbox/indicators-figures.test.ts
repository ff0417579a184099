import { beforeAll, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { api, businessAdmin, session, type Session } from "./orders-client";

// salesindicators/cards and /charts compared with an independent computation written here in
// plain SQL over the Protheus tables (through the admin SQL route), for ana (000001) in 01/01 and
// for the administrator (whole branch). Read-only: one reset before the file.

type Cards = {
  startDate: string;
  endDate: string;
  businessDate: string;
  seller: string | null;
  orderedValue: number;
  invoicedValue: number;
  orderCount: number;
  averageTicket: number;
  target: number;
  targetAttainment: number | null;
  openOrders: { count: number; value: number };
  blockedOrders: { credit: number; stock: number; rule: number; total: number };
  customersWithoutPurchase90Days: number;
  overdueReceivables: { value: number; titles: number; customers: number };
};
type Charts = {
  comparison: string;
  series: {
    period: string;
    ordered: number;
    invoiced: number;
    comparisonPeriod: string;
    comparisonOrdered: number;
    comparisonInvoiced: number;
  }[];
  topCustomers: { code: string; store: string; value: number }[];
  topProducts: { code: string; quantity: number; value: number }[];
};

const admin = sandboxAdmin();
let ana: Session;
let adm: Session;
let today: string; // YYYYMMDD
let months: string[]; // the 12 months ending with the business date's month, YYYY-MM

beforeAll(async () => {
  await admin.reset();
  ana = await session("ana", "ana123");
  adm = await session("admin", "admin123");
  const { businessDate } = await businessAdmin<{ businessDate: string }>("GET", "/time");
  today = businessDate.replaceAll("-", "");
  const [y, m] = [Number(businessDate.slice(0, 4)), Number(businessDate.slice(5, 7))];
  months = Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - 11 + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
});

const num = (v: unknown) => Number(v ?? 0);
async function one(sql: string, params: unknown[]): Promise<Record<string, unknown>> {
  return (await admin.sql(sql, params)).rows[0] ?? {};
}

/** The expected cards, computed without the sandbox's code: joins and aggregates written anew. */
async function expectedCards(seller: string | null, start: string, end: string) {
  const p = [start, end, seller];
  const sellerCond = (col: string) => `($3::text IS NULL OR ${col} = $3)`;
  const orders = await admin.sql<{
    num: string;
    total: string;
    nota: string;
    blq: string;
    credit: boolean;
    stock: boolean;
    released: boolean;
  }>(
    `SELECT c5.c5_num AS num, COALESCE(it.total, 0) AS total, trim(c5.c5_nota) AS nota, trim(c5.c5_blq) AS blq,
            COALESCE(rel.credit, false) AS credit, COALESCE(rel.stock, false) AS stock, rel.any IS NOT NULL AS released
       FROM sc5010 c5
       LEFT JOIN (SELECT c6_num, sum(c6_valor) AS total FROM sc6010 WHERE c6_filial = '01' AND d_e_l_e_t_ = ' ' GROUP BY c6_num) it ON it.c6_num = c5.c5_num
       LEFT JOIN (SELECT c9_pedido, bool_or(trim(c9_blcred) NOT IN ('', '10')) AS credit, bool_or(trim(c9_blest) NOT IN ('', '10')) AS stock, count(*) AS any
                    FROM sc9010 WHERE c9_filial = '01' AND d_e_l_e_t_ = ' ' GROUP BY c9_pedido) rel ON rel.c9_pedido = c5.c5_num
      WHERE c5.c5_filial = '01' AND c5.d_e_l_e_t_ = ' ' AND c5.c5_emissao >= $1 AND c5.c5_emissao <= $2 AND ${sellerCond("c5.c5_vend1")}`,
    p,
  );
  const open = orders.rows.filter((o) => o.nota === "");
  const ruleBlocked = (o: (typeof open)[number]) => o.blq === "1" || o.blq === "2";
  const sumCents = (rows: { total: string }[]) => rows.reduce((a, r) => a + Math.round(num(r.total) * 100), 0);
  const invoiced = await one(
    `SELECT COALESCE(sum(d2.d2_total), 0) AS v FROM sd2010 d2, sf2010 f2
      WHERE d2.d2_filial = '01' AND f2.f2_filial = '01' AND f2.f2_doc = d2.d2_doc AND f2.f2_serie = d2.d2_serie
        AND d2.d_e_l_e_t_ = ' ' AND f2.d_e_l_e_t_ = ' ' AND d2.d2_emissao BETWEEN $1 AND $2 AND ${sellerCond("f2.f2_vend1")}`,
    p,
  );
  const target = await one(
    `SELECT COALESCE(sum(ct_valor), 0) AS v FROM sct010 WHERE ct_filial = '01' AND d_e_l_e_t_ = ' '
        AND substr(ct_data, 1, 6) BETWEEN substr($1, 1, 6) AND substr($2, 1, 6) AND ${sellerCond("ct_vend")}`,
    p,
  );
  const idle = await one(
    `SELECT count(*) AS n FROM sa1010 WHERE a1_filial = '01' AND d_e_l_e_t_ = ' ' AND a1_msblql <> '1' AND ($2::text IS NULL OR a1_vend = $2)
        AND (trim(a1_ultcom) = '' OR to_date(a1_ultcom, 'YYYYMMDD') < to_date($1, 'YYYYMMDD') - 90)`,
    [today, seller],
  );
  const overdue = await one(
    `SELECT COALESCE(sum(e1_saldo), 0) AS v, count(*) AS titles, count(DISTINCT (e1_cliente, e1_loja)) AS customers FROM se1010 e1
      WHERE e1_filial = '01' AND d_e_l_e_t_ = ' ' AND e1_saldo > 0 AND e1_vencrea < $1
        AND EXISTS (SELECT 1 FROM sa1010 a1 WHERE a1.a1_filial = '01' AND a1.a1_cod = e1.e1_cliente AND a1.a1_loja = e1.e1_loja
                      AND a1.d_e_l_e_t_ = ' ' AND ($2::text IS NULL OR a1.a1_vend = $2))`,
    [today, seller],
  );
  return {
    orderedCents: sumCents(orders.rows),
    orderCount: orders.rows.length,
    invoicedCents: Math.round(num(invoiced.v) * 100),
    targetCents: Math.round(num(target.v) * 100),
    openCount: open.length,
    openCents: sumCents(open),
    credit: open.filter((o) => !ruleBlocked(o) && o.credit).length,
    stock: open.filter((o) => !ruleBlocked(o) && !o.credit && o.stock).length,
    rule: open.filter(ruleBlocked).length,
    idle: num(idle.n),
    overdueCents: Math.round(num(overdue.v) * 100),
    overdueTitles: num(overdue.titles),
    overdueCustomers: num(overdue.customers),
  };
}

const cents = (v: number) => Math.round(v * 100);

describe("salesindicators/cards", () => {
  it.each([
    ["ana (her own portfolio)", "ana", null],
    ["the administrator (whole branch)", "admin", null],
    ["the administrator for seller 000002", "admin", "000002"],
  ])("equals an independent computation for %s", async (_label, who, sellerParam) => {
    const start = `${months[0]}-01`;
    const endIso = `${today.slice(0, 4)}-${today.slice(4, 6)}-${today.slice(6, 8)}`;
    const query = `?startDate=${start}&endDate=${endIso}${sellerParam ? `&seller=${sellerParam}` : ""}`;
    const res = await api<Cards>(who === "ana" ? ana : adm, "GET", `/salesindicators/cards${query}`);
    expect(res.status).toBe(200);
    const seller = who === "ana" ? "000001" : sellerParam;
    const e = await expectedCards(seller, start.replaceAll("-", ""), today);
    const c = res.body;
    expect(c.seller).toBe(seller);
    expect(cents(c.orderedValue)).toBe(e.orderedCents);
    expect(c.orderCount).toBe(e.orderCount);
    expect(e.orderCount).toBeGreaterThan(0);
    expect(cents(c.averageTicket)).toBe(Math.round(e.orderedCents / e.orderCount));
    expect(cents(c.invoicedValue)).toBe(e.invoicedCents);
    expect(e.invoicedCents).toBeGreaterThan(0);
    expect(cents(c.target)).toBe(e.targetCents);
    expect(c.targetAttainment).toBe(
      e.targetCents ? Math.round((e.invoicedCents * 10_000) / e.targetCents) / 100 : null,
    );
    expect(c.openOrders).toEqual({ count: e.openCount, value: e.openCents / 100 });
    expect(c.blockedOrders).toEqual({
      credit: e.credit,
      stock: e.stock,
      rule: e.rule,
      total: e.credit + e.stock + e.rule,
    });
    expect(c.customersWithoutPurchase90Days).toBe(e.idle);
    expect(c.overdueReceivables).toEqual({
      value: e.overdueCents / 100,
      titles: e.overdueTitles,
      customers: e.overdueCustomers,
    });
  });

  it("accepts YYYY-MM periods and refuses bad ones", async () => {
    const ok = await api<Cards>(ana, "GET", `/salesindicators/cards?startDate=${months[0]}&endDate=${months[11]}`);
    expect(ok.body.startDate).toBe(`${months[0]}-01`);
    expect(ok.body.endDate.slice(0, 7)).toBe(months[11]);
    expect((await api(ana, "GET", "/salesindicators/cards?startDate=2026-13")).status).toBe(400);
    expect((await api(ana, "GET", "/salesindicators/cards?startDate=2026-05-01&endDate=2026-04-01")).status).toBe(400);
  });

  it("keeps a seller to their own figures", async () => {
    // Risk: a rep reading a colleague's sales through the seller parameter.
    expect((await api(ana, "GET", "/salesindicators/cards?seller=000002")).status).toBe(403);
    const carla = await session("carla", "carla123");
    expect((await api(carla, "GET", "/salesindicators/cards")).status).toBe(403);
  });
});

describe("salesindicators/charts", () => {
  it("gives ordered vs invoiced per month, with the same months a year earlier, equal to plain SQL", async () => {
    const res = await api<Charts>(
      ana,
      "GET",
      `/salesindicators/charts?startDate=${months[0]}&endDate=${months[11]}&comparison=monthly`,
    );
    expect(res.status).toBe(200);
    expect(res.body.series.map((s) => s.period)).toEqual(months);
    const from = `${Number(months[0]!.slice(0, 4)) - 1}${months[0]!.slice(5, 7)}01`;
    const ordered = await admin.sql<{ ym: string; v: string }>(
      `SELECT substr(c5.c5_emissao, 1, 4) || '-' || substr(c5.c5_emissao, 5, 2) AS ym, sum(c6.c6_valor) AS v
         FROM sc5010 c5 JOIN sc6010 c6 ON c6.c6_filial = c5.c5_filial AND c6.c6_num = c5.c5_num AND c6.d_e_l_e_t_ = ' '
        WHERE c5.c5_filial = '01' AND c5.d_e_l_e_t_ = ' ' AND c5.c5_vend1 = '000001' AND c5.c5_emissao >= $1 GROUP BY 1`,
      [from],
    );
    const invoiced = await admin.sql<{ ym: string; v: string }>(
      `SELECT substr(d2.d2_emissao, 1, 4) || '-' || substr(d2.d2_emissao, 5, 2) AS ym, sum(d2.d2_total) AS v
         FROM sd2010 d2 JOIN sf2010 f2 ON f2.f2_filial = d2.d2_filial AND f2.f2_doc = d2.d2_doc AND f2.f2_serie = d2.d2_serie AND f2.d_e_l_e_t_ = ' '
        WHERE d2.d2_filial = '01' AND d2.d_e_l_e_t_ = ' ' AND f2.f2_vend1 = '000001' AND d2.d2_emissao >= $1 GROUP BY 1`,
      [from],
    );
    const at = (rows: { ym: string; v: string }[], ym: string) => cents(num(rows.find((r) => r.ym === ym)?.v));
    for (const s of res.body.series) {
      expect(s.comparisonPeriod).toBe(`${Number(s.period.slice(0, 4)) - 1}${s.period.slice(4)}`);
      expect([cents(s.ordered), cents(s.invoiced), cents(s.comparisonOrdered), cents(s.comparisonInvoiced)]).toEqual([
        at(ordered.rows, s.period),
        at(invoiced.rows, s.period),
        at(ordered.rows, s.comparisonPeriod),
        at(invoiced.rows, s.comparisonPeriod),
      ]);
    }
    expect(res.body.series.some((s) => s.ordered > 0 && s.comparisonOrdered > 0)).toBe(true);
  });

  it("ranks the top 10 customers and products of the period", async () => {
    const res = await api<Charts>(ana, "GET", `/salesindicators/charts?startDate=${months[0]}&endDate=${months[11]}`);
    const expected = await admin.sql<{ code: string; store: string; v: string }>(
      `SELECT c5.c5_cliente AS code, c5.c5_lojacli AS store, sum(c6.c6_valor) AS v
         FROM sc5010 c5 JOIN sc6010 c6 ON c6.c6_filial = c5.c5_filial AND c6.c6_num = c5.c5_num AND c6.d_e_l_e_t_ = ' '
        WHERE c5.c5_filial = '01' AND c5.d_e_l_e_t_ = ' ' AND c5.c5_vend1 = '000001' AND c5.c5_emissao BETWEEN $1 AND $2
        GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 10`,
      [`${months[0]!.replace("-", "")}01`, `${months[11]!.replace("-", "")}31`],
    );
    expect(res.body.topCustomers.map((c) => [c.code, c.store, cents(c.value)])).toEqual(
      expected.rows.map((r) => [r.code, r.store, cents(num(r.v))]),
    );
    expect(res.body.topProducts).toHaveLength(10);
    const values = res.body.topProducts.map((p) => p.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });

  it("limits monthly comparison to 12 months and yearly to 10 years", async () => {
    const thirteen = await api<{ code: number; message: string }>(
      ana,
      "GET",
      "/salesindicators/charts?startDate=2025-01&endDate=2026-01&comparison=monthly",
    );
    expect(thirteen.status).toBe(400);
    expect(thirteen.body.message).toMatch(/12 meses/);
    expect(
      (await api(ana, "GET", "/salesindicators/charts?startDate=2025-02&endDate=2026-01&comparison=monthly")).status,
    ).toBe(200);
    expect(
      (await api(ana, "GET", "/salesindicators/charts?startDate=2016-01&endDate=2026-12&comparison=yearly")).status,
    ).toBe(400);
    const yearly = await api<Charts>(
      ana,
      "GET",
      "/salesindicators/charts?startDate=2017-01&endDate=2026-12&comparison=yearly",
    );
    expect(yearly.body.series.map((s) => s.period)).toHaveLength(10);
    expect((await api(ana, "GET", "/salesindicators/charts?comparison=weekly")).status).toBe(400);
  });
});
