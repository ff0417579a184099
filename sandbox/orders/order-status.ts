/**
 * Status of a sales order as the MATA410 legend derives it from SC5 and its SC9 releases
 * (ERP-CONTRACT.md §4; TDN MATA410 "Legendas"): invoiced when C5_NOTA is filled; rule blocked when
 * C5_BLQ is 1/2 (regra/verba); credit blocked when any live SC9 has C9_BLCRED (01 value, 04 limit
 * expired, 05 reversal, 06 risk, 09 rejected — 10 means invoiced); stock blocked when any has
 * C9_BLEST (02/03); released when every SC9 is clear; open when nothing was released yet.
 */
import { creditCodeReason } from "./credit-rules";

export type OrderStatus = "open" | "released" | "credit_blocked" | "stock_blocked" | "rule_blocked" | "invoiced";

type ReleaseCodes = { blcred: string; blest: string };

type StatusInput = { invoice: string; ruleBlock: string; releases: readonly ReleaseCodes[] };

export type StatusInfo = { status: OrderStatus; blockcode: string; reason: string };

const blocking = (code: string) => code.trim() !== "" && code.trim() !== "10";

export function orderStatus(input: StatusInput): StatusInfo {
  if (input.invoice.trim() !== "") return { status: "invoiced", blockcode: "", reason: "" };
  const rule = input.ruleBlock.trim();
  if (rule === "1" || rule === "2") {
    return {
      status: "rule_blocked",
      blockcode: rule,
      reason: rule === "1" ? "Bloqueio por regra de negócio." : "Bloqueio por verba.",
    };
  }
  const credit = input.releases.find((r) => blocking(r.blcred));
  if (credit)
    return { status: "credit_blocked", blockcode: credit.blcred.trim(), reason: creditCodeReason(credit.blcred) };
  const stock = input.releases.find((r) => blocking(r.blest));
  if (stock)
    return {
      status: "stock_blocked",
      blockcode: stock.blest.trim(),
      reason: "Bloqueio de estoque: saldo insuficiente no armazém.",
    };
  if (input.releases.length > 0) return { status: "released", blockcode: "", reason: "" };
  return { status: "open", blockcode: "", reason: "" };
}

/** Edit and delete only while the order is not released and not invoiced (ERP-CONTRACT.md §4). */
export function editRefusal(status: OrderStatus): string | undefined {
  if (status === "invoiced") return "Pedido já faturado: não pode ser alterado nem excluído.";
  if (status === "released") return "Pedido já liberado para faturamento: não pode ser alterado nem excluído.";
  return undefined;
}

/**
 * SQL for the same derivation, over the SC5 row aliased `c5` and the order's SC9 table — used by lists
 * and indicators so they agree with `orderStatus`. `sc9` is a physical table name (never input).
 */
export function orderStatusSql(sc9: string, c5 = "c5"): string {
  // One correlated aggregate over the order's live SC9 rows (index C9_FILIAL, C9_PEDIDO), reached
  // only when not invoiced or rule blocked: separate EXISTS tests let the planner hash-scan all of
  // SC9 for every page.
  return `CASE
    WHEN trim(${c5}.C5_NOTA) <> '' THEN 'invoiced'
    WHEN ${c5}.C5_BLQ IN ('1', '2') THEN 'rule_blocked'
    ELSE (SELECT CASE
            WHEN count(*) = 0 THEN 'open'
            WHEN bool_or(trim(c9.C9_BLCRED) NOT IN ('', '10')) THEN 'credit_blocked'
            WHEN bool_or(trim(c9.C9_BLEST) NOT IN ('', '10')) THEN 'stock_blocked'
            ELSE 'released' END
          FROM ${sc9} c9 WHERE c9.C9_FILIAL = ${c5}.C5_FILIAL AND c9.C9_PEDIDO = ${c5}.C5_NUM AND c9.D_E_L_E_T_ = ' ')
    END`;
}
