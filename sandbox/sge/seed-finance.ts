/**
 * Contracts, launches, settlements and agreements of the SGE stand-in. The fixed ones make every
 * example of sge-enrolment-api.txt get its documented answer (see sandbox/docs/sge.md, "Seed"):
 * contract TESTE1 (InclusaoLancamento → IdLan 142), launch 143 (BaixaTitulo), launch 334 settled on
 * 06/07/2022 (CancelamentoBaixa), launches 232/233 (Acordo/Inclusao → IdAcordo 33), agreement 21
 * with IdLiquidacao "22" (Acordo/Cancelamento), FIEC launch 232 (AlteracaoNossoNumero). The others
 * give a finance screen open, overdue, paid and cancelled launches and an active agreement.
 * The launch helpers are in seed-launches.ts, the agreements in seed-agreements.ts and the
 * contratos PJ in seed-contracts-pj.ts.
 */
import { classSubjects, findClass } from "./catalog";
import { setCounter } from "./counters";
import { addDays } from "../../lib/dates";
import { writeEnrolment } from "./enrolment-store";
import type { PaymentForm } from "./instalments";
import { seedAgreements } from "./seed-agreements";
import { seedContractsPj } from "./seed-contracts-pj";
import { cancelLaunch, pay, reais, SENAI_BANK, seedLaunch, type LaunchSpec } from "./seed-launches";
import { cfoOf, responsibles, type Responsible } from "./seed-people";
import type { Sql } from "./sql";

type ContractSpec = {
  col: number;
  cod: number;
  xnumpro?: string;
  ra: string;
  perlet: number;
  turma: string;
  resp: Responsible;
  total: number;
  count: number;
  firstDue: number;
  dueDay: number;
  form?: PaymentForm;
  institutional?: number;
  ecommerce?: boolean;
};

async function seedContract(sql: Sql, today: string, c: ContractSpec): Promise<void> {
  const klass = await findClass(sql, c.col, c.perlet, c.turma);
  if (!klass) throw new Error(`seed: class ${c.perlet}|${c.turma} missing`);
  const form = c.form ?? "BOL";
  const card = c.ecommerce
    ? {
        valorTotal: reais(c.total),
        parcelas: 5,
        bandeira: "MASTERCARD",
        meioPagamento: "Crédito",
        motivo: "CAC" as const,
        nsu: `99${c.cod}`,
      }
    : undefined;
  await writeEnrolment(sql, {
    coligada: c.col,
    ra: c.ra,
    klass,
    subjects: await classSubjects(sql, c.col, c.perlet, c.turma),
    dataMatricula: addDays(today, -45),
    condicaoAluno: 0,
    codFinScae: 0,
    articulacao: 2,
    contract: {
      ...cfoOf(c.resp),
      total: reais(c.total),
      institutional: reais(c.institutional ?? 0),
      additional: 0,
      motivoDesconto: c.institutional ? "Convênio empresa parceira" : undefined,
      count: c.count,
      firstDue: addDays(today, c.firstDue),
      dueDay: c.dueDay,
      firstForm: form,
      otherForm: form,
      receberBoletoEmail: true,
      ecommerce: c.ecommerce ?? false,
      parcelasCartaoParcelaUm: c.ecommerce ? 5 : 0,
      dataVenda: addDays(today, -46),
      idOportunidade: `0065G00000${c.cod}AAA`,
      card,
    },
    fixed: { codContrato: c.cod, xnumpro: c.xnumpro },
  });
}

export async function seedFinance(sql: Sql, today: string): Promise<void> {
  const r = responsibles;
  const senai = (
    cod: number,
    ra: string,
    turma: string,
    resp: Responsible,
    total: number,
    count: number,
    extra: Partial<ContractSpec> = {},
  ) =>
    seedContract(sql, today, {
      col: 3,
      cod,
      ra,
      perlet: 11,
      turma,
      resp,
      total,
      count,
      firstDue: -25,
      dueDay: 10,
      ...extra,
    });
  await senai(90, "205", "TEC.001.016", r.maria, 2400, 3, { xnumpro: "TESTE1", firstDue: 5 });
  await senai(91, "0000000382", "TEC.001.016", r.maria, 1100, 4);
  await senai(92, "0000000383", "TEC.001.016", r.antonio, 2000, 1);
  await senai(93, "0000000384", "TEC.001.016", r.jose, 2400, 4);
  await senai(94, "0000000385", "TEC.001.016", r.metalurgica, 2400, 6, { institutional: 240 });
  await senai(95, "0000000386", "TEC.001.016", r.jose, 1800, 3);
  await senai(96, "0000000387", "TEC.001.016", r.maria, 1200, 2);
  // The three seats of TEC.001.018: the class with no vacancy left.
  for (const [cod, ra] of [
    [97, "0000000383"],
    [98, "0000000384"],
    [99, "0000000385"],
  ] as const) {
    await senai(cod, ra, "TEC.001.018", r.maria, 2400, 1, { form: "CAC", ecommerce: true, firstDue: 0 });
  }
  await seedContract(sql, today, {
    col: 2,
    cod: 50,
    ra: "0000001001",
    perlet: 21,
    turma: "EJA.001.001",
    resp: r.francisca,
    total: 900,
    count: 6,
    firstDue: -15,
    dueDay: 15,
  });

  const launch = (l: LaunchSpec) => seedLaunch(sql, today, l);
  // 143: BaixaTitulo's example (275.00 + 30.76 + 5.50 = 311.26), open and overdue.
  await launch({ col: 3, idLan: 143, contract: 91, parcela: 1, key: "03CE0001/001/000804/1/P", due: -10 });
  // 334: CancelamentoBaixa's example, settled with 2000.00 on 06/07/2022 in 002/9598/1234.
  await launch({ col: 3, idLan: 334, contract: 92, parcela: 1, key: "03CE0001/001/000790/1/P" });
  await pay(sql, 3, 334, "2022-07-06", ["002", "9598", "1234"]);
  // 232 and 233: the originals of Acordo/Inclusao's example, open and overdue.
  await launch({ col: 3, idLan: 232, contract: 93, parcela: 1, key: "03CE0001/001/000805/1/P", due: -40 });
  await launch({ col: 3, idLan: 233, contract: 93, parcela: 2, key: "03CE0001/001/000805/2/P", due: -10 });
  // Contract 94: paid, paid, overdue, cancelled and launched again.
  for (const [idLan, parcela] of [
    [120, 1],
    [121, 2],
    [122, 3],
    [123, 4],
    [124, 4],
  ] as const) {
    await launch({
      col: 3,
      idLan,
      contract: 94,
      parcela,
      key: `03CE0001/001/000810/${parcela}/P`,
      due: parcela === 3 ? -5 : undefined,
    });
  }
  await pay(sql, 3, 120, addDays(today, -25), SENAI_BANK);
  await pay(sql, 3, 121, addDays(today, -2), SENAI_BANK);
  await cancelLaunch(sql, 3, 123, addDays(today, -1));
  await seedAgreements(sql, today);
  // SESI: paid, overdue, open.
  for (const parcela of [1, 2, 3])
    await launch({
      col: 2,
      idLan: 499 + parcela,
      contract: 50,
      parcela,
      key: `02CE0001/001/000900/${parcela}/P`,
      due: parcela === 2 ? -3 : undefined,
    });
  await pay(sql, 2, 500, addDays(today, -14), ["104", "0001", "555555"]);
  // FIEC (coligada 1) launch 232: AlteracaoNossoNumero's example (codColigada "1").
  await launch({
    col: 1,
    idLan: 232,
    contract: null,
    parcela: null,
    key: "01CE0001/001/000232/1/P",
    due: 20,
    value: 150,
    cfo: r.metalurgica,
    pedido: "FIEC000232",
  });
  await seedContractsPj(sql);

  // Next ids: IdLan 142 (InclusaoLancamento's example), IdAcordo 33, contract 100 (SGE3F20C100).
  await setCounter(sql, 3, "IDLAN", 141);
  await setCounter(sql, 3, "IDACORDO", 32);
  await setCounter(sql, 3, "CODCONTRATO", 99);
  await setCounter(sql, 2, "IDLAN", 502);
  await setCounter(sql, 2, "CODCONTRATO", 50);
  await setCounter(sql, 1, "IDLAN", 232);
}
