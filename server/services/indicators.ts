import "server-only";
import { eq } from "drizzle-orm";
import { cardPeriods, periodDates, type IndicatorQuery } from "@/lib/indicator-query";
import type { Indicators, IndicatorsOutcome } from "@/lib/types/indicators";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { ErpError } from "@/server/erp/errors";
import { fetchIndicatorCards, fetchIndicatorCharts } from "@/server/erp/protheus/indicators";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { customers, indicatorCache } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";

/** How long an answer is reused for the same viewer and period before the ERP is asked again. */
export const INDICATOR_TTL_MS = 5 * 60_000;

/** The seller the figures are for: a seller's own code always; an administrator's filter (or the branch). */
function sellerOf(viewer: Viewer, query: IndicatorQuery): string | null {
  return viewer.isAdmin && !viewer.seller ? query.seller : (viewer.seller?.code ?? null);
}

/**
 * The cards like for like (`cardPeriods`: a running month so far against the same days a year
 * before, by default); the charts by whole months, as their bars are months or years.
 */
async function fetchIndicators(
  viewer: Viewer,
  query: IndicatorQuery,
  seller: string | null,
  { current, previous }: ReturnType<typeof cardPeriods>,
): Promise<Indicators> {
  const target = await erpForViewer(viewer);
  const [cards, before, charts] = await Promise.all([
    fetchIndicatorCards(target, { ...current, seller }),
    fetchIndicatorCards(target, { ...previous, seller }),
    fetchIndicatorCharts(target, { ...periodDates(query.start, query.end), seller, comparison: query.comparison }),
  ]);
  return { cards, previous: before, charts };
}

/**
 * The home's figures for the viewer and period: from the cache while fresh (unless `refresh`),
 * else online (three calls in parallel) and cached; when the ERP fails, the last result for that
 * period with its time — or nothing, and the page says why.
 */
export async function getIndicators(
  viewer: Viewer,
  query: IndicatorQuery,
  options: { refresh?: boolean; now?: number } = {},
): Promise<IndicatorsOutcome> {
  const now = options.now ?? Date.now();
  const scope = scopeOf(viewer);
  const seller = sellerOf(viewer, query);
  // The cards' last day is in the key: a running period's figures of yesterday are not today's.
  const periods = cardPeriods(query, businessToday());
  const key = [scope, query.start, query.end, periods.current.endDate, query.comparison, seller ?? "*"].join("|");
  const db = await getDb();
  const [cached] = await db.select().from(indicatorCache).where(eq(indicatorCache.key, key)).limit(1);
  if (cached && !options.refresh && now - cached.fetchedAt.getTime() < INDICATOR_TTL_MS) {
    return { indicators: cached.data as Indicators, fetchedAt: cached.fetchedAt.toISOString(), source: "cache" };
  }
  try {
    const indicators = await fetchIndicators(viewer, query, seller, periods);
    const fetchedAt = new Date(now);
    await db
      .insert(indicatorCache)
      .values({ key, scope, data: indicators, fetchedAt })
      .onConflictDoUpdate({ target: indicatorCache.key, set: { data: indicators, fetchedAt } });
    return { indicators, fetchedAt: fetchedAt.toISOString(), source: "erp" };
  } catch (error) {
    if (!(error instanceof ErpError) || error.kind === "session_expired") throw error;
    log.warn("indicators.unavailable", { kind: error.kind, detail: error.detail });
    if (cached)
      return { indicators: cached.data as Indicators, fetchedAt: cached.fetchedAt.toISOString(), source: "stale" };
    return { source: "none", error: error.kind };
  }
}

/** The sellers an administrator can filter by: those of the branch's customers in the store. */
export async function sellerChoices(viewer: Viewer): Promise<string[]> {
  if (!viewer.isAdmin || viewer.seller) return [];
  const db = await getDb();
  const rows = await db
    .selectDistinct({ seller: customers.seller })
    .from(customers)
    .where(eq(customers.scope, scopeOf(viewer)))
    .orderBy(customers.seller);
  return rows.map((r) => r.seller.trim()).filter(Boolean);
}
