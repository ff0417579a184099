import type { IndicatorCharts as Charts } from "@/lib/types/indicators";
import { getFormat, getTranslations } from "@/server/i18n";
import { ScrollRegion } from "@/components/ui/scroll-region";

const box = "rounded-2xl border border-slate-200 bg-white p-4";
const series = [
  { key: "ordered", tone: "bg-brand-600" },
  { key: "invoiced", tone: "bg-emerald-600" },
  { key: "previousInvoiced", tone: "bg-slate-400" },
] as const;

/**
 * Ordered vs invoiced per month (or year) with the same bucket a year earlier, and the period's
 * top 10 customers and products. Bars are plain HTML (readable on a phone, no chart library in the
 * bundle); the numbers are always there as text: a table behind each chart, tables for the tops.
 */
export async function IndicatorCharts({ charts }: { charts: Charts }) {
  const [t, f] = await Promise.all([getTranslations("home.charts"), getFormat()]);
  const values = (b: Charts["series"][number]) => ({
    ordered: b.ordered,
    invoiced: b.invoiced,
    previousInvoiced: b.comparisonInvoiced,
  });
  const max = Math.max(1, ...charts.series.flatMap((b) => Object.values(values(b))));
  const topCustomer = Math.max(1, ...charts.topCustomers.map((c) => c.value));
  const topProduct = Math.max(1, ...charts.topProducts.map((p) => p.value));
  const th = "p-2 text-left font-medium text-slate-700";
  const td = "p-2 text-right whitespace-nowrap";
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <section aria-labelledby="chart-orders" className={`${box} min-w-0 lg:col-span-2`} data-testid="chart-orders">
        <h2 id="chart-orders" className="text-lg font-semibold text-slate-900">
          {t("orders")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-2">
              <span className={`inline-block size-3 rounded-sm ${s.tone}`} />
              {t(s.key)}
            </li>
          ))}
        </ul>
        <div
          role="img"
          aria-label={t("ordersSummary", { unit: charts.comparison, max: f.money(max) })}
          className="mt-3 flex h-48 items-stretch gap-1 overflow-x-auto sm:gap-2"
        >
          {charts.series.map((b) => (
            <div key={b.period} className="flex min-w-8 flex-1 flex-col items-center">
              <div className="flex w-full flex-1 items-end justify-center gap-px">
                {series.map((s) => (
                  <div
                    key={s.key}
                    className={`w-1/4 max-w-4 rounded-t-sm ${s.tone}`}
                    style={{ height: `${(values(b)[s.key] / max) * 100}%` }}
                  />
                ))}
              </div>
              <span className="mt-1 text-xs whitespace-nowrap text-slate-700">{f.month(b.period)}</span>
            </div>
          ))}
        </div>
        <details className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t("table")}</summary>
          <ScrollRegion labelledBy="chart-orders">
            <table className="w-full text-sm" data-testid="chart-orders-table">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("period")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("ordered")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("invoiced")}
                  </th>
                  <th scope="col" className={th}>
                    {t("previousPeriod")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("ordered")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("invoiced")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {charts.series.map((b) => (
                  <tr key={b.period} className="border-t border-slate-200">
                    <th scope="row" className="p-2 text-left font-medium">
                      {f.month(b.period)}
                    </th>
                    <td className={td}>{f.money(b.ordered)}</td>
                    <td className={td}>{f.money(b.invoiced)}</td>
                    <td className="p-2">{f.month(b.comparisonPeriod)}</td>
                    <td className={td}>{f.money(b.comparisonOrdered)}</td>
                    <td className={td}>{f.money(b.comparisonInvoiced)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
      </section>

      <section aria-labelledby="chart-customers" className={`${box} min-w-0`} data-testid="chart-customers">
        <h2 id="chart-customers" className="text-lg font-semibold text-slate-900">
          {t("customers")}
        </h2>
        {charts.topCustomers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <ScrollRegion labelledBy="chart-customers" className="mt-2">
            <table className="w-full text-sm">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("customer")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("value")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("orderCount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {charts.topCustomers.map((c) => (
                  <tr key={`${c.code}/${c.store}`} className="border-t border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <span className="block font-medium text-slate-900">{c.name}</span>
                      <span
                        className="mt-1 block h-2 rounded-sm bg-brand-600"
                        style={{ width: `${(c.value / topCustomer) * 100}%` }}
                        aria-hidden="true"
                      />
                    </th>
                    <td className={td}>{f.money(c.value)}</td>
                    <td className={td}>{f.number(c.orders)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="chart-products" className={`${box} min-w-0`} data-testid="chart-products">
        <h2 id="chart-products" className="text-lg font-semibold text-slate-900">
          {t("products")}
        </h2>
        {charts.topProducts.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <ScrollRegion labelledBy="chart-products" className="mt-2">
            <table className="w-full text-sm">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("product")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("value")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("quantity")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {charts.topProducts.map((p) => (
                  <tr key={p.code} className="border-t border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <span className="block font-medium text-slate-900">
                        {p.code.trim()} · {p.description}
                      </span>
                      <span
                        className="mt-1 block h-2 rounded-sm bg-emerald-600"
                        style={{ width: `${(p.value / topProduct) * 100}%` }}
                        aria-hidden="true"
                      />
                    </th>
                    <td className={td}>{f.money(p.value)}</td>
                    <td className={td}>{f.number(p.quantity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
