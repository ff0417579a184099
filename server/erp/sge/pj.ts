import "server-only";
import { z } from "zod";
import { toIsoDate } from "@/lib/dates";
import { centsToReais } from "@/lib/sge/ops/money";
import type { PjContractForm } from "@/lib/sge/ops/schemas";
import type { PjContractStatus } from "@/lib/sge/ops/types";
import { coligada, money } from "./wire";

/** ContratoPJ: SetContract's body (built from the form) and ConsultContract's answer (reshaped into `PjContractStatus`). */

export const pjContractSchema = z.object({
  CodColigada: coligada,
  Filial: z.string().min(1).max(12),
  NumeroContrato: z.string().min(1).max(30),
  NumProposta: z.string().min(1).max(30),
  // Alphanumeric CNPJs are valid since July 2026 (IN RFB 2.229/2024): 12 characters + 2 check digits.
  CNPJ: z.string().regex(/^[0-9A-Z]{12}\d{2}$/),
  NomeEmpresa: z.string().min(1).max(120),
  ValorContrato: money,
  CodTurma: z.string().min(1).max(30),
  IdPerlet: z.number().int().positive(),
  VagasOfertadas: z.number().int().min(1),
  VagasUtilizadas: z.number().int().min(0),
});
export type PjContractRequest = z.infer<typeof pjContractSchema>;

export const pjConsultSchema = z.array(
  z.object({
    NumeroContrato: z.string(),
    NumProposta: z.string(),
    DataInicioTurma: z.string().nullable(),
    DataFimTurma: z.string().nullable(),
    TotalVagas: z.coerce.number(),
    VagasDisponiveis: z.coerce.number(),
    VagasUtilizadas: z.coerce.number(),
    AlunosVinculados: z.coerce.number(),
    StatusContrato: z.string(),
    Clientefornecedor: z.string(),
  }),
);

/** SetContract's body; `cnpj` normalised by the caller (the same value is audited). */
export function toPjContractRequest(form: PjContractForm, cnpj: string): z.input<typeof pjContractSchema> {
  return {
    CodColigada: form.coligada,
    Filial: form.branch,
    NumeroContrato: form.contractNumber,
    NumProposta: form.proposalNumber,
    CNPJ: cnpj,
    NomeEmpresa: form.companyName,
    ValorContrato: centsToReais(form.value),
    CodTurma: form.classCode,
    IdPerlet: form.periodId,
    VagasOfertadas: form.offered,
    VagasUtilizadas: form.used,
  };
}

/** SetContract's fields → the form's, so RM's refusal of one lands on the right input. */
export const PJ_FIELDS: Record<string, string> = {
  Filial: "branch",
  NumeroContrato: "contractNumber",
  NumProposta: "proposalNumber",
  CNPJ: "cnpj",
  NomeEmpresa: "companyName",
  ValorContrato: "value",
  CodTurma: "classCode",
  IdPerlet: "classCode",
  VagasOfertadas: "offered",
  VagasUtilizadas: "used",
};

export function toPjContractStatus(raw: z.infer<typeof pjConsultSchema>[number]): PjContractStatus {
  return {
    contractNumber: raw.NumeroContrato,
    proposalNumber: raw.NumProposta,
    classStart: toIsoDate(raw.DataInicioTurma),
    classEnd: toIsoDate(raw.DataFimTurma),
    offered: raw.TotalVagas,
    used: raw.VagasUtilizadas,
    // RM computes it; the seed's rule (offered − used) is the fallback when it does not.
    available: Number.isFinite(raw.VagasDisponiveis) ? raw.VagasDisponiveis : raw.TotalVagas - raw.VagasUtilizadas,
    linkedStudents: raw.AlunosVinculados,
    status: raw.StatusContrato,
    responsible: raw.Clientefornecedor,
  };
}
