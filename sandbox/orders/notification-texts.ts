/**
 * Texts of the type-1 (sales order) notifications the job writes for the order's seller, in the
 * PGV's own words where the package has them ("Pedido incluído", "bloqueado por crédito"...).
 * Pure, so the docs and the tests quote the same strings.
 */
import type { OrderStatus } from "./order-status";

type NotificationText = { title: string; description: string };

export type OrderEvent =
  | {
      kind: "processed";
      operation: "insert" | "update";
      number: string;
      customerName: string;
      status: OrderStatus;
      reason: string;
    }
  | { kind: "deleted"; number: string; customerName: string }
  | { kind: "released"; number: string; customerName: string; status: OrderStatus; reason: string }
  | { kind: "error"; operation: string; number: string; message: string };

const verb = (operation: "insert" | "update") => (operation === "insert" ? "incluído" : "alterado");

export function notificationText(event: OrderEvent): NotificationText {
  switch (event.kind) {
    case "processed": {
      const head = `Pedido ${event.number} ${verb(event.operation)}`;
      switch (event.status) {
        case "credit_blocked":
          return {
            title: `${head} - bloqueado por crédito`,
            description: `Pedido ${event.number} de ${event.customerName} bloqueado por crédito. ${event.reason}`,
          };
        case "stock_blocked":
          return {
            title: `${head} - bloqueado por estoque`,
            description: `Pedido ${event.number} de ${event.customerName} bloqueado por estoque. ${event.reason}`,
          };
        case "rule_blocked":
          return {
            title: `${head} - bloqueado por regra`,
            description: `Pedido ${event.number} de ${event.customerName} bloqueado por regra de negócio.`,
          };
        default:
          return {
            title: `${head} e liberado`,
            description: `Pedido ${event.number} de ${event.customerName} ${verb(event.operation)} e liberado para faturamento.`,
          };
      }
    }
    case "deleted":
      return {
        title: `Pedido ${event.number} excluído`,
        description: `Pedido ${event.number} de ${event.customerName} excluído.`,
      };
    case "released":
      return event.status === "released"
        ? {
            title: `Pedido ${event.number} liberado`,
            description: `Bloqueio do pedido ${event.number} de ${event.customerName} liberado manualmente; pedido liberado para faturamento.`,
          }
        : {
            title: `Pedido ${event.number} liberado parcialmente`,
            description: `Crédito do pedido ${event.number} de ${event.customerName} liberado manualmente. ${event.reason}`,
          };
    case "error": {
      const which = event.number ? `do pedido ${event.number}` : "do pedido";
      return {
        title: `Erro no processamento ${which}`,
        description: `Falha na operação ${event.operation} ${which}: ${event.message}`,
      };
    }
  }
}
