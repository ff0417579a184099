import Link from "next/link";
import { indicatorSearch, type IndicatorQuery } from "@/lib/indicator-query";
import type { IndicatorsOutcome } from "@/lib/types/indicators";
import { getFormat, getTranslations } from "@/server/i18n";
import { IndicatorCards } from "./indicator-cards";
import { IndicatorCharts } from "./indicator-charts";

/** The figures of the period (streamed in after the page's first paint): cards, charts, and where they came from. */
export async function IndicatorsSection({ load, query }: { load: Promise<IndicatorsOutcome>; query: IndicatorQuery }) {
  const [t, f, result] = await Promise.all([getTranslations("home"), getFormat(), load]);
  if (result.source === "none") {
    return (
      <p
        role="alert"
        className="rounded-xl border border-amber-300 bg-amber-50 p-4 font-medium text-amber-900"
        data-testid="indicators-banner"
      >
        {t("none")}
      </p>
    );
  }
  const { cards, previous, charts } = result.indicators;
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
        <p
          role="alert"
          className="rounded-xl border border-amber-300 bg-amber-50 p-4 font-medium text-amber-900"
          data-testid="indicators-banner"
        >
          {t("stale", { time: f.dateTime(result.fetchedAt) })}
        </p>
      ) : null}
      <IndicatorCards cards={cards} previous={previous} />
      <IndicatorCharts charts={charts} />
    </div>
  );
}

export async function IndicatorsSkeleton() {
  const t = await getTranslations("home");
  return (
    <div className="space-y-3" aria-busy="true">
      <p role="status" className="text-sm text-slate-700">
        {t("loadingFigures")}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-28 animate-pulse rounded-2xl bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
