import { beforeEach, describe, expect, it } from "vitest";
import { admin, examples, exampleBody, rows, sge } from "./sge-client";

/**
 * Every example payload of shared/seeds/sge-enrolment-api.txt, sent verbatim, gets the answer the
 * seed documents (sandbox/docs/sge.md lists where the seed contradicts itself and what is answered).
 */
describe("RM SGE: the seed's examples", () => {
  beforeEach(() => admin.reset());

  it("AtualizarServicoCRM: the seed's malformed body is a 400; repaired, the service is created", async () => {
    const malformed = await sge("atualizarServicoCrm", examples.atualizarServicoCrm);
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ Status: "Erro", StatusCode: 400 });
    expect(malformed.body.Message).toMatch(/^O conteúdo da requisição não é um JSON válido: /);

    const repaired = examples.atualizarServicoCrm
      .replace('"CodColigada:', '"CodColigada":')
      .replace('"Codigo:', '"Codigo":')
      .replace('"Descricao:', '"Descricao":');
    const res = await sge("atualizarServicoCrm", repaired);
    expect(res).toEqual({
      status: 200,
      body: { Message: "Serviço incluído com sucesso!\r\n", Status: "Sucesso", StatusCode: 200 },
    });
    expect(
      await rows(
        "SELECT codservico, codcurso FROM zintsfservicocrmcurso WHERE codcoligada = 3 AND codservico = '10' ORDER BY codcurso",
      ),
    ).toEqual([
      { codservico: "10", codcurso: "APT.00011" },
      { codservico: "10", codcurso: "TEC.00011" },
    ]);
  });

  it("GravarResponsavelFinanceiro: a new CNPJ is created with its CodCFO padded to 13", async () => {
    const res = await sge("gravarResponsavelFinanceiro", examples.gravarResponsavelFinanceiro);
    expect(res).toEqual({
      status: 200,
      body: { Message: "Responsavel: 0172104210001, criado com Sucesso!", Status: "Sucesso", StatusCode: 200 },
    });
    expect(await rows("SELECT codcoligada, codcfo, pessoafisoujur FROM fcfo WHERE cgccfo = '17210421000140'")).toEqual([
      { codcoligada: 0, codcfo: "0172104210001", pessoafisoujur: "J" },
    ]);
  });

  it("GravarAluno: CPF 85763425022 is RA 205, updated", async () => {
    const res = await sge("gravarAluno", examples.gravarAluno);
    expect(res).toEqual({
      status: 200,
      body: {
        Message: "Aluno: 205, existente em base, atualizado com Sucesso!\r\n",
        Status: "Sucesso",
        StatusCode: 200,
      },
    });
    expect(
      await rows("SELECT nome, estado, sitocupacional, tipoescola FROM ppessoa WHERE cpf = '85763425022'"),
    ).toEqual([{ nome: "Teste Api 2", estado: "SP", sitocupacional: 1, tipoescola: 3 }]);
  });

  it("RealizarMatricula: enrols RA 0000000382 in 11|TEC.001.017 as contract SGE3F20C100", async () => {
    const res = await sge<{ Matricula: Record<string, unknown> }>("realizarMatricula", examples.realizarMatricula);
    const [klass] = await rows<{ dtinicial: string }>(
      "SELECT dtinicial FROM sturma WHERE codcoligada = 3 AND codturma = 'TEC.001.017'",
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      Matricula: {
        Matricula: "0000000382",
        XNumPro: "SGE3F20C100",
        CodFilial: "UN20",
        FilialProtheus: "03CE0001",
        CodColigada: 3,
        CodContrato: "100",
        StatusContrato: "Vigente",
        DataInicio: `${klass!.dtinicial}T00:00:00`,
        DuracaoEmMeses: 4,
        SituacaoMatricula: "Pré-Matriculado",
      },
      Message: "Matrícula realizada com sucesso!",
      Status: "Sucesso",
      StatusCode: 200,
    });
    expect(Object.keys(res.body)).toEqual(["Matricula", "Message", "Status", "StatusCode"]);
    // Disciplinas [] → every subject of the class; e-commerce → one instalment.
    expect(
      await rows("SELECT coddisc FROM smatricula WHERE codcoligada = 3 AND codcontrato = 100 ORDER BY coddisc"),
    ).toEqual(["MEC001", "MEC002", "MEC003", "MEC004"].map((coddisc) => ({ coddisc })));
    expect(
      await rows("SELECT parcela, dtvencimento, valor FROM sparcela WHERE codcoligada = 3 AND codcontrato = 100"),
    ).toEqual([{ parcela: 1, dtvencimento: "2022-06-20", valor: "240.00" }]);
    expect(
      await rows(
        "SELECT cartaocodloja, ecommerce, cartaoparcelas FROM zintsfdadoscontrato WHERE codcoligada = 3 AND codcontrato = 100",
      ),
    ).toEqual([{ cartaocodloja: "1", ecommerce: "S", cartaoparcelas: 5 }]);
  });

  it("ItemContabil: creates the item (named as sent)", async () => {
    const res = await sge("itemContabil", examples.itemContabil);
    expect(res).toEqual({
      status: 200,
      body: { Message: "Sucesso ao criar o item 0001253\r\n", Status: "Sucesso", StatusCode: 200 },
    });
  });

  it("InclusaoLancamento then CancelamentoLancamento: launch 142 on contract TESTE1, then cancelled", async () => {
    const created = await sge("inclusaoLancamento", examples.inclusaoLancamento);
    expect(created).toEqual({
      status: 200,
      body: { Message: "Sucesso ao incluir o Id. Lançamento 142.\r\n", Status: "Sucesso", StatusCode: 200, IdLan: 142 },
    });
    expect(
      await rows(
        "SELECT valororiginal, statuslan, pedidovenda, dtvencimento, codcxa FROM flan WHERE codcoligada = 3 AND idlan = 142",
      ),
    ).toEqual([
      { valororiginal: "800.00", statuslan: 0, pedidovenda: "TESTE2", dtvencimento: "2022-06-13", codcxa: "001" },
    ]);
    const cancelled = await sge("cancelamentoLancamento", examples.cancelamentoLancamento);
    expect(cancelled).toEqual({
      status: 200,
      body: { Message: "Sucesso ao excluir o Id. Lançamento 142\r\n", Status: "Sucesso", StatusCode: 200 },
    });
    expect(await rows("SELECT statuslan, datacancelamento FROM flan WHERE codcoligada = 3 AND idlan = 142")).toEqual([
      { statuslan: 2, datacancelamento: "2000-01-01" },
    ]);
  });

  it("CancelamentoBaixa: undoes launch 334's settlement of 2000.00 on 06/07/2022", async () => {
    const res = await sge("cancelamentoBaixa", examples.cancelamentoBaixa);
    expect(res).toEqual({
      status: 200,
      body: { Message: "Sucesso ao cancelar baixa do Id. Lançamento 334\r\n", Status: "Sucesso", StatusCode: 200 },
    });
    expect(await rows("SELECT statuslan, valorbaixado FROM flan WHERE codcoligada = 3 AND idlan = 334")).toEqual([
      { statuslan: 0, valorbaixado: "0.00" },
    ]);
  });

  it("BaixaTitulo: the example sends both account kinds (400); with the bank account only it settles 311.26", async () => {
    const both = await sge("baixaTitulo", examples.baixaTitulo);
    expect(both.status).toBe(400);
    expect(both.body.Message).toBe(
      "Item 1: informe a conta caixa com movimentação (ContaCaixa_Banco, ContaCaixa_AG, ContaCaixa_CC) ou a conta sem movimentação (ContaCaixa_SEMMOVIMENTACAO), não as duas.",
    );
    const bankOnly = examples.baixaTitulo.replace('"ContaCaixa_SEMMOVIMENTACAO": "00001", ', "");
    const res = await sge("baixaTitulo", bankOnly);
    expect(res).toEqual({
      status: 200,
      body: { Message: "Sucesso ao baixar o titulo do Id. Lançamento 143\r\n", Status: "Sucesso", StatusCode: 200 },
    });
    expect(
      await rows(
        "SELECT databaixa, valorbaixa, valorjuros, valormulta, codcxa FROM flanbaixa WHERE codcoligada = 3 AND idlan = 143",
      ),
    ).toEqual([
      { databaixa: "2021-12-16", valorbaixa: "311.26", valorjuros: "30.76", valormulta: "5.50", codcxa: "002" },
    ]);
  });

  it("AlteracaoNossoNumero: FIEC launch 232 gets nosso número 123 (FLAN and a new FBOLETO)", async () => {
    const res = await sge("alteracaoNossoNumero", examples.alteracaoNossoNumero);
    expect(res).toEqual({
      status: 200,
      body: {
        Message: "Sucesso ao fazer a Alteração do Nosso Numero (IDLan/Numero Pedido : 232, NossoNumero: 123).\r\n\r\n",
        Status: "Sucesso",
        StatusCode: 200,
      },
    });
    expect(await rows("SELECT nossonumero FROM flan WHERE codcoligada = 1 AND idlan = 232")).toEqual([
      { nossonumero: "123" },
    ]);
    expect(await rows("SELECT nossonumero, valor FROM fboleto WHERE codcoligada = 1 AND idlan = 232")).toEqual([
      { nossonumero: "123", valor: "150.00" },
    ]);
  });

  it("Acordo/Inclusao: agreement 33 over launches 232 and 233, Data as a JSON string", async () => {
    const res = await sge<{ Data: string }>("acordoInclusao", examples.acordoInclusao);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ Message: "Acordo 33 gerado com sucesso\r\n", Status: "Sucesso", StatusCode: 200 });
    expect(typeof res.body.Data).toBe("string");
    const data = JSON.parse(res.body.Data) as {
      IdAcordo: number;
      LancamentosAcordo: { Identificador: string; Idlan: number; DataVencimento: string }[];
    };
    expect(data.IdAcordo).toBe(33);
    expect(data.LancamentosAcordo.map((l) => [l.Identificador, l.DataVencimento])).toEqual([
      ["001", "2022-07-10T00:00:00"],
      ["002", "2022-08-10T00:00:00"],
      ["003", "2022-09-10T00:00:00"],
    ]);
    expect(Object.keys(data.LancamentosAcordo[0]!)).toEqual(["Identificador", "Idlan", "DataVencimento"]);
  });

  it("Acordo/Cancelamento: agreement 21 (IdLiquidacao 22) is cancelled", async () => {
    const res = await sge("acordoCancelamento", examples.acordoCancelamento);
    expect(res).toEqual({
      status: 200,
      body: {
        Message: "Acordo 21 (Liquidação Protheus: 22), cancelado com sucesso.\r\n",
        Status: "Sucesso",
        StatusCode: 200,
      },
    });
  });

  it("SetContract then ConsultContract: integrated, and read back as a bare array", async () => {
    const before = await sge<unknown[]>("consultContract", undefined, {
      query: { numeroContrato: "123456", numProposta: "123" },
    });
    const [klass] = await rows<{ dtinicial: string; dtfinal: string }>(
      "SELECT dtinicial, dtfinal FROM sturma WHERE codcoligada = 3 AND idperlet = 4 AND codturma = 'APB.001.001'",
    );
    expect(before.status).toBe(200);
    // The seed's answer, with the class dates of this business date.
    expect(before.body).toEqual([
      {
        NumeroContrato: "123456",
        NumProposta: "123",
        DataInicioTurma: `${klass!.dtinicial}T00:00:00`,
        DataFimTurma: `${klass!.dtfinal}T00:00:00`,
        TotalVagas: 10,
        VagasDisponiveis: 8,
        VagasUtilizadas: 2,
        AlunosVinculados: 4,
        StatusContrato: "Não iniciado",
        Clientefornecedor: "005959790001",
      },
    ]);
    const set = await sge("setContract", examples.setContract);
    expect(set).toEqual({
      status: 200,
      body: { Message: "Registro integrado com sucesso", Status: "Sucesso", StatusCode: 200 },
    });
    const after = await sge<{ Clientefornecedor: string }[]>("consultContract", undefined, {
      query: { numeroContrato: "123456" },
    });
    expect(after.body).toHaveLength(1);
    expect(after.body[0]).toMatchObject({ TotalVagas: 10, VagasDisponiveis: 8, Clientefornecedor: "580695680001" });
  });

  it("the examples parse as objects for the other tests", () => {
    expect(exampleBody("setContract")).toMatchObject({ CodColigada: 3, NumeroContrato: "123456" });
  });
});
