"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { formatDocument } from "@/lib/br-documents";
import { codCfoOf } from "@/lib/sge/cod-cfo";
import { ARTICULATIONS, OCCUPATIONS, SCAE_CODES, SCHOOL_TYPES, STUDENT_CONDITIONS, UFS } from "@/lib/sge/enrolment-options";
import { CheckInput, Fieldset, SelectInput, TextInput } from "./fields";
import type { EnrolmentValues } from "./values";

const ufOptions = UFS.map((uf) => [uf, uf] as const);

function AddressFields({ prefix }: { prefix: "responsible" | "student" }) {
  const t = useTranslations("sgeEnrol.address");
  return (
    <>
      <TextInput name={`${prefix}.cep`} label={t("cep")} inputMode="numeric" autoComplete="postal-code" maxLength={9} />
      <TextInput name={`${prefix}.street`} label={t("street")} autoComplete="address-line1" maxLength={100} />
      <TextInput name={`${prefix}.number`} label={t("number")} inputMode="numeric" maxLength={6} />
      <TextInput name={`${prefix}.complement`} label={t("complement")} maxLength={60} />
      <TextInput name={`${prefix}.district`} label={t("district")} maxLength={80} />
      <TextInput name={`${prefix}.city`} label={t("city")} autoComplete="address-level2" maxLength={60} />
      <SelectInput name={`${prefix}.state`} label={t("state")} options={ufOptions} />
      <TextInput name={`${prefix}.country`} label={t("country")} autoComplete="country-name" maxLength={40} />
    </>
  );
}

/** Step 2: the financial responsible (RM's customer, FCFO), with the CodCFO the seed's rule gives. */
export function StepResponsible() {
  const t = useTranslations("sgeEnrol.responsible");
  const ta = useTranslations("sgeEnrol.address");
  const { control } = useFormContext<EnrolmentValues>();
  const [doc, store] = useWatch({ control, name: ["responsible.cpfCnpj", "responsible.store"] });
  const code = codCfoOf(doc ?? "", store ?? "");
  return (
    <div className="grid gap-4">
      <Fieldset legend={t("section")}>
        {/* Not a numeric keypad: a CNPJ may have letters since July 2026 (12.ABC.345/01DE-35). */}
        <TextInput name="responsible.cpfCnpj" label={t("document")} autoCapitalize="characters" autoCorrect="off" spellCheck={false} maxLength={18} />
        <TextInput name="responsible.store" label={t("store")} hint={t("storeHint")} inputMode="numeric" maxLength={4} />
        <p role="status" className="text-sm font-medium text-slate-800 sm:col-span-2" data-testid="cod-cfo">
          {code ? t("codCfo", { code }) : t("codCfoPending")}
        </p>
        <TextInput name="responsible.name" label={t("name")} autoComplete="name" maxLength={100} className="sm:col-span-2" />
        <TextInput name="responsible.email" label={t("email")} type="email" autoComplete="email" maxLength={100} />
        <TextInput name="responsible.phone" label={t("phone")} type="tel" autoComplete="tel" maxLength={15} />
        <TextInput name="responsible.mobile" label={t("mobile")} type="tel" maxLength={15} />
        <TextInput name="responsible.workPhone" label={t("workPhone")} type="tel" maxLength={15} />
        <TextInput name="responsible.fax" label={t("fax")} type="tel" maxLength={15} />
        <div className="sm:col-span-2">
          <CheckInput name="responsible.global" label={t("global")} />
        </div>
      </Fieldset>
      <Fieldset legend={ta("title")}>
        <AddressFields prefix="responsible" />
      </Fieldset>
    </div>
  );
}

/** Step 3: the student (SALUNO/PPESSOA), possibly the responsible themself, and SENAI's codes. */
export function StepStudent() {
  const t = useTranslations("sgeEnrol.student");
  const ta = useTranslations("sgeEnrol.address");
  const { control, setValue } = useFormContext<EnrolmentValues>();
  const [same, sameAddress, responsible] = useWatch({ control, name: ["student.sameAsResponsible", "student.sameAddress", "responsible"] });

  // "Same person" / "same address" copy the responsible's values, so the review shows what is sent.
  useEffect(() => {
    if (same && responsible) {
      setValue("student.name", responsible.name ?? "");
      setValue("student.cpf", formatDocument(responsible.cpfCnpj ?? ""));
      setValue("student.email", responsible.email ?? "");
    }
    if (sameAddress && responsible) {
      for (const k of ["cep", "street", "number", "complement", "district", "state", "city", "country"] as const) setValue(`student.${k}`, responsible[k] ?? "");
    }
  }, [same, sameAddress, responsible, setValue]);

  const options = <K extends string>(keys: readonly K[], group: "occupations" | "schoolTypes" | "conditions" | "scaeCodes" | "articulations") => keys.map((k) => [k, t(`${group}.${k}` as "occupations.1")] as const);
  return (
    <div className="grid gap-4">
      <Fieldset legend={t("section")}>
        <div className="sm:col-span-2">
          <CheckInput name="student.sameAsResponsible" label={t("same")} />
        </div>
        <TextInput name="student.name" label={t("name")} readOnly={same} maxLength={100} className="sm:col-span-2" />
        <TextInput name="student.cpf" label={t("cpf")} readOnly={same} inputMode="numeric" maxLength={14} />
        <TextInput name="student.birthDate" label={t("birthDate")} type="date" />
        <SelectInput name="student.birthState" label={t("birthState")} options={ufOptions} />
        <TextInput name="student.birthCity" label={t("birthCity")} maxLength={60} />
        <TextInput name="student.motherName" label={t("motherName")} maxLength={100} />
        <TextInput name="student.email" label={t("email")} type="email" readOnly={same} maxLength={100} />
        <TextInput name="student.homePhone" label={t("homePhone")} type="tel" maxLength={15} />
        <TextInput name="student.mobile" label={t("mobile")} type="tel" maxLength={15} />
        <SelectInput name="student.occupation" label={t("occupation")} options={options(OCCUPATIONS, "occupations")} />
        <SelectInput name="student.schoolType" label={t("schoolType")} options={options(SCHOOL_TYPES, "schoolTypes")} />
        <SelectInput name="student.condition" label={t("condition")} options={options(STUDENT_CONDITIONS, "conditions")} />
        <SelectInput name="student.scae" label={t("scae")} options={options(SCAE_CODES, "scaeCodes")} />
        <SelectInput name="student.articulation" label={t("articulation")} options={options(ARTICULATIONS, "articulations")} className="sm:col-span-2" />
      </Fieldset>
      <Fieldset legend={ta("title")}>
        <div className="sm:col-span-2">
          <CheckInput name="student.sameAddress" label={t("sameAddress")} />
        </div>
        {sameAddress ? null : <AddressFields prefix="student" />}
      </Fieldset>
    </div>
  );
}
