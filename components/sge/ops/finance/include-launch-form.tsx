"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { includeLaunchSchema } from "@/lib/sge/ops/schemas";
import type { CashAccount, Coligada } from "@/lib/sge/ops/types";
import { includeLaunchAction } from "@/server/actions/sge-ops";
import { useFeedback } from "../feedback";
import { FormError } from "../form-error";
import { SelectField } from "@/components/ui/select-field";
import { useSgeAction } from "../use-sge-action";

type Values = {
  branch: string;
  prefix: string;
  number: string;
  instalment: string;
  type: string;
  salesOrder: string;
  nossoNumero: string;
  issueDate: string;
  dueDate: string;
  forecastDate: string;
  cashAccount: string;
};

/** InclusaoLancamento: a launch for the Protheus title of a manager sales order, on this contract. */
export function IncludeLaunchForm({
  contract,
  protheusBranch,
  accounts,
  today,
}: {
  contract: { coligada: Coligada; xnumpro: string };
  protheusBranch: string;
  accounts: CashAccount[];
  today: string;
}) {
  const t = useTranslations("sgeOps.finance");
  const tc = useTranslations("sgeOps.common");
  const router = useRouter();
  const notify = useFeedback();
  const action = useSgeAction(includeLaunchSchema, includeLaunchAction);
  const blank: Values = {
    branch: protheusBranch,
    prefix: "",
    number: "",
    instalment: "",
    type: "",
    salesOrder: "",
    nossoNumero: "",
    issueDate: today,
    dueDate: "",
    forecastDate: "",
    cashAccount: "",
  };
  const [values, setValues] = useState<Values>(blank);
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const err = action.fieldErrors;
  const bankAccounts = accounts.filter((a) => !a.noMovement);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await action.submit({ ...contract, ...values });
    if (result) {
      setValues(blank);
      notify({ tone: "ok", text: result.message });
      router.refresh();
    }
  }

  return (
    <details className="rounded-2xl border border-slate-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer content-center text-lg font-semibold text-slate-900">
        {t("includeTitle")}
      </summary>
      <form onSubmit={(e) => void submit(e)} noValidate className="mt-3 space-y-3" aria-label={t("includeTitle")}>
        <p className="text-sm text-slate-700">{t("includeIntro")}</p>
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <Field
            id="inc-branch"
            label={t("titleBranch")}
            value={values.branch}
            maxLength={10}
            error={err.branch}
            onChange={set("branch")}
          />
          <Field
            id="inc-prefix"
            label={t("titlePrefix")}
            value={values.prefix}
            maxLength={3}
            error={err.prefix}
            onChange={set("prefix")}
          />
          <Field
            id="inc-number"
            label={t("titleNumber")}
            value={values.number}
            maxLength={9}
            error={err.number}
            onChange={set("number")}
          />
          <Field
            id="inc-instalment"
            label={t("titleInstalment")}
            value={values.instalment}
            maxLength={3}
            error={err.instalment}
            onChange={set("instalment")}
          />
          <Field
            id="inc-type"
            label={t("titleType")}
            value={values.type}
            maxLength={3}
            error={err.type}
            onChange={set("type")}
          />
          <Field
            id="inc-order"
            label={t("salesOrder")}
            value={values.salesOrder}
            maxLength={20}
            error={err.salesOrder}
            onChange={set("salesOrder")}
          />
          <Field
            id="inc-nosso"
            label={t("nossoNumeroOptional")}
            value={values.nossoNumero}
            maxLength={30}
            error={err.nossoNumero}
            onChange={set("nossoNumero")}
          />
          <Field
            id="inc-issue"
            type="date"
            label={t("issueDate")}
            value={values.issueDate}
            error={err.issueDate}
            onChange={set("issueDate")}
          />
          <Field
            id="inc-due"
            type="date"
            label={t("dueDate")}
            value={values.dueDate}
            error={err.dueDate}
            onChange={set("dueDate")}
          />
          <Field
            id="inc-forecast"
            type="date"
            label={t("forecastDateOptional")}
            value={values.forecastDate}
            error={err.forecastDate}
            onChange={set("forecastDate")}
          />
        </div>
        <SelectField
          id="inc-account"
          label={t("cashAccountOptional")}
          value={values.cashAccount}
          error={err.cashAccount}
          onChange={set("cashAccount")}
        >
          <option value="">{t("noCashAccount")}</option>
          {bankAccounts.map((a) => (
            <option key={a.code} value={a.code}>
              {`${a.code} · ${a.description} · ${t("bankShort", { bank: a.bank ?? "", agency: a.agency ?? "", account: a.account ?? "" })}`}
            </option>
          ))}
        </SelectField>
        <FormError text={action.error} />
        <Button type="submit" disabled={action.pending}>
          {action.pending ? tc("sending") : t("includeSubmit")}
        </Button>
      </form>
    </details>
  );
}
