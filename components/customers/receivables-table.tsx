import { Suspense } from "react";
import { daysBetween } from "@/lib/dates";
import type { ReceivablesResult } from "@/lib/types/financial";
import { getFormat, getTranslations } from "@/server/i18n";
import { CardField, RecordCard, RecordCards } from "@/components/ui/record-cards";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Skeleton } from "@/components/ui/skeleton";

const banner = "mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900";

/**
 * Open titles read online from the ERP: the section paints with the page, the titles stream in
 * (a skeleton meanwhile); on an outage, the last kept answer with its time, or why there is none.
 */
export async function ReceivablesTable({ load, today }: { load: Promise<ReceivablesResult>; today: string }) {
  const t = await getTranslations("customer");
  return (
    <section aria-labelledby="receivables-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="receivables-title" className="text-lg font-semibold text-slate-900">
        {t("receivablesTitle")}
      </h2>
      <Suspense
        fallback={
          <div className="mt-2">
            <Skeleton label={t("loadingReceivables")} blocks={3} block="h-10" testId="receivables-skeleton" />
          </div>
        }
      >
        <Receivables load={load} today={today} />
      </Suspense>
    </section>
  );
}

async function Receivables({ load, today }: { load: Promise<ReceivablesResult>; today: string }) {
  const [t, f, result] = await Promise.all([getTranslations("customer"), getFormat(), load]);
  const rows = result.items.map((r) => ({
    ...r,
    title: `${r.prefix ? `${r.prefix}-` : ""}${r.number}${r.installment ? `/${r.installment}` : ""}`,
    late: r.status === "overdue" && r.dueDate ? daysBetween(r.dueDate, today) : 0,
  }));
  return (
    <>
      {result.source === "cache" && result.asOf ? (
        <p className={banner} data-testid="receivables-banner">
          {t("receivablesOffline", { time: f.dateTime(result.asOf) })}
        </p>
      ) : null}
      {result.source === "none" ? (
        <p className={banner} data-testid="receivables-banner">
          {t("receivablesUnavailable")}
        </p>
      ) : rows.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("receivablesEmpty")}</p>
      ) : (
        <>
          <RecordCards testId="receivables-cards">
            {rows.map((r) => (
              <RecordCard
                key={r.id}
                title={<span className="whitespace-nowrap">{r.title}</span>}
                tone={r.late > 0 ? "border-red-200 bg-red-50" : ""}
              >
                <CardField label={t("columns.balance")}>{f.money(r.balance)}</CardField>
                <CardField label={t("columns.daysOverdue")} className={r.late > 0 ? "text-red-800" : ""}>
                  {r.late > 0 ? r.late : "—"}
                </CardField>
                <CardField label={t("columns.due")}>{f.date(r.dueDate)}</CardField>
                <CardField label={t("columns.original")}>{f.money(r.original)}</CardField>
              </RecordCard>
            ))}
          </RecordCards>
          <ScrollRegion labelledBy="receivables-title" className="mt-3 hidden md:block">
            <table className="w-full min-w-[36rem] text-sm">
              <thead className="text-left text-slate-700">
                <tr>
                  <th scope="col" className="p-2">
                    {t("columns.title")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.issue")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.due")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("columns.original")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("columns.balance")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("columns.daysOverdue")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={`border-t border-slate-200 ${r.late > 0 ? "bg-red-50" : ""}`}>
                    <td className="p-2 whitespace-nowrap">{r.title}</td>
                    <td className="p-2 whitespace-nowrap">{f.date(r.issueDate)}</td>
                    <td className="p-2 whitespace-nowrap">{f.date(r.dueDate)}</td>
                    <td className="p-2 text-right whitespace-nowrap">{f.money(r.original)}</td>
                    <td className="p-2 text-right whitespace-nowrap font-medium">{f.money(r.balance)}</td>
                    <td className={`p-2 text-right ${r.late > 0 ? "font-semibold text-red-800" : ""}`}>
                      {r.late > 0 ? r.late : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
