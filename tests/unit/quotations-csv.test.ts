import { describe, expect, it } from "vitest";
import { quotationsCsv } from "@/lib/quotations-csv";
import type { QuotationListItem, QuotationStatus } from "@/lib/types/quotation";

const row: QuotationListItem = {
  id: "01000002",
  number: "000002",
  issueDate: "2026-10-20",
  validity: "2026-11-04",
  status: "converted",
  total: 123456,
  customer: "000234",
  store: "01",
  customerName: 'MERCADO "BOM; PREÇO"',
  customerDocument: "11222333000181",
  order: "001061",
  items: 3,
};
const header = [
  "Orçamento",
  "Emissão",
  "Validade",
  "Cliente",
  "Loja",
  "Nome",
  "CPF/CNPJ",
  "Situação",
  "Itens",
  "Total",
  "Pedido",
];
const words: Record<QuotationStatus, string> = {
  open: "Em aberto",
  expired: "Vencido",
  converted: "Efetivado em pedido",
  cancelled: "Cancelado",
  unknown: "Situação não reconhecida",
};
const lines = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n");

describe("quotations CSV", () => {
  it("writes pt-BR for Excel: BOM, semicolons, decimal comma, issue and validity dates, the order it became", () => {
    const csv = quotationsCsv([row], { locale: "pt-BR", header, status: (s) => words[s] });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [head, line, end] = lines(csv);
    expect(head).toBe(header.join(";"));
    expect(line).toBe(
      '000002;20/10/2026;04/11/2026;000234;01;"MERCADO ""BOM; PREÇO""";11.222.333/0001-81;Efetivado em pedido;3;1234,56;001061',
    );
    expect(end).toBe("");
  });

  it("writes es with semicolons and a decimal comma, en with commas and a decimal point", () => {
    const open = { ...row, customerName: "ACME", status: "open" as const, order: "", validity: "2026-12-01" };
    expect(lines(quotationsCsv([open], { locale: "es", header, status: (s) => s }))[1]).toBe(
      "000002;20/10/2026;01/12/2026;000234;01;ACME;11.222.333/0001-81;open;3;1234,56;",
    );
    expect(lines(quotationsCsv([open], { locale: "en", header, status: (s) => s }))[1]).toBe(
      "000002,10/20/2026,12/01/2026,000234,01,ACME,11.222.333/0001-81,open,3,1234.56,",
    );
  });

  it("words every status with the caller's words and leaves a missing date or document empty", () => {
    const rows = (["open", "expired", "converted", "cancelled", "unknown"] as const).map((status, i) => ({
      ...row,
      id: `0100000${i}`,
      number: `00000${i}`,
      status,
      order: status === "converted" ? "001061" : "",
      validity: status === "unknown" ? null : row.validity,
      customerDocument: status === "unknown" ? "" : row.customerDocument,
      customerName: "ACME",
    }));
    const body = lines(quotationsCsv(rows, { locale: "pt-BR", header, status: (s) => words[s] })).slice(1, -1);
    expect(body.map((l) => l.split(";")[7])).toEqual([
      "Em aberto",
      "Vencido",
      "Efetivado em pedido",
      "Cancelado",
      "Situação não reconhecida",
    ]);
    expect(body.map((l) => l.split(";")[10])).toEqual(["", "", "001061", "", ""]);
    expect(body[4]!.split(";").slice(1, 7)).toEqual(["20/10/2026", "", "000234", "01", "ACME", ""]);
  });

  // Risk: a customer name written in the ERP as a formula runs when the rep opens the export.
  it("neutralises every text cell a spreadsheet would run as a formula, keeping it readable", () => {
    const names = ['=HYPERLINK("http://evil.example","Clique")', "+5511999", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];
    for (const customerName of names) {
      const csv = quotationsCsv([{ ...row, customerName }], { locale: "pt-BR", header, status: (s) => words[s] });
      // Quoted cells may hold `;` and line breaks: read the name as the 6th RFC 4180 field.
      const cells = [...csv.replace(/^\uFEFF[^\n]*\n/, "").matchAll(/("(?:[^"]|"")*"|[^;\r\n]*)(;|\r\n)/g)].map((m) =>
        m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'),
      );
      expect(cells[5]).toBe(`'${customerName}`);
    }
    // Amounts stay numbers (a negative one is not a formula to neutralise).
    expect(quotationsCsv([{ ...row, total: -1250 }], { locale: "pt-BR", header, status: (s) => words[s] })).toContain(
      ";-12,50;",
    );
  });
});
