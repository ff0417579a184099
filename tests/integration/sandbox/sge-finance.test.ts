import { beforeEach, describe, expect, it } from "vitest";
import { admin, examples, exampleBody, expectSgeError as expectError, rows, sge } from "./sge-client";
import { inclusion, statusOf } from "./sge-finance-bodies";

/**
 * Rules of the finance endpoints (InclusaoLancamento, CancelamentoLancamento, BaixaTitulo,
 * CancelamentoBaixa, AlteracaoNossoNumero, Acordo/Inclusao, Acordo/Cancelamento) and their round
 * trips, against the seeded launches of sandbox/docs/sge.md.
 */

describe("InclusaoLancamento", () => {
  beforeEach(() => admin.reset());

  it("takes the contract's instalments in order, writes SLAN and FBOLETO, and refuses when none is left", async () => {
    for (const [num, expected] of [
      ["000901", 142],
      ["000902", 144],
      ["000903", 145],
    ] as const) {
      const res = await sge("inclusaoLancamento", inclusion({ Num: num, nossoNumero: `NN${num}` }));
      expect(res.body, res.body.Message).toMatchObject({
        IdLan: expected,
        Message: `Sucesso ao incluir o Id. Lançamento ${expected}.\r\n`,
      });
    }
    expect(
      await rows("SELECT idlan, parcela FROM slan WHERE codcoligada = 3 AND codcontrato = 90 ORDER BY idlan"),
    ).toEqual([
      { idlan: 142, parcela: 1 },
      { idlan: 144, parcela: 2 },
      { idlan: 145, parcela: 3 },
    ]);
    expect(await rows("SELECT nossonumero, codcxa, valor FROM fboleto WHERE codcoligada = 3 AND idlan = 144")).toEqual([
      { nossonumero: "NN000902", codcxa: "001", valor: "800.00" },
    ]);
    expectError(
      await sge("inclusaoLancamento", inclusion({ Num: "000904" })),
      409,
      "Item 1: todas as parcelas do contrato TESTE1 já têm lançamento.",
    );
    // Cancelling a launch frees its instalment for a new one.
    await sge("cancelamentoLancamento", [{ codColigada: "3", idLan: 144, DataCancelamento: "01/01/2000" }]);
    expect((await sge("inclusaoLancamento", inclusion({ Num: "000904" }))).body).toMatchObject({ IdLan: 146 });
  });

  it("the title key is unique among the contract's live launches", async () => {
    await sge("inclusaoLancamento", examples.inclusaoLancamento);
    expectError(
      await sge("inclusaoLancamento", examples.inclusaoLancamento),
      409,
      "Item 1: o título 03CE0001/001/000804/1/P já existe no contrato TESTE1 (Id. Lançamento 142).",
    );
  });

  it("rejects an unknown contract, missing required fields, an incomplete or unknown cash account", async () => {
    expectError(
      await sge("inclusaoLancamento", inclusion({}, { xnumpro: "NAOEXISTE" })),
      404,
      "Item 1: contrato NAOEXISTE não encontrado na coligada 3 (campo xnumpro).",
    );
    expectError(
      await sge("inclusaoLancamento", inclusion({ pedidoVendaGerencial: "" })),
      400,
      "Item 1: campo parcela.pedidoVendaGerencial é obrigatório.",
    );
    expectError(
      await sge("inclusaoLancamento", inclusion({ dataEmissao: undefined })),
      400,
      "Item 1: campo parcela.dataEmissao é obrigatório.",
    );
    expectError(
      await sge("inclusaoLancamento", inclusion({}, { contaCaixaAgencia: "" })),
      400,
      /^Item 1: conta caixa incompleta: .* \(faltou contaCaixaAgencia\)\.$/,
    );
    expectError(
      await sge(
        "inclusaoLancamento",
        inclusion({}, { contaCaixaBanco: "104", contaCaixaAgencia: "0001", contaCaixaContaCorrente: "555555" }),
      ),
      404,
      "Item 1: conta caixa 104/0001/555555 não encontrada para a filial 03CE0001.",
    );
    expectError(
      await sge("inclusaoLancamento", exampleBody<unknown[]>("inclusaoLancamento")[0]),
      400,
      /^O corpo da requisição deve ser uma lista JSON/,
    );
    expect(await rows("SELECT 1 FROM flan WHERE codcoligada = 3 AND idlan = 142")).toEqual([]);
  });
});

describe("CancelamentoLancamento", () => {
  beforeEach(() => admin.reset());

  it("finds a launch by the title key when idLan is empty; an ambiguous key is a conflict", async () => {
    const byKey = await sge("cancelamentoLancamento", [
      {
        codColigada: "3",
        idLan: "",
        Filial: "03CE0001",
        Prefixo: "001",
        Num: "000810",
        Parcela: "3",
        Tipo: "P",
        DataCancelamento: "02/01/2000",
      },
    ]);
    expect(byKey.body.Message).toBe("Sucesso ao excluir o Id. Lançamento 122\r\n");
    expect(await statusOf(3, 122)).toBe(2);
    await sge("inclusaoLancamento", examples.inclusaoLancamento);
    const ambiguous = exampleBody<Record<string, unknown>[]>("cancelamentoLancamento").map((i) => ({
      ...i,
      idLan: null,
    }));
    expectError(
      await sge("cancelamentoLancamento", ambiguous),
      409,
      "Item 1: a chave do título 03CE0001/001/000804/1/P corresponde a 2 lançamentos (143, 142): informe o campo idLan.",
    );
    expectError(
      await sge("cancelamentoLancamento", [{ codColigada: "3", Filial: "03CE0001", DataCancelamento: "02/01/2000" }]),
      400,
      /^Item 1: informe o campo idLan ou a chave do título .*campo Prefixo, Num, Parcela, Tipo não informado\.$/,
    );
  });

  it("refuses paid, cancelled and agreement launches; unknown ones are 404", async () => {
    const cancel = (idLan: number) =>
      sge("cancelamentoLancamento", [{ codColigada: "3", idLan, DataCancelamento: "01/01/2000" }]);
    expectError(
      await cancel(334),
      409,
      "Item 1: o lançamento 334 está baixado: cancele a baixa antes (CancelamentoBaixa).",
    );
    expectError(await cancel(123), 409, "Item 1: o lançamento 123 já está cancelado.");
    expectError(
      await cancel(150),
      409,
      "Item 1: o lançamento 150 foi baixado pelo acordo 21: cancele o acordo antes (Acordo/Cancelamento).",
    );
    expectError(
      await cancel(152),
      409,
      "Item 1: o lançamento 152 foi gerado pelo acordo 21: cancele o acordo (Acordo/Cancelamento).",
    );
    expectError(await cancel(999), 404, "Item 1: lançamento 999 não encontrado na coligada 3.");
    expectError(
      await sge("cancelamentoLancamento", [{ codColigada: "3", idLan: 122 }]),
      400,
      "Item 1: campo DataCancelamento é obrigatório.",
    );
  });
});

describe("AlteracaoNossoNumero", () => {
  beforeEach(() => admin.reset());

  it("finds the launch by NumeroPedido + CodFilial and updates FLAN and its FBOLETO", async () => {
    const res = await sge("alteracaoNossoNumero", {
      codColigada: 3,
      NossoNumero: "990001",
      NumeroPedido: "PV0008103",
      CodFilial: "UN20",
    });
    expect(res.body.Message).toBe(
      "Sucesso ao fazer a Alteração do Nosso Numero (IDLan/Numero Pedido : 122, NossoNumero: 990001).\r\n\r\n",
    );
    await sge("alteracaoNossoNumero", { codColigada: 3, NossoNumero: "990002", Idlan: 122 });
    expect(await rows("SELECT nossonumero FROM fboleto WHERE codcoligada = 3 AND idlan = 122")).toEqual([
      { nossonumero: "990002" },
    ]);
    expect(await rows("SELECT nossonumero FROM flan WHERE codcoligada = 3 AND idlan = 122")).toEqual([
      { nossonumero: "990002" },
    ]);
  });

  it("rejects an array body, a missing NossoNumero or key, and a cancelled launch", async () => {
    expectError(
      await sge("alteracaoNossoNumero", [exampleBody("alteracaoNossoNumero")]),
      400,
      "O corpo da requisição deve ser um objeto JSON ({...}), não uma lista.",
    );
    expectError(
      await sge("alteracaoNossoNumero", {
        ...exampleBody<Record<string, unknown>>("alteracaoNossoNumero"),
        NossoNumero: "",
      }),
      400,
      "Campo NossoNumero é obrigatório.",
    );
    expectError(
      await sge("alteracaoNossoNumero", { codColigada: 3, NossoNumero: "1" }),
      400,
      "Informe o campo Idlan, a chave do título (Filial, Prefixo, Num, Parcela e Tipo) ou os campos NumeroPedido e CodFilial.",
    );
    expectError(
      await sge("alteracaoNossoNumero", { codColigada: 3, NossoNumero: "1", Idlan: 123 }),
      409,
      "O lançamento 123 está cancelado: o Nosso Número não pode ser alterado.",
    );
  });
});
