import { beforeEach, describe, expect, it } from "vitest";
import { fetchCashAccounts, fetchCatalogue } from "@/server/erp/sge/catalogue-consulta";
import {
  consultPjContract,
  enrol,
  saveResponsible,
  saveStudent,
  setPjContract,
  updateCrmServices,
} from "@/server/erp/sge/client";
import { fetchContracts } from "@/server/erp/sge/contracts-consulta";
import { admin, demo, failure, seedEnrolment } from "./sge-client-world";

/**
 * The typed SGE client (server/erp/sge) against the sandbox's RM SGE, the enrolment side: the CRM
 * service a course is sold under, the responsible, the student, the enrolment (and the rule the wire
 * schema keeps from SGE), the PJ contract of a class, and the catalogue and contracts read back
 * through RealizaConsulta (their assembly in detail: sge-consulta-reads.test.ts).
 * Finance endpoints: sge-client-finance.test.ts; how failures arrive: sge-client-failures.test.ts.
 */
describe("SGE typed client against the sandbox: CRM services, people, enrolment, PJ contracts, reads", () => {
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

  it("RealizarMatricula: the seed's e-commerce example enrols with one instalment; the contract is read back", async () => {
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

  it("the catalogue lists SENAI's offer with classes and vacancies; its cash accounts come apart", async () => {
    const catalogue = await fetchCatalogue(demo(), 3);
    const offering = catalogue.Ofertas.find((o) => o.IdMatrizAplicada === "3|22");
    expect(offering?.Turmas.map((t) => t.Turma)).toContain("11|TEC.001.017");
    expect(catalogue.Filiais.find((f) => f.CodFilial === "UN20")?.FilialProtheus).toBe("03CE0001");
    expect((await fetchCashAccounts(demo(), 3)).some((c) => c.SemMovimentacao)).toBe(true);
  });
});
