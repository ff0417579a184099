"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addMonths } from "@/lib/dates";
import { splitEvenly, sumCents } from "@/lib/sge/ops/amounts";
import { agreementSchema, MAX_AGREEMENT_INSTALMENTS } from "@/lib/sge/ops/schemas";
import type { Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { parseDecimal } from "@/lib/order-lines";
import { createAgreementAction } from "@/server/actions/sge-ops";
import { useFeedback } from "../feedback";
import { FormError } from "../form-error";
import { MoneyField } from "@/components/ui/money-field";
import { useSgeAction } from "../use-sge-action";
import { useSgeFormat } from "../use-sge-format";

type Instalment = { dueDate: string; forecastDate: string; value: number | null };

const n = (v: number | null) => (v === null || Number.isNaN(v) ? 0 : v);

/** Instalments of `total` split evenly, monthly from `first`. */
function plan(total: number, count: number, first: string): Instalment[] {
  return splitEvenly(total, count).map((value, i) => {
    const due = first ? addMonths(first, i) : "";
    return { dueDate: due, forecastDate: due, value };
  });
}

/**
 * Acordo/Inclusao: open launches of the contract renegotiated into new instalments. The new
 * instalments are editable (count, dates, values); their sum must equal ValorAcordo, checked as
 * they are typed and again on the server.
 */
export function AgreementForm({
  contract,
  launches,
  today,
  stamp,
}: {
  contract: { coligada: Coligada; xnumpro: string };
  launches: FinanceLaunch[];
  today: string;
  stamp: string;
}) {
  const t = useTranslations("sgeOps.finance");
  const tc = useTranslations("sgeOps.common");
  const f = useSgeFormat();
  const router = useRouter();
  const notify = useFeedback();
  const action = useSgeAction(agreementSchema, createAgreementAction);
  const open = launches.filter((l) => l.status === "open");
  const firstDue = addMonths(today, 1);

  const [originals, setOriginals] = useState<number[]>([]);
  const [liquidationId, setLiquidationId] = useState(`PGV|${contract.xnumpro}|${stamp}`);
  const [costCentre, setCostCentre] = useState("");
  const [date, setDate] = useState(today);
  const [interestType, setInterestType] = useState<"rate" | "value">("rate");
  const [interestRate, setInterestRate] = useState("0");
  const [interestPerDay, setInterestPerDay] = useState<number | null>(0);
  const [discount, setDiscount] = useState<number | null>(0);
  const [addition, setAddition] = useState<number | null>(0);
  const [total, setTotal] = useState<number | null>(0);
  const [titleNumber, setTitleNumber] = useState(stamp.slice(-9));
  const [count, setCount] = useState("1");
  const [instalments, setInstalments] = useState<Instalment[]>(plan(0, 1, firstDue));

  const selectedSum = sumCents(open.filter((l) => originals.includes(l.id)).map((l) => l.original - l.scholarship));
  const instalmentSum = sumCents(instalments.map((i) => n(i.value)));
  const err = action.fieldErrors;

  /** A new selection or discount/addition proposes a total and an even plan (the user may then edit both). */
  function propose(
    nextOriginals: number[],
    nextDiscount: number | null,
    nextAddition: number | null,
    nextCount = instalments.length,
  ) {
    const base = sumCents(open.filter((l) => nextOriginals.includes(l.id)).map((l) => l.original - l.scholarship));
    const proposed = Math.max(0, base - n(nextDiscount) + n(nextAddition));
    setTotal(proposed);
    setInstalments(plan(proposed, nextCount, instalments[0]?.dueDate || firstDue));
  }

  function toggle(id: number, checked: boolean) {
    const next = checked ? [...originals, id] : originals.filter((o) => o !== id);
    setOriginals(next);
    propose(next, discount, addition);
  }

  function changeCount(text: string) {
    setCount(text);
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_AGREEMENT_INSTALMENTS)
      setInstalments(plan(n(total), value, instalments[0]?.dueDate || firstDue));
  }

  const setInstalment = (index: number, patch: Partial<Instalment>) =>
    setInstalments((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const rate = parseDecimal(interestRate);
    const result = await action.submit({
      ...contract,
      liquidationId,
      costCentre,
      date,
      interestType,
      interestRate: rate ?? 0,
      interestPerDay: interestType === "value" ? interestPerDay : 0,
      discount,
      addition,
      total,
      titleNumber,
      originals,
      instalments,
    });
    if (result) {
      setOriginals([]);
      notify({ tone: "ok", text: result.message });
      router.refresh();
    }
  }

  if (!open.length)
    return (
      <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
        {t("agreementNoOpen")}
      </p>
    );
  return (
    <details className="rounded-2xl border border-slate-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer content-center text-lg font-semibold text-slate-900">
        {t("newAgreement")}
      </summary>
      <form onSubmit={(e) => void submit(e)} noValidate className="mt-3 space-y-4" aria-label={t("newAgreement")}>
        <fieldset aria-describedby="agreement-originals-error">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("agreementOriginals")}</legend>
          <ul className="grid gap-1 sm:grid-cols-2">
            {open.map((l) => (
              <li key={l.id}>
                <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-5"
                    checked={originals.includes(l.id)}
                    onChange={(e) => toggle(l.id, e.target.checked)}
                  />
                  {t("agreementOriginal", {
                    id: l.id,
                    due: f.date(l.dueDate),
                    value: f.money(l.original - l.scholarship),
                  })}
                </label>
              </li>
            ))}
          </ul>
          <p id="agreement-originals-error" aria-live="polite" className="text-sm font-medium text-red-700">
            {err.originals}
          </p>
          <p className="text-sm text-slate-700">{t("agreementSelected", { value: f.money(selectedSum) })}</p>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Field
            id="agr-liquidation"
            label={t("liquidationId")}
            hint={t("liquidationHint")}
            value={liquidationId}
            maxLength={120}
            error={err.liquidationId}
            onChange={(e) => setLiquidationId(e.target.value)}
          />
          <Field
            id="agr-title"
            label={t("agreementTitleNumber")}
            hint={t("agreementTitleNumberHint")}
            value={titleNumber}
            maxLength={9}
            error={err.titleNumber}
            onChange={(e) => setTitleNumber(e.target.value)}
          />
          <Field
            id="agr-cost"
            label={t("costCentre")}
            value={costCentre}
            maxLength={25}
            error={err.costCentre}
            onChange={(e) => setCostCentre(e.target.value)}
          />
          <Field
            id="agr-date"
            type="date"
            label={t("agreementDate")}
            value={date}
            error={err.date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("interestType")}</legend>
          <div className="flex flex-wrap gap-4">
            {(["rate", "value"] as const).map((kind) => (
              <label key={kind} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="agr-interest-type"
                  className="size-5"
                  checked={interestType === kind}
                  onChange={() => setInterestType(kind)}
                />
                {kind === "rate" ? t("interestRateKind") : t("interestValueKind")}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {interestType === "rate" ? (
            <Field
              id="agr-rate"
              label={t("interestRate")}
              inputMode="decimal"
              value={interestRate}
              error={err.interestRate}
              onChange={(e) => setInterestRate(e.target.value)}
            />
          ) : (
            <MoneyField
              id="agr-per-day"
              label={t("interestPerDay")}
              value={interestPerDay}
              error={err.interestPerDay}
              onChange={setInterestPerDay}
            />
          )}
          <MoneyField
            id="agr-discount"
            label={t("agreementDiscount")}
            value={discount}
            error={err.discount}
            onChange={(v) => {
              setDiscount(v);
              propose(originals, v, addition);
            }}
          />
          <MoneyField
            id="agr-addition"
            label={t("agreementAddition")}
            value={addition}
            error={err.addition}
            onChange={(v) => {
              setAddition(v);
              propose(originals, discount, v);
            }}
          />
          <MoneyField id="agr-total" label={t("agreementTotal")} value={total} error={err.total} onChange={setTotal} />
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <Field
            id="agr-count"
            label={t("instalmentCount")}
            inputMode="numeric"
            value={count}
            error={err.instalments}
            onChange={(e) => changeCount(e.target.value)}
            className="w-40"
          />
          <Button
            type="button"
            variant="secondary"
            onClick={() => setInstalments(plan(n(total), instalments.length, instalments[0]?.dueDate || firstDue))}
          >
            {t("redistribute")}
          </Button>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{t("newInstalments")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("instalment")}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("dueDate")}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("forecastDate")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {instalments.map((item, i) => (
                <tr key={i} className="align-top">
                  <td className="py-2 pr-3">{i + 1}</td>
                  <td className="py-2 pr-3">
                    <Field
                      id={`agr-i${i}-due`}
                      type="date"
                      label={t("instalmentDue", { n: i + 1 })}
                      className="[&>label]:sr-only"
                      value={item.dueDate}
                      error={err[`instalments.${i}.dueDate`]}
                      onChange={(e) => setInstalment(i, { dueDate: e.target.value })}
                    />
                  </td>
                  <td className="py-2 pr-3">
                    <Field
                      id={`agr-i${i}-forecast`}
                      type="date"
                      label={t("instalmentForecast", { n: i + 1 })}
                      className="[&>label]:sr-only"
                      value={item.forecastDate}
                      error={err[`instalments.${i}.forecastDate`]}
                      onChange={(e) => setInstalment(i, { forecastDate: e.target.value })}
                    />
                  </td>
                  <td className="py-2">
                    <MoneyField
                      id={`agr-i${i}-value`}
                      label={t("instalmentValue", { n: i + 1 })}
                      className="[&>label]:sr-only"
                      value={item.value}
                      error={err[`instalments.${i}.value`]}
                      onChange={(v) => setInstalment(i, { value: v })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p
          className={`text-sm font-medium ${instalmentSum === n(total) ? "text-emerald-800" : "text-red-800"}`}
          data-testid="agreement-sum"
          aria-live="polite"
        >
          {instalmentSum === n(total)
            ? t("instalmentSumOk", { sum: f.money(instalmentSum) })
            : t("instalmentSumMismatch", { sum: f.money(instalmentSum), total: f.money(n(total)) })}
        </p>
        <FormError text={action.error} />
        <Button type="submit" disabled={action.pending}>
          {action.pending ? tc("sending") : t("createAgreement")}
        </Button>
      </form>
    </details>
  );
}
