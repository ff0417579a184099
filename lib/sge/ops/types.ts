import type { Cents } from "@/lib/money";

/**
 * What the SGE back-office pages show, reshaped from RM's wire answers on the server
 * (`server/services/sge-*.ts`): money in centavos, dates ISO `yyyy-mm-dd`, English names.
 */

/** RM's CODCOLIGADA of one of the alias' configured coligadas (`SGE_CONNECTIONS.<alias>.coligadas`). */
export type Coligada = number;

/** A configured coligada and the name the portal shows for it (SESI, SENAI in the default configuration). */
export type SgeColigada = { code: Coligada; name: string };

/** Where a new form starts: the last configured coligada (SENAI in the default configuration). */
export const newFormColigada = (coligadas: readonly SgeColigada[]): Coligada => coligadas.at(-1)?.code ?? 0;

/**
 * A coligada as the pages name it, "SENAI (3)": `format` is the `sgeOps.common.coligadaName`
 * message; a code the configuration does not list reads as the bare code.
 */
export function coligadaLabel(
  coligadas: readonly SgeColigada[],
  code: number,
  format: (key: "coligadaName", values: SgeColigada) => string,
): string {
  const coligada = coligadas.find((c) => c.code === code);
  return coligada ? format("coligadaName", coligada) : String(code);
}

/** A class a PJ contract may be linked to (catalogue of the coligada). */
export type PjClassOption = {
  coligada: Coligada;
  classCode: string;
  className: string;
  courseName: string;
  periodId: number;
  periodCode: string;
  branch: string;
  startDate: string;
  endDate: string;
};

/** ConsultContract's answer for one contract/proposal. */
export type PjContractStatus = {
  contractNumber: string;
  proposalNumber: string;
  classStart: string | null;
  classEnd: string | null;
  offered: number;
  used: number;
  available: number;
  linkedStudents: number;
  status: string;
  responsible: string;
};

/** A PJ contract the alias registered or consulted through the portal (sge_pj_contracts). */
export type KnownPjContract = {
  /** 0 when the contract was only consulted (ConsultContract does not say its coligada). */
  coligada: number;
  contractNumber: string;
  proposalNumber: string;
  registered: PjRegistered | null;
  consulted: (PjContractStatus & { at: string }) | null;
  updatedBy: string;
  updatedAt: string;
};

export type PjRegistered = {
  branch: string;
  cnpj: string;
  companyName: string;
  value: Cents;
  classCode: string;
  periodId: number;
  offered: number;
  used: number;
};

export type CashAccount = {
  code: string;
  description: string;
  branch: string;
  bank: string | null;
  agency: string | null;
  account: string | null;
  /** Cards and NCC: settles without bank movement (ContaCaixa_SEMMOVIMENTACAO). */
  noMovement: boolean;
};

type FinanceSettlement = {
  id: number;
  date: string | null;
  amount: Cents;
  interest: Cents;
  fine: Cents;
  discount: Cents;
  bank: string | null;
  agency: string | null;
  account: string | null;
  noMovementAccount: string | null;
  byAgreement: boolean;
  cancelled: boolean;
  cancelledOn: string | null;
};

/** FLAN status as RM numbers it. */
export type LaunchStatus = "open" | "settled" | "cancelled";

export type FinanceLaunch = {
  id: number;
  branch: string;
  prefix: string;
  number: string;
  instalment: string;
  type: string;
  salesOrder: string | null;
  nossoNumero: string | null;
  issueDate: string | null;
  dueDate: string | null;
  forecastDate: string | null;
  original: Cents;
  scholarship: Cents;
  settled: Cents;
  /** The plan's late charges as SGE gives them (fine %, interest % a day); null when it does not. */
  lateCharges: { finePercent: number; dailyInterestPercent: number } | null;
  status: LaunchStatus;
  settledByAgreement: boolean;
  agreementId: number | null;
  settlements: FinanceSettlement[];
};

export type FinanceAgreement = {
  id: number;
  liquidationId: string;
  active: boolean;
  date: string | null;
  total: Cents;
  discount: Cents;
  addition: Cents;
  instalments: number;
  originals: number[];
  generated: number[];
  cancelledOn: string | null;
  /** An agreement instalment is paid (normal settlement not cancelled): RM refuses to cancel it. */
  hasPaidInstalment: boolean;
};

type FinanceInstalment = {
  number: number;
  dueDate: string | null;
  value: Cents;
  discount: Cents;
  net: Cents;
  launchId: number | null;
};

export type FinanceContract = {
  coligada: Coligada;
  xnumpro: string;
  contractCode: string;
  branch: string;
  protheusBranch: string;
  ra: string;
  studentName: string;
  responsibleCode: string;
  responsibleName: string;
  responsibleDocument: string | null;
  courseName: string;
  classCode: string;
  status: string;
  enrolmentStatus: string;
  startDate: string | null;
  endDate: string | null;
  total: Cents;
  instalments: FinanceInstalment[];
  launches: FinanceLaunch[];
  agreements: FinanceAgreement[];
};

/** One row of a contract search. */
export type FinanceContractSummary = Pick<
  FinanceContract,
  "coligada" | "xnumpro" | "ra" | "studentName" | "responsibleName" | "courseName" | "status" | "total"
>;

export type FinanceLogEntry = {
  id: string;
  at: string;
  login: string;
  operation: FinanceOperation;
  ok: boolean;
  message: string;
};

/** A contract the finance team worked on lately: where the search page sends them back to. */
export type RecentFinanceContract = { coligada: number; xnumpro: string; at: string };

export const financeOperations = [
  "include_launch",
  "cancel_launch",
  "settle",
  "cancel_settlement",
  "nosso_numero",
  "create_agreement",
  "cancel_agreement",
] as const;
export type FinanceOperation = (typeof financeOperations)[number];

export type CourseOption = { coligada: Coligada; code: string; name: string };

/** A CRM service as SGE has it (ZINTSFSERVICOCRM), with the courses it is attached to. */
export type CrmServiceRow = {
  coligada: number;
  code: string;
  description: string;
  protheusProduct: string;
  accountingItem: string;
  active: boolean;
  courses: string[];
};

/** An accounting item as SGE has it (ZINTPROTHEUSITEMCONTABILPROTHEUS). */
export type AccountingItemRow = {
  coligada: number;
  code: string;
  branch: string;
  description: string;
  active: boolean;
};

/** What the SGE admin page lists: each read on its own, so one failing does not hide the other. */
export type SgeAdminLists = {
  services: CrmServiceRow[] | null;
  items: AccountingItemRow[] | null;
};
