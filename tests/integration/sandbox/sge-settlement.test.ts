import { beforeEach, describe, expect, it } from "vitest";
import { admin, examples, exampleBody, expectSgeError as expectError, rows, sge } from "./sge-client";
import { settlement, statusOf } from "./sge-finance-bodies";

/** BaixaTitulo / CancelamentoBaixa and the agreements (Acordo/Inclusao, Acordo/Cancelamento), with their round trips. */

describe("BaixaTitulo and CancelamentoBaixa", () => {
  beforeEach(() => admin.reset());

  it("ValorBaixa must equal original + Juros + Multa − Desconto to the centavo; amounts are never negative", async () => {
    expectError(
      await sge("baixaTitulo", settlement({ ValorBaixa: 311.27 })),
      400,
      "Item 1: campo ValorBaixa (311.27) deve ser o valor original 275.00 + Juros 30.76 + Multa 5.50 − Desconto 0.00 = 311.26.",
    );
    expectError(await sge("baixaTitulo", settlement({ Juros: -1 })), 400, "Item 1: campo Juros não pode ser negativo.");
    // With a discount (the seed's second example: 458,33 − 55,83 = 402,50, here on 275.00).
    expect((await sge("baixaTitulo", settlement({ ValorBaixa: 250, Juros: 0, Multa: 0, Desconto: 25 }))).status).toBe(
      200,
    );
    expect(await rows("SELECT valorbaixa, valordesconto FROM flanbaixa WHERE codcoligada = 3 AND idlan = 143")).toEqual(
      [{ valorbaixa: "250.00", valordesconto: "25.00" }],
    );
  });

  it("exactly one account kind: bank movement (all three fields, of the launch's branch) or a no-movement account", async () => {
    expectError(
      await sge("baixaTitulo", settlement({ ContaCaixa_Banco: "", ContaCaixa_AG: "", ContaCaixa_CC: "" })),
      400,
      /^Item 1: informe a conta caixa da baixa: /,
    );
    expectError(
      await sge("baixaTitulo", settlement({ ContaCaixa_CC: "" })),
      400,
      /^Item 1: conta caixa incompleta: .* \(faltou ContaCaixa_CC\)\.$/,
    );
    expectError(
      await sge("baixaTitulo", settlement({ ContaCaixa_Banco: "104", ContaCaixa_AG: "0001", ContaCaixa_CC: "555555" })),
      404,
      "Item 1: conta caixa 104/0001/555555 não encontrada para a filial 03CE0001 do lançamento 143.",
    );
    const noMovement = {
      ContaCaixa_Banco: null,
      ContaCaixa_AG: null,
      ContaCaixa_CC: null,
      ContaCaixa_SemMovimentação: "00001",
    };
    expectError(
      await sge("baixaTitulo", settlement({ ...noMovement, ContaCaixa_SemMovimentação: "00009" })),
      404,
      "Item 1: conta caixa sem movimentação 00009 não encontrada na coligada 3.",
    );
    expect((await sge("baixaTitulo", settlement(noMovement))).body.Message).toBe(
      "Sucesso ao baixar o titulo do Id. Lançamento 143\r\n",
    );
    expect(await rows("SELECT codcxa, numbanco FROM flanbaixa WHERE codcoligada = 3 AND idlan = 143")).toEqual([
      { codcxa: "00001", numbanco: null },
    ]);
  });

  it("only open launches are settled", async () => {
    expectError(
      await sge("baixaTitulo", settlement({ idLan: 334, ValorBaixa: 2000, Juros: 0, Multa: 0 })),
      409,
      "Item 1: o lançamento 334 já está baixado.",
    );
    expectError(
      await sge("baixaTitulo", settlement({ idLan: 123 })),
      409,
      "Item 1: o lançamento 123 está cancelado e não pode ser baixado.",
    );
  });

  it("round trip: settle, cancel the settlement (launch open again), cancel it again is a conflict", async () => {
    await sge("baixaTitulo", settlement({}));
    expect(await statusOf(3, 143)).toBe(1);
    const undo = [
      {
        IdLan: "143",
        DataCancelamento: "17/12/2021",
        DataBaixa: "16/12/2021",
        ContaCaixaBanco: "002",
        ContaCaixaAgencia: "9598",
        ContaCaixaContaCorrente: "1234",
        ValorBaixa: 311.26,
        codColigada: "3",
      },
    ];
    expectError(
      await sge("cancelamentoBaixa", [{ ...undo[0], ValorBaixa: 311.25 }]),
      404,
      /^Item 1: baixa ativa de 311\.25 em 16\/12\/2021 não encontrada no lançamento 143/,
    );
    expect((await sge("cancelamentoBaixa", undo)).body.Message).toBe(
      "Sucesso ao cancelar baixa do Id. Lançamento 143\r\n",
    );
    expect(await statusOf(3, 143)).toBe(0);
    expect(await rows("SELECT status, datacancelamento FROM flanbaixa WHERE codcoligada = 3 AND idlan = 143")).toEqual([
      { status: 1, datacancelamento: "2021-12-17" },
    ]);
    expectError(await sge("cancelamentoBaixa", undo), 409, "Item 1: o lançamento 143 não está baixado.");
    // And it can be settled again.
    expect((await sge("baixaTitulo", settlement({}))).status).toBe(200);
  });

  it("a settlement made by an agreement is cancelled with the agreement, not here", async () => {
    const [baixa] = await rows<{ databaixa: string; valorbaixa: string }>(
      "SELECT databaixa, valorbaixa FROM flanbaixa WHERE codcoligada = 3 AND idlan = 150",
    );
    const date = baixa!.databaixa.split("-").reverse().join("/");
    const res = await sge("cancelamentoBaixa", [
      { IdLan: 150, DataCancelamento: date, DataBaixa: date, ValorBaixa: Number(baixa!.valorbaixa), codColigada: "3" },
    ]);
    expectError(
      res,
      409,
      "Item 1: a baixa do lançamento 150 foi feita pelo acordo 21: cancele o acordo (Acordo/Cancelamento).",
    );
  });
});

describe("Acordo/Inclusao and Acordo/Cancelamento", () => {
  beforeEach(() => admin.reset());

  type Agreement = Record<string, unknown> & {
    LancamentosAcordo: Record<string, unknown>[];
    LancamentosOriginais: Record<string, unknown>[];
  };
  const agreement = (extra: Partial<Agreement> = {}) => ({ ...exampleBody<Agreement>("acordoInclusao"), ...extra });

  it("round trip: originals settled por acordo and new open launches; cancelling reopens the originals", async () => {
    const created = await sge<{ Data: string }>("acordoInclusao", examples.acordoInclusao);
    const ids = (JSON.parse(created.body.Data) as { LancamentosAcordo: { Idlan: number }[] }).LancamentosAcordo.map(
      (l) => l.Idlan,
    );
    // The admin SQL route takes scalar parameters: the id list goes as a PostgreSQL array literal.
    const generated = `{${ids.join(",")}}`;
    expect(
      await rows("SELECT idlan, statuslan FROM flan WHERE codcoligada = 3 AND idlan IN (232, 233) ORDER BY idlan"),
    ).toEqual([
      { idlan: 232, statuslan: 1 },
      { idlan: 233, statuslan: 1 },
    ]);
    expect(
      await rows("SELECT tipobaixa, idacordo FROM flanbaixa WHERE codcoligada = 3 AND idlan IN (232, 233)"),
    ).toEqual([
      { tipobaixa: "A", idacordo: 33 },
      { tipobaixa: "A", idacordo: 33 },
    ]);
    expect(
      await rows(
        "SELECT valororiginal, statuslan, idacordo, codcontrato, dataprevbaixa FROM flan WHERE codcoligada = 3 AND idlan = ANY($1::int[]) ORDER BY idlan",
        [generated],
      ),
    ).toEqual([
      { valororiginal: "1050.11", statuslan: 0, idacordo: 33, codcontrato: 93, dataprevbaixa: "2022-07-10" },
      { valororiginal: "1248.89", statuslan: 0, idacordo: 33, codcontrato: 93, dataprevbaixa: "2022-08-11" },
      { valororiginal: "200.00", statuslan: 0, idacordo: 33, codcontrato: 93, dataprevbaixa: "2022-09-12" },
    ]);
    expectError(
      await sge("acordoInclusao", examples.acordoInclusao),
      409,
      /^LancamentosOriginais, Item 1: o lançamento 232 já está baixado/,
    );

    const cancelled = await sge("acordoCancelamento", {
      codColigada: "3",
      idLiquidacao: "3|CSI|TESTE|CNI418Parc1&5",
      DataCancelamento: "15/06/2022",
    });
    expect(cancelled.body.Message).toBe(
      "Acordo 33 (Liquidação Protheus: 3|CSI|TESTE|CNI418Parc1&5), cancelado com sucesso.\r\n",
    );
    expect(
      await rows(
        "SELECT idlan, statuslan, valorbaixado FROM flan WHERE codcoligada = 3 AND idlan IN (232, 233) ORDER BY idlan",
      ),
    ).toEqual([
      { idlan: 232, statuslan: 0, valorbaixado: "0.00" },
      { idlan: 233, statuslan: 0, valorbaixado: "0.00" },
    ]);
    expect(
      await rows("SELECT DISTINCT statuslan FROM flan WHERE codcoligada = 3 AND idlan = ANY($1::int[])", [generated]),
    ).toEqual([{ statuslan: 2 }]);
    expect(await rows("SELECT status, datacancelamento FROM facordo WHERE codcoligada = 3 AND idacordo = 33")).toEqual([
      { status: 1, datacancelamento: "2022-06-15" },
    ]);
    expectError(
      await sge("acordoCancelamento", {
        codColigada: "3",
        idLiquidacao: "3|CSI|TESTE|CNI418Parc1&5",
        DataCancelamento: "15/06/2022",
      }),
      409,
      /já está cancelado/,
    );
    // The liquidation may be sent again once its agreement is cancelled.
    expect((await sge("acordoInclusao", examples.acordoInclusao)).body.Message).toBe(
      "Acordo 34 gerado com sucesso\r\n",
    );
  });

  it("instalment count and sum, interest kind and the originals are checked", async () => {
    const base = agreement();
    expectError(
      await sge("acordoInclusao", agreement({ NumParcelas: 2 })),
      400,
      "Campo LancamentosAcordo tem 3 parcela(s), mas NumParcelas é 2: devem ser iguais.",
    );
    expectError(
      await sge("acordoInclusao", agreement({ ValorAcordo: 2499.01 })),
      400,
      "Campo ValorAcordo (2499.01) deve ser a soma dos valores de LancamentosAcordo (2499.00).",
    );
    expectError(
      await sge("acordoInclusao", agreement({ ValorJurosDia: 0.5 })),
      400,
      "Campo ValorJurosDia não deve ser informado com TipoJuros 0 (taxa): informe apenas TaxaJuros.",
    );
    expectError(
      await sge("acordoInclusao", agreement({ TipoJuros: 1, TaxaJuros: 0.033 })),
      400,
      "Campo TaxaJuros não deve ser informado com TipoJuros 1 (valor): informe apenas ValorJurosDia.",
    );
    expectError(
      await sge("acordoInclusao", agreement({ TipoJuros: 2 })),
      400,
      "Campo TipoJuros inválido: valores possíveis 0 (taxa) ou 1 (valor).",
    );
    expectError(
      await sge(
        "acordoInclusao",
        agreement({ LancamentosOriginais: [base.LancamentosOriginais[0]!, base.LancamentosOriginais[0]!] }),
      ),
      400,
      "LancamentosOriginais, Item 2: lançamento 232 repetido na lista.",
    );
    expectError(
      await sge("acordoInclusao", agreement({ LancamentosOriginais: [{ Idlan: 334 }] })),
      409,
      /^LancamentosOriginais, Item 1: o lançamento 334 já está baixado/,
    );
    expectError(
      await sge("acordoInclusao", agreement({ LancamentosOriginais: [{ Idlan: 9999 }] })),
      404,
      "LancamentosOriginais, Item 1: lançamento 9999 não encontrado na coligada 3.",
    );
    expectError(
      await sge("acordoInclusao", agreement({ IdLiquidacao: "22" })),
      409,
      "Já existe o acordo 21 ativo para a liquidação 22 (campo IdLiquidacao).",
    );
    expectError(
      await sge("acordoInclusao", agreement({ DataAcordo: "14/06/2022" })),
      400,
      'Campo DataAcordo inválido: "14/06/2022" não é uma data aaaa-mm-dd.',
    );
    expect(await rows("SELECT statuslan FROM flan WHERE codcoligada = 3 AND idlan IN (232, 233)")).toEqual([
      { statuslan: 0 },
      { statuslan: 0 },
    ]);
  });

  it("cancellation: refused with a paid instalment, unknown liquidation is 404, date required", async () => {
    expectError(
      await sge("acordoCancelamento", {
        codColigada: "3",
        idLiquidacao: "3|CSI|DEMO|CNI500Parc1&2",
        DataCancelamento: "01/01/2000",
      }),
      409,
      "O acordo 25 tem parcela(s) paga(s) (Id. Lançamento 161): cancele a baixa antes (CancelamentoBaixa).",
    );
    expectError(
      await sge("acordoCancelamento", { codColigada: "3", idLiquidacao: "nada", DataCancelamento: "01/01/2000" }),
      404,
      "Acordo da liquidação nada não encontrado na coligada 3 (campo idLiquidacao).",
    );
    expectError(
      await sge("acordoCancelamento", { codColigada: "3", idLiquidacao: "22" }),
      400,
      "Campo DataCancelamento é obrigatório.",
    );
    // Agreement 21 (the seed's example): its originals 150 and 151 reopen.
    await sge("acordoCancelamento", examples.acordoCancelamento);
    expect(await rows("SELECT statuslan FROM flan WHERE codcoligada = 3 AND idlan IN (150, 151)")).toEqual([
      { statuslan: 0 },
      { statuslan: 0 },
    ]);
  });
});
