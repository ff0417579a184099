"use client";

import { useId } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { TaxFigures, TaxWorksheet } from "@/lib/types/taxes";

const row = "flex items-baseline justify-between gap-3";

/**
 * The ERP's tax worksheet as a rep reads it: what the customer pays (goods, freight, IPI, ICMS-ST),
 * what is informative (own ICMS inside the price, DIFAL the seller pays, PIS/COFINS), and per item
 * behind a disclosure. Shows only what the ERP answered: nothing is computed here.
 */
export function TaxWorksheetView({
  worksheet,
  itemLabel = (item) => item,
  stale = false,
}: {
  worksheet: TaxWorksheet;
  /** The form's item code for an ERP line (the form may hold lines not sent yet). */
  itemLabel?: (item: string) => string;
  stale?: boolean;
}) {
  const t = useTranslations("taxes");
  const f = useFormat();
  const format = useFormatter();
  const linesTitle = useId();
  const totals: TaxFigures = worksheet.totals;
  const payable: { key: string; label: string; value: number }[] = [
    { key: "goods", label: t("goods"), value: totals.goods },
    ...(totals.discount ? [{ key: "discount", label: t("discount"), value: totals.discount }] : []),
    { key: "freight", label: t("freight"), value: totals.freight },
    { key: "ipi", label: t("ipi"), value: totals.ipi },
    { key: "st", label: t("st"), value: totals.st },
  ];
  return (
    <div className={stale ? "opacity-60" : undefined} data-testid="tax-worksheet" aria-busy={stale}>
      <p className="text-sm text-slate-700">
        {t("route", {
          interstate: String(worksheet.interstate),
          from: worksheet.branchUf || "—",
          to: worksheet.customerUf || "—",
        })}
      </p>
      <dl className="mt-2 max-w-sm space-y-1 text-base">
        {payable.map((r) => (
          <div key={r.key} className={row}>
            <dt className="text-slate-700">{r.label}</dt>
            <dd className="text-right" data-testid={`tax-${r.key}`}>
              {f.money(r.value)}
            </dd>
          </div>
        ))}
        <div className={`${row} border-t border-slate-200 pt-1`}>
          <dt className="font-semibold text-slate-900">{t("total")}</dt>
          <dd className="text-right font-semibold text-slate-900" data-testid="tax-total">
            {f.money(totals.total)}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm font-medium text-slate-800">{t("informative")}</p>
      <dl className="mt-1 max-w-sm space-y-1 text-sm text-slate-700">
        <div className={row}>
          <dt>{t("icms")}</dt>
          <dd data-testid="tax-icms">{f.money(totals.icms)}</dd>
        </div>
        {totals.difal ? (
          <div className={row}>
            <dt>{t("difal")}</dt>
            <dd data-testid="tax-difal">{f.money(totals.difal)}</dd>
          </div>
        ) : null}
        <div className={row}>
          <dt>{t("pisCofins")}</dt>
          <dd>{f.money(totals.pis + totals.cofins)}</dd>
        </div>
      </dl>
      <details className="mt-3">
        <summary id={linesTitle} className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">
          {t("byItem")}
        </summary>
        <ScrollRegion labelledBy={linesTitle}>
          <table className="w-full min-w-[40rem] text-sm" data-testid="tax-lines">
            <thead className="text-left text-slate-700">
              <tr>
                {(["item", "product", "cfop", "goods", "icms", "ipi", "st", "difal", "total"] as const).map((c) => (
                  <th
                    key={c}
                    scope="col"
                    className={`p-2 ${["item", "product", "cfop"].includes(c) ? "" : "text-right"}`}
                  >
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {worksheet.lines.map((l) => (
                <tr key={l.item} className="border-t border-slate-200 align-top">
                  <td className="p-2">{itemLabel(l.item)}</td>
                  <td className="p-2 font-medium">{l.product}</td>
                  <td className="p-2">{l.cfop}</td>
                  <td className="p-2 text-right whitespace-nowrap">{f.money(l.goods)}</td>
                  <td className="p-2 text-right whitespace-nowrap">
                    {f.money(l.icms)}
                    <span className="block text-xs text-slate-600">{t("rate", { rate: f.number(l.icmsRate) })}</span>
                  </td>
                  <td className="p-2 text-right whitespace-nowrap">
                    {f.money(l.ipi)}
                    <span className="block text-xs text-slate-600">{t("rate", { rate: f.number(l.ipiRate) })}</span>
                  </td>
                  <td className="p-2 text-right whitespace-nowrap">
                    {f.money(l.st)}
                    {l.st ? (
                      <span className="block text-xs text-slate-600">{t("mva", { mva: f.number(l.mva) })}</span>
                    ) : null}
                  </td>
                  <td className="p-2 text-right whitespace-nowrap">{f.money(l.difal)}</td>
                  <td className="p-2 text-right font-medium whitespace-nowrap">{f.money(l.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
      <p className="mt-2 text-sm text-slate-600" data-testid="tax-calculated-at">
        {t("calculatedAt", {
          time: format.dateTime(new Date(worksheet.calculatedAt), { hour: "2-digit", minute: "2-digit" }),
        })}
      </p>
    </div>
  );
}
