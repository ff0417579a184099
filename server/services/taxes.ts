import "server-only";
import { isProspectRequest, taxRequestSchemaFor, type AnyTaxRequest, type TaxRequest } from "@/lib/schemas/taxes";
import { isProspectQuotation } from "@/lib/types/quotation";
import type { TaxWorksheet } from "@/lib/types/taxes";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { businessNow } from "@/server/clock";
import { isRefusal } from "@/server/erp/errors";
import { fetchQuotation } from "@/server/erp/protheus/quotations";
import { savedOrderTaxes, simulateSalesTaxes } from "@/server/erp/protheus/sales-taxes";
import { scopeOf } from "@/server/sync/scope";
import { findCustomer } from "./customers";
import { ownOrder } from "./order-form-context";
import { ownProspect } from "./prospects";
import { ownQuotation } from "./quotations";

const calculatedAt = () => businessNow().toISOString();

export type FormTaxes =
  | { ok: true; worksheet: TaxWorksheet }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> }
  | { ok: false; reason: "not_found" }
  /** The ERP would not calculate (an unknown product, an operation without TES…): its own user-safe words. */
  | { ok: false; reason: "refused"; message: string };

/** How long a customer found in the viewer's portfolio is taken as still there by the worksheet. */
const PORTFOLIO_TTL_MS = 30_000;
const portfolioSeen = new Map<string, number>();

/**
 * Whether the customer is the viewer's (only those reach the ERP's tax engine). A form asks again
 * on every settled change for the same customer: a positive answer is kept PORTFOLIO_TTL_MS in this
 * process, so those recalculations cost the ERP call alone. A refusal is never kept.
 */
async function portfolioHas(viewer: Viewer, request: AnyTaxRequest): Promise<boolean> {
  // A prospect's quotation: the viewer's prospect, whatever its status (the ERP simulates a converted one too).
  const prospect = isProspectRequest(request);
  const [code, store] = prospect ? [request.prospect, request.prospectStore] : [request.customer, request.store];
  const key = `${scopeOf(viewer)}|${prospect ? "prospect" : "customer"}|${code}|${store}`;
  // Wall clock only to age the memo (an interval, not a business date).
  const now = Date.now();
  if ((portfolioSeen.get(key) ?? 0) > now) return true;
  if (!(await (prospect ? ownProspect(viewer, code.trim(), store.trim()) : findCustomer(viewer, code, store))))
    return false;
  if (portfolioSeen.size >= 5_000) portfolioSeen.clear();
  portfolioSeen.set(key, now + PORTFOLIO_TTL_MS);
  return true;
}

/**
 * The ERP's taxes for what a form holds (order or quotation), read online: only for a customer of
 * the viewer's portfolio (or, for a prospect's quotation, one of the viewer's prospects), with lines
 * the order form's own schema accepts. ERP failures go on to the caller (down → "impostos não
 * calculados"); a refusal comes back with the ERP's words.
 */
export async function formTaxes(viewer: Viewer, input: unknown): Promise<FormTaxes> {
  const parsed = taxRequestSchemaFor(input).safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      reason: "invalid",
      fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "form", i.message])),
    };
  const request = parsed.data;
  // The portfolio check and the session's ERP target are independent: read together.
  const [inPortfolio, target] = await Promise.all([portfolioHas(viewer, request), erpForViewer(viewer)]);
  if (!inPortfolio) return { ok: false, reason: "not_found" };
  try {
    return { ok: true, worksheet: await simulateSalesTaxes(target, request, calculatedAt) };
  } catch (error) {
    if (isRefusal(error)) return { ok: false, reason: "refused", message: error.message };
    throw error;
  }
}

/** The ERP's taxes of one of the viewer's saved orders (null for a number that is not theirs). */
export async function orderTaxes(viewer: Viewer, number: string): Promise<TaxWorksheet | null> {
  const order = await ownOrder(viewer, number);
  if (!order) return null;
  return savedOrderTaxes(await erpForViewer(viewer), order.id, calculatedAt);
}

/**
 * The ERP's taxes of one of the viewer's quotations (null for a number that is not theirs): Protheus
 * has no saved-quotation variant of SalesTaxes, so its items, read online, are simulated as they stand.
 */
export async function quotationTaxes(viewer: Viewer, number: string): Promise<TaxWorksheet | null> {
  const stored = await ownQuotation(viewer, number);
  if (!stored) return null;
  const target = await erpForViewer(viewer);
  // Its items as the ERP has them now (the page and the PDF show the live quotation, not the synced copy).
  const live = await fetchQuotation(target, stored.id);
  const quotation = live.seller === stored.seller ? live : stored;
  const operationType = quotation.items[0]?.operationType.trim() ?? "";
  // Still a prospect's quotation: the ERP simulates it for the prospect (US_EST/US_TIPO/US_CONTRIB).
  const buyer = isProspectQuotation(quotation)
    ? { prospect: quotation.prospect!.trim(), prospectStore: (quotation.prospectStore ?? "").trim() }
    : { customer: quotation.customer, store: quotation.store };
  return simulateSalesTaxes(
    target,
    {
      ...buyer,
      operationType,
      freightType: quotation.freightType as TaxRequest["freightType"],
      freightValue: quotation.freightValue,
      items: quotation.items.map((i) => ({
        product: i.product.trim(),
        quantity: i.quantity,
        price: i.price,
        operationType: i.operationType.trim() || operationType,
      })),
    },
    calculatedAt,
  );
}
