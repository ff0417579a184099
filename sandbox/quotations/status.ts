/**
 * Status of a quotation from SCJ (MATA415 legend: CJ_STATUS A aberto, B baixado/efetivado,
 * C cancelado) and its validity: an open quotation whose CJ_VALIDA is before the business date is
 * `expired` — nothing is stored for it, exactly as an overdue title is derived from its due date.
 * What may be done with each status, and the pt-BR refusals, live here too.
 */
import { messageDate } from "../orders/dates";

export type QuotationStatus = "open" | "converted" | "cancelled" | "expired";

export function quotationStatus(cjStatus: string, validity: string, today: string): QuotationStatus {
  if (cjStatus === "B") return "converted";
  if (cjStatus === "C") return "cancelled";
  return validity.trim() !== "" && validity < today ? "expired" : "open";
}

/** The same derivation in SQL over the SCJ row aliased `t`; `today` is a statement placeholder. */
export function quotationStatusSql(today: string, t = "t"): string {
  return `CASE WHEN ${t}.CJ_STATUS = 'B' THEN 'converted' WHEN ${t}.CJ_STATUS = 'C' THEN 'cancelled'
    WHEN trim(${t}.CJ_VALIDA) <> '' AND ${t}.CJ_VALIDA < ${today} THEN 'expired' ELSE 'open' END`;
}

type Refusable = {
  number: string;
  status: QuotationStatus;
  order: string;
  validity: string | null;
  /** The buyer: a prospect's quotation has no customer until the prospect becomes one. */
  customer?: string;
  prospect?: string;
};

/** Edit and delete only while not converted and not cancelled; an expired one may be edited. */
export function quotationEditRefusal(q: Refusable): string | undefined {
  if (q.status === "converted")
    return `Orçamento ${q.number} já efetivado no pedido ${q.order}: não pode ser alterado nem excluído.`;
  if (q.status === "cancelled") return `Orçamento ${q.number} cancelado: não pode ser alterado nem excluído.`;
  return undefined;
}

/**
 * MATA416 converts only an open quotation within its validity, and only for a customer: a
 * prospect's quotation waits until the prospect becomes a customer (CJ_CLIENTE/CJ_LOJA filled).
 */
export function quotationConvertRefusal(q: Refusable): string | undefined {
  if (q.status === "converted") return `Orçamento ${q.number} já efetivado no pedido ${q.order}.`;
  if (q.status === "cancelled") return `Orçamento ${q.number} cancelado: não pode ser efetivado.`;
  if (q.status === "expired") {
    const day = messageDate(q.validity!.replaceAll("-", ""));
    return `Orçamento ${q.number} vencido em ${day}: altere a validade antes de efetivar.`;
  }
  if ((q.prospect ?? "").trim() !== "" && (q.customer ?? "").trim() === "")
    return "Converta o prospect em cliente antes de efetivar o orçamento.";
  return undefined;
}
