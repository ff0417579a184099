import { describe, expect, it } from "vitest";
import { ordersCsv } from "@/lib/orders-csv";
import type { OrderListItem } from "@/lib/types/order-list";

const row: OrderListItem = {
  id: "01001151",
  number: "001151",
  issueDate: "2026-11-20",
  status: "invoiced",
  total: 123456,
  customer: "000012",
  store: "01",
  customerName: 'MERCADO "BOM; PREÇO"',
  customerDocument: "11222333000181",
  invoice: "000001581",
  items: 3,
};
const header = [
  "Pedido",
  "Emissão",
  "Cliente",
  "Loja",
  "Nome",
  "CPF/CNPJ",
  "Situação",
  "Itens",
  "Total",
  "Nota fiscal",
];

describe("orders CSV", () => {
  it("writes pt-BR for Excel: BOM, semicolons, decimal comma, dd/MM/yyyy, quoted fields that need it", () => {
    const csv = ordersCsv([row], { locale: "pt-BR", header, status: () => "Faturado" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [head, line] = csv.slice(1).split("\r\n");
    expect(head).toBe(header.join(";"));
    expect(line).toBe(
      '001151;20/11/2026;000012;01;"MERCADO ""BOM; PREÇO""";11.222.333/0001-81;Faturado;3;1234,56;000001581',
    );
  });

  it("writes English with commas and a decimal point", () => {
    const csv = ordersCsv([{ ...row, customerName: "ACME", invoice: null, status: "open" }], {
      locale: "en",
      header,
      status: (s) => s,
    });
    expect(csv.slice(1).split("\r\n")[1]).toBe("001151,11/20/2026,000012,01,ACME,11.222.333/0001-81,open,3,1234.56,");
  });

  // Risk: a customer name written in the ERP as a formula runs when the rep opens the export.
  it("neutralises every text cell a spreadsheet would run as a formula, keeping it readable", () => {
    const names = ['=HYPERLINK("http://evil.example","Clique")', "+5511999", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];
    for (const customerName of names) {
      const line = ordersCsv([{ ...row, customerName }], { locale: "pt-BR", header, status: () => "Faturado" })
        .slice(1)
        .split("\r\n")[1]!;
      const cell = line.split(";")[4]!.replace(/^"|"$/g, "").replace(/""/g, '"');
      expect(cell).toBe(`'${customerName}`);
    }
    // Amounts stay numbers (a negative one is not a formula to neutralise).
    expect(ordersCsv([{ ...row, total: -1250 }], { locale: "pt-BR", header, status: () => "Faturado" })).toContain(
      ";-12,50;",
    );
  });
});
