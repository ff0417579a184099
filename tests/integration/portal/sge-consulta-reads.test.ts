import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/dates";
import { toCents } from "@/lib/money";
import { contractSearchValues } from "@/lib/sge/ops/contract-search";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { z } from "zod";
import { withCheckDigits } from "@/lib/br-documents";
import { realizaConsulta } from "@/server/erp/sge/consulta";
import { fetchContractHeaders } from "@/server/erp/sge/contracts-consulta";
import { SENTENCE_COLUMNS, type SentenceKey } from "@/server/erp/sge/sentences";
import { sgeConnection } from "@/server/erp/sge/connection";
import { enrol } from "@/server/erp/sge/client";
import { enrolmentCatalogue } from "@/server/services/sge-enrol";
import { cashAccountsFor, findContracts, loadContract } from "@/server/services/sge-finance-read";
import { pjClassOptions, registerPjContract } from "@/server/services/sge-pj";
import { resetWorld } from "./reset";
import { seedEnrolment } from "./sge-client-world";
import { admin, resetSgeOps, sent, signInAll, type SignedIn } from "./sge-ops-world";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/**
 * The catalogue and the contracts the journeys use, read through RealizaConsulta and assembled by
 * the portal (server/erp/sge/catalogue-consulta.ts, contracts-consulta.ts), against the sandbox's
 * own RM tables read directly: what the wizard, the vacancy re-check, the PJ form and the finance
 * screens get is SGE's data, from the coligadas the connection configures, in few calls.
 */
const REALIZA = "/rm/api/framework/v1/consultaSQLServer/RealizaConsulta/";
const consultaCalls = () => sent.filter((c) => c.path.startsWith(REALIZA)).map((c) => c.path.slice(REALIZA.length));
const rows = async <R>(sql: string, params: unknown[] = []) => (await admin.sql<R>(sql, params)).rows;
const T = testBusinessDate();

describe("SGE reads through RealizaConsulta, assembled as the journeys need them", () => {
  let ana: SignedIn;
  let fabio: SignedIn;
  let boss: SignedIn;

  beforeAll(async () => {
    await resetWorld();
    ({ ana, fabio, boss } = await signInAll());
  }, 120_000);

  beforeEach(resetSgeOps);

  it("the wizard's catalogue: each configured coligada with its name, branches, matrices, classes, vacancies and subjects as RM holds them", async () => {
    const offer = await enrolmentCatalogue(ana.viewer);
    expect(offer.map((o) => [o.coligada, o.name])).toEqual([
      [2, "SESI"],
      [3, "SENAI"],
    ]);
    // Three sentences per coligada (branches, offers, subjects), nothing else.
    expect(
      consultaCalls()
        .map((p) => p.split("/")[0])
        .sort(),
    ).toEqual(["PGV.SGE.DISCIPLINAS", "PGV.SGE.FILIAIS", "PGV.SGE.OFERTAS"].flatMap((s) => [s, s]).sort());
    for (const institution of offer) {
      const col = institution.coligada;
      const branches = await rows<{ sigla: string; nome: string; idintegracao: string; cidade: string }>(
        "SELECT sigla, nome, idintegracao, cidade FROM gfilial WHERE codcoligada = $1 AND d_e_l_e_t_ = ' ' ORDER BY codfilial",
        [col],
      );
      expect(institution.branches).toEqual(
        branches.map((b) => ({ code: b.sigla, name: b.nome, protheusBranch: b.idintegracao, city: b.cidade })),
      );
      const matrices = await rows<{ id: number; codcurso: string; valor: string; maxparcelas: number; sigla: string }>(
        `SELECT m.idmatrizaplicada AS id, m.codcurso, m.valor, m.maxparcelas, f.sigla FROM smatrizaplicada m
           JOIN gfilial f ON f.codcoligada = m.codcoligada AND f.codfilial = m.codfilial
          WHERE m.codcoligada = $1 AND m.d_e_l_e_t_ = ' ' ORDER BY m.idmatrizaplicada`,
        [col],
      );
      expect(
        institution.offerings.map((o) => [o.matrixId, o.courseCode, o.branchCode, o.price, o.maxInstalments]),
      ).toEqual(matrices.map((m) => [`${col}|${m.id}`, m.codcurso, m.sigla, toCents(m.valor), m.maxparcelas]));
      for (const offering of institution.offerings) {
        const classes = await rows<{
          idperlet: number;
          codturma: string;
          dtinicial: string;
          maxalunos: number;
          taken: number;
        }>(
          `SELECT t.idperlet, t.codturma, t.dtinicial, t.maxalunos,
                  (SELECT count(*)::int FROM smatricpl s WHERE s.codcoligada = t.codcoligada AND s.idperlet = t.idperlet
                      AND s.codturma = t.codturma AND s.codstatus <> 'CA' AND s.d_e_l_e_t_ = ' ') AS taken
             FROM sturma t WHERE t.codcoligada = $1 AND t.idmatrizaplicada = $2 AND t.d_e_l_e_t_ = ' '
            ORDER BY t.dtinicial, t.codturma`,
          [col, Number(offering.matrixId.split("|")[1])],
        );
        expect(offering.classes.map((c) => [c.classId, c.start, c.vacancies, c.available])).toEqual(
          classes.map((c) => [
            `${c.idperlet}|${c.codturma}`,
            c.dtinicial,
            c.maxalunos,
            Math.max(0, c.maxalunos - c.taken),
          ]),
        );
        for (const klass of offering.classes) {
          const subjects = await rows<{ coddisc: string; cargahoraria: number }>(
            `SELECT t.coddisc, d.cargahoraria FROM sturmadisc t JOIN sdisciplina d ON d.codcoligada = t.codcoligada AND d.coddisc = t.coddisc
              WHERE t.codcoligada = $1 AND t.idperlet = $2 AND t.codturma = $3 AND t.d_e_l_e_t_ = ' ' ORDER BY t.coddisc`,
            [col, Number(klass.classId.split("|")[0]), klass.code],
          );
          expect(klass.subjects.map((s) => [s.code, s.hours])).toEqual(
            subjects.map((s) => [s.coddisc, s.cargahoraria]),
          );
        }
      }
    }
    const tec = offer.find((o) => o.coligada === 3)!.offerings.find((o) => o.matrixId === "3|22")!;
    expect(tec.classes.find((c) => c.classId === "11|TEC.001.017")).toMatchObject({
      start: addDays(T, 21),
      vacancies: 30,
      available: 30,
    });
    expect(tec.classes.find((c) => c.classId === "11|TEC.001.018")).toMatchObject({ vacancies: 3, available: 0 });
  });

  it("an enrolment takes a seat: the next read (the vacancy re-check's) shows one fewer", async () => {
    await enrol(sgeConnection("demo")!, seedEnrolment());
    const [senai] = (await enrolmentCatalogue(ana.viewer)).filter((o) => o.coligada === 3);
    const klass = senai!.offerings.flatMap((o) => o.classes).find((c) => c.classId === "11|TEC.001.017");
    expect(klass).toMatchObject({ vacancies: 30, available: 29 });
  });

  it("a contract on the finance page: header, instalments, launches with settlements and agreements, in five calls", async () => {
    const loaded = await loadContract(fabio.viewer, 3, "SGE3F20C95");
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(consultaCalls().map((p) => p.split("/")[0])).toEqual([
      "PGV.SGE.CONTRATOS",
      "PGV.SGE.PARCELAS",
      "PGV.SGE.LANCAMENTOS",
      "PGV.SGE.BAIXAS",
      "PGV.SGE.ACORDOS",
    ]);
    const c = loaded.data;
    const [header] = await rows<{ ra: string; nome: string; nomeresp: string; dtinicio: string; total: string }>(
      `SELECT c.ra, p.nome, c.nomerespfin AS nomeresp, c.dtinicio, c.valortotal AS total FROM scontrato c
         JOIN saluno a ON a.codcoligada = c.codcoligada AND a.ra = c.ra JOIN ppessoa p ON p.codigo = a.codpessoa
        WHERE c.codcoligada = 3 AND c.xnumpro = 'SGE3F20C95'`,
    );
    expect(c).toMatchObject({
      coligada: 3,
      xnumpro: "SGE3F20C95",
      contractCode: "95",
      branch: "UN20",
      protheusBranch: "03CE0001",
      ra: header!.ra,
      studentName: header!.nome,
      responsibleName: header!.nomeresp,
      classCode: "11|TEC.001.016",
      status: "Vigente",
      startDate: header!.dtinicio,
      total: toCents(header!.total),
    });
    const launches = await rows<{ idlan: number; statuslan: number }>(
      "SELECT idlan, statuslan FROM flan WHERE codcoligada = 3 AND codcontrato = 95 AND d_e_l_e_t_ = ' ' ORDER BY idlan",
    );
    const STATUS = ["open", "settled", "cancelled"];
    expect(c.launches.map((l) => [l.id, l.status])).toEqual(launches.map((l) => [l.idlan, STATUS[l.statuslan]]));
    expect(c.launches.find((l) => l.id === 150)).toMatchObject({
      settledByAgreement: true,
      agreementId: 21,
      settlements: [expect.objectContaining({ byAgreement: true, cancelled: false })],
    });
    expect(c.agreements).toEqual([
      expect.objectContaining({
        id: 21,
        liquidationId: "22",
        active: true,
        originals: [150, 151],
        generated: [152, 153],
        hasPaidInstalment: false,
      }),
    ]);
    const instalments = await rows<{ parcela: number; valor: string; inst: string; adic: string }>(
      "SELECT parcela, valor, valorbolsainst AS inst, valorbolsaadic AS adic FROM sparcela WHERE codcoligada = 3 AND codcontrato = 95 ORDER BY parcela",
    );
    expect(c.instalments.map((i) => [i.number, i.value, i.net])).toEqual(
      instalments.map((p) => [p.parcela, toCents(p.valor), toCents(p.valor) - toCents(p.inst) - toCents(p.adic)]),
    );
  });

  it("a contract's launches carry status, late charges and the live launch of each instalment (a cancelled one frees it)", async () => {
    const loaded = await loadContract(fabio.viewer, 3, "SGE3F20C94");
    if (!loaded.ok) throw new Error(loaded.reason);
    const c = loaded.data;
    expect(c.launches.map((l) => [l.id, l.status])).toEqual([
      [120, "settled"],
      [121, "settled"],
      [122, "open"],
      [123, "cancelled"],
      [124, "open"],
    ]);
    expect(c.launches.find((l) => l.id === 122)).toMatchObject({
      original: 400_00,
      scholarship: 40_00,
      lateCharges: { finePercent: 2, dailyInterestPercent: 0.0333 },
      settlements: [],
    });
    expect(c.launches.find((l) => l.id === 120)!.settlements).toEqual([
      expect.objectContaining({ byAgreement: false, cancelled: false, bank: "001", amount: 360_00, discount: 40_00 }),
    ]);
    expect(c.instalments.find((i) => i.number === 4)).toMatchObject({ launchId: 124, net: 360_00 });
    expect(c.responsibleDocument).toBe("11222333000181");
  });

  it("a search reads contract headers only: one call per configured coligada and searched value", async () => {
    const found = await findContracts(fabio.viewer, { kind: "ra", q: "385" });
    expect(found).toMatchObject({ ok: true });
    expect(found.ok && found.data.map((c) => [c.coligada, c.xnumpro])).toEqual([
      [3, "SGE3F20C94"],
      [3, "SGE3F20C99"],
    ]);
    const calls = consultaCalls();
    expect(calls.every((p) => p.startsWith("PGV.SGE.CONTRATOS/"))).toBe(true);
    expect(calls).toHaveLength(2 * contractSearchValues("ra", "385").length);
    // Nothing to look for: no call at all.
    sent.length = 0;
    expect(await fetchContractHeaders(sgeConnection("demo")!, 3, { xnumpro: " ", ra: "" })).toEqual([]);
    expect(consultaCalls()).toEqual([]);
  });

  it("the cash accounts and PJ classes come from the configured coligadas' sentences", async () => {
    const accounts = await cashAccountsFor(fabio.viewer, 3, "03CE0002");
    expect(accounts).toEqual({
      ok: true,
      message: "",
      data: [expect.objectContaining({ code: "003", bank: "001", agency: "01", account: "111111", noMovement: false })],
    });
    const classes = await pjClassOptions(ana.viewer);
    if (!classes.ok) throw new Error(classes.reason);
    expect(new Set(classes.data.map((c) => c.coligada))).toEqual(new Set([2, 3]));
    expect(classes.data.find((c) => c.classCode === "APB.001.001")).toMatchObject({
      coligada: 3,
      periodId: 4,
      branch: "20",
      startDate: addDays(T, 30),
    });
  });

  it("every sentence the portal reads answers, on the stand-in, rows with every column the portal reads", async () => {
    const demo = sgeConnection("demo")!;
    const contract = { CODCOLIGADA: 3, CODCONTRATO: 95 };
    const samples: Record<SentenceKey, Record<string, string | number>> = {
      responsible: { CPFCNPJ: withCheckDigits("056440420"), CODCOLIGADA: 3 },
      student: { CPF: "85763425022", CODCOLIGADA: 3 },
      crmServices: { CODCOLIGADA: 3 },
      accountingItems: { CODCOLIGADA: 3 },
      branches: { CODCOLIGADA: 3 },
      offers: { CODCOLIGADA: 3 },
      subjects: { CODCOLIGADA: 3 },
      cashAccounts: { CODCOLIGADA: 3 },
      contracts: { CODCOLIGADA: 3, XNUMPRO: "SGE3F20C95", RA: "", CPFCNPJ: "" },
      instalments: contract,
      launches: contract,
      settlements: contract,
      agreements: contract,
    };
    for (const [key, columns] of Object.entries(SENTENCE_COLUMNS) as [SentenceKey, readonly string[]][]) {
      const rows = await realizaConsulta(demo, demo.consulta[key], samples[key], z.record(z.string(), z.unknown()));
      expect(rows.length, key).toBeGreaterThan(0);
      expect(
        columns.filter((c) => !(c in rows[0]!)),
        key,
      ).toEqual([]);
    }
  });

  it("a coligada the configuration does not list is neither read nor written, though RM has it", async () => {
    expect(await loadContract(boss.viewer, 1, "SGE3F20C95")).toEqual({ ok: false, reason: "not_found" });
    expect(
      await registerPjContract(ana.viewer, {
        coligada: 1,
        branch: "1",
        contractNumber: "PGV-COL1",
        proposalNumber: "1",
        cnpj: "58.069.568/0001-49",
        companyName: "Coligada não configurada",
        value: 100_00,
        classCode: "TEC.001.017",
        periodId: 11,
        offered: 1,
        used: 0,
      }),
    ).toEqual({ ok: false, reason: "refused", code: "coligada_unknown", field: "coligada" });
    expect(sent).toEqual([]);
  });
});
