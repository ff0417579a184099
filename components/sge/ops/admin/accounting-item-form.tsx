"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { accountingItemSchema } from "@/lib/sge/ops/schemas";
import { saveAccountingItemAction } from "@/server/actions/sge-ops";
import { FormError, SavedNote } from "../form-error";
import { SelectField } from "@/components/ui/select-field";
import { useSgeAction } from "../use-sge-action";

type Values = { coligada: 1 | 2 | 3; item: string; branch: string; description: string; active: boolean };

/** ItemContabil: a Protheus accounting item known to SGE (insert, or update by coligada + item). */
export function AccountingItemForm() {
  const t = useTranslations("sgeOps.admin");
  const tc = useTranslations("sgeOps.common");
  const action = useSgeAction(accountingItemSchema, saveAccountingItemAction);
  const [values, setValues] = useState<Values>({ coligada: 3, item: "", branch: "", description: "", active: true });
  const [saved, setSaved] = useState<string | null>(null);
  const set = (key: "item" | "branch" | "description") => (e: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(null);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };
  const err = action.fieldErrors;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await action.submit(values);
    if (result) setSaved(result.message);
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="item-title"
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4"
    >
      <h2 id="item-title" className="text-lg font-semibold text-slate-900">
        {t("itemTitle")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="item-coligada"
          label={tc("coligada")}
          value={values.coligada}
          error={err.coligada}
          onChange={(e) => setValues((v) => ({ ...v, coligada: Number(e.target.value) as 1 | 2 | 3 }))}
        >
          <option value={1}>{tc("coligada1")}</option>
          <option value={2}>{tc("coligada2")}</option>
          <option value={3}>{tc("coligada3")}</option>
        </SelectField>
        <Field
          id="item-code"
          label={t("itemCode")}
          value={values.item}
          maxLength={20}
          error={err.item}
          onChange={set("item")}
        />
        <Field
          id="item-branch"
          label={t("itemBranch")}
          value={values.branch}
          maxLength={12}
          error={err.branch}
          onChange={set("branch")}
        />
        <Field
          id="item-description"
          label={t("description")}
          value={values.description}
          maxLength={120}
          error={err.description}
          onChange={set("description")}
        />
        <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="size-5"
            checked={values.active}
            onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))}
          />
          {t("active")}
        </label>
      </div>
      <FormError text={action.error} />
      <SavedNote text={saved} />
      <Button type="submit" disabled={action.pending}>
        {action.pending ? tc("saving") : t("itemSubmit")}
      </Button>
    </form>
  );
}
