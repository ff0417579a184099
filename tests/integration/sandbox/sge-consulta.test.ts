import { beforeAll, describe, expect, it } from "vitest";
import { withCheckDigits } from "@/lib/br-documents";
import { admin, boletoEnrolment, consulta, contractKey, sge } from "./sge-client";

/**
 * RM's standard SQL read on the stand-in (sandbox/docs/sge.md, "RealizaConsulta"): the two
 * sentences the portal reads people with, as the upserts would find them, and how a bad call fails.
 * Also what the contract read-back carries for the lost-answer match (DataVenda, CodColCfo). The
 * catalogue and contract sentences: sge-consulta-catalogue.test.ts, sge-consulta-contracts.test.ts.
 */
describe("RM SGE: RealizaConsulta (the people the portal looks up)", () => {
  beforeAll(() => admin.reset());

  it("PGV.SGE.RESPFIN: the FCFO row of a CPF/CNPJ among the global ones and the coligada's, as GravarResponsavelFinanceiro would find it", async () => {
    const maria = withCheckDigits("056440420");
    const res = await consulta(
      "PGV.SGE.RESPFIN",
      `CPFCNPJ=${maria.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, "$1.$2.$3-$4")};CODCOLIGADA=3`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        CODCOLIGADA: 0,
        CODCFO: "0564404200001",
        NOME: "Maria do Socorro Albuquerque",
        CGCCFO: maria,
        EMAIL: "financeiro.056440@exemplo.com.br",
        TELEFONE: "8532110000",
        CELULAR: "85988880000",
        CODETD: "CE",
      }),
    ]);
    // Francisca is SESI's own (coligada 2): SENAI's upsert would not find her.
    const francisca = withCheckDigits("523604705");
    expect((await consulta("PGV.SGE.RESPFIN", `CPFCNPJ=${francisca};CODCOLIGADA=3`)).body).toEqual([]);
    expect((await consulta("PGV.SGE.RESPFIN", `CPFCNPJ=${francisca};CODCOLIGADA=2`)).body).toEqual([
      expect.objectContaining({ CODCOLIGADA: 2, CODCFO: "5236047050001" }),
    ]);
  });

  it("PGV.SGE.ALUNO: the person of a CPF with their RA in the coligada (none in another), RM's type suffixes accepted", async () => {
    const res = await consulta("PGV.SGE.ALUNO", "CPF_S=85763425022;CODCOLIGADA_N=3");
    expect(res).toEqual({
      status: 200,
      body: [
        expect.objectContaining({
          NOME: "Teste Api",
          CPF: "85763425022",
          DTNASCIMENTO: "1978-07-05T00:00:00",
          RA: "205",
          NOMEMAE: "Nome da mãe do Aluno",
          SITOCUPACIONAL: 2,
          TIPOESCOLA: 3,
        }),
      ],
    });
    expect((await consulta("PGV.SGE.ALUNO", "cpf=85763425022;codcoligada=2")).body).toEqual([
      expect.objectContaining({ NOME: "Teste Api", RA: null, NOMEMAE: null }),
    ]);
    expect((await consulta("PGV.SGE.ALUNO", `CPF=${withCheckDigits("999999901")};CODCOLIGADA=3`)).body).toEqual([]);
  });

  it("an unknown sentence, another coligada or system, a missing parameter or no user fail with the envelope", async () => {
    expect(await consulta("PGV.NAO.EXISTE", "CPF=1")).toMatchObject({
      status: 404,
      body: { Status: "Erro", StatusCode: 404, Message: expect.stringContaining("PGV.NAO.EXISTE") },
    });
    expect((await consulta("PGV.SGE.ALUNO", "CPF=85763425022;CODCOLIGADA=3", { coligada: "3" })).status).toBe(404);
    expect((await consulta("PGV.SGE.ALUNO", "CPF=85763425022;CODCOLIGADA=3", { system: "G" })).status).toBe(404);
    expect(await consulta("PGV.SGE.ALUNO", "CPF=85763425022")).toMatchObject({
      status: 400,
      body: { Message: expect.stringContaining("CODCOLIGADA") },
    });
    expect(await consulta("PGV.SGE.ALUNO")).toMatchObject({ status: 400 });
    expect((await consulta("PGV.SGE.ALUNO", "CPF=85763425022;CODCOLIGADA=3", { authorization: null })).status).toBe(
      401,
    );
  });

  it("the contract read-back (PGV.SGE.CONTRATOS) carries RealizarMatricula's DATAVENDA and the responsible's CODCOLCFO", async () => {
    const enrolled = await sge("realizarMatricula", boletoEnrolment(2, {}, { DataVenda: "17/11/2026" }));
    expect(enrolled.status, enrolled.body.Message).toBe(200);
    const xnumpro = (enrolled.body as unknown as { Matricula: { XNumPro: string } }).Matricula.XNumPro;
    const read = await consulta("PGV.SGE.CONTRATOS", contractKey(3, { xnumpro }));
    expect(read.body).toEqual([
      expect.objectContaining({ DATAVENDA: "2026-11-17T00:00:00", CODCOLCFO: 0, CODCFO: "0564404200001" }),
    ]);
  });
});
