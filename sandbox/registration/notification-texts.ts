/**
 * Texts of the notifications the job writes for the registration items (A1S type 2 customer,
 * 4 prospect) [defined here, docs/registration.md], in pt-BR. Pure, so the docs and the tests quote
 * the same strings. A refusal is told in the critique's own sentences (`critiqueText`), never as
 * field codes: the rep reads it on a phone.
 */
import type { FieldError } from "../orders/payload";

export type NotificationText = { title: string; description: string };

/** The critique in words: each detail's message, in order ("Informe o CEP. E-mail inválido."). */
export const critiqueText = (errors: readonly FieldError[]): string => errors.map((e) => e.message).join(" ");

/** What the job tells the seller about a customer's or a prospect's item. */
export type RecordEvent =
  | { kind: "saved"; operation: "insert" | "update"; code: string; store: string; name: string }
  | { kind: "deleted"; code: string; store: string; name: string }
  /** A refused item: `code`/`store` blank for an insert (no record was made); `name` as sent, when known. */
  | { kind: "error"; operation: string; code: string; store: string; name: string; message: string };

/** How a refusal names each operation ("Cliente 000123/01 não alterado", "Alteração do cliente … recusada"). */
export const REFUSED: Readonly<Record<string, { title: string; what: string }>> = {
  insert: { title: "não incluído", what: "Inclusão" },
  update: { title: "não alterado", what: "Alteração" },
  delete: { title: "não excluído", what: "Exclusão" },
};

/**
 * The texts of a customer's or a prospect's item, `noun` naming the record ("cliente",
 * "prospect"); `inserted` adds to the description of an insert; `refused` words the operations
 * a refusal may name (anything else is "não processado").
 */
export function recordNotificationText(
  noun: "cliente" | "prospect",
  event: RecordEvent,
  options: { inserted?: string; refused?: Readonly<Record<string, { title: string; what: string }>> } = {},
): NotificationText {
  const Noun = `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  switch (event.kind) {
    case "saved": {
      const id = `${event.code}/${event.store}`;
      return event.operation === "insert"
        ? {
            title: `${Noun} ${id} incluído`,
            description: `${event.name} incluído como ${noun} ${id}.${options.inserted ?? ""}`,
          }
        : { title: `${Noun} ${id} alterado`, description: `Cadastro do ${noun} ${id} (${event.name}) alterado.` };
    }
    case "deleted": {
      const id = `${event.code}/${event.store}`;
      return { title: `${Noun} ${id} excluído`, description: `${Noun} ${id} (${event.name}) excluído do cadastro.` };
    }
    case "error": {
      const refused = (options.refused ?? REFUSED)[event.operation] ?? { title: "não processado", what: "Operação" };
      const id = event.code ? ` ${event.code}/${event.store}` : "";
      const who = event.name ? ` (${event.name})` : "";
      return {
        title: `${Noun}${id} ${refused.title}`,
        description: `${refused.what} do ${noun}${id}${who} recusada: ${event.message}`,
      };
    }
  }
}

export const customerNotificationText = (event: RecordEvent): NotificationText =>
  recordNotificationText("cliente", event, {
    inserted: " Sem limite de crédito até a análise do back office: os pedidos dele aguardam liberação de crédito.",
  });
