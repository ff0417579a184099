import { beforeEach, describe, expect, it } from "vitest";
import { admin, exampleBody, expectSgeError as expectError, rows, sge } from "./sge-client";

/** ContratoPJ rules: SetContract upserts and refusals, ConsultContract answers. */

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
