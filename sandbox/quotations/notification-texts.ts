/**
 * Texts of the type-3 (quotation) notifications the job writes for the quotation's seller, in the
 * style of the order ones (orders/notification-texts.ts). Pure, so the docs and the tests quote the
 * same strings.
 */
import { messageDate } from "../orders/dates";

type NotificationText = { title: string; description: string };

export type QuotationEvent =
  | { kind: "saved"; operation: "insert" | "update"; number: string; customerName: string; validity: string }
  | { kind: "deleted"; number: string; customerName: string }
  | { kind: "converted"; number: string; customerName: string; order: string }
  | { kind: "error"; operation: string; number: string; message: string };

export function quotationNotificationText(event: QuotationEvent): NotificationText {
  switch (event.kind) {
    case "saved": {
      const verb = event.operation === "insert" ? "incluído" : "alterado";
      return {
        title: `Orçamento ${event.number} ${verb}`,
        description: `Orçamento ${event.number} de ${event.customerName} ${verb}, válido até ${messageDate(event.validity)}.`,
      };
    }
    case "deleted":
      return {
        title: `Orçamento ${event.number} excluído`,
        description: `Orçamento ${event.number} de ${event.customerName} excluído.`,
      };
    case "converted":
      return {
        title: `Orçamento ${event.number} efetivado no pedido ${event.order}`,
        description: `Orçamento ${event.number} de ${event.customerName} efetivado no pedido de venda ${event.order}.`,
      };
    case "error": {
      const which = event.number ? `do orçamento ${event.number}` : "do orçamento";
      return {
        title: `Erro no processamento ${which}`,
        description: `Falha na operação ${event.operation} ${which}: ${event.message}`,
      };
    }
  }
}
