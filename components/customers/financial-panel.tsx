import type { Customer } from "@/lib/types/customer";
import type { FinancialStatus } from "@/lib/types/financial";
import { getFormat, getTranslations } from "@/server/i18n";
import { RiskBadge } from "./risk-badge";

/** Can I sell to them, how much credit is left, what is overdue — the first thing on the page. */
export async function FinancialPanel({
  customer,
  financial,
  today,
}: {
  customer: Customer;
  financial: FinancialStatus | null;
  today: string;
}) {
  const [t, tl, f] = await Promise.all([getTranslations("customer"), getTranslations("customers"), getFormat()]);
  const expired = Boolean(customer.creditLimitExpiry && customer.creditLimitExpiry < today);
  const used = Math.max(0, customer.creditLimit - customer.availableCredit);
  const facts: { label: string; value: string; hint?: string; alert?: boolean; id: string }[] = [
    { id: "limit", label: t("creditLimit"), value: f.money(customer.creditLimit) },
    {
      id: "expiry",
      label: t("limitExpiry"),
      value: f.date(customer.creditLimitExpiry),
      alert: expired,
      hint: expired ? t("limitExpired") : undefined,
    },
    { id: "used", label: t("creditUsed"), value: f.money(used), hint: t("creditUsedHint") },
    {
      id: "available",
      label: t("availableCredit"),
      value: f.money(customer.availableCredit),
      alert: customer.availableCredit <= 0,
    },
    { id: "open", label: t("openTotal"), value: f.money(financial?.openBalance ?? 0) },
    {
      id: "overdue",
      label: t("overdueTotal"),
      value: f.money(financial?.overdueBalance ?? 0),
      alert: (financial?.overdueBalance ?? 0) > 0,
    },
    {
      id: "delinquency",
      label: t("delinquency"),
      value: f.percent(financial?.delinquency ?? 0),
      alert: (financial?.delinquency ?? 0) > 0,
    },
    { id: "oldest-due", label: t("oldestDue"), value: f.date(financial?.oldestDue ?? null) },
    { id: "last-purchase", label: t("lastPurchase"), value: f.date(customer.lastPurchase, tl("never")) },
  ];
  return (
    <section aria-labelledby="financial-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="financial-title" className="text-lg font-semibold text-slate-900">
        {t("financialTitle")}
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-2" data-testid="risk">
        <span className="text-sm text-slate-700">{t("risk")}:</span>
        <RiskBadge
          risk={customer.risk}
          label={customer.risk ? tl("riskBadge", { letter: customer.risk }) : tl("noRisk")}
        />
        <span className="text-sm text-slate-800" data-testid="risk-meaning">
          {t(`riskMeaning.${customer.risk ?? "none"}`)}
        </span>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.id} className={`rounded-xl p-3 ${fact.alert ? "bg-red-50" : "bg-slate-50"}`}>
            <dt className="text-sm text-slate-700">{fact.label}</dt>
            <dd
              className={`mt-1 text-lg font-semibold ${fact.alert ? "text-red-800" : "text-slate-900"}`}
              data-testid={`fin-${fact.id}`}
            >
              {fact.value}
            </dd>
            {fact.hint ? <dd className="mt-1 text-xs text-slate-700">{fact.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
