/**
 * Writes one enrolment with its contract, the way RealizarMatricula does it (and the seed, so the
 * demo contracts look exactly like API-made ones): SMATRICPL, SMATRICULA (one per subject),
 * SHABILITACAOALUNO, SCONTRATO, SPARCELA, ZINTSFDADOSCONTRATO and ZINTSFDADOSCONTRATOPARCELA.
 */
import { centsToDecimal, type Cents } from "../orders/money";
import { nextId } from "./counters";
import { monthsBetween } from "./dates";
import { planInstalments, type PaymentForm } from "./instalments";
import { insertRow, type Sql } from "./sql";

export type ClassRow = {
  idPerlet: number;
  codTurma: string;
  nome: string;
  codFilial: number;
  idMatriz: number;
  start: string;
  end: string;
  vagas: number;
};

export type CardData = {
  codLoja?: string;
  agencia?: string;
  codBanco?: string;
  conta?: string;
  motivo?: PaymentForm;
  adquirente?: string;
  bandeira?: string;
  nsu?: string;
  meioPagamento?: string;
  valorTotal: Cents;
  parcelas: number;
};

type EnrolmentPlan = {
  coligada: number;
  ra: string;
  klass: ClassRow;
  subjects: { idTurmaDisc: number; codDisc: string }[];
  dataMatricula: string;
  dataPrevSaida?: string;
  condicaoAluno?: number;
  codFinScae?: number;
  articulacao?: number;
  contract: {
    codColCfo: number;
    codCfo: string;
    nomeRespFin: string;
    total: Cents;
    institutional: Cents;
    additional: Cents;
    motivoDesconto?: string;
    motivo?: string;
    count: number;
    firstDue: string;
    dueDay: number;
    firstForm: PaymentForm;
    otherForm: PaymentForm;
    receberBoletoEmail: boolean;
    ecommerce: boolean;
    parcelasCartaoParcelaUm: number;
    dataVenda?: string;
    idOportunidade?: string;
    card?: CardData;
  };
  /** Seed only: the seed's own contract keys ("TESTE1"). */
  fixed?: { codContrato: number; xnumpro?: string };
};

type WrittenEnrolment = { codContrato: number; xnumpro: string; durationMonths: number };

/** XNumPro: SGE + coligada + F + branch number + C + contract code (the seed: SGE3F20C100). */
const xnumproOf = (coligada: number, codFilial: number, codContrato: number) =>
  `SGE${coligada}F${codFilial}C${codContrato}`;

/** Scholarship codes of the customisation's parameters: the first 'I' and the first 'A' of SBOLSA. */
async function bolsas(sql: Sql, coligada: number): Promise<{ inst: number | null; adic: number | null }> {
  const { rows } = await sql.query<{ cod: number; tipo: string }>(
    "SELECT CODBOLSA AS cod, TIPO AS tipo FROM SBOLSA WHERE CODCOLIGADA = $1 AND D_E_L_E_T_ = ' ' ORDER BY CODBOLSA",
    [coligada],
  );
  return { inst: rows.find((r) => r.tipo === "I")?.cod ?? null, adic: rows.find((r) => r.tipo === "A")?.cod ?? null };
}

export async function writeEnrolment(sql: Sql, plan: EnrolmentPlan): Promise<WrittenEnrolment> {
  const { coligada, ra, klass, contract: k } = plan;
  const codContrato = plan.fixed?.codContrato ?? (await nextId(sql, coligada, "CODCONTRATO"));
  const xnumpro = plan.fixed?.xnumpro ?? xnumproOf(coligada, klass.codFilial, codContrato);
  const durationMonths = monthsBetween(klass.start, klass.end);
  const base = { CODCOLIGADA: coligada, RA: ra };

  await insertRow(sql, "SMATRICPL", {
    ...base,
    IDPERLET: klass.idPerlet,
    IDHABILITACAOFILIAL: klass.idMatriz,
    CODTURMA: klass.codTurma,
    CODFILIAL: klass.codFilial,
    DTMATRICULA: plan.dataMatricula,
    DTPREVSAIDA: plan.dataPrevSaida ?? klass.end,
    CODSTATUS: "PM",
    CONDICAOALUNO: plan.condicaoAluno,
    CODFINSCAE: plan.codFinScae,
    ARTICULACAO: plan.articulacao,
    CODCONTRATO: codContrato,
  });
  for (const s of plan.subjects) {
    await insertRow(sql, "SMATRICULA", {
      ...base,
      IDTURMADISC: s.idTurmaDisc,
      IDPERLET: klass.idPerlet,
      CODDISC: s.codDisc,
      CODSTATUS: "PM",
      DTMATRICULA: plan.dataMatricula,
      CODCONTRATO: codContrato,
    });
  }
  await insertRow(sql, "SHABILITACAOALUNO", {
    ...base,
    IDHABILITACAOFILIAL: klass.idMatriz,
    CODSTATUS: "PM",
    DTINGRESSO: plan.dataMatricula,
  });
  await insertRow(sql, "SCONTRATO", {
    ...base,
    CODCONTRATO: codContrato,
    XNUMPRO: xnumpro,
    IDPERLET: klass.idPerlet,
    CODTURMA: klass.codTurma,
    IDMATRIZAPLICADA: klass.idMatriz,
    CODFILIAL: klass.codFilial,
    CODCOLCFO: k.codColCfo,
    CODCFO: k.codCfo,
    NOMERESPFIN: k.nomeRespFin,
    DTINICIO: klass.start,
    DTFIM: klass.end,
    DURACAOMESES: durationMonths,
    STATUS: "Vigente",
    VALORTOTAL: centsToDecimal(k.total),
    DESCONTOINSTITUCIONAL: centsToDecimal(k.institutional),
    DESCONTOADICIONAL: centsToDecimal(k.additional),
    QTDPARCELAS: k.count,
    DTMATRICULA: plan.dataMatricula,
  });
  await writeInstalments(sql, plan, codContrato);
  const card = k.card;
  await insertRow(sql, "ZINTSFDADOSCONTRATO", {
    CODCOLIGADA: coligada,
    CODCONTRATO: codContrato,
    XNUMPRO: xnumpro,
    IDOPORTUNIDADE: k.idOportunidade ?? "",
    DATAVENDA: k.dataVenda,
    MOTIVO: k.motivo ?? "",
    MOTIVODESCONTO: k.motivoDesconto ?? "",
    FORMAPAGTOPRIMEIRAPARC: k.firstForm,
    FORMAPAGTODEMAISPARC: k.otherForm,
    RECEBERBOLETOEMAIL: k.receberBoletoEmail ? "S" : "N",
    ECOMMERCE: k.ecommerce ? "S" : "N",
    PARCELASCARTAOPARCELAUM: k.parcelasCartaoParcelaUm,
    CARTAOCODLOJA: card?.codLoja,
    CARTAOAGENCIA: card?.agencia,
    CARTAOCODBANCO: card?.codBanco,
    CARTAOCONTA: card?.conta,
    CARTAOMOTIVO: card?.motivo,
    CARTAOADQUIRENTE: card?.adquirente,
    CARTAOBANDEIRA: card?.bandeira,
    CARTAONSU: card?.nsu,
    CARTAOMEIOPAGAMENTO: card?.meioPagamento,
    CARTAOVALORTOTAL: card ? centsToDecimal(card.valorTotal) : null,
    CARTAOPARCELAS: card?.parcelas,
  });
  return { codContrato, xnumpro, durationMonths };
}

async function writeInstalments(sql: Sql, plan: EnrolmentPlan, codContrato: number): Promise<void> {
  const k = plan.contract;
  const codes = await bolsas(sql, plan.coligada);
  const instalments = planInstalments({
    total: k.total,
    institutional: k.institutional,
    additional: k.additional,
    count: k.count,
    firstDue: k.firstDue,
    dueDay: k.dueDay,
    classStart: plan.klass.start,
    firstForm: k.firstForm,
    otherForm: k.otherForm,
  });
  for (const p of instalments) {
    const key = { CODCOLIGADA: plan.coligada, CODCONTRATO: codContrato, PARCELA: p.parcela };
    await insertRow(sql, "SPARCELA", {
      ...key,
      DTVENCIMENTO: p.due,
      VALOR: centsToDecimal(p.value),
      VALORBOLSAINST: centsToDecimal(p.institutional),
      VALORBOLSAADIC: centsToDecimal(p.additional),
      CODBOLSAINST: p.institutional > 0 ? codes.inst : null,
      CODBOLSAADIC: p.additional > 0 ? codes.adic : null,
      FORMAPAGTO: p.form,
    });
    await insertRow(sql, "ZINTSFDADOSCONTRATOPARCELA", {
      ...key,
      FORMAPAGTO: p.form,
      DTVENCIMENTO: p.due,
      VALORLIQUIDO: centsToDecimal(p.value - p.institutional - p.additional),
    });
  }
}
