"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { crmServiceSchema } from "@/lib/sge/ops/schemas";
import type { Coligada, CourseOption } from "@/lib/sge/ops/types";
import { saveCrmServiceAction } from "@/server/actions/sge-ops";
import { FormError, SavedNote } from "../form-error";
import { SelectField } from "@/components/ui/select-field";
import { useSgeAction } from "../use-sge-action";

type Values = {
  coligada: Coligada;
  code: string;
  description: string;
  protheusProduct: string;
  nature: string;
  accountingItem: string;
  accountingAccount: string;
  active: boolean;
  courses: string[];
};

/** AtualizarServicoCRM: a CRM service (Protheus product, nature, accounting) linked to SGE courses. */
export function CrmServiceForm({ courses }: { courses: CourseOption[] }) {
  const t = useTranslations("sgeOps.admin");
  const tc = useTranslations("sgeOps.common");
  const action = useSgeAction(crmServiceSchema, saveCrmServiceAction);
  const [values, setValues] = useState<Values>({
    coligada: 3,
    code: "",
    description: "",
    protheusProduct: "",
    nature: "",
    accountingItem: "",
    accountingAccount: "",
    active: true,
    courses: [],
  });
  const [saved, setSaved] = useState<string | null>(null);
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(null);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };
  const err = action.fieldErrors;
  const offered = courses.filter((c) => c.coligada === values.coligada);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await action.submit(values);
    if (result) setSaved(result.message);
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
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
          value={values.coligada}
          error={err.coligada}
          onChange={(e) => setValues((v) => ({ ...v, coligada: Number(e.target.value) as Coligada, courses: [] }))}
        >
          <option value={2}>{tc("coligada2")}</option>
          <option value={3}>{tc("coligada3")}</option>
        </SelectField>
        <Field
          id="crm-code"
          label={t("code")}
          value={values.code}
          maxLength={20}
          error={err.code}
          onChange={set("code")}
        />
        <Field
          id="crm-description"
          label={t("description")}
          value={values.description}
          maxLength={120}
          error={err.description}
          onChange={set("description")}
        />
        <Field
          id="crm-product"
          label={t("protheusProduct")}
          value={values.protheusProduct}
          maxLength={15}
          error={err.protheusProduct}
          onChange={set("protheusProduct")}
        />
        <Field
          id="crm-nature"
          label={t("nature")}
          value={values.nature}
          maxLength={10}
          error={err.nature}
          onChange={set("nature")}
        />
        <Field
          id="crm-item"
          label={t("accountingItem")}
          value={values.accountingItem}
          maxLength={20}
          error={err.accountingItem}
          onChange={set("accountingItem")}
        />
        <Field
          id="crm-account"
          label={t("accountingAccount")}
          value={values.accountingAccount}
          maxLength={20}
          error={err.accountingAccount}
          onChange={set("accountingAccount")}
        />
        <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800 sm:mt-6">
          <input
            type="checkbox"
            className="size-5"
            checked={values.active}
            onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))}
          />
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
                  checked={values.courses.includes(c.code)}
                  onChange={(e) =>
                    setValues((v) => ({
                      ...v,
                      courses: e.target.checked ? [...v.courses, c.code] : v.courses.filter((x) => x !== c.code),
                    }))
                  }
                />
                {`${c.code} · ${c.name}`}
              </label>
            </li>
          ))}
        </ul>
        <p id="crm-courses-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {err.courses}
        </p>
      </fieldset>
      <FormError text={action.error} />
      <SavedNote text={saved} />
      <Button type="submit" disabled={action.pending}>
        {action.pending ? tc("saving") : t("crmSubmit")}
      </Button>
    </form>
  );
}
