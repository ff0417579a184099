import { daysBetween } from "@/lib/dates";
import type { ReceivablesResult } from "@/lib/types/financial";
import { getFormat, getTranslations } from "@/server/i18n";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Open titles read online from the ERP; on an outage, the last kept answer with its time. */
export async function ReceivablesTable({ result, today }: { result: ReceivablesResult; today: string }) {
  const [t, f] = await Promise.all([getTranslations("customer"), getFormat()]);
  return (
    <section aria-labelledby="receivables-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="receivables-title" className="text-lg font-semibold text-slate-900">
        {t("receivablesTitle")}
      </h2>
      {result.source === "cache" && result.asOf ? (
        <p className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900">
          {t("receivablesOffline", { time: f.dateTime(result.asOf) })}
        </p>
      ) : null}
      {result.source === "none" ? (
        <p className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900">
          {t("receivablesUnavailable")}
        </p>
      ) : result.items.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("receivablesEmpty")}</p>
      ) : (
        <ScrollRegion labelledBy="receivables-title" className="mt-3">
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
              {result.items.map((r) => {
                const late = r.status === "overdue" && r.dueDate ? daysBetween(r.dueDate, today) : 0;
                return (
                  <tr key={r.id} className={`border-t border-slate-200 ${late > 0 ? "bg-red-50" : ""}`}>
                    <td className="p-2 whitespace-nowrap">
                      {r.prefix ? `${r.prefix}-` : ""}
                      {r.number}
                      {r.installment ? `/${r.installment}` : ""}
                    </td>
                    <td className="p-2 whitespace-nowrap">{f.date(r.issueDate)}</td>
                    <td className="p-2 whitespace-nowrap">{f.date(r.dueDate)}</td>
                    <td className="p-2 text-right whitespace-nowrap">{f.money(r.original)}</td>
                    <td className="p-2 text-right whitespace-nowrap font-medium">{f.money(r.balance)}</td>
                    <td className={`p-2 text-right ${late > 0 ? "font-semibold text-red-800" : ""}`}>
                      {late > 0 ? late : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
