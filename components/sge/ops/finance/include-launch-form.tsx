"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { CashAccount, Coligada } from "@/lib/sge/ops/types";
import { includeLaunchAction } from "@/server/actions/sge-ops";
import { useFeedback } from "../feedback";
import { FormError } from "../form-error";
import { SelectField } from "@/components/ui/select-field";
import { useSgeForm } from "../use-sge-form";
import { lazySgeSchema } from "../lazy-schema";

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
  const blank = {
    ...contract,
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
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("includeLaunchSchema"),
    includeLaunchAction,
    blank,
  );
  const bankAccounts = accounts.filter((a) => !a.noMovement);
  // Once RM has the launch the form starts over (a second launch is another title).
  const include = submit((result) => {
    form.reset(blank);
    notify({ tone: "ok", text: t("done.launchIncluded"), detail: result.message });
    router.refresh();
  });

  return (
    <details className="rounded-2xl border border-slate-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer content-center text-lg font-semibold text-slate-900">
        {t("includeTitle")}
      </summary>
      <form onSubmit={(e) => void include(e)} noValidate className="mt-3 space-y-3" aria-label={t("includeTitle")}>
        <p className="text-sm text-slate-700">{t("includeIntro")}</p>
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <Field
            id="inc-branch"
            label={t("titleBranch")}
            maxLength={10}
            error={fieldError("branch")}
            {...form.register("branch")}
          />
          <Field
            id="inc-prefix"
            label={t("titlePrefix")}
            maxLength={3}
            error={fieldError("prefix")}
            {...form.register("prefix")}
          />
          <Field
            id="inc-number"
            label={t("titleNumber")}
            maxLength={9}
            error={fieldError("number")}
            {...form.register("number")}
          />
          <Field
            id="inc-instalment"
            label={t("titleInstalment")}
            maxLength={3}
            error={fieldError("instalment")}
            {...form.register("instalment")}
          />
          <Field
            id="inc-type"
            label={t("titleType")}
            maxLength={3}
            error={fieldError("type")}
            {...form.register("type")}
          />
          <Field
            id="inc-order"
            label={t("salesOrder")}
            maxLength={20}
            error={fieldError("salesOrder")}
            {...form.register("salesOrder")}
          />
          <Field
            id="inc-nosso"
            label={t("nossoNumeroOptional")}
            maxLength={30}
            error={fieldError("nossoNumero")}
            {...form.register("nossoNumero")}
          />
          <Field
            id="inc-issue"
            type="date"
            label={t("issueDate")}
            error={fieldError("issueDate")}
            {...form.register("issueDate")}
          />
          <Field
            id="inc-due"
            type="date"
            label={t("dueDate")}
            error={fieldError("dueDate")}
            {...form.register("dueDate")}
          />
          <Field
            id="inc-forecast"
            type="date"
            label={t("forecastDateOptional")}
            error={fieldError("forecastDate")}
            {...form.register("forecastDate")}
          />
        </div>
        <SelectField
          id="inc-account"
          label={t("cashAccountOptional")}
          error={fieldError("cashAccount")}
          {...form.register("cashAccount")}
        >
          <option value="">{t("noCashAccount")}</option>
          {bankAccounts.map((a) => (
            <option key={a.code} value={a.code}>
              {`${a.code} · ${a.description} · ${t("bankShort", { bank: a.bank ?? "", agency: a.agency ?? "", account: a.account ?? "" })}`}
            </option>
          ))}
        </SelectField>
        <FormError text={error} />
        <Button type="submit" disabled={pending}>
          {pending ? tc("sending") : t("includeSubmit")}
        </Button>
      </form>
    </details>
  );
}
