import { Suspense } from "react";
import {
  ChartsSkeleton,
  IndicatorCardsSection,
  IndicatorChartsSection,
  IndicatorsSkeleton,
} from "@/components/home/indicators-section";
import { PeriodForm } from "@/components/home/period-form";
import { PhoneCollapse } from "@/components/ui/phone-collapse";
import { defaultIndicatorQuery, periodProblem, type IndicatorQuery } from "@/lib/indicator-query";
import { indicatorParamsSchema } from "@/lib/schemas/indicator-query";
import { businessToday } from "@/server/clock";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { toViewerSummary } from "@/server/auth/viewer-summary";
import { getTranslations } from "@/server/i18n";
import { FeatureMissing } from "@/components/capabilities/feature-missing";
import { offers } from "@/server/services/capabilities";
import { loadIndicators, sellerChoices } from "@/server/services/indicators";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Home: the rep's sales indicators for a period kept in the URL (default: this month against the
 * same month last year), read online from the ERP — briefly cached, and the last result with its
 * time when the ERP is down. The figures stream in; the greeting and the period form come first.
 */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireSalesViewer();
  const viewer = toViewerSummary(session);
  const params = Object.fromEntries(
    Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const parsed = indicatorParamsSchema.safeParse(params);
  const fallback = defaultIndicatorQuery(businessToday());
  let query: IndicatorQuery = fallback;
  let typed: IndicatorQuery = fallback;
  let problem: string | null = parsed.success ? null : "invalid";
  if (parsed.success) {
    const start = parsed.data.start ?? parsed.data.end ?? fallback.start;
    typed = {
      start,
      end: parsed.data.end ?? start,
      comparison: parsed.data.comparison,
      basis: parsed.data.basis,
      seller: session.isAdmin && !session.seller ? (parsed.data.seller ?? null) : null,
    };
    problem = periodProblem(typed);
    if (!problem) query = typed;
  }
  const [t, sellers] = await Promise.all([getTranslations("home"), sellerChoices(session)]);
  const facts = [
    { label: t("sellerCode"), value: viewer.sellerCode ?? "—", testId: "home-seller" },
    { label: t("company"), value: `${viewer.company} · ${viewer.companyName}`, testId: "home-company" },
    { label: t("branch"), value: `${viewer.branch.trim()} · ${viewer.branchName}`, testId: "home-branch" },
    { label: t("alias"), value: viewer.alias, testId: "home-alias" },
    { label: t("connection"), value: t(`modes.${viewer.mode}`), testId: "home-mode" },
  ];
  const shown = can(session, "home.indicators") && offers(session, "indicators");
  // Read once, streamed as two parts: the cards never wait on the charts (the slower read).
  const figures = shown
    ? loadIndicators(session, query, { refresh: parsed.success && parsed.data.refresh === "1" })
    : null;
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <header>
        <h1 id="home-title" className="text-2xl font-bold text-slate-900">
          {t("title", { name: viewer.userName })}
        </h1>
        <p className="mt-1 text-slate-700">{t("intro", { company: viewer.companyName, branch: viewer.branchName })}</p>
        {viewer.isAdmin ? <p className="mt-1 text-sm text-brand-800">{t("adminNote")}</p> : null}
        {/* On a phone the connection's details fold behind one line, so the figures start on the first screen. */}
        <PhoneCollapse summary={t("connectionDetails")} look="link" testId="connection-toggle">
          <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {facts.map((f) => (
              <div key={f.testId} className="flex gap-1">
                <dt className="text-slate-600">{f.label}:</dt>
                <dd className="font-medium text-slate-900" data-testid={f.testId}>
                  {f.value}
                </dd>
              </div>
            ))}
          </dl>
        </PhoneCollapse>
      </header>
      {/* The ERP profile may leave the indicators out (lib/privileges.ts): then they are not even read. */}
      {/* An ERP without the indicator endpoints: the one line saying so (server/services/capabilities.ts). */}
      {can(session, "home.indicators") && !offers(session, "indicators") ? (
        <FeatureMissing feature="indicators" />
      ) : can(session, "home.indicators") ? (
        <>
          <PeriodForm
            values={problem ? typed : query}
            problem={problem}
            sellers={session.isAdmin && !session.seller ? sellers : null}
          />
          {figures ? (
            <>
              <Suspense key={JSON.stringify(query)} fallback={<IndicatorsSkeleton />}>
                <IndicatorCardsSection load={figures.cards} query={query} />
              </Suspense>
              <Suspense key={`charts:${JSON.stringify(query)}`} fallback={<ChartsSkeleton />}>
                <IndicatorChartsSection load={figures.charts} />
              </Suspense>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
