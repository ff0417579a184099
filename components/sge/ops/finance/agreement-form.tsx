"use client";

import { useRouter } from "next/navigation";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addMonths } from "@/lib/dates";
import { centsOrZero, planInstalments } from "@/lib/sge/ops/agreement-plan";
import { sumCents } from "@/lib/sge/ops/amounts";
import { MAX_AGREEMENT_INSTALMENTS } from "@/lib/sge/ops/limits";
import type { Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { parseDecimal } from "@/lib/order-lines";
import { createAgreementAction } from "@/server/actions/sge-ops";
import { useFeedback } from "../feedback";
import { AgreementInstalments, type AgreementFormValues } from "./agreement-instalments";
import { FormError } from "../form-error";
import { MoneyField } from "@/components/ui/money-field";
import { useSgeForm } from "../use-sge-form";
import { useSgeFormat } from "../use-sge-format";
import { lazySgeSchema } from "../lazy-schema";

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
  const open = launches.filter((l) => l.status === "open");
  const firstDue = addMonths(today, 1);
  const defaults: AgreementFormValues = {
    ...contract,
    originals: [],
    liquidationId: `PGV|${contract.xnumpro}|${stamp}`,
    costCentre: "",
    date: today,
    interestType: "rate",
    // Typed as the user writes it ("0,5"); the schema gets the number.
    interestRate: "0",
    interestPerDay: 0,
    discount: 0,
    addition: 0,
    total: 0,
    titleNumber: stamp.slice(-9),
    count: "1",
    instalments: planInstalments(0, 1, firstDue),
  };
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("agreementSchema"),
    createAgreementAction,
    defaults,
    // Only one kind of future interest is sent (TipoJuros): the other is 0.
    ({ count: _count, ...values }) => ({
      ...values,
      interestRate: parseDecimal(values.interestRate) ?? 0,
      interestPerDay: values.interestType === "value" ? values.interestPerDay : 0,
    }),
  );
  const { fields, replace } = useFieldArray({ control: form.control, name: "instalments" });
  const [originals, interestType, discount, addition, total, instalments] = useWatch({
    control: form.control,
    name: ["originals", "interestType", "discount", "addition", "total", "instalments"],
  });

  const selectedSum = sumCents(open.filter((l) => originals.includes(l.id)).map((l) => l.original - l.scholarship));
  const instalmentSum = sumCents(instalments.map((i) => centsOrZero(i.value)));
  const firstOf = () => form.getValues("instalments")[0]?.dueDate || firstDue;
  const replan = (cents: number, count: number) => replace(planInstalments(cents, count, firstOf()));

  /** A new selection or discount/addition proposes a total and an even plan (the user may then edit both). */
  function propose(next: { originals?: number[]; discount?: number | null; addition?: number | null }) {
    const chosen = next.originals ?? originals;
    const base = sumCents(open.filter((l) => chosen.includes(l.id)).map((l) => l.original - l.scholarship));
    // An emptied discount or addition counts as 0 (the schema then asks for a number).
    const off = "discount" in next ? next.discount : discount;
    const on = "addition" in next ? next.addition : addition;
    const proposed = Math.max(0, base - centsOrZero(off) + centsOrZero(on));
    form.setValue("total", proposed);
    replan(proposed, instalments.length);
  }

  function toggle(id: number, checked: boolean) {
    const next = checked ? [...originals, id] : originals.filter((o) => o !== id);
    form.setValue("originals", next, { shouldValidate: form.formState.isSubmitted });
    propose({ originals: next });
  }

  function changeCount(text: string) {
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_AGREEMENT_INSTALMENTS) replan(centsOrZero(total), value);
  }

  const money = (name: "interestPerDay" | "discount" | "addition" | "total", id: string, label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <MoneyField
          id={id}
          label={label}
          value={field.value ?? null}
          error={fieldError(name)}
          onChange={(v) => {
            field.onChange(v ?? undefined);
            if (name === "discount") propose({ discount: v });
            if (name === "addition") propose({ addition: v });
          }}
        />
      )}
    />
  );

  const create = submit((result) => {
    form.setValue("originals", []);
    notify({ tone: "ok", text: t("done.agreementCreated"), detail: result.message });
    router.refresh();
  });

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
      <form onSubmit={(e) => void create(e)} noValidate className="mt-3 space-y-4" aria-label={t("newAgreement")}>
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
            {fieldError("originals")}
          </p>
          <p className="text-sm text-slate-700">{t("agreementSelected", { value: f.money(selectedSum) })}</p>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Field
            id="agr-liquidation"
            label={t("liquidationId")}
            hint={t("liquidationHint")}
            maxLength={120}
            error={fieldError("liquidationId")}
            {...form.register("liquidationId")}
          />
          <Field
            id="agr-title"
            label={t("agreementTitleNumber")}
            hint={t("agreementTitleNumberHint")}
            maxLength={9}
            error={fieldError("titleNumber")}
            {...form.register("titleNumber")}
          />
          <Field
            id="agr-cost"
            label={t("costCentre")}
            maxLength={25}
            error={fieldError("costCentre")}
            {...form.register("costCentre")}
          />
          <Field
            id="agr-date"
            type="date"
            label={t("agreementDate")}
            error={fieldError("date")}
            {...form.register("date")}
          />
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("interestType")}</legend>
          <div className="flex flex-wrap gap-4">
            {(["rate", "value"] as const).map((kind) => (
              <label key={kind} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input type="radio" className="size-5" value={kind} {...form.register("interestType")} />
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
              error={fieldError("interestRate")}
              {...form.register("interestRate")}
            />
          ) : (
            money("interestPerDay", "agr-per-day", t("interestPerDay"))
          )}
          {money("discount", "agr-discount", t("agreementDiscount"))}
          {money("addition", "agr-addition", t("agreementAddition"))}
          {money("total", "agr-total", t("agreementTotal"))}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <Field
            id="agr-count"
            label={t("instalmentCount")}
            inputMode="numeric"
            error={fieldError("instalments")}
            {...form.register("count", {
              onChange: (e: React.ChangeEvent<HTMLInputElement>) => changeCount(e.target.value),
            })}
            className="w-40"
          />
          <Button type="button" variant="secondary" onClick={() => replan(centsOrZero(total), instalments.length)}>
            {t("redistribute")}
          </Button>
        </div>
        <AgreementInstalments form={form} fields={fields} fieldError={fieldError} />
        <p
          className={`text-sm font-medium ${instalmentSum === centsOrZero(total) ? "text-emerald-800" : "text-red-800"}`}
          data-testid="agreement-sum"
          aria-live="polite"
        >
          {instalmentSum === centsOrZero(total)
            ? t("instalmentSumOk", { sum: f.money(instalmentSum) })
            : t("instalmentSumMismatch", { sum: f.money(instalmentSum), total: f.money(centsOrZero(total)) })}
        </p>
        <FormError text={error} />
        <Button type="submit" disabled={pending}>
          {pending ? tc("sending") : t("createAgreement")}
        </Button>
      </form>
    </details>
  );
}
