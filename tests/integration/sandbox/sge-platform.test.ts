import { beforeEach, describe, expect, it } from "vitest";
import {
  admin,
  basicAuth,
  enrolmentExample,
  examples,
  exampleBody,
  expectSgeError as expectError,
  rows,
  sge,
} from "./sge-client";

/**
 * The RM SGE stand-in's platform: Basic auth against GUSUARIO, the envelope on unknown paths, the
 * request log and fault injection on /rm and the AtualizarServicoCRM / ItemContabil rules.
 */

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
