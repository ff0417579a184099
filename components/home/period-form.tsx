import { PhoneCollapse } from "@/components/ui/phone-collapse";
import { bases, comparisons, yearBefore, type IndicatorQuery } from "@/lib/indicator-query";
import { getFormat, getTranslations } from "@/server/i18n";

const control = "block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900";

/**
 * The home's period: a plain GET form, so the period lives in the URL (shareable, survives a
 * reload) and works before any script has loaded. On a phone it folds behind one line ("Período:
 * dez. de 2026 vs dez. de 2025 · alterar") so the figures start on the first screen; a period with
 * a problem stays open.
 */
export async function PeriodForm({
  values,
  problem,
  sellers,
}: {
  values: IndicatorQuery;
  problem: string | null;
  sellers: string[] | null;
}) {
  const [t, f] = await Promise.all([getTranslations("home"), getFormat()]);
  const months = (start: string, end: string) =>
    start === end ? f.month(start) : `${f.month(start)} – ${f.month(end)}`;
  const summary = t("periodSummary", {
    period: months(values.start, values.end),
    previous: months(yearBefore(values.start), yearBefore(values.end)),
  });
  return (
    <PhoneCollapse summary={summary} open={problem !== null} testId="period-toggle">
      <form
        method="get"
        action="/"
        className="rounded-2xl border border-slate-200 bg-white p-4"
        aria-labelledby="period-title"
      >
        <h2 id="period-title" className="mb-2 text-lg font-semibold text-slate-900">
          {t("periodTitle")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <div>
            <label htmlFor="period-start" className="mb-1 block text-sm font-medium text-slate-800">
              {t("start")}
            </label>
            <input
              id="period-start"
              type="month"
              name="start"
              defaultValue={values.start}
              required
              pattern="\d{4}-\d{2}"
              className={control}
              aria-describedby="period-problem"
            />
          </div>
          <div>
            <label htmlFor="period-end" className="mb-1 block text-sm font-medium text-slate-800">
              {t("end")}
            </label>
            <input
              id="period-end"
              type="month"
              name="end"
              defaultValue={values.end}
              required
              pattern="\d{4}-\d{2}"
              className={control}
              aria-describedby="period-problem"
            />
          </div>
          <div>
            <label htmlFor="period-comparison" className="mb-1 block text-sm font-medium text-slate-800">
              {t("comparison")}
            </label>
            <select id="period-comparison" name="comparison" defaultValue={values.comparison} className={control}>
              {comparisons.map((c) => (
                <option key={c} value={c}>
                  {t(`comparisons.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="period-basis" className="mb-1 block text-sm font-medium text-slate-800">
              {t("basis")}
            </label>
            <select id="period-basis" name="basis" defaultValue={values.basis} className={control}>
              {bases.map((b) => (
                <option key={b} value={b}>
                  {t(`bases.${b}`)}
                </option>
              ))}
            </select>
          </div>
          {sellers ? (
            <div>
              <label htmlFor="period-seller" className="mb-1 block text-sm font-medium text-slate-800">
                {t("seller")}
              </label>
              <select id="period-seller" name="seller" defaultValue={values.seller ?? ""} className={control}>
                <option value="">{t("allSellers")}</option>
                {sellers.map((s) => (
                  <option key={s} value={s}>
                    {t("sellerOption", { code: s })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
          >
            {t("apply")}
          </button>
        </div>
        <p id="period-problem" role={problem ? "alert" : undefined} className="mt-2 text-sm font-medium text-red-700">
          {problem ? t(`problems.${problem as "order"}`) : null}
        </p>
      </form>
    </PhoneCollapse>
  );
}
