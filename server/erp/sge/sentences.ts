import "server-only";
import type { SgeConnectionConfig } from "@/server/env";
import { branchRowSchema, cashAccountRowSchema, offerRowSchema, subjectRowSchema } from "./catalogue-consulta";
import { accountingItemRowSchema, crmServiceRowSchema } from "./consulta";
import {
  agreementRowSchema,
  contractRowSchema,
  instalmentRowSchema,
  launchRowSchema,
  settlementRowSchema,
} from "./contracts-rows";
import { responsibleRowSchema, studentRowSchema } from "./people";

/**
 * Every RealizaConsulta sentence the portal reads, by its `SGE_CONNECTIONS.<alias>.consulta`
 * setting, with the columns the portal reads from its rows (RM's names, upper case): taken from
 * the row schemas themselves, so a check of a customer's sentence (/admin/diagnostics) and the
 * reads never disagree. SQL and parameters: sandbox/docs/sge.md, "RealizaConsulta".
 */
export type SentenceKey = Exclude<keyof SgeConnectionConfig["consulta"], "path" | "coligada" | "system">;

const columnsOf = (schema: { out: { shape: object } }) => Object.keys(schema.out.shape);

export const SENTENCE_COLUMNS: Record<SentenceKey, readonly string[]> = {
  responsible: columnsOf(responsibleRowSchema),
  student: columnsOf(studentRowSchema),
  crmServices: columnsOf(crmServiceRowSchema),
  accountingItems: columnsOf(accountingItemRowSchema),
  branches: columnsOf(branchRowSchema),
  offers: columnsOf(offerRowSchema),
  subjects: columnsOf(subjectRowSchema),
  cashAccounts: columnsOf(cashAccountRowSchema),
  contracts: columnsOf(contractRowSchema),
  instalments: columnsOf(instalmentRowSchema),
  launches: columnsOf(launchRowSchema),
  settlements: columnsOf(settlementRowSchema),
  agreements: columnsOf(agreementRowSchema),
};
