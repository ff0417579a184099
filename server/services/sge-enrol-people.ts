import "server-only";
import { createHash } from "node:crypto";
import { normalizeDocument } from "@/lib/br-documents";
import { maskDocument, maskEmail, maskPhone } from "@/lib/mask";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import type { SgePeopleOnRecord, SgeResponsibleOnRecord, SgeStudentOnRecord } from "@/lib/types/sge";
import type { Viewer } from "@/server/auth/viewer";
import type { SgeConnectionConfig } from "@/server/env";
import { genericErpError } from "@/server/erp/errors";
import type { Responsible, Student } from "@/server/erp/sge/client";
import { configuredColigada, requireSgeConnection } from "@/server/erp/sge/connection";
import { findResponsible, findStudent, type ResponsibleRecord, type StudentRecord } from "@/server/erp/sge/people";
import { log } from "@/server/log";
import {
  mergeOnRecord,
  RESPONSIBLE_GROUPS,
  responsibleAsWire,
  STUDENT_GROUPS,
  STUDENT_KEPT,
  studentAsWire,
} from "./sge-enrol-merge";
import type { PersonAudit } from "./sge-person-audit";
import type { EnrolmentRequests, Payer } from "@/server/erp/sge/enrolment-requests";

/**
 * Existing people are not silently overwritten (issue 14 item 12). Before GravarResponsavelFinanceiro
 * and GravarAluno the person is looked up by CPF/CNPJ; when RM has them, the rep is shown the
 * record (e-mail and phones masked) and only what they confirm changing is sent. Changing an existing
 * responsible's billing e-mail is the finance team's. Every write to an existing person is audited
 * (sge-person-audit.ts).
 */

function enrolViewer(viewer: Viewer): SgeConnectionConfig {
  if (!viewer.sge?.enrol) throw genericErpError("forbidden", "viewer may not enrol", null, "sge.enrol_forbidden");
  return requireSgeConnection(viewer.alias);
}

function responsibleOnRecord(r: ResponsibleRecord): SgeResponsibleOnRecord {
  return {
    codCfo: r.codCfo,
    global: r.coligada === 0,
    name: r.name,
    email: maskEmail(r.email),
    phone: maskPhone(r.phone),
    mobile: maskPhone(r.mobile),
    workPhone: maskPhone(r.workPhone),
    fax: maskPhone(r.fax),
    address: r.address,
  };
}

function studentOnRecord(s: StudentRecord): SgeStudentOnRecord {
  return {
    ra: s.ra,
    name: s.name,
    birthDate: s.birthDate,
    birthState: s.birthState,
    birthCity: s.birthCity,
    motherName: s.motherName,
    email: maskEmail(s.email),
    homePhone: maskPhone(s.homePhone),
    mobile: maskPhone(s.mobile),
    occupation: s.occupation,
    schoolType: s.schoolType,
    address: s.address,
  };
}

/**
 * What RM holds for the wizard's CPF/CNPJ: the financial responsible (FCFO, global or the
 * coligada's) and the student (PPESSOA, with their RA in the coligada). Masked: nothing personal in
 * clear leaves the server, whoever asks.
 */
export async function lookupPeople(
  viewer: Viewer,
  query: { coligada: number; responsible?: string; student?: string },
): Promise<SgePeopleOnRecord> {
  const connection = enrolViewer(viewer);
  // Only the configured coligadas are looked in; another one holds nobody the wizard may enrol.
  if (!configuredColigada(connection, query.coligada)) return { responsible: null, student: null };
  const [responsible, student] = await Promise.all([
    query.responsible ? findResponsible(connection, query.coligada, query.responsible) : null,
    query.student ? findStudent(connection, query.coligada, query.student) : null,
  ]);
  log.info("sge.people_lookup", {
    alias: viewer.alias,
    login: viewer.login,
    coligada: query.coligada,
    responsibleFound: Boolean(responsible),
    studentFound: Boolean(student),
  });
  return { responsible: responsible && responsibleOnRecord(responsible), student: student && studentOnRecord(student) };
}

// ---- the plan of a submission ---------------------------------------------------------------

/**
 * `write` null: RM's record stays as it is (nothing to change), no call. `isNew`: RM had no such
 * person, so the write creates them and `createdKey` marks them as this enrolment's own.
 */
type ResponsiblePlan = {
  write: Responsible | null;
  payer: Payer;
  audit: PersonAudit | null;
  isNew: boolean;
  createdKey: string;
};
/** `ra`: RM's RA of an existing student when no write is needed. */
type StudentPlan = {
  write: Student | null;
  ra: string | null;
  audit: PersonAudit | null;
  isNew: boolean;
  createdKey: string;
};
type PeoplePlan = { responsible: ResponsiblePlan; student: StudentPlan } | { fields: Record<string, string> };

const keyOf = (...parts: (string | number)[]) =>
  createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 16);

/** The key a step record keeps when this enrolment created the person (RM had none before it). */
const responsibleKey = (form: EnrolmentForm) => keyOf("responsible", normalizeDocument(form.responsible.cpfCnpj));
const studentKey = (form: EnrolmentForm) =>
  keyOf(
    "student",
    form.offering.coligada,
    normalizeDocument(form.student.sameAsResponsible ? form.responsible.cpfCnpj : form.student.cpf),
  );

const RESPONSIBLE_FIELD: Record<string, string> = {
  name: "name",
  email: "email",
  phone: "phone",
  mobile: "mobile",
  address: "cep",
};
const STUDENT_FIELD: Record<string, string> = { name: "name", birthDate: "birthDate", birthPlace: "birthCity" };

/**
 * How the submission writes the two people, decided on what RM holds now (never on what the browser
 * says it saw). New person → the form's body. Existing → RM's record with the confirmed changes; no
 * call when nothing changes. A person this same enrolment created in an earlier attempt is the rep's
 * own work: all of the form counts as confirmed. Refusals come back as field codes, before any write.
 */
export async function planPeople(
  viewer: Viewer,
  form: EnrolmentForm,
  requests: EnrolmentRequests,
  created: ReadonlySet<string>,
): Promise<PeoplePlan> {
  const connection = enrolViewer(viewer);
  const { coligada } = form.offering;
  const studentCpf = requests.student().Cpf;
  const [responsible, student] = await Promise.all([
    findResponsible(connection, coligada, form.responsible.cpfCnpj),
    findStudent(connection, coligada, studentCpf),
  ]);
  const fields: Record<string, string> = {};
  const rKey = responsibleKey(form);
  const sKey = studentKey(form);

  let responsiblePlan: ResponsiblePlan = {
    write: requests.responsible,
    payer: requests.payer,
    audit: null,
    isNew: true,
    createdKey: rKey,
  };
  if (!responsible) {
    // A new person whatever the browser believed (`onRecord` is its hint, not a fact): RM needs all of it.
    if (!requests.responsible.Email) fields["responsible.email"] = "required";
    if (!requests.responsible.Telefone) fields["responsible.phone"] = "required";
    if (!requests.responsible.Celular) fields["responsible.mobile"] = "required";
  } else {
    const own = created.has(rKey);
    const ticked = new Set<string>(form.responsible.changes ?? []);
    if (!own && !form.responsible.onRecord) fields["responsible.cpfCnpj"] = "on_record";
    const merged = mergeOnRecord(
      RESPONSIBLE_GROUPS,
      { ...requests.responsible, CodCFO: responsible.codCfo },
      responsibleAsWire(responsible),
      (g) => own || ticked.has(g),
    );
    for (const g of merged.missing)
      // Missing is "required", whatever the field (issue 16 item 14: empty is not "invalid e-mail").
      fields[`responsible.${RESPONSIBLE_FIELD[g] ?? g}`] ??= "required";
    // The billing e-mail decides where boletos and collection notices go: the finance team's to change.
    // Filling one RM does not have overwrites nothing, and is the rep's to do.
    if (merged.changed.includes("email") && responsible.email && !own && !viewer.sge?.finance)
      fields["responsible.email"] = "billing_email_finance";
    const name = merged.changed.includes("name")
      ? requests.responsible.Nome
      : responsible.name || requests.responsible.Nome;
    responsiblePlan = {
      write: merged.changed.length > 0 ? merged.body : null,
      payer: { codCfo: responsible.codCfo, codColCfo: responsible.coligada, name },
      audit:
        merged.changed.length > 0
          ? {
              kind: "responsible",
              coligada,
              personKey: responsible.codCfo,
              document: maskDocument(responsible.document),
              fields: merged.changed,
              before: merged.before,
              after: merged.after,
            }
          : null,
      isNew: false,
      createdKey: rKey,
    };
  }

  let studentPlan: StudentPlan = { write: requests.student(), ra: null, audit: null, isNew: true, createdKey: sKey };
  if (student) {
    const own = created.has(sKey);
    const ticked = new Set<string>(form.student.changes ?? []);
    if (!own && !form.student.onRecord) fields["student.cpf"] = "on_record";
    const merged = mergeOnRecord(
      STUDENT_GROUPS,
      requests.student(),
      studentAsWire(student),
      (g) => own || ticked.has(g),
      STUDENT_KEPT,
    );
    for (const g of merged.missing) fields[`student.${STUDENT_FIELD[g] ?? g}`] ??= "required";
    // No student of this person in the coligada yet: GravarAluno is what creates one (the person's data as RM has it, plus the confirmed changes).
    const write = merged.changed.length > 0 || !student.ra;
    studentPlan = {
      write: write ? merged.body : null,
      ra: student.ra,
      audit: write
        ? {
            kind: "student",
            coligada,
            personKey: student.ra ?? `pessoa:${student.personId}`,
            document: maskDocument(student.cpf),
            fields: merged.changed,
            before: merged.before,
            after: merged.after,
          }
        : null,
      isNew: false,
      createdKey: sKey,
    };
  }
  return Object.keys(fields).length > 0 ? { fields } : { responsible: responsiblePlan, student: studentPlan };
}
