import { beforeEach, describe, expect, it } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { addDays } from "@/lib/dates";
import { admin, boletoEnrolment, consulta, consultaRows, sge } from "./sge-client";

/**
 * The catalogue sentences of RealizaConsulta on the stand-in (sandbox/docs/sge.md, "RealizaConsulta"):
 * each one's columns (RM's names, upper case), its rows for a coligada against the seed, the state
 * after a write, and how a bad call fails. The portal's assembly of them: tests/integration/portal/sge-consulta-reads.test.ts.
 */
type Row = Record<string, unknown>;
const columns = (rows: Row[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
const T = testBusinessDate();
const wire = (days: number) => `${addDays(T, days)}T00:00:00`;

describe("RM SGE: RealizaConsulta, the catalogue sentences", () => {
  beforeEach(() => admin.reset());

  it("PGV.SGE.FILIAIS: a coligada's branches, with their SGE code and Protheus branch", async () => {
    const rows = await consultaRows("PGV.SGE.FILIAIS", "CODCOLIGADA=3");
    expect(columns(rows)).toEqual(["CIDADE", "CODCOLIGADA", "CODFILIAL", "ESTADO", "IDINTEGRACAO", "NOME", "SIGLA"]);
    expect(rows).toEqual([
      expect.objectContaining({ CODCOLIGADA: 3, CODFILIAL: 20, SIGLA: "UN20", IDINTEGRACAO: "03CE0001", ESTADO: "CE" }),
      expect.objectContaining({ CODCOLIGADA: 3, CODFILIAL: 21, SIGLA: "UN21", IDINTEGRACAO: "03CE0002" }),
    ]);
    expect((await consultaRows<Row>("PGV.SGE.FILIAIS", "CODCOLIGADA=2")).map((r) => r.SIGLA)).toEqual(["UN10", "UN11"]);
  });

  it("PGV.SGE.OFERTAS: one row per applied matrix × class, with price, ceiling, dates and the seats taken", async () => {
    const rows = await consultaRows<Row>("PGV.SGE.OFERTAS", "CODCOLIGADA=3");
    expect(columns(rows)).toEqual(
      [
        "CODCOLIGADA",
        "IDMATRIZAPLICADA",
        "CODCURSO",
        "NOMECURSO",
        "CODFILIAL",
        "SIGLA",
        "IDPERLET",
        "CODPERLET",
        "VALOR",
        "MAXPARCELAS",
        "CODTURMA",
        "NOMETURMA",
        "TURNO",
        "DTINICIAL",
        "DTFINAL",
        "MAXALUNOS",
        "VAGASOCUPADAS",
      ].sort(),
    );
    const tec = rows.filter((r) => r.IDMATRIZAPLICADA === 22);
    // Classes in start order: the running one (T−30), then T+21 and T+28.
    expect(tec.map((r) => r.CODTURMA)).toEqual(["TEC.001.016", "TEC.001.017", "TEC.001.018"]);
    expect(tec[1]).toMatchObject({
      CODCURSO: "TEC.00011",
      SIGLA: "UN20",
      IDPERLET: 11,
      VALOR: 2400,
      MAXPARCELAS: 12,
      DTINICIAL: wire(21),
      MAXALUNOS: 30,
      VAGASOCUPADAS: 0,
    });
    expect(tec[2]).toMatchObject({ MAXALUNOS: 3, VAGASOCUPADAS: 3 });
    // Coligada 2 holds SESI's matrices only.
    expect(new Set((await consultaRows<Row>("PGV.SGE.OFERTAS", "CODCOLIGADA=2")).map((r) => r.CODCURSO))).toEqual(
      new Set(["EJA.00001", "CUR.00005"]),
    );
  });

  it("PGV.SGE.OFERTAS after writes: an enrolment takes a seat; a matrix whose classes are gone is one row without a class", async () => {
    const enrolled = await sge("realizarMatricula", boletoEnrolment(1));
    expect(enrolled.status, enrolled.body.Message).toBe(200);
    await admin.sql("UPDATE sturma SET d_e_l_e_t_ = '*' WHERE codcoligada = 3 AND codturma = 'APB.001.001'");
    const rows = await consultaRows<Row>("PGV.SGE.OFERTAS", "CODCOLIGADA=3");
    expect(rows.find((r) => r.CODTURMA === "TEC.001.017")).toMatchObject({ VAGASOCUPADAS: 1 });
    expect(rows.filter((r) => r.IDMATRIZAPLICADA === 4)).toEqual([
      expect.objectContaining({ CODCURSO: "APT.00011", CODTURMA: null, MAXALUNOS: null, VAGASOCUPADAS: null }),
    ]);
  });

  it("PGV.SGE.DISCIPLINAS: every class's subjects with their hours", async () => {
    const rows = await consultaRows<Row>("PGV.SGE.DISCIPLINAS", "CODCOLIGADA=3");
    expect(columns(rows)).toEqual(["CARGAHORARIA", "CODCOLIGADA", "CODDISC", "CODTURMA", "IDPERLET", "NOME"]);
    const tec017 = rows.filter((r) => r.IDPERLET === 11 && r.CODTURMA === "TEC.001.017");
    expect(tec017.map((r) => r.CODDISC)).toEqual(["MEC001", "MEC002", "MEC003", "MEC004"]);
    expect(tec017.every((r) => typeof r.CARGAHORARIA === "number" && r.CARGAHORARIA > 0)).toBe(true);
    expect(rows.some((r) => r.CODTURMA === "EJA.001.001")).toBe(false);
  });

  it("PGV.SGE.CONTASCAIXA: the cash accounts with their branch; T marks an account without bank movement", async () => {
    const rows = await consultaRows<Row>("PGV.SGE.CONTASCAIXA", "CODCOLIGADA=3");
    expect(columns(rows)).toEqual(
      [
        "CODCOLIGADA",
        "CODCXA",
        "DESCRICAO",
        "CODFILIAL",
        "SIGLA",
        "IDINTEGRACAO",
        "NUMBANCO",
        "NUMAGENCIA",
        "NROCONTA",
        "SEMMOVIMENTACAO",
      ].sort(),
    );
    expect(rows.find((r) => r.CODCXA === "00001")).toMatchObject({
      SEMMOVIMENTACAO: "T",
      IDINTEGRACAO: "03CE0001",
      NUMBANCO: null,
    });
    expect(rows.find((r) => r.CODCXA === "003")).toMatchObject({
      SIGLA: "UN21",
      NUMBANCO: "001",
      NUMAGENCIA: "01",
      NROCONTA: "111111",
      SEMMOVIMENTACAO: "F",
    });
  });

  it("each needs CODCOLIGADA, a number; a coligada without data answers []; a sentence of another system is not found", async () => {
    for (const sentence of ["PGV.SGE.FILIAIS", "PGV.SGE.OFERTAS", "PGV.SGE.DISCIPLINAS", "PGV.SGE.CONTASCAIXA"]) {
      expect(await consulta(sentence, "OUTRO=1"), sentence).toMatchObject({
        status: 400,
        body: { Status: "Erro", StatusCode: 400, Message: expect.stringContaining("CODCOLIGADA") },
      });
      expect((await consulta(sentence, "CODCOLIGADA=SENAI")).status, sentence).toBe(400);
      expect(await consulta(sentence, "CODCOLIGADA=9"), sentence).toEqual({ status: 200, body: [] });
      expect((await consulta(sentence, "CODCOLIGADA=3", { system: "G" })).status, sentence).toBe(404);
    }
    expect(await consulta("PGV.SGE.BOLSAS", "CODCOLIGADA=3")).toMatchObject({
      status: 404,
      body: { Message: expect.stringContaining("PGV.SGE.BOLSAS") },
    });
  });
});
