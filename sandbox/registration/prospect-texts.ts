/**
 * Texts of the type-4 (prospect) notifications the job writes for the prospect's seller [defined
 * here, docs/registration.md "Prospects (SUS)"], in pt-BR, in the customer's style
 * (notification-texts.ts). Pure, so the docs and the tests quote the same strings.
 */
import type { RecordKey } from "./critique";
import { recordNotificationText, REFUSED, type NotificationText, type RecordEvent } from "./notification-texts";

export type ProspectEvent =
  | RecordEvent
  | {
      kind: "converted";
      code: string;
      store: string;
      name: string;
      customer: RecordKey;
      quotations: number;
      contacts: number;
    };

const PROSPECT_REFUSED = { ...REFUSED, convert: { title: "não convertido", what: "Conversão" } };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function prospectNotificationText(event: ProspectEvent): NotificationText {
  if (event.kind !== "converted") return recordNotificationText("prospect", event, { refused: PROSPECT_REFUSED });
  const customer = `${event.customer.code}/${event.customer.store}`;
  const moved =
    event.quotations + event.contacts > 0
      ? ` ${count(event.quotations, "orçamento", "orçamentos")} e ${count(event.contacts, "contato", "contatos")} passaram para o cliente.`
      : "";
  return {
    title: `Prospect ${event.code}/${event.store} convertido no cliente ${customer}`,
    description: `${event.name} agora é o cliente ${customer}.${moved} Sem limite de crédito até a análise do back office.`,
  };
}

/** Why a converted prospect is read-only (PUT, DELETE and convert, at the route and in the job). */
export function convertedRefusal(p: RecordKey & { customer: string; customerstore: string }): string {
  return `Prospect ${p.code}/${p.store} já convertido no cliente ${p.customer}/${p.customerstore}: não pode mais ser alterado, excluído nem convertido.`;
}

/** Why a prospect with quotations (SCJ CJ_PROSPE/CJ_LOJPRO) cannot be deleted. */
export function quotationsRefusal(p: RecordKey, quotations: readonly string[]): string {
  const which = quotations.length === 1 ? `o orçamento ${quotations[0]}` : `os orçamentos ${quotations.join(", ")}`;
  return `Prospect ${p.code}/${p.store} não pode ser excluído: tem ${which}.`;
}
