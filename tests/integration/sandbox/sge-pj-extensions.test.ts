import { beforeEach, describe, expect, it } from "vitest";
import { admin, exampleBody, expectSgeError as expectError, rows, sge } from "./sge-client";

/** ContratoPJ rules and the two sandbox extensions (Ofertas, Contratos). */

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
