import "server-only";
import { z } from "zod";
import { normalizeDocument } from "@/lib/br-documents";
import { fromSgeDateTime } from "@/lib/dates";
import type { SgeConnectionConfig } from "@/server/env";
import { code, realizaConsulta, text, upperKeys } from "./consulta";

/**
 * The people RM already has, read before GravarResponsavelFinanceiro / GravarAluno (issue 14 item
 * 12): the seed's 14 endpoints write people but never read them, so the read is RM's standard
 * `consultaSQLServer/RealizaConsulta` with two sentences the customer's RM team registers (their
 * SQL: sandbox/docs/sge.md). Wire rows (RM's column names) stay here; `toResponsibleRecord` and
 * `toStudentRecord` give the portal's shapes, unmasked: server-side only.
 */

const addressColumns = {
  CEP: text,
  RUA: text,
  NUMERO: text,
  COMPLEMENTO: text,
  BAIRRO: text,
  CIDADE: text,
  PAIS: text,
};

export const responsibleRowSchema = z.preprocess(
  upperKeys,
  z.object({
    CODCOLIGADA: z.coerce.number().int(),
    CODCFO: z.coerce.string(),
    NOME: text,
    CGCCFO: text,
    EMAIL: text,
    TELEFONE: text,
    CELULAR: text,
    TELCOMERCIAL: text,
    FAX: text,
    CODETD: text,
    ...addressColumns,
  }),
);

export const studentRowSchema = z.preprocess(
  upperKeys,
  z.object({
    CODPESSOA: z.coerce.number().int(),
    NOME: text,
    CPF: text,
    DTNASCIMENTO: z.string().nullish(),
    EMAIL: text,
    ESTADONATAL: text,
    NATURALIDADE: text,
    ESTADO: text,
    TELEFONE1: text,
    TELEFONE2: text,
    TELEFONE3: text,
    FAX: text,
    SITOCUPACIONAL: code,
    TIPOESCOLA: code,
    RA: code,
    NOMEMAE: text,
    ...addressColumns,
  }),
);

export type SgeAddress = {
  cep: string;
  street: string;
  number: string;
  complement: string;
  district: string;
  state: string;
  city: string;
  country: string;
};

/** A financial responsible as FCFO holds it (`coligada` 0 = global, shared by SESI and SENAI). */
export type ResponsibleRecord = {
  codCfo: string;
  coligada: number;
  document: string;
  name: string;
  email: string;
  phone: string;
  mobile: string;
  workPhone: string;
  fax: string;
  address: SgeAddress;
};

/** A person (PPESSOA, global) and, when there is one, their student record (RA) in the coligada. */
export type StudentRecord = {
  personId: number;
  ra: string | null;
  cpf: string;
  name: string;
  birthDate: string | null;
  birthState: string;
  birthCity: string;
  motherName: string;
  email: string;
  homePhone: string;
  mobile: string;
  /** Not in the wizard: sent back to GravarAluno as RM holds them. */
  otherPhone: string;
  fax: string;
  occupation: string | null;
  schoolType: string | null;
  address: SgeAddress;
};

const digits = (v: string) => v.replace(/\D/g, "");

export function toResponsibleRecord(r: z.infer<typeof responsibleRowSchema>): ResponsibleRecord {
  return {
    codCfo: r.CODCFO.trim().padStart(13, "0"),
    coligada: r.CODCOLIGADA,
    document: normalizeDocument(r.CGCCFO),
    name: r.NOME,
    email: r.EMAIL,
    phone: digits(r.TELEFONE),
    mobile: digits(r.CELULAR),
    workPhone: digits(r.TELCOMERCIAL),
    fax: digits(r.FAX),
    address: {
      cep: digits(r.CEP),
      street: r.RUA,
      number: r.NUMERO,
      complement: r.COMPLEMENTO,
      district: r.BAIRRO,
      state: r.CODETD.toUpperCase(),
      city: r.CIDADE,
      country: r.PAIS,
    },
  };
}

export function toStudentRecord(r: z.infer<typeof studentRowSchema>): StudentRecord {
  return {
    personId: r.CODPESSOA,
    ra: r.RA,
    cpf: normalizeDocument(r.CPF),
    name: r.NOME,
    birthDate: fromSgeDateTime(r.DTNASCIMENTO),
    birthState: r.ESTADONATAL.toUpperCase(),
    birthCity: r.NATURALIDADE,
    motherName: r.NOMEMAE,
    email: r.EMAIL,
    homePhone: digits(r.TELEFONE1),
    mobile: digits(r.TELEFONE2),
    otherPhone: digits(r.TELEFONE3),
    fax: digits(r.FAX),
    occupation: r.SITOCUPACIONAL,
    schoolType: r.TIPOESCOLA,
    address: {
      cep: digits(r.CEP),
      street: r.RUA,
      number: r.NUMERO,
      complement: r.COMPLEMENTO,
      district: r.BAIRRO,
      state: r.ESTADO.toUpperCase(),
      city: r.CIDADE,
      country: r.PAIS,
    },
  };
}

/** The FCFO row GravarResponsavelFinanceiro would update for this document in this coligada, or null. */
export async function findResponsible(
  c: SgeConnectionConfig,
  coligada: number,
  cpfCnpj: string,
): Promise<ResponsibleRecord | null> {
  const rows = await realizaConsulta(
    c,
    c.consulta.responsible,
    { CPFCNPJ: normalizeDocument(cpfCnpj), CODCOLIGADA: coligada },
    responsibleRowSchema,
  );
  // The sentence orders the coligada's own row first, as the upsert picks it.
  return rows[0] ? toResponsibleRecord(rows[0]) : null;
}

/** The person GravarAluno would update for this CPF (with their RA in the coligada), or null. */
export async function findStudent(
  c: SgeConnectionConfig,
  coligada: number,
  cpf: string,
): Promise<StudentRecord | null> {
  const rows = await realizaConsulta(
    c,
    c.consulta.student,
    { CPF: normalizeDocument(cpf), CODCOLIGADA: coligada },
    studentRowSchema,
  );
  return rows[0] ? toStudentRecord(rows[0]) : null;
}
