import "server-only";
import type { z } from "zod";
import type { SgeConnectionConfig } from "@/server/env";
import { ErpError, genericErpError } from "../errors";
import { cleanSgeMessage, sgeFetch } from "./transport";
import { accountingItemSchema, crmServiceSchema } from "./admin-wire";
import { enrolledSchema, enrolmentSchema } from "./enrolment-wire";
import {
  agreementCancelSchema,
  agreementCreatedSchema,
  agreementSchema,
  launchCancelSchema,
  launchIncludedSchema,
  launchIncludeSchema,
  nossoNumeroSchema,
  settleCancelSchema,
  settleSchema,
} from "./finance-wire";
import { responsibleSchema, studentSchema } from "./people-wire";
import { pjConsultSchema, pjContractSchema } from "./pj";
import { okSchema } from "./wire";

/**
 * One function per SGE endpoint (the seed's 14, in its order). Each request is checked against its
 * wire schema before it is sent; a body that does not fit is a bug of the caller and never reaches
 * RM. None of the POSTs is retried. Reads of the catalogue and contracts go through RM's standard
 * SQL query instead (catalogue-consulta.ts, contracts-consulta.ts).
 */
const SF = "TOTVSCustomizacao/IntegracaoSALESFORCE";
const PROTHEUS = "TOTVSCustomizacao/CstIntegracaoProtheus";
const AGREEMENT = "TOTVSCustomizacao/CstIntegracaoProtheusAcordo";
const PJ = "TOTVSCustomizacao/ContratoPJ";

function checked<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
  throw new ErpError("bad_request", null, {
    code: "sge.invalid_request",
    fields,
    detail: parsed.error.message.slice(0, 500),
  });
}

const post = <S extends z.ZodType>(c: SgeConnectionConfig, path: string, body: unknown, schema: S) =>
  sgeFetch(c, path, { method: "POST", body, schema });

/** A success answer's message, cleaned of RM's trailing line breaks. */
const message = (answer: { Message: string }) => cleanSgeMessage(answer.Message);

type CrmService = z.input<typeof crmServiceSchema>;
export async function updateCrmServices(c: SgeConnectionConfig, services: CrmService[]) {
  return message(
    await post(
      c,
      `${SF}/AtualizarServicoCRM`,
      services.map((s) => checked(crmServiceSchema, s)),
      okSchema,
    ),
  );
}

export type Responsible = z.input<typeof responsibleSchema>;
/** Upsert by CPF/CNPJ. */
export async function saveResponsible(c: SgeConnectionConfig, responsible: Responsible) {
  return message(await post(c, `${SF}/GravarResponsavelFinanceiro`, checked(responsibleSchema, responsible), okSchema));
}

export type Student = z.input<typeof studentSchema>;
/**
 * Upsert by CPF. RM says which RA it created or updated only in the message
 * ("Aluno: 205, existente em base, atualizado com Sucesso!"), so the RA is read from it.
 */
export async function saveStudent(
  c: SgeConnectionConfig,
  student: Student,
): Promise<{ ra: string; existed: boolean; message: string }> {
  const answer = await post(c, `${SF}/GravarAluno`, checked(studentSchema, student), okSchema);
  const text = message(answer);
  const ra = /Aluno:\s*([^\s,]+)/i.exec(text)?.[1];
  if (!ra) throw genericErpError("invalid_response", text, null, "sge.ra_missing");
  return { ra, existed: /existente/i.test(text), message: text };
}

export type Enrolment = z.input<typeof enrolmentSchema>;
export async function enrol(c: SgeConnectionConfig, enrolment: Enrolment) {
  const answer = await post(c, `${SF}/RealizarMatricula`, checked(enrolmentSchema, enrolment), enrolledSchema);
  return { ...answer.Matricula, message: message(answer) };
}

type AccountingItem = z.input<typeof accountingItemSchema>;
export async function saveAccountingItems(c: SgeConnectionConfig, items: AccountingItem[]) {
  return message(
    await post(
      c,
      `${PROTHEUS}/ItemContabil`,
      items.map((i) => checked(accountingItemSchema, i)),
      okSchema,
    ),
  );
}

type LaunchInclude = z.input<typeof launchIncludeSchema>;
export async function includeLaunch(c: SgeConnectionConfig, launch: LaunchInclude) {
  const answer = await post(
    c,
    `${PROTHEUS}/InclusaoLancamento`,
    [checked(launchIncludeSchema, launch)],
    launchIncludedSchema,
  );
  return { idLan: answer.IdLan, message: message(answer) };
}

type LaunchCancel = z.input<typeof launchCancelSchema>;
export async function cancelLaunch(c: SgeConnectionConfig, cancel: LaunchCancel) {
  return message(await post(c, `${PROTHEUS}/CancelamentoLancamento`, [checked(launchCancelSchema, cancel)], okSchema));
}

type SettleCancel = z.input<typeof settleCancelSchema>;
export async function cancelSettlement(c: SgeConnectionConfig, cancel: SettleCancel) {
  return message(await post(c, `${PROTHEUS}/CancelamentoBaixa`, [checked(settleCancelSchema, cancel)], okSchema));
}

export type Settle = z.input<typeof settleSchema>;
export async function settleLaunch(c: SgeConnectionConfig, settle: Settle) {
  return message(await post(c, `${PROTHEUS}/BaixaTitulo`, [checked(settleSchema, settle)], okSchema));
}

export type NossoNumero = z.input<typeof nossoNumeroSchema>;
export async function changeNossoNumero(c: SgeConnectionConfig, change: NossoNumero) {
  return message(await post(c, `${PROTHEUS}/AlteracaoNossoNumero`, checked(nossoNumeroSchema, change), okSchema));
}

export type Agreement = z.input<typeof agreementSchema>;
export async function createAgreement(c: SgeConnectionConfig, agreement: Agreement) {
  const answer = await post(c, `${AGREEMENT}/Inclusao`, checked(agreementSchema, agreement), agreementCreatedSchema);
  return { ...answer.Data, message: message(answer) };
}

type AgreementCancel = z.input<typeof agreementCancelSchema>;
export async function cancelAgreement(c: SgeConnectionConfig, cancel: AgreementCancel) {
  return message(await post(c, `${AGREEMENT}/Cancelamento`, checked(agreementCancelSchema, cancel), okSchema));
}

type PjContract = z.input<typeof pjContractSchema>;
export async function setPjContract(c: SgeConnectionConfig, contract: PjContract) {
  return message(await post(c, `${PJ}/SetContract`, checked(pjContractSchema, contract), okSchema));
}

export async function consultPjContract(
  c: SgeConnectionConfig,
  key: { numeroContrato?: string; numProposta?: string },
) {
  return sgeFetch(c, `${PJ}/ConsultContract`, { query: key, schema: pjConsultSchema });
}
