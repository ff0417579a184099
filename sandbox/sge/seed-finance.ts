/**
 * Contracts, launches, settlements and agreements of the SGE stand-in. The fixed ones make every
 * example of sge-enrolment-api.txt get its documented answer (see sandbox/docs/sge.md, "Seed"):
 * contract TESTE1 (InclusaoLancamento → IdLan 142), launch 143 (BaixaTitulo), launch 334 settled on
 * 06/07/2022 (CancelamentoBaixa), launches 232/233 (Acordo/Inclusao → IdAcordo 33), agreement 21
 * with IdLiquidacao "22" (Acordo/Cancelamento), FIEC launch 232 (AlteracaoNossoNumero). The others
 * give a finance screen open, overdue, paid and cancelled launches and an active agreement.
 */
import { withCheckDigits } from "../../lib/br-documents";
import { toCents, type Cents } from "../orders/money";
import { createAgreement } from "./agreement-store";
import { classSubjects, findClass } from "./catalog";
import { setCounter } from "./counters";
import { addDays } from "../../lib/dates";
import { writeEnrolment } from "./enrolment-store";
import type { PaymentForm } from "./instalments";
import { bankAccountOfBranch, findLaunch, insertLaunch, keyFields, settleLaunch, type TitleKey } from "./launch-store";
import { cfoOf, responsibles, type Responsible } from "./seed-people";
import { firstRow, insertRow, type Sql } from "./sql";

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

const reais = (v: number): Cents => toCents(v);

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

type LaunchSpec = {
  col: number;
  idLan: number;
  contract: number | null;
  parcela: number | null;
  key: string;
  due?: number;
  pedido?: string;
  value?: number;
  cfo?: Responsible;
};

const titleKey = (key: string): TitleKey => {
  const [filial, prefixo, num, parcela, tipo] = key.split("/") as [string, string, string, string, string];
  return { filial, prefixo, num, parcela, tipo };
};

/** A launch for a contract instalment (its value and scholarship), as InclusaoLancamento makes it. */
async function seedLaunch(sql: Sql, today: string, l: LaunchSpec): Promise<void> {
  const inst =
    l.contract === null
      ? undefined
      : await firstRow<{ due: string; value: string; bolsa: string; codColCfo: number; codCfo: string }>(
          sql,
          `SELECT p.DTVENCIMENTO AS due, p.VALOR AS value, p.VALORBOLSAINST + p.VALORBOLSAADIC AS bolsa, c.CODCOLCFO AS "codColCfo", c.CODCFO AS "codCfo"
       FROM SPARCELA p JOIN SCONTRATO c ON c.CODCOLIGADA = p.CODCOLIGADA AND c.CODCONTRATO = p.CODCONTRATO
      WHERE p.CODCOLIGADA = $1 AND p.CODCONTRATO = $2 AND p.PARCELA = $3`,
          [l.col, l.contract, l.parcela],
        );
  const key = titleKey(l.key);
  const vencimento = l.due === undefined ? (inst?.due ?? today) : addDays(today, l.due);
  const cfo = l.cfo ? cfoOf(l.cfo) : undefined;
  await insertLaunch(sql, {
    coligada: l.col,
    idLan: l.idLan,
    ...key,
    codContrato: l.contract,
    parcelaContrato: l.parcela,
    codColCfo: inst?.codColCfo ?? cfo?.codColCfo,
    codCfo: inst?.codCfo ?? cfo?.codCfo,
    pedido: l.pedido ?? `PV${key.num}${key.parcela}`,
    dataEmissao: addDays(vencimento, -20),
    vencimento,
    previsao: vencimento,
    original: l.value === undefined ? toCents(inst?.value) : reais(l.value),
    bolsa: toCents(inst?.bolsa),
  });
}

async function pay(sql: Sql, col: number, idLan: number, date: string, bank: [string, string, string]): Promise<void> {
  const launch = await findLaunch(sql, col, keyFields("IdLan", idLan, {}), null);
  const account = await bankAccountOfBranch(sql, col, launch.filial, ...bank);
  await settleLaunch(sql, {
    coligada: col,
    idLan,
    date,
    value: launch.original - launch.bolsa,
    desconto: launch.bolsa,
    account: account ?? null,
  });
}

async function cancelLaunch(sql: Sql, col: number, idLan: number, date: string): Promise<void> {
  await sql.query("UPDATE FLAN SET STATUSLAN = 2, DATACANCELAMENTO = $3 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [
    col,
    idLan,
    date,
  ]);
}

const SENAI_BANK: [string, string, string] = ["001", "01", "111111"];

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

async function seedAgreements(sql: Sql, today: string): Promise<void> {
  const launch = (l: LaunchSpec) => seedLaunch(sql, today, l);
  const find = (idLan: number) => findLaunch(sql, 3, keyFields("IdLan", idLan, {}), null);
  // Agreement 21, IdLiquidacao "22" (Acordo/Cancelamento's example): active, nothing paid.
  await launch({ col: 3, idLan: 150, contract: 95, parcela: 1, key: "03CE0001/001/000820/1/P", due: -50 });
  await launch({ col: 3, idLan: 151, contract: 95, parcela: 2, key: "03CE0001/001/000820/2/P", due: -20 });
  await createAgreement(sql, {
    coligada: 3,
    idAcordo: 21,
    observacao: "22",
    dataAcordo: addDays(today, -15),
    valorAcordo: reais(1300),
    valorDesconto: 0,
    valorAcrescimo: reais(100),
    codCCusto: "3.03.01.03.01",
    tipoJuros: 0,
    taxaJuros: 0,
    valorJurosDia: 0,
    originals: [await find(150), await find(151)],
    instalments: [
      {
        identificador: "001",
        idLan: 152,
        ...titleKey("03CE0001/001/000821/1/P"),
        vencimento: addDays(today, 15),
        valor: reais(650),
      },
      {
        identificador: "002",
        idLan: 153,
        ...titleKey("03CE0001/001/000821/2/P"),
        vencimento: addDays(today, 45),
        valor: reais(650),
      },
    ],
  });
  // Agreement 25: active, its first instalment paid (cancellation refused until that is undone).
  await launch({ col: 3, idLan: 160, contract: 96, parcela: 1, key: "03CE0001/001/000830/1/P", due: -35 });
  await createAgreement(sql, {
    coligada: 3,
    idAcordo: 25,
    observacao: "3|CSI|DEMO|CNI500Parc1&2",
    dataAcordo: addDays(today, -30),
    valorAcordo: reais(610),
    valorDesconto: 0,
    valorAcrescimo: reais(10),
    codCCusto: "3.03.01.03.01",
    tipoJuros: 1,
    taxaJuros: 0,
    valorJurosDia: reais(0.33),
    originals: [await find(160)],
    instalments: [
      {
        identificador: "001",
        idLan: 161,
        ...titleKey("03CE0001/001/000831/1/P"),
        vencimento: addDays(today, -10),
        valor: reais(300),
      },
      {
        identificador: "002",
        idLan: 162,
        ...titleKey("03CE0001/001/000831/2/P"),
        vencimento: addDays(today, 20),
        valor: reais(310),
      },
    ],
  });
  await pay(sql, 3, 161, addDays(today, -11), SENAI_BANK);
}

/**
 * Contratos PJ. 123456/123 answers ConsultContract exactly as the seed's example (10 seats, 2 used,
 * 4 students, "Não iniciado", Clientefornecedor 005959790001: its CNPJ is not in FCFO).
 */
async function seedContractsPj(sql: Sql): Promise<void> {
  const pj = [
    {
      num: "123456",
      prop: "123",
      cnpj: withCheckDigits("005959790001"),
      nome: "Indústria Têxtil Fortaleza S.A.",
      valor: "1000.00",
      turma: "APB.001.001",
      perlet: 4,
      of: 10,
      ut: 2,
    },
    {
      num: "654321",
      prop: "77",
      cnpj: responsibles.metalurgica.doc,
      nome: responsibles.metalurgica.nome,
      valor: "36000.00",
      turma: "TEC.001.016",
      perlet: 11,
      of: 15,
      ut: 15,
    },
  ];
  for (const c of pj) {
    await insertRow(sql, "ZPJFIECCONTRATO", {
      CODCOLIGADA: 3,
      CODFILIAL: 20,
      NUMEROCONTRATO: c.num,
      NUMPROPOSTA: c.prop,
      CNPJ: c.cnpj,
      NOMEEMPRESA: c.nome,
      VALORCONTRATO: c.valor,
      CODTURMA: c.turma,
      IDPERLET: c.perlet,
      VAGASOFERTADAS: c.of,
      VAGASUTILIZADAS: c.ut,
    });
  }
  for (const ra of ["0000000382", "0000000383", "0000000384", "0000000385"]) {
    await insertRow(sql, "ZPJFIECCONTRATOALUNO", {
      CODCOLIGADA: 3,
      NUMEROCONTRATO: "123456",
      NUMPROPOSTA: "123",
      RA: ra,
    });
  }
}
