import "server-only";
import { eq } from "drizzle-orm";
import { cardPeriods, periodDates, type IndicatorQuery } from "@/lib/indicator-query";
import type { IndicatorCharts, IndicatorPart, Indicators, IndicatorsOutcome } from "@/lib/types/indicators";
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

/** The cards like for like (`cardPeriods`: a running month so far against the same days a year before, by default). */
type CardsPart = Pick<Indicators, "cards" | "previous">;

/** Each part from the same source: the answer, or why there is none (the ERP failed and nothing was kept). */
function outcomeOf<T>(read: Promise<T>, cached: { data: T; fetchedAt: Date } | null, fetchedAt: Date) {
  return read.then(
    (data): IndicatorPart<T> => ({ data, fetchedAt: fetchedAt.toISOString(), source: "erp" }),
    (error: unknown): IndicatorPart<T> => {
      if (!(error instanceof ErpError) || error.kind === "session_expired") throw error;
      log.warn("indicators.unavailable", { kind: error.kind, detail: error.detail });
      if (cached) return { data: cached.data, fetchedAt: cached.fetchedAt.toISOString(), source: "stale" };
      return { source: "none", error: error.kind };
    },
  );
}

/**
 * The home's figures for the viewer and period as two parts the page streams separately, so the
 * cards never wait on the charts (the slower read): from the cache while fresh (unless `refresh`),
 * else online (the cards' two calls and the charts' one, in parallel, each read once) and cached
 * when all three answered; when a part's calls fail, that part's last result for the period with
 * its time — or nothing, and the page says why.
 */
export function loadIndicators(
  viewer: Viewer,
  query: IndicatorQuery,
  options: { refresh?: boolean; now?: number } = {},
): { cards: Promise<IndicatorPart<CardsPart>>; charts: Promise<IndicatorPart<IndicatorCharts>>; saved: Promise<void> } {
  const now = options.now ?? Date.now();
  const scope = scopeOf(viewer);
  const seller = sellerOf(viewer, query);
  // The cards' last day is in the key: a running period's figures of yesterday are not today's.
  const { current, previous } = cardPeriods(query, businessToday());
  const key = [scope, query.start, query.end, current.endDate, query.comparison, seller ?? "*"].join("|");
  const started = (async () => {
    const db = await getDb();
    const [row] = await db.select().from(indicatorCache).where(eq(indicatorCache.key, key)).limit(1);
    const cached = row ? { data: row.data as Indicators, fetchedAt: row.fetchedAt } : null;
    if (cached && !options.refresh && now - cached.fetchedAt.getTime() < INDICATOR_TTL_MS) {
      const fetchedAt = cached.fetchedAt.toISOString();
      const { cards, previous: before, charts } = cached.data;
      return {
        cards: Promise.resolve<IndicatorPart<CardsPart>>({
          data: { cards, previous: before },
          fetchedAt,
          source: "cache",
        }),
        charts: Promise.resolve<IndicatorPart<IndicatorCharts>>({ data: charts, fetchedAt, source: "cache" }),
        saved: Promise.resolve(),
      };
    }
    const target = await erpForViewer(viewer);
    const cardsRead = Promise.all([
      fetchIndicatorCards(target, { ...current, seller }),
      fetchIndicatorCards(target, { ...previous, seller }),
    ]).then(([cards, before]): CardsPart => ({ cards, previous: before }));
    const chartsRead = fetchIndicatorCharts(target, {
      ...periodDates(query.start, query.end),
      seller,
      comparison: query.comparison,
    });
    const fetchedAt = new Date(now);
    // Kept once both parts answered (a failed part never overwrites the last good result).
    const saved = Promise.all([cardsRead, chartsRead]).then(
      async ([cards, charts]) => {
        const data: Indicators = { ...cards, charts };
        await db
          .insert(indicatorCache)
          .values({ key, scope, data, fetchedAt })
          .onConflictDoUpdate({ target: indicatorCache.key, set: { data, fetchedAt } });
      },
      () => undefined,
    );
    const cachedCards = cached && {
      data: { cards: cached.data.cards, previous: cached.data.previous },
      fetchedAt: cached.fetchedAt,
    };
    const cachedCharts = cached && { data: cached.data.charts, fetchedAt: cached.fetchedAt };
    return {
      cards: outcomeOf(cardsRead, cachedCards, fetchedAt),
      charts: outcomeOf(chartsRead, cachedCharts, fetchedAt),
      saved,
    };
  })();
  return {
    cards: started.then((s) => s.cards),
    charts: started.then((s) => s.charts),
    // Never rejects: a failed start reaches the page through both parts already.
    saved: started.then(
      (s) => s.saved,
      () => undefined,
    ),
  };
}

/**
 * The home's figures in one answer (both parts of `loadIndicators`, and the cache written): where
 * either part has nothing, nothing; an older result in either part makes the whole one "stale".
 */
export async function getIndicators(
  viewer: Viewer,
  query: IndicatorQuery,
  options: { refresh?: boolean; now?: number } = {},
): Promise<IndicatorsOutcome> {
  const load = loadIndicators(viewer, query, options);
  const [cards, charts] = await Promise.all([load.cards, load.charts, load.saved]);
  if (cards.source === "none") return cards;
  if (charts.source === "none") return charts;
  const stale = [cards, charts].find((p) => p.source === "stale");
  return {
    indicators: { ...cards.data, charts: charts.data },
    fetchedAt: (stale ?? cards).fetchedAt,
    source: stale ? "stale" : cards.source === "cache" && charts.source === "cache" ? "cache" : "erp",
  };
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
