import { beforeEach, describe, expect, it } from "vitest";
import { ErpError } from "@/server/erp/errors";
import {
  cancelAgreement,
  cancelLaunch,
  cancelSettlement,
  changeNossoNumero,
  consultPjContract,
  createAgreement,
  enrol,
  fetchCatalogue,
  fetchContracts,
  includeLaunch,
  saveAccountingItems,
  saveResponsible,
  saveStudent,
  setPjContract,
  settleLaunch,
  updateCrmServices,
  type Enrolment,
} from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { sandboxAdmin } from "../sandbox-admin";

/**
 * The typed SGE client (server/erp/sge) against the sandbox's RM SGE: every endpoint of the seed,
 * the two read extensions, and how failures arrive (SGE's refusal → its message; infrastructure
 * → a generic one; a POST never repeated).
 */
const admin = sandboxAdmin();
const demo = () => sgeConnection("demo")!;
const key = { Filial: "03CE0001", Prefixo: "001", Num: "000804", Parcela: "1", Tipo: "P" };

async function failure(promise: Promise<unknown>): Promise<ErpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ErpError) return error;
    throw error;
  }
  throw new Error("expected an ErpError");
}

/** The seed's RealizarMatricula example (with `Cod_Loja` as the number JSON allows). */
const seedEnrolment = (): Enrolment => ({
  CodColigada: 3,
  IdMatrizAplicada: "3|22",
  RA: "0000000382",
  Turma: "11|TEC.001.017",
  DataMatricula: "30/05/2022",
  DataPrevSaida: "30/05/2023",
  CondicaoAluno: 0,
  CodFinSCAE: 0,
  Articulacao: 2,
  Contrato: {
    NomeRespFin: "NOME DO CLIENTE FORNECEDOR",
    CodColCfo: 0,
    CodCFO: "0564404200001",
    ValorTotal: 240,
    QuantidadeParc: 1,
    ParcelasCartaoParcelaUm: 0,
    DataVencimento: "20/06/2022",
    DiaVencimento: 20,
    DescontoInstitucional: 0,
    DescontoAdicional: 0,
    DataVenda: "26/04/2022",
    IdOportunidade: 1,
    FormaPagtoPrimeiraParc: "CAC",
    FormaPagtoDemaisParc: "CAC",
    ReceberBoletoEmail: "Sim",
    Ecommerce: "Sim",
    DadosCartao: {
      Cod_Loja: 1,
      Agencia: "1369",
      Cod_Banco: "001",
      Conta: "2002",
      Motivo: "CAC",
      AdquirenteCartao: "999999999",
      BandeiraCartao: "MASTERCARD",
      NSU: "9999999999",
      MeioPagamento: "Crédito",
      ValorTotalCartao: 240,
      ParcelasCartao: 5,
    },
  },
  Disciplinas: [],
});

describe("SGE typed client against the sandbox (all 14 endpoints + extensions)", () => {
  beforeEach(async () => {
    await admin.reset();
  });

  it("AtualizarServicoCRM: includes a service, then only its status changes; an unknown course is SGE's refusal", async () => {
    const service = {
      CodColigada: 3 as const,
      Codigo: "10",
      Descricao: "Mensalidade - Curso Técnico Mecânica",
      ProdutoProtheus: "121551",
      Natureza: "1100103",
      ItemContabil: "123",
      ContaContabil: "090090009",
      Ativo: true,
      CodCursos: ["APT.00011", "TEC.00011"],
    };
    expect(await updateCrmServices(demo(), [service])).toBe("Serviço incluído com sucesso!");
    expect(await updateCrmServices(demo(), [{ ...service, Ativo: false }])).toMatch(/atualizado/i);
    const refused = await failure(updateCrmServices(demo(), [{ ...service, Codigo: "11", CodCursos: ["NAO.EXISTE"] }]));
    expect(refused.message).toMatch(/NAO\.EXISTE/);
    expect(refused.kind).not.toBe("unavailable");
  });

  it("GravarResponsavelFinanceiro: creates with the seed's answer, then updates the same CPF/CNPJ", async () => {
    const body = {
      CodCFO: "172104210001",
      Nome: "Template Json API",
      CPFCNPJ: "17210421000140",
      Email: "template@example.org.br",
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
      CodColigada: 3 as const,
      Global: true,
    };
    expect(await saveResponsible(demo(), body)).toBe("Responsavel: 0172104210001, criado com Sucesso!");
    expect(await saveResponsible(demo(), { ...body, Nome: "Outro nome" })).toMatch(/0172104210001.*atualizado/i);
    const { rows } = await admin.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM fcfo WHERE cgccfo = '17210421000140' AND d_e_l_e_t_ = ' '",
    );
    expect(rows[0]!.n).toBe(1);
  });

  it("GravarAluno: an existing CPF keeps its RA (read from RM's message)", async () => {
    const saved = await saveStudent(demo(), {
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
      SitOcupacional: 1,
      TipoEscola: 3,
      CodColigada: 3,
      IdMatrizAplicada: 4,
      Email: "aluno@example.org.br",
      NomeMae: "Nome da mãe do Aluno",
    });
    expect(saved).toMatchObject({ ra: "205", existed: true });
  });

  it("RealizarMatricula: the seed's e-commerce example enrols with one instalment; the contract extension reads it back", async () => {
    const m = await enrol(demo(), seedEnrolment());
    expect(m).toMatchObject({
      Matricula: "0000000382",
      CodColigada: 3,
      StatusContrato: "Vigente",
      SituacaoMatricula: "Pré-Matriculado",
      FilialProtheus: "03CE0001",
    });
    expect(m.XNumPro).toMatch(/^SGE3F\d+C\d+$/);
    const [contract] = await fetchContracts(demo(), 3, { xnumpro: m.XNumPro });
    expect(contract).toMatchObject({ RA: "0000000382", Turma: "11|TEC.001.017", QuantidadeParc: 1, Ecommerce: true });
    expect(contract!.Parcelas).toHaveLength(1);
    // The same student in the same class again: SGE's conflict, in its words.
    const again = await failure(enrol(demo(), seedEnrolment()));
    expect(again.kind).toBe("conflict");
    expect(again.message).toContain(m.XNumPro);
  });

  it("rules the wire schema enforces never reach SGE: an e-commerce card with 13 card instalments", async () => {
    await admin.clearRequests();
    const bad = seedEnrolment();
    bad.Contrato.DadosCartao!.ParcelasCartao = 13;
    const error = await failure(enrol(demo(), bad));
    expect(error.kind).toBe("bad_request");
    expect(error.fields.map((f) => f.field)).toContain("Contrato.DadosCartao.ParcelasCartao");
    expect((await admin.requests()).items.filter((r) => r.path.includes("RealizarMatricula"))).toHaveLength(0);
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

  it("SetContract then ConsultContract: available = offered − used", async () => {
    const contract = {
      CodColigada: 3 as const,
      Filial: "03CE0001",
      NumeroContrato: "123456",
      NumProposta: "123",
      CNPJ: "58069568000149",
      NomeEmpresa: "Entrega Contrato PJ",
      ValorContrato: 1000,
      CodTurma: "APB.001.001",
      IdPerlet: 4,
      VagasOfertadas: 10,
      VagasUtilizadas: 2,
    };
    expect(await setPjContract(demo(), contract)).toBe("Registro integrado com sucesso");
    const [found] = await consultPjContract(demo(), { numeroContrato: "123456", numProposta: "123" });
    expect(found).toMatchObject({
      NumeroContrato: "123456",
      NumProposta: "123",
      TotalVagas: 10,
      VagasUtilizadas: 2,
      VagasDisponiveis: 8,
      StatusContrato: "Não iniciado",
    });
    const refused = await failure(setPjContract(demo(), { ...contract, VagasUtilizadas: 11 }));
    expect(refused.message).toMatch(/VagasUtilizadas/);
    expect(await consultPjContract(demo(), { numeroContrato: "000000" })).toEqual([]);
  });

  it("the catalogue extension lists SENAI's offer with classes, vacancies and cash accounts", async () => {
    const catalogue = await fetchCatalogue(demo(), 3);
    const offering = catalogue.Ofertas.find((o) => o.IdMatrizAplicada === "3|22");
    expect(offering?.Turmas.map((t) => t.Turma)).toContain("11|TEC.001.017");
    expect(catalogue.Filiais.find((f) => f.CodFilial === "UN20")?.FilialProtheus).toBe("03CE0001");
    expect(catalogue.ContasCaixa.some((c) => c.SemMovimentacao)).toBe(true);
  });

  describe("failures", () => {
    it("a wrong integration password is an unavailable SGE with a message for the administrator, not the rep's fault", async () => {
      const error = await failure(fetchCatalogue({ ...demo(), password: "wrong" }, 3));
      expect(error.kind).toBe("unavailable");
      expect(error.message).toMatch(/usuário de integração/);
    });

    it("an unreachable SGE is unavailable; a slow one times out", async () => {
      expect((await failure(fetchCatalogue(sgeConnection("offline")!, 3))).kind).toBe("unavailable");
      await admin.faults([{ pathPrefix: "/rm/api/TOTVSCustomizacao/PGVSandbox/Ofertas", kind: "hang" }]);
      const { sgeFetch } = await import("@/server/erp/sge/transport");
      const { catalogueSchema } = await import("@/server/erp/sge/catalogue");
      const slow = await failure(
        sgeFetch(demo(), "TOTVSCustomizacao/PGVSandbox/Ofertas", {
          query: { codColigada: 3 },
          schema: catalogueSchema,
          timeoutMs: 600,
        }),
      );
      expect(slow.kind).toBe("timeout");
    });

    it("a read is retried after a 503; a write (RealizarMatricula) is sent once and nothing is written", async () => {
      await admin.faults([
        { pathPrefix: "/rm/api/TOTVSCustomizacao/PGVSandbox/Ofertas", kind: "status", status: 503, times: 1 },
      ]);
      expect((await fetchCatalogue(demo(), 3)).Ofertas.length).toBeGreaterThan(0);
      await admin.clearRequests();
      await admin.faults([
        {
          pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
          kind: "status",
          status: 503,
          times: 1,
        },
      ]);
      const error = await failure(enrol(demo(), seedEnrolment()));
      expect(error.kind).toBe("unavailable");
      expect((await admin.requests()).items.filter((r) => r.path.endsWith("/RealizarMatricula"))).toHaveLength(1);
      expect(await fetchContracts(demo(), 3, { ra: "0000000382" })).toSatisfy(
        (list: { Turma: string }[]) => !list.some((c) => c.Turma === "11|TEC.001.017"),
      );
    });

    it("an HTML error page from a proxy maps to a generic message", async () => {
      await admin.faults([{ pathPrefix: "/rm/api/TOTVSCustomizacao/ContratoPJ", kind: "html", status: 502, times: 3 }]);
      const error = await failure(consultPjContract(demo(), { numeroContrato: "123456" }));
      expect(error.kind).toBe("unavailable");
      expect(error.message).not.toMatch(/nginx/);
    });
  });
});
