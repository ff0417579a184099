"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button, linkButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatCnpj } from "@brazilian-utils/brazilian-utils";
import type { Coligada, PjClassOption, SgeColigada } from "@/lib/sge/ops/types";
import { savePjContractAction } from "@/server/actions/sge-ops";
import { FormError } from "../form-error";
import { MoneyField } from "@/components/ui/money-field";
import { SelectField } from "@/components/ui/select-field";
import { useSgeForm } from "../use-sge-form";
import { useSgeFormat } from "../use-sge-format";
import { lazySgeSchema } from "../lazy-schema";

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
  coligadas,
  initial,
  editing,
}: {
  classes: PjClassOption[];
  coligadas: SgeColigada[];
  initial: PjFormValues;
  editing: boolean;
}) {
  const t = useTranslations("sgeOps.pj");
  const tc = useTranslations("sgeOps.common");
  const f = useSgeFormat();
  const [saved, setSaved] = useState<string | null>(null);
  const router = useRouter();
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("pjContractFormSchema"),
    savePjContractAction,
    {
      ...initial,
      cnpj: maskCnpj(initial.cnpj),
      value: initial.value ?? undefined,
      offered: initial.offered ?? undefined,
      used: initial.used ?? undefined,
    },
  );
  // RM's confirmation is about what was sent: typing again hides it.
  const field = (name: "branch" | "contractNumber" | "proposalNumber" | "companyName") =>
    form.register(name, { onChange: () => setSaved(null) });
  const count = (name: "offered" | "used") =>
    form.register(name, { setValueAs: (v: string | number) => whole(String(v ?? "")), onChange: () => setSaved(null) });
  const [coligada, classCode, periodId, offered, used] = useWatch({
    control: form.control,
    name: ["coligada", "classCode", "periodId", "offered", "used"],
  });

  const options = classes.filter((c) => c.coligada === coligada);
  const chosen = options.find((c) => c.classCode === classCode && c.periodId === periodId) ?? null;
  const available =
    typeof offered === "number" && typeof used === "number" && Number.isFinite(offered) && Number.isFinite(used)
      ? offered - used
      : null;
  const classError = fieldError("classCode") ?? fieldError("periodId");

  return (
    <form
      onSubmit={(e) =>
        void submit((result) => {
          setSaved(result.message);
          // A new contract, once SGE has it, is that contract's page: "Atualizar contrato PJ", not a
          // blank "Novo contrato PJ" still holding what was just saved.
          if (!editing) {
            const { coligada: c, contractNumber, proposalNumber } = form.getValues();
            const search = new URLSearchParams({
              coligada: String(c),
              contract: contractNumber.trim(),
              proposal: proposalNumber.trim(),
            });
            router.replace(`/sge/pj-contracts/new?${search}`);
          }
        })(e)
      }
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
          error={fieldError("coligada")}
          disabled={editing}
          // An update keeps its coligada (the contract's key); a new one's class list follows it.
          {...(editing
            ? { value: coligada }
            : form.register("coligada", {
                setValueAs: Number,
                onChange: () => {
                  setSaved(null);
                  form.setValue("classCode", "");
                  form.setValue("periodId", 0);
                },
              }))}
        >
          {coligadas.map((c) => (
            <option key={c.code} value={c.code}>
              {tc("coligadaName", c)}
            </option>
          ))}
        </SelectField>
        <Field
          id="pj-branch"
          label={t("branch")}
          hint={t("branchHint")}
          error={fieldError("branch")}
          maxLength={12}
          {...field("branch")}
        />
        <Field
          id="pj-contract"
          label={t("contractNumber")}
          error={fieldError("contractNumber")}
          maxLength={20}
          readOnly={editing}
          {...field("contractNumber")}
        />
        <Field
          id="pj-proposal"
          label={t("proposalNumber")}
          error={fieldError("proposalNumber")}
          maxLength={20}
          readOnly={editing}
          {...field("proposalNumber")}
        />
        <Field
          id="pj-cnpj"
          label={t("cnpj")}
          inputMode="text"
          autoComplete="off"
          placeholder="00.000.000/0000-00"
          error={fieldError("cnpj")}
          {...form.register("cnpj", {
            onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
              setSaved(null);
              form.setValue("cnpj", maskCnpj(e.target.value));
            },
          })}
        />
        <Field
          id="pj-company"
          label={t("companyName")}
          error={fieldError("companyName")}
          maxLength={100}
          {...field("companyName")}
        />
        <Controller
          control={form.control}
          name="value"
          render={({ field: money }) => (
            <MoneyField
              id="pj-value"
              label={t("value")}
              value={money.value ?? null}
              error={fieldError("value")}
              onChange={(v) => {
                setSaved(null);
                // An empty amount is no amount: the schema words it ("Informe um número.").
                money.onChange(v ?? undefined);
              }}
            />
          )}
        />
        <SelectField
          id="pj-class"
          label={t("class")}
          hint={options.length ? t("classHint") : t("noClasses")}
          value={chosen ? `${chosen.periodId}|${chosen.classCode}` : ""}
          error={classError}
          onChange={(e) => {
            const picked = options.find((c) => `${c.periodId}|${c.classCode}` === e.target.value);
            setSaved(null);
            const validate = { shouldValidate: form.formState.isSubmitted };
            form.setValue("classCode", picked?.classCode ?? "", validate);
            form.setValue("periodId", picked?.periodId ?? 0, validate);
            if (!form.getValues("branch") && picked?.branch) form.setValue("branch", picked.branch, validate);
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
          error={fieldError("offered")}
          {...count("offered")}
        />
        <Field id="pj-used" label={t("used")} inputMode="numeric" error={fieldError("used")} {...count("used")} />
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
      <FormError text={error} />
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
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("submit")}
        </Button>
        <Link href="/sge/pj-contracts" className={linkButton.secondary}>
          {tc("back")}
        </Link>
      </div>
    </form>
  );
}
