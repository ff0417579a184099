import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { endOfMonth } from "@/lib/dates";
import type { IndicatorQuery } from "@/lib/indicator-query";
import { toCents } from "@/lib/money";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getIndicators, INDICATOR_TTL_MS, loadIndicators } from "@/server/services/indicators";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

const admin = sandboxAdmin();

async function viewerOf(username: string, password: string): Promise<Viewer> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.9");
  if (!result.ok) throw new Error(result.failure);
  const viewer = viewerFromSession((await loadSession(result.sessionId))!);
  await forgetScope(viewer);
  return viewer;
}

async function erp<T>(user: string, password: string, path: string): Promise<T> {
  const token = (await (
    await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
      method: "POST",
      headers: { username: user, password },
    })
  ).json()) as { access_token: string };
  const res = await fetch(`${admin.url}/rest/api/tgv/${path}`, {
    headers: { Authorization: `Bearer ${token.access_token}`, tenantId: "01,01" },
  });
  return (await res.json()) as T;
}

const period: IndicatorQuery = {
  start: "2026-01",
  end: "2026-10",
  comparison: "monthly",
  basis: "todate",
  seller: null,
};
const indicatorCalls = async () =>
  (await admin.requests()).items.filter((r) => r.path.includes("/salesindicators/")).length;

describe("home indicators (online from the ERP, cached per viewer and period)", () => {
  let ana: Viewer;
  let bruno: Viewer;
  let boss: Viewer;

  beforeAll(async () => {
    await resetWorld();
    [ana, bruno, boss] = [
      await viewerOf("ana", "ana123"),
      await viewerOf("bruno", "bruno123"),
      await viewerOf("admin", "admin123"),
    ];
  }, 60_000);

  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });

  it("shows, for a fixed period, the figures the ERP computes for that seller (and its own SQL agrees)", async () => {
    const result = await getIndicators(ana, period, { refresh: true });
    if (result.source === "none") expect.fail("no figures");
    const { cards, previous, charts } = result.indicators;
    const wire = await erp<Record<string, number | Record<string, number>>>(
      "ana",
      "ana123",
      "salesindicators/cards?startDate=2026-01-01&endDate=2026-10-31",
    );
    expect(cards.ordered).toBe(toCents(wire.orderedValue as number));
    expect(cards.invoiced).toBe(toCents(wire.invoicedValue as number));
    expect(cards.orderCount).toBe(wire.orderCount);
    expect(cards.target).toBe(toCents(wire.target as number));
    expect(cards.blockedOrders).toEqual(wire.blockedOrders);
    expect(cards.customersWithoutPurchase90Days).toBe(wire.customersWithoutPurchase90Days);

    // The sandbox's tables, summed here independently: live orders of seller 000001 issued in the period.
    const [sql] = (
      await admin.sql<{ orders: number; ordered: string }>(
        `SELECT count(DISTINCT c5.C5_NUM)::int AS orders, coalesce(sum(c6.C6_VALOR), 0)::text AS ordered
           FROM SC5010 c5 JOIN SC6010 c6 ON c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' '
          WHERE c5.C5_FILIAL = '01' AND c5.C5_VEND1 = '000001' AND c5.D_E_L_E_T_ = ' ' AND c5.C5_EMISSAO BETWEEN '20260101' AND '20261031'`,
      )
    ).rows;
    expect(cards.orderCount).toBe(sql!.orders);
    expect(cards.ordered).toBe(toCents(sql!.ordered));

    // The comparison is the same period a year earlier; the monthly series adds up to the cards.
    expect([previous.startDate, previous.endDate]).toEqual(["2025-01-01", "2025-10-31"]);
    expect(charts.series.map((b) => b.period)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    expect(charts.series.reduce((n, b) => n + b.ordered, 0)).toBe(cards.ordered);
    expect(charts.series.reduce((n, b) => n + b.comparisonOrdered, 0)).toBe(previous.ordered);
    expect(charts.topCustomers.length).toBe(10);
    expect(charts.topProducts.length).toBe(10);
  });

  it("a running month is compared like for like: the days so far against the same days a year before", async () => {
    const today = businessToday();
    const month = today.slice(0, 7);
    const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const running: IndicatorQuery = { start: month, end: month, comparison: "monthly", basis: "todate", seller: null };
    const result = await getIndicators(ana, running, { refresh: true });
    if (result.source === "none") expect.fail("no figures");
    const { cards, previous } = result.indicators;
    expect([cards.startDate, cards.endDate]).toEqual([`${month}-01`, today]);
    expect([previous.startDate, previous.endDate]).toEqual([`${lastYear.slice(0, 7)}-01`, lastYear]);
    // The ERP's figures for exactly those days (the sandbox's own SQL agrees with it above).
    const before = await erp<{ orderedValue: number }>(
      "ana",
      "ana123",
      `salesindicators/cards?startDate=${previous.startDate}&endDate=${previous.endDate}`,
    );
    expect(previous.ordered).toBe(toCents(before.orderedValue));

    // Whole months on request: the whole of last year's month, the month's last day now.
    const whole = await getIndicators(ana, { ...running, basis: "whole" }, { refresh: true });
    if (whole.source === "none") expect.fail("no figures");
    expect(whole.indicators.previous.startDate).toBe(`${lastYear.slice(0, 7)}-01`);
    expect(whole.indicators.previous.endDate).toBe(endOfMonth(lastYear));
    expect(whole.indicators.cards.endDate).toBe(endOfMonth(today));
    expect(whole.indicators.previous.ordered).toBeGreaterThanOrEqual(previous.ordered);
  });

  it("an administrator sees the branch, or one seller with the filter — the same figures that seller sees", async () => {
    const own = await getIndicators(bruno, period, { refresh: true });
    const filtered = await getIndicators(boss, { ...period, seller: "000002" }, { refresh: true });
    const branch = await getIndicators(boss, period, { refresh: true });
    if (own.source === "none" || filtered.source === "none" || branch.source === "none") expect.fail("no figures");
    expect(filtered.indicators.cards).toEqual(own.indicators.cards);
    expect(branch.indicators.cards.ordered).toBeGreaterThan(own.indicators.cards.ordered);
    // A seller's filter is ignored: bruno cannot see ana's figures by asking for them.
    const crafted = await getIndicators(bruno, { ...period, seller: "000001" }, { refresh: true });
    if (crafted.source === "none") expect.fail("no figures");
    expect(crafted.indicators.cards.ordered).toBe(own.indicators.cards.ordered);
  });

  it("reuses a fresh answer for the same viewer and period, asks again on refresh or once it is old", async () => {
    const q: IndicatorQuery = { ...period, start: "2026-03", end: "2026-05" };
    const first = await getIndicators(ana, q);
    expect(first.source).toBe("erp");
    expect(await indicatorCalls()).toBe(3);
    const again = await getIndicators(ana, q);
    expect(again.source).toBe("cache");
    expect(await indicatorCalls()).toBe(3);
    // Another viewer, same period: never someone else's cache.
    expect((await getIndicators(bruno, q)).source).toBe("erp");
    const refreshed = await getIndicators(ana, q, { refresh: true });
    expect(refreshed.source).toBe("erp");
    // The cache's age is elapsed wall-clock time (not a business date): ask as if the TTL had passed.
    const later = await getIndicators(ana, q, { now: Date.now() + INDICATOR_TTL_MS + 1_000 });
    expect(later.source).toBe("erp");
    expect(await indicatorCalls()).toBe(12);
  });

  it("streams the cards without waiting on the charts, reading the ERP once: charts hanging → cards from the ERP, charts say why", async () => {
    const q: IndicatorQuery = { ...period, start: "2026-02", end: "2026-02" };
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesindicators/charts", kind: "hang" }]);
    const load = loadIndicators(ana, q, { refresh: true });
    const cards = await load.cards;
    expect(cards.source).toBe("erp");
    // The charts' read still hangs: their part has not settled while the cards are in.
    expect(await Promise.race([load.charts.then(() => "settled"), Promise.resolve("pending")])).toBe("pending");
    expect(await load.charts).toEqual({ source: "none", error: "timeout" });
    await load.saved;
    // Two card calls and one charts call (GETs may retry a timeout): nothing asked twice for the cards.
    const calls = (await admin.requests()).items.filter((r) => r.path.includes("/salesindicators/"));
    expect(calls.filter((r) => r.path.includes("/cards")).length).toBe(2);
    // Nothing cached from a half answer: the next read asks the ERP again.
    await admin.faults([]);
    const next = loadIndicators(ana, q);
    expect((await next.cards).source).toBe("erp");
    expect((await next.charts).source).toBe("erp");
  });

  it("ERP down: the last result of the period with its time; nothing kept → says so", async () => {
    const q: IndicatorQuery = { ...period, start: "2026-06", end: "2026-06" };
    const fresh = await getIndicators(ana, q);
    if (fresh.source === "none") expect.fail("no figures");
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesindicators", kind: "status", status: 503 }]);
    const stale = await getIndicators(ana, q, { refresh: true });
    expect(stale.source).toBe("stale");
    if (stale.source === "stale") {
      expect(stale.fetchedAt).toBe(fresh.fetchedAt);
      expect(stale.indicators).toEqual(fresh.indicators);
    }
    expect(await getIndicators(ana, { ...q, start: "2025-06", end: "2025-06" })).toEqual({
      source: "none",
      error: "no_license",
    });
  });
});
