/**
 * Helpers of the SGE finance seed (seed-finance.ts, seed-agreements.ts): launches written as
 * InclusaoLancamento writes them, their settlement into a branch's bank account and their
 * cancellation, plus the amounts in reais and the title keys the seed spells as text.
 */
import { toCents, type Cents } from "../orders/money";
import { bankAccountOfBranch } from "./cash-accounts";
import { addDays } from "../../lib/dates";
import { findLaunch, insertLaunch, keyFields, settleLaunch, type TitleKey } from "./launch-store";
import { cfoOf, type Responsible } from "./seed-people";
import { firstRow, type Sql } from "./sql";

export const reais = (v: number): Cents => toCents(v);

export type LaunchSpec = {
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

export const titleKey = (key: string): TitleKey => {
  const [filial, prefixo, num, parcela, tipo] = key.split("/") as [string, string, string, string, string];
  return { filial, prefixo, num, parcela, tipo };
};

/** A launch for a contract instalment (its value and scholarship), as InclusaoLancamento makes it. */
export async function seedLaunch(sql: Sql, today: string, l: LaunchSpec): Promise<void> {
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

export async function pay(
  sql: Sql,
  col: number,
  idLan: number,
  date: string,
  bank: [string, string, string],
): Promise<void> {
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

export async function cancelLaunch(sql: Sql, col: number, idLan: number, date: string): Promise<void> {
  await sql.query("UPDATE FLAN SET STATUSLAN = 2, DATACANCELAMENTO = $3 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [
    col,
    idLan,
    date,
  ]);
}

export const SENAI_BANK: [string, string, string] = ["001", "01", "111111"];
