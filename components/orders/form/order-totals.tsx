"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { creditPreview } from "@/lib/credit-preview";
import { orderTotals } from "@/lib/order-lines";
import type { OrderCustomer } from "@/lib/types/order-entry";
import type { OrderFormValues } from "./form-values";
import { OrderTaxes, useFormTaxes } from "./order-taxes";

/**
 * Live totals of what is typed (items, freight, order), and the credit preview for the chosen
 * customer: whether the ERP should block the order by credit, and why. `taxesUnavailable`: why the
 * ERP's taxes are not asked (this ERP has no SalesTaxes).
 */
export function OrderTotals({
  customer,
  today,
  taxesUnavailable,
}: {
  customer: OrderCustomer | null;
  today: string;
  taxesUnavailable?: string;
}) {
  const t = useTranslations("orderForm");
  const { money, date } = useFormat();
  const { control } = useFormContext<OrderFormValues>();
  const [items, freightValue] = useWatch({ control, name: ["items", "freightValue"] });
  const totals = orderTotals(items ?? [], freightValue ?? 0);
  const taxes = useFormTaxes(!taxesUnavailable);
  // What the customer will owe: the ERP's total with taxes once calculated for what the form holds.
  const withTaxes = taxes.current?.totals.total ?? null;
  const preview = customer ? creditPreview(customer, withTaxes ?? totals.total, today) : null;
  return (
    <>
      <section aria-labelledby="form-totals" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="form-totals" className="mb-2 scroll-mt-20 text-lg font-semibold text-slate-900">
          {t("totals")}
        </h2>
        <dl className="ml-auto grid max-w-sm grid-cols-2 gap-1 text-base">
          <dt className="text-slate-700">{t("itemsTotal")}</dt>
          <dd className="text-right" data-testid="form-items-total">
            {money(totals.items)}
          </dd>
          <dt className="text-slate-700">{t("freightValue")}</dt>
          <dd className="text-right">{money(totals.freight)}</dd>
          <dt className="font-semibold text-slate-900">{t("orderTotal")}</dt>
          <dd className="text-right font-semibold text-slate-900" data-testid="form-order-total">
            {money(totals.total)}
          </dd>
          {withTaxes !== null ? (
            <>
              <dt className="font-semibold text-slate-900">{t("totalWithTaxes")}</dt>
              <dd className="text-right font-semibold text-slate-900" data-testid="form-total-with-taxes">
                {money(withTaxes)}
              </dd>
            </>
          ) : null}
        </dl>
        {preview && customer ? (
          <div
            className={`mt-3 rounded-xl border p-3 text-sm ${preview.outcome === "block" ? "border-amber-300 bg-amber-50 text-amber-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
            data-testid="credit-preview"
            role={preview.outcome === "block" ? "note" : undefined}
          >
            <p className="font-semibold">{preview.outcome === "block" ? t("credit.warning") : t("credit.ok")}</p>
            <p>
              {preview.reason === "limit"
                ? t("credit.limit", { total: money(preview.total), available: money(preview.available) })
                : preview.reason === "overdue"
                  ? t("credit.overdue", { risk: preview.risk, days: preview.days, tolerance: preview.tolerance })
                  : preview.reason === "expired"
                    ? t("credit.expired", { date: date(preview.date) })
                    : t(`credit.${preview.reason}`, { available: money(customer.availableCredit) })}
            </p>
          </div>
        ) : null}
      </section>
      <OrderTaxes taxes={taxes} unavailable={taxesUnavailable} />
    </>
  );
}

/**
 * The phone's one-line total in the form's sticky bar: the order's total, a link to the totals
 * section above (items, freight, the ERP's taxes and the credit preview). Hidden from 768 px, where
 * the bar keeps the draft's status instead.
 */
export function OrderBarTotal() {
  const t = useTranslations("orderForm");
  const { money } = useFormat();
  const { control } = useFormContext<OrderFormValues>();
  const [items, freightValue] = useWatch({ control, name: ["items", "freightValue"] });
  return (
    <a
      href="#form-totals"
      className="flex min-h-11 min-w-0 flex-col justify-center leading-tight text-slate-900 md:hidden"
      data-testid="form-bar-total"
    >
      <span className="text-xs text-slate-700">{t("orderTotal")}</span>
      <span className="truncate font-semibold">{money(orderTotals(items ?? [], freightValue ?? 0).total)}</span>
    </a>
  );
}
