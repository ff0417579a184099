/**
 * Credit analysis of a sales order, the rules of MATA440/MaAvalCred as TOTVS documents them
 * (ERP-CONTRACT.md §4; TDN "Análise de crédito" / A1_RISCO help):
 * - risk A: credit always released — no other check runs;
 * - risk E: always blocked, released only by hand;
 * - limit expired (A1_VENCLC earlier than the business date): blocked, C9_BLCRED 04;
 * - risk B/C/D: blocked when any open title is overdue for at least MV_RISCOB/MV_RISCOC/MV_RISCOD
 *   days (SX6; 10/20/30 in the sandbox): C9_BLCRED 06 (bloqueio por risco);
 * - order total above the available credit A1_LC − A1_SALPEDL − A1_SALDUP: C9_BLCRED 01.
 * Pure: the job loads the figures, this decides.
 */
import type { Cents } from "./money";
import { messageDate } from "./dates";

export type RiskLetter = "A" | "B" | "C" | "D" | "E";

/** MV_RISCOB/C/D: days a title may be overdue before risk B/C/D blocks. */
export type RiskThresholds = { B: number; C: number; D: number };
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { B: 10, C: 20, D: 30 };

export type CreditInput = {
  risk: string;
  /** A1_LC, A1_SALPEDL (released orders not yet invoiced), A1_SALDUP (open titles). */
  limit: Cents;
  openOrders: Cents;
  openTitles: Cents;
  /** A1_VENCLC as YYYYMMDD, blank = no expiry. */
  limitExpiry: string;
  businessDate: string;
  /** Days the customer's oldest overdue open title is late (0 = nothing overdue). */
  maxOverdueDays: number;
  orderTotal: Cents;
  thresholds: RiskThresholds;
};

/** C9_BLCRED codes (MATA410 legend): blank = released. */
type CreditCode = "" | "01" | "04" | "06";
export type CreditDecision = { code: CreditCode; reason: string };

const RELEASED: CreditDecision = { code: "", reason: "" };

export function availableCredit(input: Pick<CreditInput, "limit" | "openOrders" | "openTitles">): Cents {
  return input.limit - input.openOrders - input.openTitles;
}

const brl = (cents: Cents) => (cents / 100).toLocaleString("pt-BR", { style: "currency", currency: "BRL" });

export function analyseCredit(input: CreditInput): CreditDecision {
  const risk = (input.risk.trim().toUpperCase() || "A") as RiskLetter;
  if (risk === "A") return RELEASED;
  if (risk === "E") return { code: "06", reason: "Cliente com risco E: crédito sempre bloqueado, liberação manual." };
  if (input.limitExpiry.trim() !== "" && input.limitExpiry < input.businessDate) {
    return { code: "04", reason: `Limite de crédito vencido em ${messageDate(input.limitExpiry)}.` };
  }
  if (risk === "B" || risk === "C" || risk === "D") {
    const threshold = input.thresholds[risk];
    if (input.maxOverdueDays >= threshold) {
      return {
        code: "06",
        reason: `Cliente com risco ${risk} e título vencido há ${input.maxOverdueDays} dias (tolerância de ${threshold} dias, MV_RISCO${risk}).`,
      };
    }
  }
  const available = availableCredit(input);
  if (input.orderTotal > available) {
    return {
      code: "01",
      reason: `Limite de crédito insuficiente: pedido de ${brl(input.orderTotal)}, disponível ${brl(Math.max(available, 0))}.`,
    };
  }
  return RELEASED;
}

/** Words for a C9_BLCRED code (status reasons on the wire and in notifications). */
export function creditCodeReason(code: string): string {
  switch (code.trim()) {
    case "01":
      return "Bloqueio de crédito por valor (limite insuficiente).";
    case "04":
      return "Bloqueio de crédito: limite de crédito vencido.";
    case "05":
      return "Bloqueio de crédito por estorno.";
    case "06":
      return "Bloqueio de crédito por risco do cliente.";
    case "09":
      return "Crédito rejeitado.";
    default:
      return "";
  }
}
