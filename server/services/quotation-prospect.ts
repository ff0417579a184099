import "server-only";
import type { CodeStore, Prospect } from "@/lib/types/prospect";
import type { QuotationProspect } from "@/lib/types/quotation";
import type { Viewer } from "@/server/auth/viewer";
import { ownProspect } from "./prospects";

// A quotation for a prospect (SUS) instead of a customer (sandbox/docs/quotations.md "Prospects"):
// whose it is and whether it is still a prospect, for the form, the submit and the worksheet alike.

export type QuotationTarget =
  /** Still a prospect of the viewer's: the quotation is for it. */
  | { ok: true; prospect: QuotationProspect }
  /** Not the viewer's (another seller's, unknown, deleted): nothing to say about it. */
  | { ok: false; reason: "not_found" }
  /** Already the customer it became: a new quotation is that customer's (the ERP refuses the prospect). */
  | { ok: false; reason: "converted"; prospect: QuotationProspect; customer: CodeStore };

const shown = (p: Prospect): QuotationProspect => ({
  code: p.code.trim(),
  store: p.store.trim(),
  name: p.name,
  document: p.document,
});

/** One of the viewer's synced prospects as a quotation's buyer (scoped by the viewer's store, like a customer). */
export async function quotationProspect(viewer: Viewer, code: string, store: string): Promise<QuotationTarget> {
  const prospect = await ownProspect(viewer, code.trim(), store.trim());
  if (!prospect) return { ok: false, reason: "not_found" };
  if (prospect.status === "converted" && prospect.customer)
    return { ok: false, reason: "converted", prospect: shown(prospect), customer: prospect.customer };
  return { ok: true, prospect: shown(prospect) };
}
