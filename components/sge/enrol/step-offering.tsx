"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import type { SgeInstitutionOffer } from "@/lib/types/sge";
import { SelectInput, useFieldError } from "./fields";
import type { EnrolmentValues } from "./values";

/** Step 1: SESI or SENAI, unit, course (applied matrix), class with dates and vacancies, subjects. */
export function StepOffering({ offer }: { offer: SgeInstitutionOffer[] }) {
  const t = useTranslations("sgeEnrol.offering");
  const { money, date } = useFormat();
  const fieldError = useFieldError();
  const { control, setValue } = useFormContext<EnrolmentValues>();
  const [coligada, codFilial, matrix, turma, chosen] = useWatch({
    control,
    name: [
      "offering.coligada",
      "offering.codFilial",
      "offering.idMatrizAplicada",
      "offering.turma",
      "offering.disciplinas",
    ],
  });
  const institution = offer.find((o) => o.coligada === Number(coligada));
  const offerings = institution?.offerings.filter((o) => o.branchCode === codFilial) ?? [];
  const offering = offerings.find((o) => o.matrixId === matrix);
  const klass = offering?.classes.find((c) => c.classId === turma);
  const opts = { shouldDirty: true, shouldValidate: false } as const;

  // Choosing a class fills what follows from it: all its subjects, the course price, its end date.
  function pickClass(value: string) {
    setValue("offering.turma", value, { ...opts, shouldValidate: true });
    const picked = offering?.classes.find((c) => c.classId === value);
    if (!picked || !offering) return;
    setValue(
      "offering.disciplinas",
      picked.subjects.map((s) => s.code),
      opts,
    );
    setValue("contract.total", offering.price, opts);
    setValue("contract.endDate", picked.end, opts);
  }

  return (
    <div className="grid gap-4">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("institution")}</legend>
        <div className="flex gap-2">
          {offer.map((o) => (
            <label
              key={o.coligada}
              className={`flex min-h-11 flex-1 cursor-pointer items-center justify-center gap-2 rounded-lg border px-3 font-semibold ${Number(coligada) === o.coligada ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-800"}`}
            >
              <input
                type="radio"
                name="enrol-coligada"
                className="sr-only"
                value={o.coligada}
                checked={Number(coligada) === o.coligada}
                // Controlled, not registered: RHF reads a native radio as a string and skips setValueAs.
                onChange={() => {
                  setValue("offering.coligada", o.coligada, { ...opts, shouldValidate: true });
                  setValue("offering.codFilial", "", opts);
                  setValue("offering.idMatrizAplicada", "", opts);
                  setValue("offering.turma", "", opts);
                  setValue("offering.disciplinas", [], opts);
                }}
              />
              {o.name}
            </label>
          ))}
        </div>
        <p aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
          {fieldError("offering.coligada")}
        </p>
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectInput
          name="offering.codFilial"
          label={t("branch")}
          placeholder={t("chooseBranch")}
          options={(institution?.branches ?? []).map((b) => [b.code, `${b.name} (${b.city})`] as const)}
          onChange={() => {
            setValue("offering.idMatrizAplicada", "", opts);
            setValue("offering.turma", "", opts);
          }}
        />
        <SelectInput
          name="offering.idMatrizAplicada"
          label={t("course")}
          placeholder={t("chooseCourse")}
          options={offerings.map((o) => [o.matrixId, `${o.courseName} · ${o.period}`] as const)}
          onChange={() => setValue("offering.turma", "", opts)}
        />
      </div>
      {offering ? (
        <p className="text-sm text-slate-700">
          {t("price", { price: money(offering.price), max: offering.maxInstalments })}
        </p>
      ) : null}
      {offering ? (
        <fieldset aria-describedby="enrol-offering-turma-error">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("class")}</legend>
          {offering.classes.length === 0 ? <p className="text-sm text-slate-700">{t("noClasses")}</p> : null}
          <div className="grid gap-2">
            {offering.classes.map((c) => (
              <label
                key={c.classId}
                className={`flex min-h-11 items-start gap-3 rounded-lg border p-3 ${turma === c.classId ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"} ${c.available <= 0 ? "opacity-70" : "cursor-pointer"}`}
              >
                <input
                  type="radio"
                  name="enrol-class"
                  className="mt-1 size-5 accent-brand-600"
                  value={c.classId}
                  checked={turma === c.classId}
                  disabled={c.available <= 0}
                  onChange={() => pickClass(c.classId)}
                />
                <span>
                  <span className="block font-semibold text-slate-900">
                    {c.code}
                    {c.shift ? ` · ${c.shift}` : ""}
                    {c.available <= 0 ? ` · ${t("full")}` : ""}
                  </span>
                  <span className="block text-sm text-slate-700">
                    {t("classLine", {
                      name: c.name,
                      start: date(c.start),
                      end: date(c.end),
                      available: c.available,
                      vacancies: c.vacancies,
                    })}
                  </span>
                </span>
              </label>
            ))}
          </div>
          <p id="enrol-offering-turma-error" aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
            {fieldError("offering.turma")}
          </p>
        </fieldset>
      ) : null}
      {klass ? (
        <fieldset aria-describedby="enrol-subjects-hint enrol-offering-disciplinas-error">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("subjects")}</legend>
          <p id="enrol-subjects-hint" className="mb-1 text-sm text-slate-600">
            {t("subjectsHint")}
          </p>
          {klass.subjects.map((s) => (
            <label key={s.code} className="flex min-h-11 items-center gap-3 text-base text-slate-900">
              <input
                type="checkbox"
                className="size-5 accent-brand-600"
                checked={(chosen ?? []).includes(s.code)}
                onChange={(e) =>
                  setValue(
                    "offering.disciplinas",
                    e.target.checked ? [...(chosen ?? []), s.code] : (chosen ?? []).filter((c) => c !== s.code),
                    { ...opts, shouldValidate: true },
                  )
                }
              />
              {s.name} <span className="text-sm text-slate-600">({t("hours", { hours: s.hours })})</span>
            </label>
          ))}
          <p id="enrol-offering-disciplinas-error" aria-live="polite" className="text-sm font-medium text-red-700">
            {fieldError("offering.disciplinas")}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
}
