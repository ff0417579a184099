import { describe, expect, it } from "vitest";
import { plainWords, splitTechnical } from "@/lib/technical-text";

describe("plainWords: ERP texts without the identifiers meant for support (issue 16 item 19)", () => {
  it("drops Protheus fields and parameters, in parentheses or loose", () => {
    expect(plainWords("Produto P00007 bloqueado para uso (B1_MSBLQL).")).toBe("Produto P00007 bloqueado para uso.");
    expect(plainWords("Cliente com risco D e título vencido há 40 dias (tolerância de 30 dias, MV_RISCOD).")).toBe(
      "Cliente com risco D e título vencido há 40 dias.",
    );
    expect(plainWords("Limite vencido em A1_VENCLC")).toBe("Limite vencido em");
    expect(plainWords("items.1.product: Produto P00002 bloqueado (inativo).")).toBe(
      "Produto P00002 bloqueado (inativo).",
    );
    expect(plainWords("customer: Cliente bloqueado; items.0.price: Preço abaixo do mínimo")).toBe(
      "Cliente bloqueado; Preço abaixo do mínimo",
    );
  });
  it("keeps codes the rep needs (order and product numbers, the customer's code/store)", () => {
    expect(plainWords("Pedido 001123 incluído - cliente 000012/01")).toBe("Pedido 001123 incluído - cliente 000012/01");
  });
  it("gives the original as the detail only when something was taken out", () => {
    expect(splitTechnical("Pedido 001123 incluído")).toEqual({ words: "Pedido 001123 incluído", detail: null });
    expect(splitTechnical("Bloqueado (B1_MSBLQL)")).toEqual({ words: "Bloqueado", detail: "Bloqueado (B1_MSBLQL)" });
  });
});
