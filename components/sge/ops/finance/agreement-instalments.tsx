"use client";

import { Controller, type FieldArrayWithId, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "use-intl";
import type * as z from "zod/mini";
import { Field } from "@/components/ui/field";
import { MoneyField } from "@/components/ui/money-field";
import type { AgreementInstalment } from "@/lib/sge/ops/agreement-plan";
import type { agreementSchema } from "@/lib/sge/ops/schemas";
import type { Coligada } from "@/lib/sge/ops/types";

/** What the agreement form holds (the rate as typed, `count` only for the form); the schema gets it through `toInput`. */
export type AgreementFormValues = {
  coligada: Coligada;
  xnumpro: string;
  originals: number[];
  liquidationId: string;
  costCentre: string;
  date: string;
  interestType: "rate" | "value";
  interestRate: string;
  interestPerDay: number | undefined;
  discount: number | undefined;
  addition: number | undefined;
  total: number | undefined;
  titleNumber: string;
  count: string;
  instalments: AgreementInstalment[];
};

/** The agreement's new instalments, each due date, forecast and value editable. */
export function AgreementInstalments({
  form,
  fields,
  fieldError,
}: {
  form: UseFormReturn<AgreementFormValues, unknown, z.output<typeof agreementSchema>>;
  fields: FieldArrayWithId<AgreementFormValues, "instalments">[];
  fieldError: (name: string) => string | undefined;
}) {
  const t = useTranslations("sgeOps.finance");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("newInstalments")}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("instalment")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("dueDate")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("forecastDate")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((item, i) => (
            <tr key={item.id} className="align-top">
              <td className="py-2 pr-3">{i + 1}</td>
              <td className="py-2 pr-3">
                <Field
                  id={`agr-i${i}-due`}
                  type="date"
                  label={t("instalmentDue", { n: i + 1 })}
                  className="[&>label]:sr-only"
                  error={fieldError(`instalments.${i}.dueDate`)}
                  {...form.register(`instalments.${i}.dueDate`)}
                />
              </td>
              <td className="py-2 pr-3">
                <Field
                  id={`agr-i${i}-forecast`}
                  type="date"
                  label={t("instalmentForecast", { n: i + 1 })}
                  className="[&>label]:sr-only"
                  error={fieldError(`instalments.${i}.forecastDate`)}
                  {...form.register(`instalments.${i}.forecastDate`)}
                />
              </td>
              <td className="py-2">
                <Controller
                  control={form.control}
                  name={`instalments.${i}.value`}
                  render={({ field }) => (
                    <MoneyField
                      id={`agr-i${i}-value`}
                      label={t("instalmentValue", { n: i + 1 })}
                      className="[&>label]:sr-only"
                      value={field.value ?? null}
                      error={fieldError(`instalments.${i}.value`)}
                      onChange={(v) => field.onChange(v ?? undefined)}
                    />
                  )}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
