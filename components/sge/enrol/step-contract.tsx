"use client";

import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { MoneyField } from "@/components/ui/money-field";
import { PAYMENT_FORMS } from "@/lib/sge/enrolment-options";
import { contractInstalments, outlivesClass, secondDue } from "@/lib/sge/instalments";
import type { SgeClassOption } from "@/lib/types/sge";
import { CheckInput, Fieldset, SelectInput, TextInput, useFieldError } from "./fields";
import type { EnrolmentValues } from "./values";
import { ScrollRegion } from "@/components/ui/scroll-region";

function MoneyInput({
  name,
  label,
}: {
  name: "contract.total" | "contract.institutionalDiscount" | "contract.additionalDiscount";
  label: string;
}) {
  const { control } = useFormContext<EnrolmentValues>();
  const error = useFieldError()(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MoneyField
          id={`enrol-${name.replace(/\./g, "-")}`}
          label={label}
          value={field.value}
          onChange={(v) => field.onChange(v ?? 0)}
          error={error}
        />
      )}
    />
  );
}

/** The instalments SGE will generate, computed with its own rule before anything is sent. */
export function InstalmentPreview({
  values,
  klass,
}: {
  values: EnrolmentValues["contract"];
  klass: SgeClassOption | undefined;
}) {
  const t = useTranslations("sgeEnrol.contract");
  const { money, date } = useFormat();
  const count = Number(values.instalments);
  if (
    !klass ||
    !Number.isInteger(count) ||
    count < 1 ||
    count > 60 ||
    !values.firstDue ||
    !Number.isFinite(values.total)
  )
    return null;
  const discount = (values.institutionalDiscount || 0) + (values.additionalDiscount || 0);
  // Never a negative "A pagar": the discount field says what is wrong, the preview waits for it.
  if (discount > values.total)
    return (
      <p
        className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        data-testid="instalment-preview-blocked"
      >
        {t("discountsExceed")}
      </p>
    );
  const rows = contractInstalments({
    total: values.total,
    discount,
    count,
    firstDue: values.firstDue,
    dueDay: Number(values.dueDay) || 1,
    classStart: klass.start,
  });
  const net = values.total - discount;
  const late = outlivesClass(rows, { classEnd: klass.end });
  return (
    <section aria-labelledby="enrol-preview" className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 id="enrol-preview" className="font-semibold text-slate-900">
        {t("preview")}
      </h3>
      <ScrollRegion labelledBy="enrol-preview" className="mt-2">
        <table className="w-full text-sm" data-testid="instalment-preview">
          <thead>
            <tr className="text-left text-slate-700">
              <th scope="col" className="py-1 pr-3">
                {t("previewColumns.number")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("previewColumns.due")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t("previewColumns.value")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t("previewColumns.discount")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("previewColumns.net")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.number} className="border-t border-slate-100">
                <td className="py-1 pr-3">{r.number}</td>
                <td className="py-1 pr-3">{date(r.due)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(r.value)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(r.discount)}</td>
                <td className="py-1 text-right tabular-nums">{money(r.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 font-semibold text-slate-900">{t("net", { value: money(net) })}</p>
      {late ? (
        <p
          role="status"
          className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm font-medium text-amber-900"
          data-testid="outlives-class"
        >
          {t("outlivesClass", { last: date(late), end: date(klass.end) })}
        </p>
      ) : null}
      {values.ecommerce && values.card ? (
        <p className="text-sm text-slate-800">
          {t("cardTotal", { value: money(net), count: Number(values.card.instalments) || 1 })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * Step 4: contract value, instalments and due dates, discounts with reason, payment forms,
 * e-commerce card; the course's limits (its maximum of instalments, SGE's schedule) said at the fields.
 */
export function StepContract({
  klass,
  maxInstalments,
}: {
  klass: SgeClassOption | undefined;
  maxInstalments: number | undefined;
}) {
  const t = useTranslations("sgeEnrol.contract");
  const { date } = useFormat();
  const { control, setValue, getValues } = useFormContext<EnrolmentValues>();
  const contract = useWatch({ control, name: "contract" }) as EnrolmentValues["contract"];
  const payments = PAYMENT_FORMS.map((p) => [p, t(`payments.${p}`)] as const);
  const second =
    klass && Number(contract.instalments) > 1
      ? secondDue({ classStart: klass.start }, Number(contract.dueDay) || 1)
      : null;

  // E-commerce: one SGE instalment paid by card (the card's own instalments go to the acquirer).
  // What it replaces is kept with the draft, and unticking puts it back.
  function toggleEcommerce(on: boolean) {
    setValue("contract.ecommerce", on, { shouldDirty: true });
    if (on) {
      const { instalments, firstPayment, otherPayments } = getValues("contract");
      setValue("contract.beforeEcommerce", { instalments, firstPayment, otherPayments }, { shouldDirty: true });
      setValue("contract.instalments", 1, { shouldDirty: true });
      setValue("contract.firstPayment", "CAC");
      setValue("contract.otherPayments", "CAC");
      setValue(
        "contract.card",
        contract.card ?? {
          method: "Crédito",
          brand: "",
          acquirer: "",
          nsu: "",
          instalments: 1,
          store: "1",
          bank: "001",
          agency: "",
          account: "",
        },
        { shouldDirty: true },
      );
    } else {
      setValue("contract.card", undefined, { shouldDirty: true });
      const before = getValues("contract.beforeEcommerce");
      if (before) {
        setValue("contract.instalments", before.instalments, { shouldDirty: true });
        setValue("contract.firstPayment", before.firstPayment, { shouldDirty: true });
        setValue("contract.otherPayments", before.otherPayments, { shouldDirty: true });
        setValue("contract.beforeEcommerce", undefined, { shouldDirty: true });
      }
    }
  }

  return (
    <div className="grid gap-4">
      <Fieldset legend={t("total")}>
        <MoneyInput name="contract.total" label={t("total")} />
        <TextInput name="contract.enrolDate" label={t("enrolDate")} type="date" />
        <div className="sm:col-span-2">
          <label htmlFor="enrol-ecommerce" className="flex min-h-11 items-center gap-3 text-base text-slate-900">
            <input
              id="enrol-ecommerce"
              type="checkbox"
              className="size-5 accent-brand-600"
              checked={Boolean(contract.ecommerce)}
              onChange={(e) => toggleEcommerce(e.target.checked)}
              aria-describedby="enrol-ecommerce-hint"
            />
            {t("ecommerce")}
          </label>
          <p id="enrol-ecommerce-hint" className="text-sm text-slate-600">
            {t("ecommerceHint")}
            {contract.ecommerce && contract.beforeEcommerce
              ? ` ${t("ecommerceRestores", {
                  count: contract.beforeEcommerce.instalments,
                  payment: t(`payments.${contract.beforeEcommerce.otherPayments}`),
                })}`
              : ""}
          </p>
        </div>
        <TextInput
          name="contract.instalments"
          label={t("instalments")}
          type="number"
          min={1}
          max={maxInstalments || 60}
          readOnly={contract.ecommerce}
          hint={maxInstalments ? t("maxInstalments", { max: maxInstalments }) : undefined}
          asNumber
        />
        <TextInput
          name="contract.firstDue"
          label={t("firstDue")}
          type="date"
          hint={second && klass ? t("secondDue", { date: date(second), start: date(klass.start) }) : undefined}
        />
        <TextInput name="contract.dueDay" label={t("dueDay")} type="number" min={1} max={31} asNumber />
        <TextInput name="contract.endDate" label={t("endDate")} type="date" />
        <MoneyInput name="contract.institutionalDiscount" label={t("institutionalDiscount")} />
        <MoneyInput name="contract.additionalDiscount" label={t("additionalDiscount")} />
        <TextInput
          name="contract.discountReason"
          label={t("discountReason")}
          maxLength={200}
          className="sm:col-span-2"
        />
        <SelectInput name="contract.firstPayment" label={t("firstPayment")} options={payments} />
        <SelectInput name="contract.otherPayments" label={t("otherPayments")} options={payments} />
        <CheckInput name="contract.boletoByEmail" label={t("boletoByEmail")} />
        <TextInput name="contract.opportunityId" label={t("opportunity")} inputMode="numeric" maxLength={12} />
      </Fieldset>
      {contract.ecommerce ? (
        <Fieldset legend={t("card")}>
          <SelectInput
            name="contract.card.method"
            label={t("method")}
            options={[
              ["Crédito", t("methods.Crédito")],
              ["Débito", t("methods.Débito")],
            ]}
          />
          <TextInput name="contract.card.brand" label={t("brand")} maxLength={30} />
          <TextInput name="contract.card.acquirer" label={t("acquirer")} maxLength={20} />
          <TextInput name="contract.card.nsu" label={t("nsu")} inputMode="numeric" maxLength={20} />
          <TextInput
            name="contract.card.instalments"
            label={t("cardInstalments")}
            type="number"
            min={1}
            max={12}
            asNumber
          />
          <TextInput name="contract.card.store" label={t("cardStore")} inputMode="numeric" maxLength={4} />
          <TextInput name="contract.card.bank" label={t("bank")} inputMode="numeric" maxLength={3} />
          <TextInput name="contract.card.agency" label={t("agency")} inputMode="numeric" maxLength={10} />
          <TextInput name="contract.card.account" label={t("account")} maxLength={20} />
        </Fieldset>
      ) : null}
      <InstalmentPreview values={contract} klass={klass} />
    </div>
  );
}
