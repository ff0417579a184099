"use client";

import { formatCep } from "@brazilian-utils/brazilian-utils";
import { useTranslations } from "use-intl";
import { OCCUPATIONS, SCHOOL_TYPES, UFS } from "@/lib/sge/enrolment-options";
import { CheckInput, SelectInput, TextInput } from "./fields";

/** The people steps' inputs, grouped as the on-record view ticks them (issue 14 item 12). */

const ufOptions = UFS.map((uf) => [uf, uf] as const);

export function AddressFields({ prefix }: { prefix: "responsible" | "student" }) {
  const t = useTranslations("sgeEnrol.address");
  return (
    <>
      <TextInput
        name={`${prefix}.cep`}
        label={t("cep")}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={9}
        shape={formatCep}
      />
      <TextInput name={`${prefix}.street`} label={t("street")} autoComplete="address-line1" maxLength={100} />
      {/* Not a numeric keypad: "S/N" and "120A" are house numbers too. */}
      <TextInput name={`${prefix}.number`} label={t("number")} autoCapitalize="characters" maxLength={7} />
      <TextInput name={`${prefix}.complement`} label={t("complement")} maxLength={60} />
      <TextInput name={`${prefix}.district`} label={t("district")} maxLength={80} />
      <TextInput name={`${prefix}.city`} label={t("city")} autoComplete="address-level2" maxLength={60} />
      <SelectInput name={`${prefix}.state`} label={t("state")} options={ufOptions} />
      <TextInput name={`${prefix}.country`} label={t("country")} autoComplete="country-name" maxLength={40} />
    </>
  );
}

type ResponsibleContact = "name" | "email" | "phone" | "mobile" | "workPhone" | "fax";

/** One of the responsible's own inputs (not the address). */
export function ResponsibleInput({ field }: { field: ResponsibleContact }) {
  const t = useTranslations("sgeEnrol.responsible");
  switch (field) {
    case "name":
      return (
        <TextInput
          name="responsible.name"
          label={t("name")}
          autoComplete="name"
          maxLength={100}
          className="sm:col-span-2"
        />
      );
    case "email":
      return (
        <TextInput name="responsible.email" label={t("email")} type="email" autoComplete="email" maxLength={100} />
      );
    case "phone":
      return <TextInput name="responsible.phone" label={t("phone")} type="tel" autoComplete="tel" maxLength={15} />;
    default:
      return <TextInput name={`responsible.${field}`} label={t(field)} type="tel" maxLength={15} />;
  }
}

/** A new responsible: every contact field, and whether the record is shared by SESI and SENAI. */
export function ResponsibleContactFields() {
  const t = useTranslations("sgeEnrol.responsible");
  return (
    <>
      {(["name", "email", "phone", "mobile", "workPhone", "fax"] as const).map((f) => (
        <ResponsibleInput key={f} field={f} />
      ))}
      <div className="sm:col-span-2">
        <CheckInput name="responsible.global" label={t("global")} />
      </div>
    </>
  );
}

type StudentField =
  "name" | "birthDate" | "birthPlace" | "motherName" | "email" | "homePhone" | "mobile" | "occupation" | "schoolType";

/** One of the student's person inputs; `same`: the name and e-mail are the responsible's (read-only copies). */
export function StudentInput({ field, same }: { field: StudentField; same: boolean }) {
  const t = useTranslations("sgeEnrol.student");
  const options = <K extends string>(keys: readonly K[], group: "occupations" | "schoolTypes") =>
    keys.map((k) => [k, t(`${group}.${k}` as "occupations.1")] as const);
  switch (field) {
    case "name":
      return (
        <TextInput name="student.name" label={t("name")} readOnly={same} maxLength={100} className="sm:col-span-2" />
      );
    case "birthDate":
      return <TextInput name="student.birthDate" label={t("birthDate")} type="date" />;
    case "birthPlace":
      return (
        <>
          <SelectInput name="student.birthState" label={t("birthState")} options={ufOptions} />
          <TextInput name="student.birthCity" label={t("birthCity")} maxLength={60} />
        </>
      );
    case "motherName":
      return <TextInput name="student.motherName" label={t("motherName")} maxLength={100} />;
    case "email":
      return <TextInput name="student.email" label={t("email")} type="email" readOnly={same} maxLength={100} />;
    case "occupation":
      return (
        <SelectInput name="student.occupation" label={t("occupation")} options={options(OCCUPATIONS, "occupations")} />
      );
    case "schoolType":
      return (
        <SelectInput name="student.schoolType" label={t("schoolType")} options={options(SCHOOL_TYPES, "schoolTypes")} />
      );
    default:
      return <TextInput name={`student.${field}`} label={t(field)} type="tel" maxLength={15} />;
  }
}

/** A new student: every person field. */
export function StudentPersonFields({ same }: { same: boolean }) {
  return (
    <>
      {(
        [
          "name",
          "birthDate",
          "birthPlace",
          "motherName",
          "email",
          "homePhone",
          "mobile",
          "occupation",
          "schoolType",
        ] as const
      ).map((f) => (
        <StudentInput key={f} field={f} same={same} />
      ))}
    </>
  );
}
