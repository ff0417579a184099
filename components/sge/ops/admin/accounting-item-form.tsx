"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { newFormColigada, type SgeColigada } from "@/lib/sge/ops/types";
import { saveAccountingItemAction } from "@/server/actions/sge-ops";
import { FormError, SavedNote } from "../form-error";
import { useSgeForm } from "../use-sge-form";
import { lazySgeSchema } from "../lazy-schema";

/** ItemContabil: a Protheus accounting item known to SGE (insert, or update by coligada + item). */
export function AccountingItemForm({ coligadas }: { coligadas: SgeColigada[] }) {
  const t = useTranslations("sgeOps.admin");
  const tc = useTranslations("sgeOps.common");
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("accountingItemSchema"),
    saveAccountingItemAction,
    {
      coligada: newFormColigada(coligadas),
      item: "",
      branch: "",
      description: "",
      active: true,
    },
  );
  const [saved, setSaved] = useState<string | null>(null);
  // RM's confirmation is about what was sent: typing again hides it.
  const text = (name: "item" | "branch" | "description") => form.register(name, { onChange: () => setSaved(null) });

  return (
    <form
      onSubmit={(e) => void submit((result) => setSaved(result.message))(e)}
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
          error={fieldError("coligada")}
          {...form.register("coligada", { setValueAs: Number })}
        >
          {coligadas.map((c) => (
            <option key={c.code} value={c.code}>
              {tc("coligadaName", c)}
            </option>
          ))}
        </SelectField>
        <Field id="item-code" label={t("itemCode")} maxLength={20} error={fieldError("item")} {...text("item")} />
        <Field
          id="item-branch"
          label={t("itemBranch")}
          maxLength={12}
          error={fieldError("branch")}
          {...text("branch")}
        />
        <Field
          id="item-description"
          label={t("description")}
          maxLength={120}
          error={fieldError("description")}
          {...text("description")}
        />
        <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" className="size-5" {...form.register("active")} />
          {t("active")}
        </label>
      </div>
      <FormError text={error} />
      <SavedNote text={saved} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("itemSubmit")}
      </Button>
    </form>
  );
}
