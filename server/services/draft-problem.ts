import "server-only";
import ptBR from "@/lib/i18n/messages/pt-BR";
import type { DraftSummary } from "@/lib/types/order-entry";
import type { ErpErrorKind } from "@/lib/types/erp-error";
import { sourceText, type ErpError } from "@/server/erp/errors";

// The draft's `error` column: why its last send did not go through, as one string.
//   `erp.<kind>`       the ERP refused without words of its own: the ErpError's stable code, translated
//                      where the problem is shown (the viewer's language, not the pt-BR it was stored in)
//   `erp:<words>`      the ERP's own words (its envelope's message, a refused queue item's message)
//   `sent:<queue id>`  the ERP holds an earlier send of this draft (already_sent)
//   `not_sent`         the send never reached the ERP (or its answer was lost)

type GenericCode = `erp.${ErpErrorKind}`;

const isGenericCode = (value: string): value is GenericCode =>
  value.startsWith("erp.") && Object.hasOwn(ptBR.erpErrors.erp, value.slice(4));

/** What a refused send leaves on its draft: the ERP's words when it wrote some, else the code of its refusal. */
export const refusalProblem = (error: ErpError): string => (error.fromErp ? erpProblem(error.message) : error.code);

/** The ERP's own words of a refusal (a finished queue item's message). */
export const erpProblem = (words: string): string => `erp:${words}`;

export const sentProblem = (queueId: string): string => `sent:${queueId}`;

export const NOT_SENT = "not_sent";

/** The column read back for the drafts list and the form (rows written before codes were stored included). */
export function problemOf(error: string | null): DraftSummary["problem"] {
  if (!error) return null;
  if (error.startsWith("erp:")) return { kind: "rejected", message: error.slice(4) };
  if (isGenericCode(error)) return { kind: "rejected", message: sourceText(error), generic: error };
  if (error.startsWith("sent:")) return { kind: "already_sent", queueId: error.slice(5) };
  return { kind: "not_sent" };
}
