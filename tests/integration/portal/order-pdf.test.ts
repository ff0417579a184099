import { randomUUID } from "node:crypto";
import { extractText } from "unpdf";
import { describe, expect, it, vi } from "vitest";
import { formatFor } from "@/lib/format";
import { queueStatus } from "@/server/services/order-queue";
import { orderPdf } from "@/server/services/order-pdf";
import { submitOrder } from "@/server/services/order-submit";
import { orderTaxes } from "@/server/services/taxes";
import { sampleOrder } from "./sample-order";
import { admin, ordersWithKey, twoSellers } from "./order-world";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

// The PDF's text, spaces as plain spaces (money is formatted with no-break spaces).
const plain = (s: string) => s.replace(/\u00a0/g, " ");
const textOf = async (bytes: Buffer) => plain((await extractText(new Uint8Array(bytes), { mergePages: true })).text);

// The order as a PDF file the rep sends: what the printed sheet carries, the ERP's taxes, nothing of
// the credit analysis, and only for the rep's own orders.
describe("order PDF (services against the sandbox)", () => {
  const sellers = twoSellers();
  const money = formatFor("pt-BR").money;

  const placeOrder = async () => {
    const form = await sampleOrder(sellers.ana);
    const sent = await submitOrder(sellers.ana, { draftId: randomUUID(), kind: "new", customerName: "x", form });
    if (!sent.ok) throw new Error(sent.reason);
    await admin.runJobs();
    expect((await queueStatus(sellers.ana, sent.queueId!))?.item.status).toBe("done");
    return (await ordersWithKey(form.key))[0]!.number;
  };

  it("is a PDF of the order: issuer, customer, items, totals and the total with the ERP's taxes, no credit figures", async () => {
    const number = await placeOrder();
    const pdf = await orderPdf(sellers.ana, number);
    expect(pdf?.filename).toBe(`pedido-${number}.pdf`);
    expect(pdf!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await textOf(pdf!.bytes);
    const taxes = (await orderTaxes(sellers.ana, number))!;
    for (const expected of [
      `Pedido ${number}`,
      "000012/01",
      "P00001",
      "P00002",
      "Condição de pagamento",
      "Total a pagar pelo cliente",
      plain(money(taxes.totals.total)),
      "Página 1 de 1",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("Crédito disponível");
  });

  it("with the ERP's tax API down the PDF is still made, and says the taxes were not calculated", async () => {
    const number = await placeOrder();
    await admin.faults([{ pathPrefix: "/rest/api/fat/v1/SalesTaxes", kind: "status", status: 503 }]);
    const text = await textOf((await orderPdf(sellers.ana, number))!.bytes);
    expect(text).toContain("Impostos não calculados");
    expect(text).not.toContain("Total a pagar pelo cliente");
  });

  it("another seller's order is not theirs to print", async () => {
    const number = await placeOrder();
    expect(await orderPdf(sellers.bruno, number)).toBeNull();
  });
});
