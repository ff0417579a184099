import "server-only";
import PDFDocument from "pdfkit";
import { addressLine } from "@/lib/address";
import { formatDocument } from "@/lib/br-documents";
import type { Cents } from "@/lib/money";
import type { Customer } from "@/lib/types/customer";
import type { OrderIssuer, SalesOrderItem } from "@/lib/types/order";
import type { TaxWorksheet } from "@/lib/types/taxes";
import { ErpError } from "@/server/erp/errors";
import { getFormat, getTranslations } from "@/server/i18n";

/** A code of the synced catalogues and its name ("003 · 28 DIAS"). */
type Coded = { code: string; name: string };

/** One line of the items table: an order's or a quotation's item carry the same fields. */
export type SalesDocumentItem = Pick<
  SalesOrderItem,
  "item" | "product" | "description" | "unit" | "quantity" | "listPrice" | "discount" | "price" | "total"
>;

/**
 * What a sales document (order, quotation) prints. The customer is narrowed to what the customer
 * may read — name, CPF/CNPJ, address — so no credit figure can reach the sheet.
 */
export type SalesDocument = {
  /** "Pedido 001061", "Orçamento 000007": the heading and the file's title. */
  title: string;
  /** A small grey line under the title ("Espelho do pedido"). */
  subtitle?: string;
  /** A line under the title that must be seen ("Válido até …"); `alert` prints it larger and in red ("Vencido em …"). */
  notice?: { text: string; alert: boolean };
  issuer: OrderIssuer;
  customer: { code: string; store: string; record: Pick<Customer, "name" | "document" | "address"> | null };
  conditions: {
    issueDate: string | null;
    paymentCondition: Coded;
    priceList: Coded;
    /** An order's carrier; a quotation has none. */
    carrier?: Coded;
    /** C5_TPFRETE / CJ_TPFRETE: C, F, T, S. */
    freightType: string;
  };
  /** Label and text of what follows the conditions (an order's customer order number and message). */
  more?: [string, string][];
  items: SalesDocumentItem[];
  /** The document's own totals (freight apart, taxes apart) and the name of their sum ("Total do pedido"). */
  totals: { items: Cents; freight: Cents; label: string };
  /** The ERP's tax worksheet, or null when the ERP did not calculate it. */
  taxes: TaxWorksheet | null;
};

/** The ERP's taxes, or null when the ERP would not give them: the document then says they were not calculated. */
export function taxesUnlessErpFails(taxes: Promise<TaxWorksheet | null>): Promise<TaxWorksheet | null> {
  return taxes.catch((error: unknown) => {
    if (error instanceof ErpError) return null;
    throw error;
  });
}

const GREY = "#475569";
const RED = "#b91c1c";
/** Item, product, quantity, list price, discount, price, total; the product takes what is left. */
const ITEM_COLUMNS = [28, "*", 60, 64, 54, 64, 70] as const;
const CELL_PADDING = 3;
const ITEM_FONT_SIZE = 8.5;

/**
 * A sales document as a PDF file the rep can send (pdfkit: pure JavaScript, the standard PDF fonts,
 * tables; nothing downloaded at run time): letterhead (issuer, seller, when it was made), title,
 * customer and address, conditions, items (the table's heading again on every page it runs onto),
 * totals with the ERP's taxes or the line saying they were not calculated, "Página n de N". The
 * words a sales sheet shares live in the `order` namespace, where the first sheet put them; what
 * is particular to a document comes in `sheet`.
 */
export async function salesDocumentPdf(sheet: SalesDocument): Promise<Buffer> {
  const [t, tt, f] = await Promise.all([getTranslations("order"), getTranslations("taxes"), getFormat()]);
  const { issuer, customer, conditions } = sheet;
  const doc = new PDFDocument({
    size: "A4",
    margin: 40,
    bufferPages: true,
    info: { Title: sheet.title, Author: issuer.legalName || issuer.companyName },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  const named = ({ code, name }: Coded) => [code.trim(), name].filter(Boolean).join(" · ") || t("none");

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
  doc.moveDown(0.8).fillColor("black").font("Helvetica-Bold").fontSize(15).text(sheet.title);
  if (sheet.subtitle) doc.font("Helvetica").fontSize(9).fillColor(GREY).text(sheet.subtitle);
  if (sheet.notice)
    doc
      .moveDown(0.2)
      .font("Helvetica-Bold")
      .fontSize(sheet.notice.alert ? 13 : 11)
      .fillColor(sheet.notice.alert ? RED : "black")
      .text(sheet.notice.text);

  // Customer.
  doc.moveDown(0.6).fillColor("black").font("Helvetica-Bold").fontSize(11).text(t("customer"));
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(
      [
        customer.record?.name ?? "",
        `${customer.code.trim()}/${customer.store.trim()}`,
        customer.record?.document ? formatDocument(customer.record.document) : "",
      ]
        .filter(Boolean)
        .join(" · "),
    );
  const address = customer.record ? addressLine(customer.record.address) : "";
  if (address) doc.text(`${t("sheet.customerAddress")}: ${address}`);

  // Conditions.
  doc.moveDown(0.6);
  const facts: [string, string][] = [
    [t("issueDate"), f.date(conditions.issueDate)],
    [t("paymentCondition"), named(conditions.paymentCondition)],
    [t("priceList"), named(conditions.priceList)],
    ...(conditions.carrier ? [[t("carrier"), named(conditions.carrier)] as [string, string]] : []),
    [
      t("freightType"),
      ["C", "F", "T", "S"].includes(conditions.freightType)
        ? t(`freightTypes.${conditions.freightType as "C"}`)
        : conditions.freightType || t("none"),
    ],
    ...(sheet.more ?? []),
  ];
  for (const [label, value] of facts) {
    doc.font("Helvetica-Bold").fontSize(9).text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  }

  // Items.
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(11).text(t("itemsTitle"));
  doc.moveDown(0.3);
  const right = { align: { x: "right" as const, y: "top" as const } };
  const head = (text: string, alignRight = false) => ({
    text,
    font: { src: "Helvetica-Bold" },
    backgroundColor: "#e2e8f0",
    ...(alignRight ? right : {}),
  });
  itemsTable(
    doc,
    [
      head(t("itemColumns.item")),
      head(t("itemColumns.product")),
      head(t("itemColumns.quantity"), true),
      head(t("itemColumns.listPrice"), true),
      head(t("itemColumns.discount"), true),
      head(t("itemColumns.price"), true),
      head(t("itemColumns.total"), true),
    ],
    sheet.items.map((i) => [
      { text: i.item },
      { text: `${i.product.trim()} ${i.description}${i.unit ? ` (${i.unit})` : ""}` },
      { text: f.number(i.quantity), ...right },
      { text: f.money(i.listPrice), ...right },
      { text: i.discount ? f.percent(i.discount) : "—", ...right },
      { text: f.money(i.price), ...right },
      { text: f.money(i.total), ...right },
    ]),
  );

  // Totals, then the ERP's taxes (or why there are none): kept together on one page.
  const { items, freight, label } = sheet.totals;
  const { taxes } = sheet;
  const totals: [string, string, boolean][] = [
    [t("totals.items"), f.money(items), false],
    [t("totals.freight"), f.money(freight), false],
    [label, f.money(items + freight), !taxes],
  ];
  if (taxes) {
    totals.push(
      [tt("ipi"), f.money(taxes.totals.ipi), false],
      [tt("st"), f.money(taxes.totals.st), false],
      [tt("total"), f.money(taxes.totals.total), true],
    );
  }
  doc.moveDown(0.8);
  // Each row is at most 11 pt type (about 13 pt a line), then the 0.6-line gap and up to three lines of notes.
  if (doc.y + totals.length * 13 + 40 > doc.page.maxY()) doc.addPage();
  // Right-aligned, as wide as its longest label on one line ("Total del presupuesto (sin impuestos)").
  const type = (strong: boolean) => doc.font(strong ? "Helvetica-Bold" : "Helvetica").fontSize(strong ? 11 : 10);
  const valueWidth = 100;
  const labelWidth = Math.min(
    Math.max(140, ...totals.map(([name, , strong]) => type(strong).widthOfString(name) + 12)),
    doc.page.width - doc.page.margins.left - doc.page.margins.right - valueWidth,
  );
  const x = doc.page.width - doc.page.margins.right - labelWidth - valueWidth;
  for (const [name, value, strong] of totals) {
    const y = doc.y;
    type(strong);
    doc.text(name, x, y, { width: labelWidth });
    doc.text(value, x + labelWidth, y, { width: valueWidth, align: "right" });
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.6).font("Helvetica").fontSize(8.5).fillColor(GREY);
  if (taxes) {
    doc.text(
      `${tt("informative")}: ${tt("icms")} ${f.money(taxes.totals.icms)}${taxes.totals.difal ? ` · ${tt("difal")} ${f.money(taxes.totals.difal)}` : ""} · ${tt("pisCofins")} ${f.money(taxes.totals.pis + taxes.totals.cofins)}`,
    );
  } else doc.text(t("pdf.taxesMissing"));

  // Page numbers on every page, in the bottom margin (with the margin kept, pdfkit would start a page for them).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(GREY)
      .text(t("pdf.page", { page: i + 1, pages: range.count }), doc.page.margins.left, doc.page.height - 30, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "right",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

type Cell = { text: string; font?: { src: string } };

/**
 * The items table, its heading row again at the top of every page it runs onto: a row that would
 * not fit (measured as pdfkit lays a cell out: its text in the column's width less the padding)
 * ends the table there and starts it again on a new page.
 */
function itemsTable(doc: PDFKit.PDFDocument, heading: Cell[], rows: Cell[][]) {
  const options = {
    columnStyles: [...ITEM_COLUMNS],
    defaultStyle: { border: { bottom: 0.5 }, borderColor: "#cbd5e1", padding: CELL_PADDING },
  };
  const free = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const fixed = ITEM_COLUMNS.reduce<number>((sum, w) => sum + (typeof w === "number" ? w : 0), 0);
  const widths = ITEM_COLUMNS.map((w) => (typeof w === "number" ? w : free - fixed));
  const height = (row: Cell[]) =>
    Math.max(
      ...row.map((cell, c) =>
        doc
          .font(cell.font?.src ?? "Helvetica")
          .fontSize(ITEM_FONT_SIZE)
          .heightOfString(cell.text, { width: widths[c]! - 2 * CELL_PADDING }),
      ),
    ) +
    2 * CELL_PADDING +
    // Rounding and the border: break a little early rather than let pdfkit break the row itself.
    2;
  const start = () => {
    doc.font("Helvetica").fontSize(ITEM_FONT_SIZE);
    const table = doc.table(options);
    table.row(heading);
    return table;
  };

  // The heading never stays alone at the foot of a page.
  if (doc.y + height(heading) + (rows[0] ? height(rows[0]) : 0) > doc.page.maxY()) doc.addPage();
  let table = start();
  for (const row of rows) {
    if (doc.y + height(row) > doc.page.maxY()) {
      table.end();
      doc.addPage();
      table = start();
    }
    doc.font("Helvetica").fontSize(ITEM_FONT_SIZE);
    table.row(row);
  }
  table.end();
}
