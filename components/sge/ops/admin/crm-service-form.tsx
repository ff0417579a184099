"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { newFormColigada, type CourseOption, type SgeColigada } from "@/lib/sge/ops/types";
import { saveCrmServiceAction } from "@/server/actions/sge-ops";
import { FormError, SavedNote } from "../form-error";
import { useSgeForm } from "../use-sge-form";
import { lazySgeSchema } from "../lazy-schema";

type TextName = "code" | "description" | "protheusProduct" | "nature" | "accountingItem" | "accountingAccount";

/** AtualizarServicoCRM: a CRM service (Protheus product, nature, accounting) linked to SGE courses. */
export function CrmServiceForm({ courses, coligadas }: { courses: CourseOption[]; coligadas: SgeColigada[] }) {
  const t = useTranslations("sgeOps.admin");
  const tc = useTranslations("sgeOps.common");
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("crmServiceSchema"),
    saveCrmServiceAction,
    {
      coligada: newFormColigada(coligadas),
      code: "",
      description: "",
      protheusProduct: "",
      nature: "",
      accountingItem: "",
      accountingAccount: "",
      active: true,
      courses: [] as string[],
    },
  );
  const [saved, setSaved] = useState<string | null>(null);
  // RM's confirmation is about what was sent: typing again hides it.
  const text = (name: TextName) => form.register(name, { onChange: () => setSaved(null) });
  const [coligada, chosen = []] = useWatch({ control: form.control, name: ["coligada", "courses"] });
  const offered = courses.filter((c) => c.coligada === coligada);
  // A course list belongs to one coligada: changing it empties the choice.
  const toggle = (code: string, on: boolean) =>
    form.setValue("courses", on ? [...chosen, code] : chosen.filter((x) => x !== code), {
      shouldValidate: form.formState.isSubmitted,
    });

  return (
    <form
      onSubmit={(e) => void submit((result) => setSaved(result.message))(e)}
      noValidate
      aria-labelledby="crm-title"
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4"
    >
      <h2 id="crm-title" className="text-lg font-semibold text-slate-900">
        {t("crmTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("crmIntro")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="crm-coligada"
          label={tc("coligada")}
          error={fieldError("coligada")}
          {...form.register("coligada", { setValueAs: Number, onChange: () => form.setValue("courses", []) })}
        >
          {coligadas.map((c) => (
            <option key={c.code} value={c.code}>
              {tc("coligadaName", c)}
            </option>
          ))}
        </SelectField>
        <Field id="crm-code" label={t("code")} maxLength={20} error={fieldError("code")} {...text("code")} />
        <Field
          id="crm-description"
          label={t("description")}
          maxLength={120}
          error={fieldError("description")}
          {...text("description")}
        />
        <Field
          id="crm-product"
          label={t("protheusProduct")}
          maxLength={15}
          error={fieldError("protheusProduct")}
          {...text("protheusProduct")}
        />
        <Field id="crm-nature" label={t("nature")} maxLength={10} error={fieldError("nature")} {...text("nature")} />
        <Field
          id="crm-item"
          label={t("accountingItem")}
          maxLength={20}
          error={fieldError("accountingItem")}
          {...text("accountingItem")}
        />
        <Field
          id="crm-account"
          label={t("accountingAccount")}
          maxLength={20}
          error={fieldError("accountingAccount")}
          {...text("accountingAccount")}
        />
        <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800 sm:mt-6">
          <input type="checkbox" className="size-5" {...form.register("active")} />
          {t("active")}
        </label>
      </div>
      <fieldset aria-describedby="crm-courses-error">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("courses")}</legend>
        {offered.length === 0 ? <p className="text-sm text-slate-700">{t("noCourses")}</p> : null}
        <ul className="grid gap-1 sm:grid-cols-2">
          {offered.map((c) => (
            <li key={c.code}>
              <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={chosen.includes(c.code)}
                  onChange={(e) => toggle(c.code, e.target.checked)}
                />
                {`${c.code} · ${c.name}`}
              </label>
            </li>
          ))}
        </ul>
        <p id="crm-courses-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {fieldError("courses")}
        </p>
      </fieldset>
      <FormError text={error} />
      <SavedNote text={saved} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("crmSubmit")}
      </Button>
    </form>
  );
}
