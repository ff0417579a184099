import "server-only";
import PDFDocument from "pdfkit";
import { addressLine } from "@/lib/address";
import { formatDocument } from "@/lib/br-documents";
import type { OrderIssuer, OrderView } from "@/lib/types/order";
import type { TaxWorksheet } from "@/lib/types/taxes";
import type { Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { getFormat, getTranslations } from "@/server/i18n";
import { orderIssuer } from "./order-issuer";
import { getOrder } from "./orders";
import { orderTaxes } from "./taxes";

/**
 * The order sheet as a PDF file the rep can send (pdfkit: pure JavaScript, the standard PDF fonts,
 * tables; nothing downloaded at run time). It carries what the printed sheet carries — issuer,
 * seller, customer and address, conditions, items, totals and the ERP's taxes — and never the
 * internal credit figures. Only the viewer's own orders (null otherwise).
 */
export async function orderPdf(viewer: Viewer, number: string): Promise<{ filename: string; bytes: Buffer } | null> {
  const view = await getOrder(viewer, number);
  if (!view) return null;
  const taxes = await orderTaxes(viewer, view.order.number).catch((error: unknown) => {
    if (error instanceof ErpError) return null;
    throw error;
  });
  const t = await getTranslations("order");
  return {
    filename: t("pdf.file", { number: view.order.number }),
    bytes: await renderOrderSheet(view, orderIssuer(viewer), taxes),
  };
}

const GREY = "#475569";

async function renderOrderSheet(view: OrderView, issuer: OrderIssuer, taxes: TaxWorksheet | null): Promise<Buffer> {
  const [t, tt, f] = await Promise.all([getTranslations("order"), getTranslations("taxes"), getFormat()]);
  const { order, customer, names } = view;
  const doc = new PDFDocument({
    size: "A4",
    margin: 40,
    bufferPages: true,
    info: { Title: t("title", { number: order.number }), Author: issuer.legalName || issuer.companyName },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  const named = (code: string, name: string) => [code.trim(), name].filter(Boolean).join(" · ") || t("none");

  // Letterhead: the issuing company and branch, the seller and when the sheet was made.
  doc
    .font("Helvetica-Bold")
    .fontSize(13)
    .text(issuer.legalName || issuer.companyName);
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(GREY)
    .text(
      [
        issuer.document ? t("sheet.document", { document: formatDocument(issuer.document) }) : "",
        t("sheet.branch", { code: issuer.branch.code.trim(), name: issuer.branch.name }),
      ]
        .filter(Boolean)
        .join(" · "),
    );
  if (issuer.address) doc.text(issuer.address);
  doc.text(
    [
      issuer.seller ? t("sheet.seller", { seller: issuer.seller }) : "",
      t("sheet.issuedAt", { time: f.dateTime(issuer.issuedAt) }),
    ]
      .filter(Boolean)
      .join(" · "),
  );
  doc
    .moveDown(0.8)
    .fillColor("black")
    .font("Helvetica-Bold")
    .fontSize(15)
    .text(t("title", { number: order.number }));
  doc.font("Helvetica").fontSize(9).fillColor(GREY).text(t("mirror"));

  // Customer.
  doc.moveDown(0.6).fillColor("black").font("Helvetica-Bold").fontSize(11).text(t("customer"));
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(
      [
        customer?.name ?? "",
        `${order.customer.trim()}/${order.store.trim()}`,
        customer?.document ? formatDocument(customer.document) : "",
      ]
        .filter(Boolean)
        .join(" · "),
    );
  const address = customer ? addressLine(customer.address) : "";
  if (address) doc.text(`${t("sheet.customerAddress")}: ${address}`);

  // Conditions.
  doc.moveDown(0.6);
  const facts: [string, string][] = [
    [t("issueDate"), f.date(order.issueDate)],
    [t("paymentCondition"), named(order.paymentCondition, names.paymentCondition)],
    [t("priceList"), named(order.priceList, names.priceList)],
    [t("carrier"), named(order.carrier, names.carrier)],
    [
      t("freightType"),
      ["C", "F", "T", "S"].includes(order.freightType)
        ? t(`freightTypes.${order.freightType as "C"}`)
        : order.freightType || t("none"),
    ],
    [t("customerOrderNumber"), order.customerOrderNumber || t("none")],
  ];
  for (const [label, value] of facts) {
    doc.font("Helvetica-Bold").fontSize(9).text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  }
  if (order.message)
    doc
      .font("Helvetica-Bold")
      .text(`${t("message")}: `, { continued: true })
      .font("Helvetica")
      .text(order.message);

  // Items.
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(11).text(t("itemsTitle"));
  doc.moveDown(0.3).fontSize(8.5);
  const right = { align: { x: "right" as const, y: "top" as const } };
  const head = (text: string, alignRight = false) => ({
    text,
    font: { src: "Helvetica-Bold" },
    backgroundColor: "#e2e8f0",
    ...(alignRight ? right : {}),
  });
  doc.font("Helvetica").table({
    columnStyles: [28, "*", 60, 64, 54, 64, 70],
    defaultStyle: { border: { bottom: 0.5 }, borderColor: "#cbd5e1", padding: 3 },
    data: [
      [
        head(t("itemColumns.item")),
        head(t("itemColumns.product")),
        head(t("itemColumns.quantity"), true),
        head(t("itemColumns.listPrice"), true),
        head(t("itemColumns.discount"), true),
        head(t("itemColumns.price"), true),
        head(t("itemColumns.total"), true),
      ],
      ...order.items.map((i) => [
        i.item,
        `${i.product.trim()} ${i.description}${i.unit ? ` (${i.unit})` : ""}`,
        { text: f.number(i.quantity), ...right },
        { text: f.money(i.listPrice), ...right },
        { text: i.discount ? f.percent(i.discount) : "—", ...right },
        { text: f.money(i.price), ...right },
        { text: f.money(i.total), ...right },
      ]),
    ],
  });

  // Totals, then the ERP's taxes (or why there are none).
  const freight = order.invoiceDetail?.freight ?? order.freightValue;
  const totals: [string, string, boolean][] = [
    [t("totals.items"), f.money(order.total), false],
    [t("totals.freight"), f.money(freight), false],
    [t("totals.order"), f.money(order.total + freight), !taxes],
  ];
  if (taxes) {
    totals.push(
      [tt("ipi"), f.money(taxes.totals.ipi), false],
      [tt("st"), f.money(taxes.totals.st), false],
      [tt("total"), f.money(taxes.totals.total), true],
    );
  }
  doc.moveDown(0.8);
  const x = doc.page.width - doc.page.margins.right - 240;
  for (const [label, value, strong] of totals) {
    const y = doc.y;
    doc.font(strong ? "Helvetica-Bold" : "Helvetica").fontSize(strong ? 11 : 10);
    doc.text(label, x, y, { width: 140 });
    doc.text(value, x + 140, y, { width: 100, align: "right" });
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.6).font("Helvetica").fontSize(8.5).fillColor(GREY);
  if (taxes) {
    doc.text(
      `${tt("informative")}: ${tt("icms")} ${f.money(taxes.totals.icms)}${taxes.totals.difal ? ` · ${tt("difal")} ${f.money(taxes.totals.difal)}` : ""} · ${tt("pisCofins")} ${f.money(taxes.totals.pis + taxes.totals.cofins)}`,
    );
  } else doc.text(t("pdf.taxesMissing"));

  // Page numbers on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(GREY)
      .text(t("pdf.page", { page: i + 1, pages: range.count }), doc.page.margins.left, doc.page.height - 30, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "right",
        lineBreak: false,
      });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
