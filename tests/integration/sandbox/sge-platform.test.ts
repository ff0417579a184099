import { beforeEach, describe, expect, it } from "vitest";
import { admin, basicAuth, enrolmentExample, examples, exampleBody, rows, sge } from "./sge-client";

/**
 * The RM SGE stand-in's platform: Basic auth against GUSUARIO, the envelope on unknown paths, the
 * request log and fault injection on /rm, AtualizarServicoCRM / ItemContabil / ContratoPJ rules,
 * and the two sandbox extensions (Ofertas, Contratos).
 */

type Answer = { status: number; body: { Message: string; Status: string; StatusCode: number } };
function expectError(res: Answer, status: number, message: RegExp | string) {
  expect(res.status, res.body.Message).toBe(status);
  expect(res.body).toMatchObject({ Status: "Erro", StatusCode: status });
  if (typeof message === "string") expect(res.body.Message).toBe(message);
  else expect(res.body.Message).toMatch(message);
}

const service = (extra: Record<string, unknown> = {}) => ({
  CodColigada: 3,
  Codigo: "10",
  Descricao: "Mensalidade - Curso Técnico Mecânica",
  ProdutoProtheus: "121551",
  ItemContabil: "123",
  Ativo: true,
  CodCursos: ["TEC.00011"],
  ...extra,
});

describe("RM SGE: authentication, envelope, log and faults", () => {
  beforeEach(() => admin.reset());

  it("answers 401 with the envelope for a missing, wrong or inactive user", async () => {
    const expected = { Message: "Usuário ou senha inválidos.", Status: "Erro", StatusCode: 401 };
    for (const authorization of [
      null,
      basicAuth("integracao", "errada"),
      basicAuth("bloqueado", "bloqueado123"),
      basicAuth("ninguem", "x"),
      "Bearer abc",
    ]) {
      const res = await sge("gravarAluno", examples.gravarAluno, { authorization });
      expect(res, String(authorization)).toEqual({ status: 401, body: expected });
    }
    expect(await rows("SELECT nome FROM ppessoa WHERE cpf = '85763425022'")).toEqual([{ nome: "Teste Api" }]);
  });

  it("unknown paths are a 404 envelope; the request log names the RM user", async () => {
    await admin.clearRequests();
    const res = await fetch(`${admin.url}/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/Inexistente`, {
      method: "POST",
      headers: { authorization: basicAuth("integracao", "integracao123") },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      Message: "Recurso não encontrado: POST /rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/Inexistente.",
      Status: "Erro",
      StatusCode: 404,
    });
    const { items } = await admin.requests();
    expect(items).toMatchObject([
      {
        method: "POST",
        path: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/Inexistente",
        user: "integracao",
        status: 404,
      },
    ]);
  });

  it("a status fault on RealizarMatricula answers the fault and writes nothing", async () => {
    await admin.faults([
      {
        pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
        kind: "status",
        status: 503,
        times: 1,
      },
    ]);
    const res = await fetch(`${admin.url}/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula`, {
      method: "POST",
      headers: { authorization: basicAuth("integracao", "integracao123"), "content-type": "application/json" },
      body: JSON.stringify(enrolmentExample()),
    });
    expect(res.status).toBe(503);
    expect(
      await rows("SELECT count(*)::int AS n FROM smatricpl WHERE codcoligada = 3 AND codturma = 'TEC.001.017'"),
    ).toEqual([{ n: 0 }]);
    // `times: 1`: the next call goes through.
    expect((await sge("realizarMatricula", examples.realizarMatricula)).status).toBe(200);
  });

  it("malformed JSON anywhere is a 400 with the parser's detail", async () => {
    const res = await sge("baixaTitulo", '[{"codColigada": "3",]');
    expect(res.status).toBe(400);
    expect(res.body.Message).toMatch(/^O conteúdo da requisição não é um JSON válido: .+/);
  });
});

describe("AtualizarServicoCRM and ItemContabil", () => {
  beforeEach(() => admin.reset());

  it("an existing service only changes its status", async () => {
    const res = await sge("atualizarServicoCrm", [
      service({ Codigo: "1", Ativo: false, Descricao: "Outra descrição", ProdutoProtheus: "999999" }),
    ]);
    expect(res.body.Message).toBe("Serviço atualizado com sucesso!\r\n");
    expect(
      await rows(
        "SELECT ativo, descricao, produtoprotheus FROM zintsfservicocrm WHERE codcoligada = 3 AND codigo = '1'",
      ),
    ).toEqual([{ ativo: "F", descricao: "Mensalidade - Aprendizagem Industrial", produtoprotheus: "121550" }]);
  });

  it("is all-or-nothing: an unknown course or accounting item in any item rejects the whole request", async () => {
    expectError(
      await sge("atualizarServicoCrm", [service(), service({ Codigo: "11", CodCursos: ["XYZ.00001"] })]),
      404,
      "Item 2: curso XYZ.00001 não encontrado na coligada 3 (campo CodCursos).",
    );
    expectError(
      await sge("atualizarServicoCrm", [service({ ItemContabil: "999" })]),
      404,
      /^Item 1: item contábil 999 não encontrado na coligada 3 \(campo ItemContabil\)/,
    );
    expectError(
      await sge("atualizarServicoCrm", [service({ ProdutoProtheus: "" })]),
      400,
      "Item 1: campo ProdutoProtheus é obrigatório.",
    );
    expectError(await sge("atualizarServicoCrm", service()), 400, /^O corpo da requisição deve ser uma lista JSON/);
    expectError(
      await sge("atualizarServicoCrm", [service(), service()]),
      400,
      "Item 2: campo Codigo repetido na lista (10): envie cada registro uma vez.",
    );
    expect(await rows("SELECT 1 FROM zintsfservicocrm WHERE codcoligada = 3 AND codigo IN ('10', '11')")).toEqual([]);
  });

  it("ItemContabil upserts by coligada + item and checks its status", async () => {
    await sge("itemContabil", examples.itemContabil);
    const again = await sge("itemContabil", [
      { ...exampleBody<Record<string, unknown>[]>("itemContabil")[0], descricao: "alterado", status: "f" },
    ]);
    expect(again.body.Message).toBe("Sucesso ao alterar o item 0001253\r\n");
    expect(
      await rows(
        "SELECT descricao, status FROM zintprotheusitemcontabilprotheus WHERE codcoligada = 3 AND itemcontabil = '0001253'",
      ),
    ).toEqual([{ descricao: "alterado", status: "F" }]);
    expectError(
      await sge("itemContabil", [{ codColigada: "3", itemContabil: "1", status: "X" }]),
      400,
      "Item 1: campo status inválido: use T (ativo) ou F (inativo).",
    );
    expectError(await sge("itemContabil", [{ codColigada: "3" }]), 400, "Item 1: campo itemContabil é obrigatório.");
  });
});

describe("ContratoPJ", () => {
  beforeEach(() => admin.reset());
  const contract = (extra: Record<string, unknown> = {}) => ({ ...exampleBody("setContract"), ...extra });

  it("SetContract upserts one row per contract + proposal", async () => {
    await sge("setContract", contract({ NumeroContrato: "777" }));
    await sge("setContract", contract({ NumeroContrato: "777", VagasUtilizadas: 5 }));
    expect(
      await rows("SELECT vagasofertadas, vagasutilizadas FROM zpjfieccontrato WHERE numerocontrato = '777'"),
    ).toEqual([{ vagasofertadas: 10, vagasutilizadas: 5 }]);
  });

  it("SetContract rejects an invalid CNPJ, missing name, unknown class and impossible seats", async () => {
    expectError(await sge("setContract", contract({ CNPJ: "58069568000148" })), 400, /^Campo CNPJ inválido/);
    expectError(await sge("setContract", contract({ NomeEmpresa: "" })), 400, "Campo NomeEmpresa é obrigatório.");
    expectError(
      await sge("setContract", contract({ IdPerlet: 11 })),
      404,
      "Turma APB.001.001 do período letivo 11 não encontrada na coligada 3 (campos CodTurma e IdPerlet).",
    );
    expectError(
      await sge("setContract", contract({ VagasOfertadas: 0 })),
      400,
      "Campo VagasOfertadas deve ser 1 ou mais.",
    );
    expectError(
      await sge("setContract", contract({ VagasUtilizadas: 11 })),
      400,
      "Campo VagasUtilizadas (11) não pode ser maior que VagasOfertadas (10).",
    );
    expectError(
      await sge("setContract", contract({ Filial: "UN99" })),
      404,
      "Filial UN99 não encontrada na coligada 3 (campo Filial).",
    );
  });

  it("ConsultContract: needs a parameter, answers [] for no match, the registered client code and the class status", async () => {
    expectError(await sge("consultContract"), 400, "Informe o parâmetro numeroContrato e/ou numProposta.");
    expect((await sge("consultContract", undefined, { query: { numeroContrato: "000" } })).body).toEqual([]);
    const running = await sge<{ StatusContrato: string; Clientefornecedor: string; VagasDisponiveis: number }[]>(
      "consultContract",
      undefined,
      { query: { numProposta: "77" } },
    );
    expect(running.body).toMatchObject([
      {
        NumeroContrato: "654321",
        StatusContrato: "Em andamento",
        Clientefornecedor: "0112223330001",
        VagasDisponiveis: 0,
      },
    ]);
    await admin.sql("UPDATE sturma SET dtfinal = '2000-01-31' WHERE codcoligada = 3 AND codturma = 'TEC.001.016'");
    expect(
      (await sge<{ StatusContrato: string }[]>("consultContract", undefined, { query: { numProposta: "77" } })).body[0]!
        .StatusContrato,
    ).toBe("Encerrado");
  });
});

describe("sandbox extensions: Ofertas and Contratos", () => {
  beforeEach(() => admin.reset());

  type Offer = {
    IdMatrizAplicada: string;
    Valor: number;
    MaxParcelas: number;
    Turmas: { Turma: string; VagasDisponiveis: number; Disciplinas: unknown[] }[];
  };
  type Catalogue = {
    Filiais: { CodFilial: string; FilialProtheus: string }[];
    Ofertas: Offer[];
    ContasCaixa: { CodCxa: string; SemMovimentacao: boolean }[];
    Bolsas: { Tipo: string }[];
  };

  it("Ofertas lists branches, offers with classes and vacancies, cash accounts and scholarships", async () => {
    const res = await sge<{ Data: Catalogue }>("ofertas", undefined, { query: { codColigada: "3" } });
    expect(res.body).toMatchObject({ Message: "", Status: "Sucesso", StatusCode: 200 });
    const data = res.body.Data;
    expect(data.Filiais).toEqual([
      expect.objectContaining({ CodFilial: "UN20", FilialProtheus: "03CE0001" }),
      expect.objectContaining({ CodFilial: "UN21", FilialProtheus: "03CE0002" }),
    ]);
    const tec = data.Ofertas.find((o) => o.IdMatrizAplicada === "3|22")!;
    expect(tec).toMatchObject({ CodCurso: "TEC.00011", IdPerlet: 11, Valor: 2400, MaxParcelas: 12 });
    expect(tec.Turmas.find((t) => t.Turma === "11|TEC.001.017")).toMatchObject({
      Vagas: 30,
      VagasDisponiveis: 30,
      Disciplinas: expect.arrayContaining([expect.objectContaining({ CodDisciplina: "MEC001" })]),
    });
    expect(tec.Turmas.find((t) => t.Turma === "11|TEC.001.018")).toMatchObject({
      Vagas: 3,
      VagasOcupadas: 3,
      VagasDisponiveis: 0,
    });
    expect(data.ContasCaixa.find((c) => c.CodCxa === "00001")).toMatchObject({
      SemMovimentacao: true,
      FilialProtheus: "03CE0001",
    });
    expect(data.Bolsas.map((b) => b.Tipo)).toEqual(["Institucional", "Adicional"]);
    expectError(await sge("ofertas"), 400, "Informe o parâmetro codColigada (2 = SESI, 3 = SENAI).");
  });

  it("Contratos shows instalments, launches with settlements and agreements; by xnumpro, RA or CPF/CNPJ", async () => {
    type Contract = {
      XNumPro: string;
      Parcelas: { IdLan: number | null }[];
      Lancamentos: {
        IdLan: number;
        Status: number;
        BaixadoPorAcordo: boolean;
        IdAcordo: number | null;
        Baixas: unknown[];
      }[];
      Acordos: { IdAcordo: number; Originais: number[]; Gerados: number[]; Status: string }[];
    };
    const byXnumpro = await sge<{ Data: Contract[] }>("contratos", undefined, {
      query: { codColigada: "3", xnumpro: "SGE3F20C95" },
    });
    const [c95] = byXnumpro.body.Data;
    expect(c95!.Acordos).toEqual([
      expect.objectContaining({
        IdAcordo: 21,
        IdLiquidacao: "22",
        Status: "Ativo",
        Originais: [150, 151],
        Gerados: [152, 153],
      }),
    ]);
    expect(c95!.Lancamentos.find((l) => l.IdLan === 150)).toMatchObject({
      Status: 1,
      StatusDescricao: "Baixado",
      BaixadoPorAcordo: true,
      IdAcordo: 21,
    });
    const teste1 = (
      await sge<{ Data: Contract[] }>("contratos", undefined, { query: { codColigada: "3", xnumpro: "TESTE1" } })
    ).body.Data[0]!;
    expect(teste1.Parcelas.map((p) => p.IdLan)).toEqual([null, null, null]);
    expect(teste1).toMatchObject({
      RA: "205",
      CpfAluno: "85763425022",
      Ecommerce: false,
      QuantidadeParc: 3,
      Disciplinas: ["MEC001", "MEC002", "MEC003", "MEC004"],
    });
    const byRa = await sge<{ Data: Contract[] }>("contratos", undefined, {
      query: { codColigada: "3", ra: "0000000385" },
    });
    expect(byRa.body.Data.map((c) => c.XNumPro)).toEqual(["SGE3F20C94", "SGE3F20C99"]);
    const byCpf = await sge<{ Data: Contract[] }>("contratos", undefined, {
      query: { codColigada: "3", cpfcnpj: "857.634.250-22" },
    });
    expect(byCpf.body.Data.map((c) => c.XNumPro)).toEqual(["TESTE1"]);
    expect(
      (await sge<{ Data: Contract[] }>("contratos", undefined, { query: { codColigada: "2", xnumpro: "TESTE1" } })).body
        .Data,
    ).toEqual([]);
    expectError(
      await sge("contratos", undefined, { query: { codColigada: "3" } }),
      400,
      "Informe o parâmetro xnumpro, ra ou cpfcnpj.",
    );
  });
});
