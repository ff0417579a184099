import type { UseFormSetValue } from "react-hook-form";
import {
  ADDRESS_FIELDS,
  OCCUPATIONS,
  SCHOOL_TYPES,
  UFS,
  type ResponsibleChange,
  type StudentChange,
} from "@/lib/sge/enrolment-options";
import type { SgeAddressOnRecord, SgeResponsibleOnRecord, SgeStudentOnRecord } from "@/lib/types/sge";
import type { EnrolmentValues } from "./values";

/**
 * A person on record into the wizard's form and back out (issue 14 item 12). Applying marks the
 * person `onRecord`, puts RM's clear values in the inputs (what the review shows and a change starts
 * from) and leaves the masked ones (e-mail, phones) empty: the browser never has them. Groups RM has
 * empty start "to fill in" (in `changes`): filling a gap overwrites nothing.
 */

type SetValue = UseFormSetValue<EnrolmentValues>;
const isUf = (v: string): v is (typeof UFS)[number] => (UFS as readonly string[]).includes(v);
const isOccupation = (v: string | null): v is (typeof OCCUPATIONS)[number] =>
  v !== null && (OCCUPATIONS as readonly string[]).includes(v);
const isSchoolType = (v: string | null): v is (typeof SCHOOL_TYPES)[number] =>
  v !== null && (SCHOOL_TYPES as readonly string[]).includes(v);

/** The address as RM's writes need it (the same test the server makes before keeping it). */
function addressComplete(a: SgeAddressOnRecord): boolean {
  return (
    /^\d{8}$/.test(a.cep) &&
    Boolean(a.street) &&
    /^\d+$/.test(a.number) &&
    Boolean(a.district) &&
    isUf(a.state) &&
    Boolean(a.city) &&
    Boolean(a.country)
  );
}

function setAddress(setValue: SetValue, prefix: "responsible" | "student", a: SgeAddressOnRecord | null) {
  for (const k of ADDRESS_FIELDS) {
    if (k === "state") setValue(`${prefix}.state`, a && isUf(a.state) ? a.state : "CE");
    else if (k === "country") setValue(`${prefix}.country`, a?.country || "Brasil");
    else setValue(`${prefix}.${k}`, a ? a[k] : "");
  }
}

export function applyResponsibleRecord(setValue: SetValue, r: SgeResponsibleOnRecord) {
  const toFill: ResponsibleChange[] = [];
  if (!r.name) toFill.push("name");
  for (const k of ["email", "phone", "mobile", "workPhone", "fax"] as const) if (!r[k]) toFill.push(k);
  if (!addressComplete(r.address)) toFill.push("address");
  setValue("responsible.onRecord", true);
  setValue("responsible.changes", toFill);
  setValue("responsible.name", r.name);
  for (const k of ["email", "phone", "mobile", "workPhone", "fax"] as const) setValue(`responsible.${k}`, "");
  setValue("responsible.global", r.global);
  setAddress(setValue, "responsible", r.address);
}

/** The document changed away from a person on record: nothing of theirs stays in the form. */
export function clearResponsibleRecord(setValue: SetValue) {
  setValue("responsible.onRecord", false);
  setValue("responsible.changes", []);
  for (const k of ["name", "email", "phone", "mobile", "workPhone", "fax"] as const) setValue(`responsible.${k}`, "");
  setAddress(setValue, "responsible", null);
}

export function applyStudentRecord(setValue: SetValue, s: SgeStudentOnRecord) {
  const toFill: StudentChange[] = [];
  if (!s.name) toFill.push("name");
  if (!s.birthDate) toFill.push("birthDate");
  if (!s.birthCity || !isUf(s.birthState)) toFill.push("birthPlace");
  for (const k of ["motherName", "email", "homePhone", "mobile"] as const) if (!s[k]) toFill.push(k);
  if (!isOccupation(s.occupation)) toFill.push("occupation");
  if (!isSchoolType(s.schoolType)) toFill.push("schoolType");
  if (!addressComplete(s.address)) toFill.push("address");
  setValue("student.onRecord", true);
  setValue("student.changes", toFill);
  setValue("student.name", s.name);
  setValue("student.birthDate", s.birthDate ?? "");
  if (isUf(s.birthState)) setValue("student.birthState", s.birthState);
  setValue("student.birthCity", s.birthCity);
  setValue("student.motherName", s.motherName);
  for (const k of ["email", "homePhone", "mobile"] as const) setValue(`student.${k}`, "");
  if (isOccupation(s.occupation)) setValue("student.occupation", s.occupation);
  if (isSchoolType(s.schoolType)) setValue("student.schoolType", s.schoolType);
  // RM's own address for this person; "same as the responsible" only when the rep changes it.
  setValue("student.sameAddress", false);
  setAddress(setValue, "student", s.address);
}

export function clearStudentRecord(setValue: SetValue) {
  setValue("student.onRecord", false);
  setValue("student.changes", []);
  for (const k of ["name", "birthDate", "birthCity", "motherName", "email", "homePhone", "mobile"] as const)
    setValue(`student.${k}`, "");
  setValue("student.sameAddress", true);
  setAddress(setValue, "student", null);
}

/** Unticking a group: its inputs go back to RM's value (the masked ones to empty). */
export function restoreResponsibleGroup(setValue: SetValue, r: SgeResponsibleOnRecord, group: ResponsibleChange) {
  if (group === "address") setAddress(setValue, "responsible", r.address);
  else if (group === "name") setValue("responsible.name", r.name);
  else setValue(`responsible.${group}`, "");
}

export function restoreStudentGroup(setValue: SetValue, s: SgeStudentOnRecord, group: StudentChange) {
  if (group === "address") {
    setValue("student.sameAddress", false);
    setAddress(setValue, "student", s.address);
  } else if (group === "name") setValue("student.name", s.name);
  else if (group === "birthDate") setValue("student.birthDate", s.birthDate ?? "");
  else if (group === "birthPlace") {
    if (isUf(s.birthState)) setValue("student.birthState", s.birthState);
    setValue("student.birthCity", s.birthCity);
  } else if (group === "motherName") setValue("student.motherName", s.motherName);
  else if (group === "occupation") {
    if (isOccupation(s.occupation)) setValue("student.occupation", s.occupation);
  } else if (group === "schoolType") {
    if (isSchoolType(s.schoolType)) setValue("student.schoolType", s.schoolType);
  } else setValue(`student.${group}`, "");
}
