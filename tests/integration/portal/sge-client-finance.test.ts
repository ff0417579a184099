import { beforeEach, describe, expect, it } from "vitest";
import {
  cancelAgreement,
  cancelLaunch,
  cancelSettlement,
  changeNossoNumero,
  createAgreement,
  includeLaunch,
  saveAccountingItems,
  settleLaunch,
} from "@/server/erp/sge/client";
import { admin, demo, failure } from "./sge-client-world";

/**
 * The typed SGE client (server/erp/sge) against the sandbox's RM SGE, the finance side: accounting
 * items, a launch included and cancelled, a settlement and its cancellation (a wrong sum refused),
 * the nosso número, and an agreement created and cancelled (a sum that does not match refused).
 */
const key = { Filial: "03CE0001", Prefixo: "001", Num: "000804", Parcela: "1", Tipo: "P" };

describe("SGE typed client against the sandbox: accounting items, launches, settlements, agreements", () => {
  beforeEach(async () => {
    await admin.reset();
  });

  it("ItemContabil: creates, then alters the same item", async () => {
    const item = {
      codColigada: "3",
      itemContabil: "0001253",
      codFilial: null,
      descricao: "teste Exemplo 0",
      status: "T" as const,
    };
    expect(await saveAccountingItems(demo(), [item])).toBe("Sucesso ao criar o item 0001253");
    expect(await saveAccountingItems(demo(), [{ ...item, status: "F" }])).toMatch(/alterar o item 0001253/);
  });

  it("InclusaoLancamento then CancelamentoLancamento: the seed's launch 142, cancelled", async () => {
    const included = await includeLaunch(demo(), {
      codColigada: "3",
      xnumpro: "TESTE1",
      contaCaixaBanco: "001",
      contaCaixaAgencia: "01",
      contaCaixaContaCorrente: "111111",
      parcela: {
        pedidoVendaGerencial: "TESTE2",
        nossoNumero: "",
        dataEmissao: "01/01/2000",
        dataVencimento: "13/06/2022",
        dataPrevisaoBaixa: "12/06/2022",
        ...key,
      },
    });
    expect(included).toEqual({ idLan: 142, message: "Sucesso ao incluir o Id. Lançamento 142." });
    expect(await cancelLaunch(demo(), { codColigada: "3", idLan: "142", ...key, DataCancelamento: "01/01/2000" })).toBe(
      "Sucesso ao excluir o Id. Lançamento 142",
    );
    const twice = await failure(
      cancelLaunch(demo(), { codColigada: "3", idLan: "142", ...key, DataCancelamento: "01/01/2000" }),
    );
    expect(twice.kind).toBe("conflict");
  });

  it("BaixaTitulo then CancelamentoBaixa on launch 143 (275.00 + 30.76 + 5.50 = 311.26); a wrong sum is refused", async () => {
    const settle = {
      codColigada: "3",
      idLan: "143",
      ...key,
      ValorBaixa: 311.26,
      DataBaixa: "16/12/2021",
      ContaCaixa_Banco: "002",
      ContaCaixa_AG: "9598",
      ContaCaixa_CC: "1234",
      Juros: 30.76,
      Multa: 5.5,
      Desconto: 0,
    };
    const wrong = await failure(settleLaunch(demo(), { ...settle, ValorBaixa: 311.27 }));
    expect(wrong.message).toMatch(/ValorBaixa/);
    expect(await settleLaunch(demo(), settle)).toBe("Sucesso ao baixar o titulo do Id. Lançamento 143");
    expect(
      await cancelSettlement(demo(), {
        IdLan: "143",
        ...key,
        DataCancelamento: "17/12/2021",
        DataBaixa: "16/12/2021",
        ContaCaixaBanco: "002",
        ContaCaixaAgencia: "9598",
        ContaCaixaContaCorrente: "1234",
        ValorBaixa: 311.26,
        codColigada: "3",
        ContaCaixa_SEMMOVIMENTACAO: "",
      }),
    ).toMatch(/cancelar baixa do Id\. Lançamento 143/);
    // The seed's own CancelamentoBaixa example (launch 334, settled with 2000 on 06/07/2022).
    expect(
      await cancelSettlement(demo(), {
        IdLan: "334",
        ...key,
        DataCancelamento: "06/07/2022",
        DataBaixa: "06/07/2022",
        ContaCaixaBanco: "002",
        ContaCaixaAgencia: "9598",
        ContaCaixaContaCorrente: "1234",
        ValorBaixa: 2000,
        codColigada: "3",
        ContaCaixa_SEMMOVIMENTACAO: "",
      }),
    ).toMatch(/334/);
  });

  it("AlteracaoNossoNumero: the seed's example (coligada 1, launch 232)", async () => {
    const message = await changeNossoNumero(demo(), {
      codColigada: "1",
      NossoNumero: "123",
      Idlan: 232,
      Filial: "03CE0001",
      Prefixo: "001",
      Num: "000805",
      Parcela: "1",
      Tipo: "P",
      NumeroPedido: null,
      CodFilial: null,
    });
    expect(message).toMatch(
      /^Sucesso ao fazer a Alteração do Nosso Numero \(IDLan\/Numero Pedido : 232, NossoNumero: 123\)\.$/,
    );
  });

  it("Acordo Inclusao (Data arrives as a JSON string) and Cancelamento; a sum that does not match is refused", async () => {
    const launch = (Identificador: string, DataVencimento: string, Valor: number) => ({
      Identificador,
      Filial: "03CE0001",
      Prefixo: "001",
      Num: "000804",
      Parcela: "1",
      Tipo: "P",
      DataVencimento,
      DataPrevisaoBaixa: DataVencimento,
      Valor,
    });
    const agreement = {
      IdLiquidacao: "3|CSI|TESTE|CNI418Parc1&5",
      codColigada: "3",
      NumParcelas: 3,
      CodCCusto: "3.03.01.03.01",
      TipoJuros: 0 as const,
      TaxaJuros: 0,
      ValorJurosDia: 0,
      DataAcordo: "2022-06-14",
      ValorAcordo: 2499,
      ValorDesconto: 1,
      ValorAcrescimo: 100,
      LancamentosOriginais: [
        { Idlan: 232, Filial: "03CE0001", Prefixo: "001", Num: "000805", Parcela: "1", Tipo: "P" },
        { Idlan: 233, Filial: "03CE0001", Prefixo: "001", Num: "000805", Parcela: "1", Tipo: "P" },
      ],
      LancamentosAcordo: [
        launch("001", "2022-07-10", 1050.11),
        launch("002", "2022-08-10", 1248.89),
        launch("003", "2022-09-10", 200),
      ],
    };
    const wrong = await failure(createAgreement(demo(), { ...agreement, ValorAcordo: 2500 }));
    expect(wrong.message).toMatch(/ValorAcordo/);
    const created = await createAgreement(demo(), agreement);
    expect(created.IdAcordo).toBe(33);
    expect(created.message).toBe("Acordo 33 gerado com sucesso");
    expect(created.LancamentosAcordo.map((l) => l.Identificador)).toEqual(["001", "002", "003"]);
    expect(
      await cancelAgreement(demo(), {
        codColigada: "3",
        idLiquidacao: agreement.IdLiquidacao,
        DataCancelamento: "15/06/2022",
      }),
    ).toMatch(/^Acordo 33 .*cancelado com sucesso\.$/);
    expect(
      await cancelAgreement(demo(), { codColigada: "3", idLiquidacao: "22", DataCancelamento: "01/01/2000" }),
    ).toMatch(/^Acordo 21 /);
  });
});
