import Link from "next/link";
import { indicatorSearch, type IndicatorQuery } from "@/lib/indicator-query";
import type { IndicatorCharts as Charts, IndicatorPart, Indicators } from "@/lib/types/indicators";
import { getFormat, getTranslations } from "@/server/i18n";
import { Skeleton } from "@/components/ui/skeleton";
import { IndicatorCards } from "./indicator-cards";
import { IndicatorCharts } from "./indicator-charts";

const banner = "rounded-xl border border-amber-300 bg-amber-50 p-4 font-medium text-amber-900";

/**
 * The period's cards (streamed in after the page's first paint, never waiting on the charts): the
 * period, where the figures came from, the cards.
 */
export async function IndicatorCardsSection({
  load,
  query,
}: {
  load: Promise<IndicatorPart<Pick<Indicators, "cards" | "previous">>>;
  query: IndicatorQuery;
}) {
  const [t, f, result] = await Promise.all([getTranslations("home"), getFormat(), load]);
  if (result.source === "none") {
    return (
      <p role="alert" className={banner} data-testid="indicators-banner">
        {t("none")}
      </p>
    );
  }
  const { cards, previous } = result.data;
  return (
    <div className="space-y-4" data-testid="indicators">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900" data-testid="indicators-period">
          {t("period", { start: f.date(cards.startDate), end: f.date(cards.endDate) })}
        </h2>
        {result.source === "stale" ? null : (
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            {t("fetched", { time: f.dateTime(result.fetchedAt) })}
            <Link
              href={`/?${indicatorSearch(query, { refresh: "1" })}`}
              prefetch={false}
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
            >
              {t("refresh")}
            </Link>
          </p>
        )}
      </div>
      {result.source === "stale" ? (
        <p role="alert" className={banner} data-testid="indicators-banner">
          {t("stale", { time: f.dateTime(result.fetchedAt) })}
        </p>
      ) : null}
      <IndicatorCards cards={cards} previous={previous} />
    </div>
  );
}

/** The period's charts (the slowest read), streamed on their own; their own message when the ERP fails. */
export async function IndicatorChartsSection({ load }: { load: Promise<IndicatorPart<Charts>> }) {
  const [t, f, result] = await Promise.all([getTranslations("home"), getFormat(), load]);
  if (result.source === "none") {
    return (
      <p role="alert" className={banner} data-testid="charts-banner">
        {t("chartsNone")}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {result.source === "stale" ? (
        <p role="alert" className={banner} data-testid="charts-banner">
          {t("chartsStale", { time: f.dateTime(result.fetchedAt) })}
        </p>
      ) : null}
      <IndicatorCharts charts={result.data} />
    </div>
  );
}

export async function IndicatorsSkeleton() {
  const t = await getTranslations("home");
  return (
    <Skeleton
      label={t("loadingFigures")}
      blocks={8}
      grid="grid gap-3 sm:grid-cols-2 xl:grid-cols-4"
      testId="indicators-skeleton"
    />
  );
}

export async function ChartsSkeleton() {
  const t = await getTranslations("home");
  return (
    <Skeleton
      label={t("loadingCharts")}
      blocks={3}
      grid="grid gap-3 lg:grid-cols-2"
      block={(i) => (i === 0 ? "h-64 lg:col-span-2" : "h-64")}
      testId="charts-skeleton"
    />
  );
}
