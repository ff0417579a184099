import type { FinanceLogEntry } from "@/lib/sge/ops/types";
import { getFormat, getTranslations } from "@/server/i18n";

/** The contract's finance operations run from the portal (sge_finance_log), newest first. */
export async function OperationHistory({ entries }: { entries: FinanceLogEntry[] }) {
  const [t, f] = await Promise.all([getTranslations("sgeOps.finance"), getFormat()]);
  return (
    <section aria-labelledby="history-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="history-title" className="text-lg font-semibold text-slate-900">
        {t("historyTitle")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("historyEmpty")}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-200" data-testid="finance-history">
          {entries.map((e) => (
            <li key={e.id} className="py-2 text-sm">
              <p className="font-medium text-slate-900">
                {t(`operations.${e.operation}`)} ·{" "}
                <span className={e.ok ? "text-emerald-800" : "text-red-800"}>
                  {e.ok ? t("historyOk") : t("historyFailed")}
                </span>
              </p>
              <p className="text-slate-700">{e.message}</p>
              <p className="text-xs text-slate-600">{t("historyBy", { login: e.login, when: f.dateTime(e.at) })}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
