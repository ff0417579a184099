"use client";

import { useCallback, useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { formatDocument } from "@/lib/br-documents";
import { codCfoOf } from "@/lib/sge/cod-cfo";
import { ADDRESS_FIELDS, ARTICULATIONS, SCAE_CODES, STUDENT_CONDITIONS } from "@/lib/sge/enrolment-options";
import type { SgeResponsibleOnRecord, SgeStudentOnRecord } from "@/lib/types/sge";
import { CheckInput, Fieldset, SelectInput, TextInput } from "./fields";
import { LookupStatus, usePersonLookup, useRecordSync } from "./on-record";
import {
  applyResponsibleRecord,
  applyStudentRecord,
  clearResponsibleRecord,
  clearStudentRecord,
} from "./on-record-values";
import { AddressFields, ResponsibleContactFields, StudentPersonFields } from "./person-fields";
import { ResponsibleOnRecordFields, StudentOnRecordFields } from "./person-on-record";
import type { EnrolmentValues } from "./values";

/**
 * Step 2: the financial responsible (RM's customer, FCFO). The CPF/CNPJ is looked up in RM as soon
 * as it is valid: a new person is typed in full, with the CodCFO the seed's rule gives; a person RM
 * has is shown as RM holds them and only the ticked fields are changed (issue 14 item 12).
 */
export function StepResponsible() {
  const t = useTranslations("sgeEnrol.responsible");
  const ta = useTranslations("sgeEnrol.address");
  const to = useTranslations("sgeEnrol.onRecord");
  const { control, setValue } = useFormContext<EnrolmentValues>();
  const [doc, store, coligada, onRecord] = useWatch({
    control,
    name: ["responsible.cpfCnpj", "responsible.store", "offering.coligada", "responsible.onRecord"],
  });
  const { key, lookup, retry } = usePersonLookup("responsible", Number(coligada), doc ?? "");
  const apply = useCallback((r: SgeResponsibleOnRecord) => applyResponsibleRecord(setValue, r), [setValue]);
  const clear = useCallback(() => clearResponsibleRecord(setValue), [setValue]);
  useRecordSync("responsible", key, lookup, apply, clear);
  const record = onRecord && lookup?.status === "done" ? lookup.record : null;
  const code = codCfoOf(doc ?? "", store ?? "");
  return (
    <div className="grid gap-4">
      <Fieldset legend={t("section")}>
        {/* Not a numeric keypad: a CNPJ may have letters since July 2026 (12.ABC.345/01DE-35). */}
        <TextInput
          name="responsible.cpfCnpj"
          label={t("document")}
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={18}
        />
        {record ? null : (
          <TextInput
            name="responsible.store"
            label={t("store")}
            hint={t("storeHint")}
            inputMode="numeric"
            maxLength={4}
          />
        )}
        {record ? null : (
          <p role="status" className="text-sm font-medium text-slate-800 sm:col-span-2" data-testid="cod-cfo">
            {code ? t("codCfo", { code }) : t("codCfoPending")}
          </p>
        )}
        <LookupStatus
          lookup={lookup}
          retry={retry}
          found={
            lookup?.status === "done" && lookup.record
              ? to("responsibleFound", { code: lookup.record.codCfo, global: String(lookup.record.global) })
              : ""
          }
        />
        {record ? <ResponsibleOnRecordFields record={record} /> : <ResponsibleContactFields />}
      </Fieldset>
      {record ? null : (
        <Fieldset legend={ta("title")}>
          <AddressFields prefix="responsible" />
        </Fieldset>
      )}
    </div>
  );
}

/** Step 3: the student (SALUNO/PPESSOA), possibly the responsible themself, looked up by CPF like the responsible; and SENAI's codes. */
export function StepStudent() {
  const t = useTranslations("sgeEnrol.student");
  const ta = useTranslations("sgeEnrol.address");
  const to = useTranslations("sgeEnrol.onRecord");
  const { control, setValue } = useFormContext<EnrolmentValues>();
  const [same, sameAddress, responsible, cpf, coligada, onRecord] = useWatch({
    control,
    name: [
      "student.sameAsResponsible",
      "student.sameAddress",
      "responsible",
      "student.cpf",
      "offering.coligada",
      "student.onRecord",
    ],
  });
  const { key, lookup, retry } = usePersonLookup("student", Number(coligada), cpf ?? "");
  const apply = useCallback((s: SgeStudentOnRecord) => applyStudentRecord(setValue, s), [setValue]);
  const clear = useCallback(() => clearStudentRecord(setValue), [setValue]);
  useRecordSync("student", key, lookup, apply, clear);
  const record = onRecord && lookup?.status === "done" ? lookup.record : null;

  // "Same person" / "same address" copy the responsible's values, so the review shows what is sent.
  useEffect(() => {
    if (same && responsible) {
      setValue("student.name", responsible.name ?? "");
      setValue("student.cpf", formatDocument(responsible.cpfCnpj ?? ""));
      setValue("student.email", responsible.email ?? "");
    }
    if (sameAddress && responsible) {
      for (const k of ADDRESS_FIELDS) setValue(`student.${k}`, responsible[k] ?? "");
    }
  }, [same, sameAddress, responsible, setValue]);

  const options = <K extends string>(keys: readonly K[], group: "conditions" | "scaeCodes" | "articulations") =>
    keys.map((k) => [k, t(`${group}.${k}` as "conditions.0")] as const);
  return (
    <div className="grid gap-4">
      <Fieldset legend={t("section")}>
        <div className="sm:col-span-2">
          <CheckInput name="student.sameAsResponsible" label={t("same")} />
        </div>
        <TextInput name="student.cpf" label={t("cpf")} readOnly={same} inputMode="numeric" maxLength={14} />
        <LookupStatus
          lookup={lookup}
          retry={retry}
          found={
            lookup?.status === "done" && lookup.record ? to("studentFound", { ra: lookup.record.ra ?? "none" }) : ""
          }
        />
        {record ? (
          <StudentOnRecordFields record={record} same={Boolean(same)} />
        ) : (
          <StudentPersonFields same={Boolean(same)} />
        )}
        <SelectInput
          name="student.condition"
          label={t("condition")}
          options={options(STUDENT_CONDITIONS, "conditions")}
        />
        <SelectInput name="student.scae" label={t("scae")} options={options(SCAE_CODES, "scaeCodes")} />
        <SelectInput
          name="student.articulation"
          label={t("articulation")}
          options={options(ARTICULATIONS, "articulations")}
          className="sm:col-span-2"
        />
      </Fieldset>
      {record ? null : (
        <Fieldset legend={ta("title")}>
          <div className="sm:col-span-2">
            <CheckInput name="student.sameAddress" label={t("sameAddress")} />
          </div>
          {sameAddress ? null : <AddressFields prefix="student" />}
        </Fieldset>
      )}
    </div>
  );
}
