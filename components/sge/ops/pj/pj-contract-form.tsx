"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatCnpj } from "@brazilian-utils/brazilian-utils";
import { pjContractFormSchema } from "@/lib/sge/ops/schemas";
import type { Coligada, PjClassOption } from "@/lib/sge/ops/types";
import { savePjContractAction } from "@/server/actions/sge-ops";
import { FormError } from "../form-error";
import { MoneyField } from "@/components/ui/money-field";
import { SelectField } from "@/components/ui/select-field";
import { useSgeAction } from "../use-sge-action";
import { useSgeFormat } from "../use-sge-format";

export type PjFormValues = {
  coligada: Coligada;
  branch: string;
  contractNumber: string;
  proposalNumber: string;
  cnpj: string;
  companyName: string;
  value: number | null;
  classCode: string;
  periodId: number;
  offered: number | null;
  used: number | null;
};

/** CNPJ mask as the user types: digits (and, since 2026, letters) grouped 00.000.000/0000-00. */
const maskCnpj = (raw: string) => {
  const plain = raw
    .replace(/[^0-9A-Za-z]/g, "")
    .toUpperCase()
    .slice(0, 14);
  return plain ? formatCnpj(plain, { version: /[A-Z]/.test(plain) ? 2 : 1 }) : "";
};

const whole = (text: string): number | null =>
  text.trim() === "" ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;

/** SetContract form: a PJ contract registered or updated on SGE; its class comes from the coligada's catalogue. */
export function PjContractForm({
  classes,
  initial,
  editing,
}: {
  classes: PjClassOption[];
  initial: PjFormValues;
  editing: boolean;
}) {
  const t = useTranslations("sgeOps.pj");
  const tc = useTranslations("sgeOps.common");
  const f = useSgeFormat();
  const [values, setValues] = useState<PjFormValues>({ ...initial, cnpj: maskCnpj(initial.cnpj) });
  const [saved, setSaved] = useState<string | null>(null);
  const action = useSgeAction(pjContractFormSchema, savePjContractAction);
  const err = action.fieldErrors;
  const set = <K extends keyof PjFormValues>(key: K, value: PjFormValues[K]) => {
    setSaved(null);
    setValues((v) => ({ ...v, [key]: value }));
  };

  const options = classes.filter((c) => c.coligada === values.coligada);
  const chosen = options.find((c) => c.classCode === values.classCode && c.periodId === values.periodId) ?? null;
  const available =
    values.offered !== null && values.used !== null && Number.isFinite(values.offered) && Number.isFinite(values.used)
      ? values.offered - values.used
      : null;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await action.submit(values);
    if (result) setSaved(result.message);
  }

  return (
    <form
      onSubmit={(e) => void save(e)}
      noValidate
      className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4"
      aria-labelledby="pj-form-title"
    >
      <h2 id="pj-form-title" className="text-lg font-semibold text-slate-900">
        {t("formTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="pj-coligada"
          label={tc("coligada")}
          value={values.coligada}
          error={err.coligada}
          disabled={editing}
          onChange={(e) => {
            setSaved(null);
            setValues((v) => ({ ...v, coligada: Number(e.target.value) as Coligada, classCode: "", periodId: 0 }));
          }}
        >
          <option value={2}>{tc("coligada2")}</option>
          <option value={3}>{tc("coligada3")}</option>
        </SelectField>
        <Field
          id="pj-branch"
          label={t("branch")}
          hint={t("branchHint")}
          value={values.branch}
          error={err.branch}
          maxLength={12}
          onChange={(e) => set("branch", e.target.value)}
        />
        <Field
          id="pj-contract"
          label={t("contractNumber")}
          value={values.contractNumber}
          error={err.contractNumber}
          maxLength={20}
          readOnly={editing}
          onChange={(e) => set("contractNumber", e.target.value)}
        />
        <Field
          id="pj-proposal"
          label={t("proposalNumber")}
          value={values.proposalNumber}
          error={err.proposalNumber}
          maxLength={20}
          readOnly={editing}
          onChange={(e) => set("proposalNumber", e.target.value)}
        />
        <Field
          id="pj-cnpj"
          label={t("cnpj")}
          inputMode="text"
          autoComplete="off"
          placeholder="00.000.000/0000-00"
          value={values.cnpj}
          error={err.cnpj}
          onChange={(e) => set("cnpj", maskCnpj(e.target.value))}
        />
        <Field
          id="pj-company"
          label={t("companyName")}
          value={values.companyName}
          error={err.companyName}
          maxLength={100}
          onChange={(e) => set("companyName", e.target.value)}
        />
        <MoneyField
          id="pj-value"
          label={t("value")}
          value={values.value}
          error={err.value}
          onChange={(v) => set("value", v)}
        />
        <SelectField
          id="pj-class"
          label={t("class")}
          hint={options.length ? t("classHint") : t("noClasses")}
          value={chosen ? `${chosen.periodId}|${chosen.classCode}` : ""}
          error={err.classCode ?? err.periodId}
          onChange={(e) => {
            const picked = options.find((c) => `${c.periodId}|${c.classCode}` === e.target.value);
            setSaved(null);
            setValues((v) => ({
              ...v,
              classCode: picked?.classCode ?? "",
              periodId: picked?.periodId ?? 0,
              branch: v.branch || picked?.branch || "",
            }));
          }}
        >
          <option value="">{t("classPlaceholder")}</option>
          {options.map((c) => (
            <option key={`${c.periodId}|${c.classCode}`} value={`${c.periodId}|${c.classCode}`}>
              {t("classOption", {
                code: c.classCode,
                name: c.className,
                period: c.periodCode,
                start: f.date(c.startDate),
                end: f.date(c.endDate),
              })}
            </option>
          ))}
        </SelectField>
        <Field
          id="pj-offered"
          label={t("offered")}
          inputMode="numeric"
          value={values.offered ?? ""}
          error={err.offered}
          onChange={(e) => set("offered", whole(e.target.value))}
        />
        <Field
          id="pj-used"
          label={t("used")}
          inputMode="numeric"
          value={values.used ?? ""}
          error={err.used}
          onChange={(e) => set("used", whole(e.target.value))}
        />
      </div>
      {chosen ? (
        <p className="text-sm text-slate-700" data-testid="pj-class-dates">
          {t("classDates", { start: f.date(chosen.startDate), end: f.date(chosen.endDate) })}
        </p>
      ) : null}
      <p className="text-sm font-medium text-slate-800" data-testid="pj-available-preview">
        {available === null || Number.isNaN(available)
          ? t("availableUnknown")
          : t("availablePreview", { count: available })}
      </p>
      <FormError text={action.error} />
      {saved ? (
        <div
          role="status"
          className="rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium text-emerald-900"
        >
          <p>{t("saved", { message: saved })}</p>
          <Link href="/sge/pj-contracts" className="mt-1 inline-flex min-h-11 items-center underline">
            {t("backToList")}
          </Link>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={action.pending}>
          {action.pending ? tc("saving") : t("submit")}
        </Button>
        <Link
          href="/sge/pj-contracts"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {tc("back")}
        </Link>
      </div>
    </form>
  );
}
