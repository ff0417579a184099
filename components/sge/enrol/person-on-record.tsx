"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { RESPONSIBLE_CHANGES, STUDENT_CHANGES } from "@/lib/sge/enrolment-options";
import type { SgeAddressOnRecord, SgeResponsibleOnRecord, SgeStudentOnRecord } from "@/lib/types/sge";
import { CheckInput } from "./fields";
import { OnRecordGroup, useCanChangeBillingEmail } from "./on-record";
import { restoreResponsibleGroup, restoreStudentGroup } from "./on-record-values";
import { AddressFields, ResponsibleInput, StudentInput } from "./person-fields";
import type { EnrolmentValues } from "./values";

/** A person RM already has, group by group: RM's value (masked where personal) and a "change" tick (issue 14 item 12). */

export function addressLine(a: SgeAddressOnRecord): string {
  const street = [a.street, a.number, a.complement].filter(Boolean).join(", ");
  const city = [a.city, a.state].filter(Boolean).join("/");
  return [street, a.district, city, a.cep && `CEP ${a.cep.replace(/^(\d{5})(\d{3})$/, "$1-$2")}`]
    .filter(Boolean)
    .join(" – ");
}

export function ResponsibleOnRecordFields({ record }: { record: SgeResponsibleOnRecord }) {
  const t = useTranslations("sgeEnrol");
  const canChangeEmail = useCanChangeBillingEmail();
  const { setValue } = useFormContext<EnrolmentValues>();
  const label = (g: (typeof RESPONSIBLE_CHANGES)[number]) =>
    g === "address" ? t("address.title") : t(`responsible.${g}`);
  const value = (g: (typeof RESPONSIBLE_CHANGES)[number]) =>
    g === "address" ? addressLine(record.address) : record[g];
  return (
    <>
      {RESPONSIBLE_CHANGES.map((g) => (
        <OnRecordGroup
          key={g}
          kind="responsible"
          group={g}
          label={label(g)}
          value={value(g)}
          // Server-checked too (sge-enrol-people.ts): the billing e-mail of an existing responsible is the finance team's.
          locked={g === "email" && !canChangeEmail}
          lockedHint={t("onRecord.billingEmailFinance")}
          onUntick={() => restoreResponsibleGroup(setValue, record, g)}
        >
          {g === "address" ? <AddressFields prefix="responsible" /> : <ResponsibleInput field={g} />}
        </OnRecordGroup>
      ))}
    </>
  );
}

export function StudentOnRecordFields({ record, same }: { record: SgeStudentOnRecord; same: boolean }) {
  const t = useTranslations("sgeEnrol");
  const format = useFormat();
  const { control, setValue } = useFormContext<EnrolmentValues>();
  const sameAddress = useWatch({ control, name: "student.sameAddress" });
  const label = (g: (typeof STUDENT_CHANGES)[number]) =>
    g === "address" ? t("address.title") : g === "birthPlace" ? t("onRecord.birthPlace") : t(`student.${g}`);
  const value = (g: (typeof STUDENT_CHANGES)[number]): string => {
    switch (g) {
      case "address":
        return addressLine(record.address);
      case "birthDate":
        return format.date(record.birthDate, "");
      case "birthPlace":
        return [record.birthCity, record.birthState].filter(Boolean).join("/");
      case "occupation":
        return record.occupation ? t(`student.occupations.${record.occupation}` as "student.occupations.1") : "";
      case "schoolType":
        return record.schoolType ? t(`student.schoolTypes.${record.schoolType}` as "student.schoolTypes.1") : "";
      default:
        return record[g];
    }
  };
  return (
    <>
      {STUDENT_CHANGES.map((g) => (
        <OnRecordGroup
          key={g}
          kind="student"
          group={g}
          label={label(g)}
          value={value(g)}
          onUntick={() => restoreStudentGroup(setValue, record, g)}
        >
          {g === "address" ? (
            <>
              <div className="sm:col-span-2">
                <CheckInput name="student.sameAddress" label={t("student.sameAddress")} />
              </div>
              {sameAddress ? null : <AddressFields prefix="student" />}
            </>
          ) : (
            <StudentInput field={g} same={same} />
          )}
        </OnRecordGroup>
      ))}
    </>
  );
}
