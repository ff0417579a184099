import { beforeEach, describe, expect, it } from "vitest";
import { admin, exampleBody, expectSgeError as expectError, rows, sge } from "./sge-client";

/** Rules of GravarResponsavelFinanceiro and GravarAluno (sandbox/docs/sge.md). */

const responsible = (extra: Record<string, unknown> = {}) => ({
  ...exampleBody("gravarResponsavelFinanceiro"),
  ...extra,
});
const student = (extra: Record<string, unknown> = {}) => ({ ...exampleBody("gravarAluno"), ...extra });

describe("GravarResponsavelFinanceiro", () => {
  beforeEach(() => admin.reset());

  it("upserts by CPF/CNPJ: the second call updates the same row and keeps its CodCFO", async () => {
    await sge("gravarResponsavelFinanceiro", responsible());
    const again = await sge(
      "gravarResponsavelFinanceiro",
      responsible({ Nome: "Nome Alterado", CodCFO: "172104210002" }),
    );
    expect(again.body.Message).toBe("Responsavel: 0172104210001, existente em base, atualizado com Sucesso!");
    expect(await rows("SELECT codcfo, nome FROM fcfo WHERE cgccfo = '17210421000140'")).toEqual([
      { codcfo: "0172104210001", nome: "Nome Alterado" },
    ]);
  });

  it("a CPF gets 9 digits + store, and Global false keeps it in the coligada", async () => {
    const res = await sge(
      "gravarResponsavelFinanceiro",
      responsible({ CPFCNPJ: "52998224725", CodCFO: undefined, Global: false }),
    );
    expect(res.body.Message).toBe("Responsavel: 5299822470001, criado com Sucesso!");
    expect(await rows("SELECT codcoligada, pessoafisoujur FROM fcfo WHERE cgccfo = '52998224725'")).toEqual([
      { codcoligada: 3, pessoafisoujur: "F" },
    ]);
  });

  it("an alphanumeric CNPJ (since July 2026) is a CNPJ: CodCFO from its 8 first characters + store", async () => {
    const res = await sge(
      "gravarResponsavelFinanceiro",
      responsible({ CPFCNPJ: "12.ABC.345/01DE-35", CodCFO: "12ABC3450001" }),
    );
    expect(res.body.Message).toBe("Responsavel: 012ABC3450001, criado com Sucesso!");
    expect(await rows("SELECT codcfo, pessoafisoujur FROM fcfo WHERE cgccfo = '12ABC34501DE35'")).toEqual([
      { codcfo: "012ABC3450001", pessoafisoujur: "J" },
    ]);
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ CPFCNPJ: "12ABC34501DE36" })),
      400,
      /^Campo CPFCNPJ inválido: "12ABC34501DE36"/,
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ CPFCNPJ: "12ABC34501DE35", CodCFO: "12ABC3990001" })),
      400,
      /os 8 primeiros caracteres do CNPJ/,
    );
  });

  it("rejects invalid check digits, an inconsistent CodCFO, missing fields, non-digit phones and coligada 1", async () => {
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ CPFCNPJ: "17210421000141" })),
      400,
      /^Campo CPFCNPJ inválido: "17210421000141"/,
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ CodCFO: "999999990001" })),
      400,
      /^Campo CodCFO inválido: "999999990001" deve ser os 8 primeiros dígitos do CNPJ/,
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ Nome: "" })),
      400,
      "Campo Nome é obrigatório.",
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ Email: undefined, Cidade: null })),
      400,
      "Campo Email é obrigatório; campo Cidade é obrigatório.",
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ Celular: "(85) 99999-0000" })),
      400,
      "Campo Celular deve conter apenas números (com DDD).",
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", responsible({ CodColigada: 1 })),
      400,
      "Campo CodColigada inválido: valores possíveis 2 (SESI) ou 3 (SENAI).",
    );
    await expectError(
      await sge("gravarResponsavelFinanceiro", [responsible()]),
      400,
      "O corpo da requisição deve ser um objeto JSON ({...}), não uma lista.",
    );
    expect(await rows("SELECT 1 FROM fcfo WHERE cgccfo = '17210421000140'")).toEqual([]);
  });
});

describe("GravarAluno", () => {
  beforeEach(() => admin.reset());

  it("a new CPF gets the next RA (10 digits); sending it again updates that RA", async () => {
    const created = await sge(
      "gravarAluno",
      student({ Cpf: "52998224725", Nome: "Aluna Nova", NomeMae: "Mãe da Aluna" }),
    );
    expect(created.body.Message).toBe("Aluno: 0000000400, criado com Sucesso!\r\n");
    const again = await sge(
      "gravarAluno",
      student({ Cpf: "529.982.247-25", Nome: "Aluna Nova Silva", IdMatrizAplicada: "3|22", NomeMae: undefined }),
    );
    expect(again.body.Message).toBe("Aluno: 0000000400, existente em base, atualizado com Sucesso!\r\n");
    expect(
      await rows(
        "SELECT a.ra, p.nome, c.nomemae FROM saluno a JOIN ppessoa p ON p.codigo = a.codpessoa JOIN salunocompl c ON c.codcoligada = a.codcoligada AND c.ra = a.ra WHERE p.cpf = '52998224725'",
      ),
    ).toEqual([{ ra: "0000000400", nome: "Aluna Nova Silva", nomemae: "Mãe da Aluna" }]);
  });

  it("rejects enum values out of range, an invalid CPF, a foreign or unknown matrix and missing fields", async () => {
    await expectError(
      await sge("gravarAluno", student({ SitOcupacional: 10 })),
      400,
      "Campo SitOcupacional inválido: valores possíveis 1 a 9.",
    );
    await expectError(
      await sge("gravarAluno", student({ TipoEscola: 5 })),
      400,
      "Campo TipoEscola inválido: valores possíveis 1, 2, 3, 4 ou 9.",
    );
    await expectError(await sge("gravarAluno", student({ Cpf: "85763425023" })), 400, /^Campo Cpf inválido/);
    await expectError(
      await sge("gravarAluno", student({ IdMatrizAplicada: "2|4" })),
      400,
      /^Campo IdMatrizAplicada inválido: "2\|4" é da coligada 2, mas CodColigada é 3/,
    );
    await expectError(
      await sge("gravarAluno", student({ IdMatrizAplicada: 99 })),
      404,
      "Matriz aplicada 99 não encontrada na coligada 3 (campo IdMatrizAplicada).",
    );
    await expectError(
      await sge("gravarAluno", student({ DataNascimento: "1978-07-05" })),
      400,
      'Campo DataNascimento inválido: "1978-07-05" não é uma data dd/mm/aaaa.',
    );
    await expectError(
      await sge("gravarAluno", student({ Naturalidade: undefined })),
      400,
      "Campo Naturalidade é obrigatório.",
    );
    await expectError(
      await sge("gravarAluno", student({ Tel_Celular: "85 9999" })),
      400,
      "Campo Tel_Celular deve conter apenas números (com DDD).",
    );
  });
});
