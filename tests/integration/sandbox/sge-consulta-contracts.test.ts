import { beforeEach, describe, expect, it } from "vitest";
import { admin, consulta, consultaRows, contractKey, examples, sge } from "./sge-client";

/**
 * The contract sentences of RealizaConsulta on the stand-in (sandbox/docs/sge.md, "RealizaConsulta"):
 * PGV.SGE.CONTRATOS by XNumPro, RA or CPF/CNPJ (one parameter set, empty = any), and a contract's
 * PARCELAS, LANCAMENTOS, BAIXAS and ACORDOS, against the seed and after the finance writes. The
 * portal's assembly of them: tests/integration/portal/sge-consulta-reads.test.ts.
 */
type Row = Record<string, unknown>;
const columns = (rows: Row[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
const CHILDREN = ["PGV.SGE.PARCELAS", "PGV.SGE.LANCAMENTOS", "PGV.SGE.BAIXAS", "PGV.SGE.ACORDOS"];

/** The contract's CODCONTRATO, as the portal learns it: from PGV.SGE.CONTRATOS. */
async function codContrato(xnumpro: string): Promise<number> {
  const [row] = await consultaRows<Row>("PGV.SGE.CONTRATOS", contractKey(3, { xnumpro }));
  return row!.CODCONTRATO as number;
}
const child = async (sentence: string, xnumpro: string) =>
  consultaRows<Row>(sentence, `CODCOLIGADA=3;CODCONTRATO=${await codContrato(xnumpro)}`);

describe("RM SGE: RealizaConsulta, the contract sentences", () => {
  beforeEach(() => admin.reset());

  it("PGV.SGE.CONTRATOS: by XNUMPRO, RA or CPFCNPJ (masked or not), with the sale's data; empty means any, all empty nothing", async () => {
    const [teste1] = await consultaRows<Row>("PGV.SGE.CONTRATOS", contractKey(3, { xnumpro: "TESTE1" }));
    expect(columns([teste1!])).toEqual(
      [
        "CODCOLIGADA",
        "CODCONTRATO",
        "XNUMPRO",
        "CODFILIAL",
        "SIGLA",
        "IDINTEGRACAO",
        "RA",
        "NOMEALUNO",
        "CPFALUNO",
        "CODCOLCFO",
        "CODCFO",
        "NOMERESPFIN",
        "CGCCFO",
        "IDMATRIZAPLICADA",
        "IDPERLET",
        "CODTURMA",
        "NOMECURSO",
        "STATUS",
        "DTINICIO",
        "DTFIM",
        "DURACAOMESES",
        "CODSTATUS",
        "SITUACAOMATRICULA",
        "DTMATRICULA",
        "DATAVENDA",
        "VALORTOTAL",
        "DESCONTOINSTITUCIONAL",
        "DESCONTOADICIONAL",
        "QTDPARCELAS",
        "FORMAPAGTOPRIMEIRAPARC",
        "FORMAPAGTODEMAISPARC",
        "ECOMMERCE",
      ].sort(),
    );
    expect(teste1).toMatchObject({
      CODCOLIGADA: 3,
      CODCONTRATO: 90,
      SIGLA: "UN20",
      IDINTEGRACAO: "03CE0001",
      RA: "205",
      CPFALUNO: "85763425022",
      CODCOLCFO: 0,
      CODCFO: "0564404200001",
      IDPERLET: 11,
      CODTURMA: "TEC.001.016",
      STATUS: "Vigente",
      VALORTOTAL: 2400,
      QTDPARCELAS: 3,
      ECOMMERCE: "N",
      DTINICIO: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00$/),
    });
    const xnumpros = async (key: Parameters<typeof contractKey>[1], coligada = 3) =>
      (await consultaRows<Row>("PGV.SGE.CONTRATOS", contractKey(coligada, key))).map((r) => r.XNUMPRO);
    expect(await xnumpros({ ra: "0000000385" })).toEqual(["SGE3F20C94", "SGE3F20C99"]);
    expect(await xnumpros({ cpfcnpj: "857.634.250-22" })).toEqual(["TESTE1"]);
    // The responsible's CNPJ (Metalúrgica Cearense pays contract 94) finds it as well.
    expect(await xnumpros({ cpfcnpj: "11222333000181" })).toContain("SGE3F20C94");
    expect(await xnumpros({ ra: "0000000385", xnumpro: "SGE3F20C99" })).toEqual(["SGE3F20C99"]);
    expect(await xnumpros({ xnumpro: "TESTE1" }, 2)).toEqual([]);
    expect(await xnumpros({})).toEqual([]);
  });

  it("PGV.SGE.CONTRATOS declares CODCOLIGADA, XNUMPRO, RA and CPFCNPJ: one left out is a 400 naming it", async () => {
    expect(await consulta("PGV.SGE.CONTRATOS", "CODCOLIGADA=3;XNUMPRO=TESTE1;CPFCNPJ=")).toMatchObject({
      status: 400,
      body: { Status: "Erro", Message: expect.stringContaining("RA") },
    });
    expect((await consulta("PGV.SGE.CONTRATOS", "XNUMPRO=TESTE1;RA=;CPFCNPJ=")).status).toBe(400);
  });

  it("PGV.SGE.PARCELAS: the instalments with their scholarships and live launch; a launch made and cancelled comes and goes", async () => {
    const before = await child("PGV.SGE.PARCELAS", "TESTE1");
    expect(columns(before)).toEqual(
      [
        "CODCOLIGADA",
        "CODCONTRATO",
        "PARCELA",
        "DTVENCIMENTO",
        "VALOR",
        "VALORBOLSAINST",
        "VALORBOLSAADIC",
        "IDLAN",
      ].sort(),
    );
    expect(before.map((p) => [p.PARCELA, p.VALOR, p.IDLAN])).toEqual([
      [1, 800, null],
      [2, 800, null],
      [3, 800, null],
    ]);
    const included = await sge("inclusaoLancamento", examples.inclusaoLancamento);
    expect(included.status, included.body.Message).toBe(200);
    expect((await child("PGV.SGE.PARCELAS", "TESTE1")).map((p) => p.IDLAN)).toEqual([142, null, null]);
    const cancelled = await sge("cancelamentoLancamento", examples.cancelamentoLancamento);
    expect(cancelled.status, cancelled.body.Message).toBe(200);
    expect((await child("PGV.SGE.PARCELAS", "TESTE1")).map((p) => p.IDLAN)).toEqual([null, null, null]);
    // Contract 94: 40.00 institutional scholarship on each 400.00 instalment.
    expect((await child("PGV.SGE.PARCELAS", "SGE3F20C94"))[0]).toMatchObject({ VALOR: 400, VALORBOLSAINST: 40 });
  });

  it("PGV.SGE.LANCAMENTOS: the contract's launches with their title key, status and the plan's late charges", async () => {
    const rows = await child("PGV.SGE.LANCAMENTOS", "SGE3F20C94");
    expect(columns(rows)).toEqual(
      [
        "CODCOLIGADA",
        "IDLAN",
        "CODCONTRATO",
        "FILIAL",
        "PREFIXO",
        "NUMERO",
        "PARCELA",
        "TIPO",
        "PEDIDOVENDA",
        "NOSSONUMERO",
        "DATAEMISSAO",
        "DTVENCIMENTO",
        "DATAPREVBAIXA",
        "VALORORIGINAL",
        "VALORBOLSA",
        "VALORBAIXADO",
        "PERCMULTA",
        "PERCJUROSDIA",
        "STATUSLAN",
        "IDACORDO",
      ].sort(),
    );
    expect(rows.map((l) => [l.IDLAN, l.STATUSLAN])).toEqual([
      [120, 1],
      [121, 1],
      [122, 0],
      [123, 2],
      [124, 0],
    ]);
    expect(rows[2]).toMatchObject({
      FILIAL: "03CE0001",
      PREFIXO: "001",
      NUMERO: "000810",
      PARCELA: "3",
      TIPO: "P",
      VALORORIGINAL: 400,
      VALORBOLSA: 40,
      PERCMULTA: 2,
      PERCJUROSDIA: 0.0333,
    });
  });

  it("PGV.SGE.BAIXAS: normal and agreement settlements; a cancelled one stays with STATUS 1 and its date", async () => {
    const rows = await child("PGV.SGE.BAIXAS", "SGE3F20C92");
    expect(columns(rows)).toEqual(
      [
        "CODCOLIGADA",
        "IDLAN",
        "IDBAIXA",
        "DATABAIXA",
        "VALORBAIXA",
        "VALORJUROS",
        "VALORMULTA",
        "VALORDESCONTO",
        "CODCXA",
        "NUMBANCO",
        "NUMAGENCIA",
        "NROCONTA",
        "TIPOBAIXA",
        "IDACORDO",
        "STATUS",
        "DATACANCELAMENTO",
      ].sort(),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        IDLAN: 334,
        DATABAIXA: "2022-07-06T00:00:00",
        VALORBAIXA: 2000,
        NUMBANCO: "002",
        TIPOBAIXA: "N",
        STATUS: 0,
        DATACANCELAMENTO: null,
      }),
    ]);
    const cancelled = await sge("cancelamentoBaixa", examples.cancelamentoBaixa);
    expect(cancelled.status, cancelled.body.Message).toBe(200);
    expect(await child("PGV.SGE.BAIXAS", "SGE3F20C92")).toEqual([
      expect.objectContaining({ IDLAN: 334, STATUS: 1, DATACANCELAMENTO: "2022-07-06T00:00:00" }),
    ]);
    const byAgreement = await child("PGV.SGE.BAIXAS", "SGE3F20C95");
    expect(byAgreement.map((b) => [b.IDLAN, b.TIPOBAIXA, b.IDACORDO, b.STATUS])).toEqual([
      [150, "A", 21, 0],
      [151, "A", 21, 0],
    ]);
  });

  it("PGV.SGE.ACORDOS: one row per agreement × launch (O original, G generated); a cancellation turns STATUS to 1", async () => {
    const rows = await child("PGV.SGE.ACORDOS", "SGE3F20C95");
    expect(columns(rows)).toEqual(
      [
        "CODCOLIGADA",
        "IDACORDO",
        "OBSERVACAO",
        "STATUS",
        "DATAACORDO",
        "VALORACORDO",
        "VALORDESCONTO",
        "VALORACRESCIMO",
        "NUMPARCELAS",
        "DATACANCELAMENTO",
        "IDLAN",
        "TIPO",
      ].sort(),
    );
    expect(rows.map((r) => [r.IDACORDO, r.OBSERVACAO, r.STATUS, r.TIPO, r.IDLAN])).toEqual([
      [21, "22", 0, "O", 150],
      [21, "22", 0, "O", 151],
      [21, "22", 0, "G", 152],
      [21, "22", 0, "G", 153],
    ]);
    const cancelled = await sge("acordoCancelamento", examples.acordoCancelamento);
    expect(cancelled.status, cancelled.body.Message).toBe(200);
    expect(new Set((await child("PGV.SGE.ACORDOS", "SGE3F20C95")).map((r) => r.STATUS))).toEqual(new Set([1]));
    expect(new Set((await child("PGV.SGE.ACORDOS", "SGE3F20C96")).map((r) => r.IDACORDO))).toEqual(new Set([25]));
    expect(await child("PGV.SGE.ACORDOS", "TESTE1")).toEqual([]);
  });

  it("each child sentence needs CODCOLIGADA and CODCONTRATO, numbers", async () => {
    for (const sentence of CHILDREN) {
      expect(await consulta(sentence, "CODCOLIGADA=3"), sentence).toMatchObject({
        status: 400,
        body: { Message: expect.stringContaining("CODCONTRATO") },
      });
      expect((await consulta(sentence, "CODCOLIGADA=3;CODCONTRATO=TESTE1")).status, sentence).toBe(400);
      expect((await consulta(sentence, "CODCOLIGADA=3;CODCONTRATO=90", { coligada: "3" })).status, sentence).toBe(404);
    }
  });
});
