import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { orderIssuer } from "./order-issuer";
import { getOrder } from "./orders";
import { salesDocumentPdf, taxesUnlessErpFails, type SalesDocument } from "./sales-document-pdf";
import { orderTaxes } from "./taxes";

/**
 * The order sheet as a PDF file the rep can send (server/services/sales-document-pdf.ts): what the
 * printed sheet carries — issuer, seller, customer and address, conditions with the carrier, the
 * customer's order number and the message, items, totals and the ERP's taxes — and never the
 * internal credit figures. Only the viewer's own orders (null otherwise).
 */
export async function orderPdf(viewer: Viewer, number: string): Promise<{ filename: string; bytes: Buffer } | null> {
  const view = await getOrder(viewer, number);
  if (!view) return null;
  const [taxes, t] = await Promise.all([
    taxesUnlessErpFails(orderTaxes(viewer, view.order.number)),
    getTranslations("order"),
  ]);
  const { order, customer, names } = view;
  const sheet: SalesDocument = {
    title: t("title", { number: order.number }),
    subtitle: t("mirror"),
    issuer: orderIssuer(viewer),
    customer: { code: order.customer, store: order.store, record: customer },
    conditions: {
      issueDate: order.issueDate,
      paymentCondition: { code: order.paymentCondition, name: names.paymentCondition },
      priceList: { code: order.priceList, name: names.priceList },
      carrier: { code: order.carrier, name: names.carrier },
      freightType: order.freightType,
    },
    more: [
      [t("customerOrderNumber"), order.customerOrderNumber || t("none")],
      ...(order.message ? [[t("message"), order.message] as [string, string]] : []),
    ],
    items: order.items,
    totals: {
      items: order.total,
      freight: order.invoiceDetail?.freight ?? order.freightValue,
      label: t("totals.order"),
    },
    taxes,
  };
  return { filename: t("pdf.file", { number: order.number }), bytes: await salesDocumentPdf(sheet) };
}
