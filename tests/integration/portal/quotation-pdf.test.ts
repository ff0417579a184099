import { encode } from "next-auth/jwt";
import { extractText } from "unpdf";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { formatFor } from "@/lib/format";
import type { Viewer } from "@/server/auth/viewer";
import { orderIssuer } from "@/server/services/order-issuer";
import { quotationPdf } from "@/server/services/quotation-pdf";
import { getQuotation } from "@/server/services/quotations";
import { salesDocumentPdf } from "@/server/services/sales-document-pdf";
import { quotationTaxes } from "@/server/services/taxes";
import { admin, twoSellers } from "./order-world";
import { seededQuotations, type SeededQuotations } from "./quotation-world";
import { jar } from "./session-jar";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

const { GET } = await import("@/app/api/quotations/[number]/pdf/route");

// The PDF's text, spaces as plain spaces (money is formatted with no-break spaces), page by page.
const plain = (s: string) => s.replace(/\u00a0/g, " ");
const pagesOf = async (bytes: Buffer) =>
  (await extractText(new Uint8Array(bytes), { mergePages: false })).text.map(plain);
const textOf = async (bytes: Buffer) => (await pagesOf(bytes)).join("\n");

// The route reads the session from next-auth's cookie: the test holds the cookie of the viewer it plays.
const pdfRoute = async (viewer: Viewer, number: string) => {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET! }),
  );
  return GET(new Request(`http://portal.test/api/quotations/${number}/pdf`), { params: Promise.resolve({ number }) });
};

// A quotation as the PDF the rep sends the customer (sandbox/docs/quotations.md showcases, read by their
// keys: ana's open one, her expired one, bruno's open one): validity, conditions, items, the ERP's
// taxes, nothing of the customer's credit, and only for the rep's own quotations.
describe("quotation PDF (services and route against the sandbox)", () => {
  const sellers = twoSellers();
  const f = formatFor("pt-BR");
  let seeded: SeededQuotations;
  beforeAll(async () => {
    seeded = await seededQuotations();
  });
  // The quotation's own total (items and freight, taxes apart), on its line of the totals block.
  const quotationTotal = (cents: number) =>
    new RegExp(`Total do orçamento[^\\n]* ${plain(f.money(cents)).replace(/[$.]/g, "\\$&")}`);

  it("is a PDF of the quotation: number, customer, validity, payment condition, items and the ERP's total with taxes, no credit figures", async () => {
    const view = (await getQuotation(sellers.ana, seeded.anaOpen))!;
    const { quotation, customer, names } = view;
    expect(quotation.status).toBe("open");
    const pdf = await quotationPdf(sellers.ana, seeded.anaOpen);
    expect(pdf?.filename).toBe(`orcamento-${seeded.anaOpen}.pdf`);
    expect(pdf!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pagesOf(pdf!.bytes);
    expect(pages).toHaveLength(1);
    const text = pages.join("\n");
    const taxes = (await quotationTaxes(sellers.ana, seeded.anaOpen))!;
    expect(quotation.items.length).toBeGreaterThan(1);
    for (const expected of [
      `Orçamento ${seeded.anaOpen}`,
      customer!.name,
      `${quotation.customer}/${quotation.store}`,
      `Válido até ${f.date(quotation.validity)}`,
      `Condição de pagamento: ${quotation.paymentCondition} · ${names.paymentCondition}`,
      `Tabela de preço: ${quotation.priceList} · ${names.priceList}`,
      ...quotation.items.map((i) => i.product.trim()),
      `Total a pagar pelo cliente ${plain(f.money(taxes.totals.total))}`,
      "Vendedor: 000001",
      "Página 1 de 1",
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(quotationTotal(quotation.total + quotation.freightValue));
    expect(names.paymentCondition).not.toBe("");
    expect(text).not.toContain("Vencido");
    expect(text).not.toContain("Crédito");
    expect(text).not.toContain(plain(f.money(customer!.creditLimit)));
  });

  it("with the ERP's tax API down the PDF is still made, and says the taxes were not calculated", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/fat/v1/SalesTaxes", kind: "status", status: 503 }]);
    const { quotation } = (await getQuotation(sellers.ana, seeded.anaOpen))!;
    const text = await textOf((await quotationPdf(sellers.ana, seeded.anaOpen))!.bytes);
    expect(text).toContain("Impostos não calculados");
    expect(text).not.toContain("Total a pagar pelo cliente");
    expect(text).toMatch(quotationTotal(quotation.total + quotation.freightValue));
  });

  it("an expired quotation says so, with the day it expired", async () => {
    const { quotation } = (await getQuotation(sellers.ana, seeded.anaExpired))!;
    expect(quotation.status).toBe("expired");
    const text = await textOf((await quotationPdf(sellers.ana, seeded.anaExpired))!.bytes);
    expect(text).toContain(`Vencido em ${f.date(quotation.validity)}`);
    expect(text).not.toContain("Válido até");
  });

  it("the route serves the viewer's own quotation as a file to download, and anyone else's as a 404", async () => {
    const own = await pdfRoute(sellers.ana, seeded.anaOpen);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("content-disposition")).toBe(`attachment; filename="orcamento-${seeded.anaOpen}.pdf"`);
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    expect(await textOf(Buffer.from(await own.arrayBuffer()))).toContain(`Orçamento ${seeded.anaOpen}`);

    expect(await quotationPdf(sellers.bruno, seeded.anaOpen)).toBeNull();
    expect((await pdfRoute(sellers.bruno, seeded.anaOpen)).status).toBe(404);
    // And the other way round: bruno's open quotation is not ana's to print.
    expect((await getQuotation(sellers.bruno, seeded.brunoOpen))?.quotation.status).toBe("open");
    expect((await pdfRoute(sellers.ana, seeded.brunoOpen)).status).toBe(404);
  });

  it("a long document runs onto more pages: the items' heading again on each, every page numbered, the totals whole", async () => {
    const { quotation, customer } = (await getQuotation(sellers.ana, seeded.anaOpen))!;
    const items = Array.from({ length: 90 }, (_, n) => ({
      ...quotation.items[n % quotation.items.length]!,
      item: String(n + 1).padStart(2, "0"),
    }));
    const total = items.reduce((sum, i) => sum + i.total, 0);
    const bytes = await salesDocumentPdf({
      title: `Orçamento ${seeded.anaOpen}`,
      issuer: orderIssuer(sellers.ana),
      customer: { code: quotation.customer, store: quotation.store, record: customer },
      conditions: {
        issueDate: quotation.issueDate,
        paymentCondition: { code: quotation.paymentCondition, name: "" },
        priceList: { code: quotation.priceList, name: "" },
        freightType: quotation.freightType,
      },
      items,
      totals: { items: total, freight: 0, label: "Total do orçamento" },
      taxes: null,
    });
    const pages = await pagesOf(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, n) => {
      expect(page).toContain(`Página ${n + 1} de ${pages.length}`);
      expect(page).toContain("Preço unitário");
    });
    expect(pages.join("\n")).toContain(`\n90 ${quotation.items[89 % quotation.items.length]!.product.trim()}`);
    const last = pages.at(-1)!;
    expect(last).toContain(`Total do orçamento ${plain(f.money(total))}`);
    expect(last).toContain("Impostos não calculados");
  });
});
