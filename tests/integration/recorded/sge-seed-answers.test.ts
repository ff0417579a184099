import { describe, expect, it } from "vitest";
import { ErpError } from "@/server/erp/errors";
import {
  cancelAgreement,
  cancelLaunch,
  cancelSettlement,
  changeNossoNumero,
  consultPjContract,
  createAgreement,
  enrol,
  includeLaunch,
  saveAccountingItems,
  saveResponsible,
  saveStudent,
  setPjContract,
  settleLaunch,
  updateCrmServices,
} from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { replay } from "./replay";
import { seedAnswers } from "./sge-seed-answers";
import { seedEnrolment } from "../portal/sge-client-world";

/**
 * Contract tests on recorded answers (issue 19 item 6): each of the seed's 14 answers, as RM puts
 * it on the wire, goes through the portal's own client function (transport, envelope, answer
 * schema, reshaping) and is accepted unchanged. The four the document misprints are refused as an
 * unreadable answer verbatim (never taken for a success) and accepted once only the misprint is fixed.
 */
const c = () => sgeConnection("demo")!;
const title = { Filial: "03CE0001", Prefixo: "001", Num: "000804", Parcela: "1", Tipo: "P" };

const calls = {
  atualizarServicoCrm: () =>
    updateCrmServices(c(), [
      {
        CodColigada: 3,
        Codigo: "10",
        Descricao: "Mensalidade - Curso Técnico Mecânica",
        ProdutoProtheus: "121551",
        Natureza: "1100103",
        ItemContabil: "123",
        ContaContabil: "090090009",
        Ativo: true,
        CodCursos: ["APT.00011", "TEC.00011"],
      },
    ]),
  gravarResponsavelFinanceiro: () =>
    saveResponsible(c(), {
      CodCFO: "172104210001",
      Nome: "Template Json API",
      CPFCNPJ: "17210421000140",
      Email: "financeiro@example.com",
      Cep: "31810365",
      Logradouro: "Logradouro",
      Numero: 20,
      Complemento: "101",
      Bairro: "Bairro",
      Estado: "MG",
      Cidade: "Belo Horizonte",
      Pais: "Brasil",
      Telefone: "03189898989",
      Celular: "77777777777",
      Tel_Comercial: "0314545454545",
      Fax: "0314545454545",
      CodColigada: 3,
      Global: true,
    }),
  gravarAluno: () =>
    saveStudent(c(), {
      Nome: "Teste Api 2",
      EstadoNatal: "MG",
      Naturalidade: "Belo Horizonte",
      DataNascimento: "05/07/1978",
      Cpf: "85763425022",
      Cep: "38700412",
      Rua: "Pascoal Soares",
      Numero: 10,
      Complemento: "102",
      Bairro: "Savassi",
      Estado: "SP",
      Cidade: "São Paulo",
      Pais: "Brasil",
      Tel_Residencial: "3333333333",
      Tel_Celular: "2312321312",
      SitOcupacional: 1,
      TipoEscola: 3,
      CodColigada: 3,
      IdMatrizAplicada: 4,
      Email: "aluno@example.com",
      NomeMae: "Nome da mãe do Aluno",
    }),
  realizarMatricula: () => enrol(c(), seedEnrolment()),
  itemContabil: () =>
    saveAccountingItems(c(), [
      { codColigada: "3", itemContabil: "0001253", codFilial: null, descricao: "teste Exemplo 0", status: "T" },
    ]),
  inclusaoLancamento: () =>
    includeLaunch(c(), {
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
        ...title,
      },
    }),
  cancelamentoLancamento: () =>
    cancelLaunch(c(), { codColigada: "3", idLan: "142", ...title, DataCancelamento: "01/01/2000" }),
  cancelamentoBaixa: () =>
    cancelSettlement(c(), {
      IdLan: "334",
      ...title,
      DataCancelamento: "06/07/2022",
      DataBaixa: "06/07/2022",
      ContaCaixaBanco: "002",
      ContaCaixaAgencia: "9598",
      ContaCaixaContaCorrente: "1234",
      ValorBaixa: 2000,
      codColigada: "3",
      ContaCaixa_SEMMOVIMENTACAO: "",
    }),
  baixaTitulo: () =>
    settleLaunch(c(), {
      codColigada: "3",
      idLan: "143",
      ...title,
      ValorBaixa: 311.26,
      DataBaixa: "16/12/2021",
      ContaCaixa_Banco: "002",
      ContaCaixa_AG: "9598",
      ContaCaixa_CC: "1234",
      ContaCaixa_SEMMOVIMENTACAO: "00001",
      Juros: 30.76,
      Multa: 5.5,
      Desconto: 0,
    }),
  alteracaoNossoNumero: () =>
    changeNossoNumero(c(), {
      codColigada: "3",
      NossoNumero: "123",
      Idlan: 232,
      ...title,
      Num: "000805",
      NumeroPedido: null,
      CodFilial: null,
    }),
  acordoInclusao: () =>
    createAgreement(c(), {
      IdLiquidacao: "3|CSI|TESTE|CNI418Parc1&5",
      codColigada: "3",
      NumParcelas: 3,
      CodCCusto: "3.03.01.03.01",
      TipoJuros: 0,
      TaxaJuros: 0,
      ValorJurosDia: 0,
      DataAcordo: "2022-06-14",
      ValorAcordo: 2499,
      ValorDesconto: 1,
      ValorAcrescimo: 100,
      LancamentosOriginais: [
        { Idlan: 232, ...title, Num: "000805" },
        { Idlan: 233, ...title, Num: "000805" },
      ],
      LancamentosAcordo: [
        {
          Identificador: "001",
          ...title,
          DataVencimento: "2022-07-10",
          DataPrevisaoBaixa: "2022-07-10",
          Valor: 1050.11,
        },
        {
          Identificador: "002",
          ...title,
          DataVencimento: "2022-08-10",
          DataPrevisaoBaixa: "2022-08-11",
          Valor: 1248.89,
        },
        { Identificador: "003", ...title, DataVencimento: "2022-09-10", DataPrevisaoBaixa: "2022-09-12", Valor: 200 },
      ],
    }),
  acordoCancelamento: () =>
    cancelAgreement(c(), { codColigada: "3", idLiquidacao: "22", DataCancelamento: "01/01/2000" }),
  setContract: () =>
    setPjContract(c(), {
      CodColigada: 3,
      Filial: "03CE0001",
      NumeroContrato: "123456",
      NumProposta: "123",
      CNPJ: "05959790000116",
      NomeEmpresa: "Empresa PJ",
      CodTurma: "TEC.001.017",
      IdPerlet: 11,
      VagasOfertadas: 10,
      VagasUtilizadas: 2,
      ValorContrato: 1000,
    }),
  consultContract: () => consultPjContract(c(), { numeroContrato: "123456" }),
} satisfies Record<keyof typeof seedAnswers, () => Promise<unknown>>;

/** What each answer reads as in the portal (the client function's result). */
const expected: Record<keyof typeof seedAnswers, unknown> = {
  atualizarServicoCrm: "Serviço incluído com sucesso!",
  gravarResponsavelFinanceiro: "Responsavel: 0172104210001, criado com Sucesso!",
  gravarAluno: { ra: "205", existed: true, message: "Aluno: 205, existente em base, atualizado com Sucesso!" },
  realizarMatricula: {
    Matricula: "0000000001",
    XNumPro: "SGE3F20C100",
    CodFilial: "UN20",
    FilialProtheus: "03CE0001",
    CodColigada: 3,
    CodContrato: "100",
    StatusContrato: "Vigente",
    DataInicio: "2022-07-08T00:00:00",
    DuracaoEmMeses: 4,
    SituacaoMatricula: "Pré-Matriculado",
    message: "Matrícula realizada com sucesso!",
  },
  itemContabil: "Sucesso ao criar o item 123",
  inclusaoLancamento: { idLan: 142, message: "Sucesso ao incluir o Id. Lançamento 142." },
  cancelamentoLancamento: "Sucesso ao excluir o Id. Lançamento 142",
  cancelamentoBaixa: "Sucesso ao cancelar baixa do Id. Lançamento 142",
  baixaTitulo: "Sucesso ao baixar o titulo do Id. Lançamento 143",
  alteracaoNossoNumero: "Sucesso ao fazer a Alteração do Nosso Numero (IDLan/Numero Pedido : 172, NossoNumero: 123).",
  acordoInclusao: {
    IdAcordo: 33,
    LancamentosAcordo: [
      { Identificador: "001", Idlan: 300, DataVencimento: "2022-07-10T00:00:00" },
      { Identificador: "002", Idlan: 301, DataVencimento: "2022-08-10T00:00:00" },
      { Identificador: "003", Idlan: 302, DataVencimento: "2022-09-10T00:00:00" },
    ],
    message: "Acordo 33 gerado com sucesso",
  },
  acordoCancelamento: "Acordo 21 (Liquidação Protheus: 3|CSI|TESTE|CNO418Parc4&5), cancelado com sucesso.",
  setContract: "Registro integrado com sucesso",
  consultContract: [
    {
      NumeroContrato: "123456",
      NumProposta: "123",
      DataInicioTurma: "2022-09-27T00:00:00",
      DataFimTurma: "2022-11-29T00:00:00",
      TotalVagas: 10,
      VagasDisponiveis: 8,
      VagasUtilizadas: 2,
      AlunosVinculados: 4,
      StatusContrato: "Não iniciado",
      Clientefornecedor: "005959790001",
    },
  ],
};

/** The document's misprints, and the one fix each needs. */
const misprints: Partial<Record<keyof typeof seedAnswers, { what: string; fix: (text: string) => string }>> = {
  itemContabil: { what: "no comma after Status", fix: (t) => t.replace('"Sucesso"\n', '"Sucesso",\n') },
  acordoInclusao: {
    what: "Data, a JSON-encoded string, printed unescaped over several lines",
    fix: (t) => t.replace(/"Data": "(\{[\s\S]*\})"\n\}$/, (_, inner: string) => `"Data": ${JSON.stringify(inner)}\n}`),
  },
  acordoCancelamento: { what: "a comma after the last member", fix: (t) => t.replace("200,\n }", "200\n }") },
  setContract: { what: "Sucesso unquoted", fix: (t) => t.replace('"Status": Sucesso,', '"Status": "Sucesso",') },
};

const endpoints = Object.keys(seedAnswers) as (keyof typeof seedAnswers)[];

describe("the seed's 14 RM SGE answers, replayed through the portal's client", () => {
  it.each(endpoints)("%s", async (endpoint) => {
    const misprint = misprints[endpoint];
    const recorded = seedAnswers[endpoint];
    const call: () => Promise<unknown> = calls[endpoint];
    if (misprint) {
      const verbatim = await replay({ body: recorded }, call).catch((e: unknown) => e);
      expect(verbatim, misprint.what).toBeInstanceOf(ErpError);
      expect((verbatim as ErpError).kind).toBe("invalid_response");
      expect(misprint.fix(recorded)).not.toBe(recorded);
    }
    const body = misprint ? misprint.fix(recorded) : recorded;
    const { result, calls: sent } = await replay({ body }, call);
    expect(result).toEqual(expected[endpoint]);
    expect(sent).toHaveLength(1);
  });
});
