/**
 * Agreements (FACORDO/FACORDOREL) as Acordo/Inclusao creates them and Acordo/Cancelamento undoes
 * them; the seed uses the same functions. Creating one settles every original launch "por acordo"
 * (FLANBAIXA TIPOBAIXA 'A') and opens the agreement's launches, linked to the originals' contract.
 */
import { centsToDecimal, type Cents } from "../orders/money";
import { nextId } from "./counters";
import { CANCELLED, cancelSettlement, insertLaunch, settleLaunch, type Launch, type TitleKey } from "./launch-store";
import { insertRow, type Sql } from "./sql";

type AgreementInstalment = TitleKey & {
  identificador: string;
  vencimento: string;
  previsao?: string;
  valor: Cents;
  idLan?: number;
};

type AgreementPlan = {
  coligada: number;
  idAcordo?: number;
  observacao: string;
  dataAcordo: string;
  valorAcordo: Cents;
  valorDesconto: Cents;
  valorAcrescimo: Cents;
  codCCusto: string;
  tipoJuros: number;
  taxaJuros: number;
  valorJurosDia: Cents;
  originals: Launch[];
  instalments: AgreementInstalment[];
};

type CreatedAgreement = {
  idAcordo: number;
  launches: { identificador: string; idLan: number; vencimento: string }[];
};

export async function createAgreement(sql: Sql, plan: AgreementPlan): Promise<CreatedAgreement> {
  const idAcordo = plan.idAcordo ?? (await nextId(sql, plan.coligada, "IDACORDO"));
  await insertRow(sql, "FACORDO", {
    CODCOLIGADA: plan.coligada,
    IDACORDO: idAcordo,
    OBSERVACAO: plan.observacao,
    DATAACORDO: plan.dataAcordo,
    VALORACORDO: centsToDecimal(plan.valorAcordo),
    VALORDESCONTO: centsToDecimal(plan.valorDesconto),
    VALORACRESCIMO: centsToDecimal(plan.valorAcrescimo),
    NUMPARCELAS: plan.instalments.length,
    CODCCUSTO: plan.codCCusto,
    TIPOJUROS: plan.tipoJuros,
    TAXAJUROS: plan.taxaJuros,
    VALORJUROSDIA: centsToDecimal(plan.valorJurosDia),
    STATUS: 0,
  });
  for (const original of plan.originals) {
    await settleLaunch(sql, {
      coligada: plan.coligada,
      idLan: original.idLan,
      date: plan.dataAcordo,
      value: original.original - original.baixado,
      account: null,
      acordo: idAcordo,
    });
    await insertRow(sql, "FACORDOREL", {
      CODCOLIGADA: plan.coligada,
      IDACORDO: idAcordo,
      IDLAN: original.idLan,
      TIPO: "O",
    });
  }
  const source = plan.originals[0];
  const contract = source ? await contractParty(sql, plan.coligada, source.idLan) : null;
  const launches: CreatedAgreement["launches"] = [];
  for (const p of plan.instalments) {
    const idLan = await insertLaunch(sql, {
      coligada: plan.coligada,
      idLan: p.idLan,
      filial: p.filial,
      prefixo: p.prefixo,
      num: p.num,
      parcela: p.parcela,
      tipo: p.tipo,
      codContrato: source?.codContrato ?? null,
      codColCfo: contract?.codColCfo ?? null,
      codCfo: contract?.codCfo ?? null,
      dataEmissao: plan.dataAcordo,
      vencimento: p.vencimento,
      previsao: p.previsao ?? p.vencimento,
      original: p.valor,
      idAcordo,
      historico: `Acordo ${idAcordo} - ${p.identificador}`,
    });
    await insertRow(sql, "FACORDOREL", {
      CODCOLIGADA: plan.coligada,
      IDACORDO: idAcordo,
      IDLAN: idLan,
      TIPO: "G",
      IDENTIFICADOR: p.identificador,
    });
    launches.push({ identificador: p.identificador, idLan, vencimento: p.vencimento });
  }
  return { idAcordo, launches };
}

async function contractParty(sql: Sql, coligada: number, idLan: number) {
  const { rows } = await sql.query<{ codColCfo: number | null; codCfo: string | null }>(
    `SELECT CODCOLCFO AS "codColCfo", CODCFO AS "codCfo" FROM FLAN WHERE CODCOLIGADA = $1 AND IDLAN = $2`,
    [coligada, idLan],
  );
  return rows[0] ?? null;
}

export type Agreement = { idAcordo: number; observacao: string; status: number };

/** The agreement's launches: 'O' originals and 'G' generated, with their status. */
export async function agreementLaunches(sql: Sql, coligada: number, idAcordo: number) {
  const { rows } = await sql.query<{ idLan: number; tipo: string; status: number }>(
    `SELECT r.IDLAN AS "idLan", r.TIPO AS tipo, l.STATUSLAN AS status FROM FACORDOREL r
       JOIN FLAN l ON l.CODCOLIGADA = r.CODCOLIGADA AND l.IDLAN = r.IDLAN AND l.D_E_L_E_T_ = ' '
      WHERE r.CODCOLIGADA = $1 AND r.IDACORDO = $2 AND r.D_E_L_E_T_ = ' ' ORDER BY r.R_E_C_N_O_`,
    [coligada, idAcordo],
  );
  return rows;
}

/** Cancels the agreement: its launches cancelled, the originals' "por acordo" settlements undone. */
export async function cancelAgreement(sql: Sql, coligada: number, idAcordo: number, date: string): Promise<void> {
  for (const l of await agreementLaunches(sql, coligada, idAcordo)) {
    if (l.tipo === "G") {
      await sql.query("UPDATE FLAN SET STATUSLAN = $3, DATACANCELAMENTO = $4 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [
        coligada,
        l.idLan,
        CANCELLED,
        date,
      ]);
      await sql.query("UPDATE FBOLETO SET STATUS = 1 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [coligada, l.idLan]);
      continue;
    }
    const { rows } = await sql.query<{ idBaixa: number }>(
      `SELECT IDBAIXA AS "idBaixa" FROM FLANBAIXA WHERE CODCOLIGADA = $1 AND IDLAN = $2 AND IDACORDO = $3 AND TIPOBAIXA = 'A' AND STATUS = 0 AND D_E_L_E_T_ = ' '`,
      [coligada, l.idLan, idAcordo],
    );
    for (const s of rows) await cancelSettlement(sql, coligada, s.idBaixa, date);
  }
  await sql.query("UPDATE FACORDO SET STATUS = 1, DATACANCELAMENTO = $3 WHERE CODCOLIGADA = $1 AND IDACORDO = $2", [
    coligada,
    idAcordo,
    date,
  ]);
}
