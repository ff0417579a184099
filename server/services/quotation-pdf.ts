import "server-only";
import { isProspectQuotation, type Quotation } from "@/lib/types/quotation";
import type { Viewer } from "@/server/auth/viewer";
import { getFormat, getTranslations } from "@/server/i18n";
import { orderIssuer } from "./order-issuer";
import { getQuotation } from "./quotations";
import { salesDocumentPdf, taxesUnlessErpFails, type SalesDocument } from "./sales-document-pdf";
import { quotationTaxes } from "./taxes";

/**
 * A quotation as a PDF file the rep sends the customer (server/services/sales-document-pdf.ts):
 * issuer and seller, customer and address, how long it is valid (an expired one says so in red),
 * payment condition, price list and freight, items, totals and the ERP's taxes — or the line saying
 * they were not calculated. Never the customer's credit figures. Only the viewer's own quotations
 * (null otherwise).
 */
export async function quotationPdf(
  viewer: Viewer,
  number: string,
): Promise<{ filename: string; bytes: Buffer } | null> {
  // Both check the quotation is the viewer's; the ERP is asked for the quotation and its taxes at once.
  const [view, taxes] = await Promise.all([
    getQuotation(viewer, number),
    taxesUnlessErpFails(quotationTaxes(viewer, number)),
  ]);
  if (!view) return null;
  const t = await getTranslations("quotation");
  const { quotation, customer, prospect, names } = view;
  // Still a prospect's quotation: the prospect is who it is for (its name, document and address).
  const buyer = isProspectQuotation(quotation)
    ? {
        code: quotation.prospect!,
        store: quotation.prospectStore ?? "",
        record: prospect ? { ...prospect, address: { ...prospect.address, country: "" } } : null,
      }
    : { code: quotation.customer, store: quotation.store, record: customer };
  const sheet: SalesDocument = {
    title: t("title", { number: quotation.number }),
    notice: await standing(quotation),
    issuer: orderIssuer(viewer),
    customer: buyer,
    conditions: {
      issueDate: quotation.issueDate,
      paymentCondition: { code: quotation.paymentCondition, name: names.paymentCondition },
      priceList: { code: quotation.priceList, name: names.priceList },
      freightType: quotation.freightType,
    },
    items: quotation.items,
    totals: { items: quotation.total, freight: quotation.freightValue, label: t("totals.quotation") },
    taxes,
  };
  return { filename: t("pdf.file", { number: quotation.number }), bytes: await salesDocumentPdf(sheet) };
}

/** What the customer must see first: until when it holds, or that it no longer does. */
async function standing(q: Quotation): Promise<SalesDocument["notice"]> {
  const [t, ts, f] = await Promise.all([getTranslations("quotation"), getTranslations("quotationStatus"), getFormat()]);
  switch (q.status) {
    case "open":
      return { text: q.validity ? t("validUntil", { date: f.date(q.validity) }) : t("noValidity"), alert: false };
    case "expired":
      return { text: t("pdf.expiredOn", { date: f.date(q.validity) }), alert: true };
    case "converted":
      return { text: q.order ? t("convertedInto", { order: q.order }) : ts("converted"), alert: false };
    case "cancelled":
      return { text: ts("cancelled"), alert: true };
    default:
      return { text: ts("unknown"), alert: true };
  }
}
