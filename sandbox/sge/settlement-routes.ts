/**
 * BaixaTitulo (FLAN, FLANBAIXA) and CancelamentoBaixa. Amounts are compared in centavos:
 * ValorBaixa = original + Juros + Multa − Desconto, the rule of the seed's two worked examples
 * (300,00 + 30,00 + 6,00 = 336,00; 458,33 − 55,83 = 402,50).
 */
import type { Hono } from "hono";
import type { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { centsToDecimal } from "../orders/money";
import { parseWith, readList } from "./body";
import { bankAccountOfBranch, bankTrio, noMovementAccount, type CashAccount } from "./cash-accounts";
import { badRequest, conflict, inItem, notFound, sgeSuccess } from "./envelope";
import { brDate, cents, coligada, optionalCents, optionalInteger, optionalText, record } from "./fields";
import {
  CANCELLED,
  cancelSettlement,
  findLaunch,
  keyFields,
  PAID,
  settleLaunch,
  titleKeyShape,
  type Launch,
} from "./launch-store";
import { firstRow, type Sql } from "./sql";

const PATH = "/api/TOTVSCustomizacao/CstIntegracaoProtheus";

const settlementSchema = record({
  codColigada: coligada(),
  idLan: optionalInteger(),
  ...titleKeyShape,
  ValorBaixa: cents(),
  DataBaixa: brDate(),
  ContaCaixa_Banco: optionalText(3),
  ContaCaixa_AG: optionalText(10),
  ContaCaixa_CC: optionalText(20),
  ContaCaixa_SEMMOVIMENTACAO: optionalText(10),
  Juros: optionalCents(),
  Multa: optionalCents(),
  Desconto: optionalCents(),
});

const undoSchema = record({
  codColigada: coligada(),
  IdLan: optionalInteger(),
  ...titleKeyShape,
  DataCancelamento: brDate(),
  DataBaixa: brDate(),
  ContaCaixaBanco: optionalText(3),
  ContaCaixaAgencia: optionalText(10),
  ContaCaixaContaCorrente: optionalText(20),
  ValorBaixa: cents(),
  ContaCaixa_SEMMOVIMENTACAO: optionalText(10),
});

const money = centsToDecimal;

export function registerSettlementRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(`${PATH}/BaixaTitulo`, async (c) => {
    const items = (await readList(c)).map((v, i) => parseWith(settlementSchema, v, i));
    const ids = await state.db.transaction(async (tx) => {
      const settled: number[] = [];
      for (const [i, item] of items.entries()) settled.push(await settle(tx, item, i));
      return settled;
    });
    return sgeSuccess(c, ids.map((id) => `Sucesso ao baixar o titulo do Id. Lançamento ${id}\r\n`).join(""));
  });

  rm.post(`${PATH}/CancelamentoBaixa`, async (c) => {
    const items = (await readList(c)).map((v, i) => parseWith(undoSchema, v, i));
    const ids = await state.db.transaction(async (tx) => {
      const undone: number[] = [];
      for (const [i, item] of items.entries()) undone.push(await undo(tx, item, i));
      return undone;
    });
    // The seed's answer names launch 142 for a request about 334: the sandbox names the launch it changed.
    return sgeSuccess(c, ids.map((id) => `Sucesso ao cancelar baixa do Id. Lançamento ${id}\r\n`).join(""));
  });
}

type AccountChoice = { bank: { banco: string; agencia: string; conta: string } | null; noMovement: string | undefined };

/** With bank movement (all three fields) or without (no-movement account): exactly one of them. */
function accountChoice(
  index: number,
  bankFields: Record<string, string | undefined>,
  noMovementField: string,
  noMovement: string | undefined,
): AccountChoice {
  const bank = bankTrio(index, bankFields);
  const names = Object.keys(bankFields).join(", ");
  if (bank && noMovement) {
    throw badRequest(
      inItem(
        index,
        `informe a conta caixa com movimentação (${names}) ou a conta sem movimentação (${noMovementField}), não as duas.`,
      ),
    );
  }
  return { bank, noMovement };
}

async function resolveAccount(sql: Sql, launch: Launch, choice: AccountChoice, index: number): Promise<CashAccount> {
  if (choice.bank) {
    const { banco, agencia, conta } = choice.bank;
    const account = await bankAccountOfBranch(sql, launch.coligada, launch.filial, banco, agencia, conta);
    if (!account)
      throw notFound(
        inItem(
          index,
          `conta caixa ${banco}/${agencia}/${conta} não encontrada para a filial ${launch.filial} do lançamento ${launch.idLan}.`,
        ),
      );
    return account;
  }
  const account = await noMovementAccount(sql, launch.coligada, choice.noMovement!);
  if (!account)
    throw notFound(
      inItem(index, `conta caixa sem movimentação ${choice.noMovement} não encontrada na coligada ${launch.coligada}.`),
    );
  return account;
}

async function settle(sql: Sql, item: z.output<typeof settlementSchema>, index: number): Promise<number> {
  const choice = accountChoice(
    index,
    { ContaCaixa_Banco: item.ContaCaixa_Banco, ContaCaixa_AG: item.ContaCaixa_AG, ContaCaixa_CC: item.ContaCaixa_CC },
    "ContaCaixa_SEMMOVIMENTACAO",
    item.ContaCaixa_SEMMOVIMENTACAO,
  );
  if (!choice.bank && !choice.noMovement) {
    throw badRequest(
      inItem(
        index,
        "informe a conta caixa da baixa: ContaCaixa_Banco, ContaCaixa_AG e ContaCaixa_CC (com movimentação) ou ContaCaixa_SEMMOVIMENTACAO (sem movimentação).",
      ),
    );
  }
  const launch = await findLaunch(sql, item.codColigada, keyFields("idLan", item.idLan, item), index);
  if (launch.status === CANCELLED)
    throw conflict(inItem(index, `o lançamento ${launch.idLan} está cancelado e não pode ser baixado.`));
  if (launch.status === PAID) throw conflict(inItem(index, `o lançamento ${launch.idLan} já está baixado.`));
  const expected = launch.original + item.Juros + item.Multa - item.Desconto;
  if (item.ValorBaixa !== expected) {
    throw badRequest(
      inItem(
        index,
        `campo ValorBaixa (${money(item.ValorBaixa)}) deve ser o valor original ${money(launch.original)} + Juros ${money(item.Juros)} + Multa ${money(item.Multa)} − Desconto ${money(item.Desconto)} = ${money(expected)}.`,
      ),
    );
  }
  const account = await resolveAccount(sql, launch, choice, index);
  await settleLaunch(sql, {
    coligada: launch.coligada,
    idLan: launch.idLan,
    date: item.DataBaixa,
    value: item.ValorBaixa,
    juros: item.Juros,
    multa: item.Multa,
    desconto: item.Desconto,
    account,
  });
  return launch.idLan;
}

async function undo(sql: Sql, item: z.output<typeof undoSchema>, index: number): Promise<number> {
  const bankFields = {
    ContaCaixaBanco: item.ContaCaixaBanco,
    ContaCaixaAgencia: item.ContaCaixaAgencia,
    ContaCaixaContaCorrente: item.ContaCaixaContaCorrente,
  };
  const choice = accountChoice(index, bankFields, "ContaCaixa_SEMMOVIMENTACAO", item.ContaCaixa_SEMMOVIMENTACAO);
  const launch = await findLaunch(sql, item.codColigada, keyFields("IdLan", item.IdLan, item), index);
  if (launch.status === CANCELLED) throw conflict(inItem(index, `o lançamento ${launch.idLan} está cancelado.`));
  const settlement = await firstRow<{ idBaixa: number; tipo: string; idAcordo: number | null }>(
    sql,
    `SELECT IDBAIXA AS "idBaixa", TIPOBAIXA AS tipo, IDACORDO AS "idAcordo" FROM FLANBAIXA
      WHERE CODCOLIGADA = $1 AND IDLAN = $2 AND DATABAIXA = $3 AND VALORBAIXA = $4 AND STATUS = 0 AND D_E_L_E_T_ = ' '
        AND ($5::text IS NULL OR (NUMBANCO = $5 AND NUMAGENCIA = $6 AND NROCONTA = $7)) AND ($8::text IS NULL OR CODCXA = $8)
      ORDER BY IDBAIXA DESC LIMIT 1`,
    [
      launch.coligada,
      launch.idLan,
      item.DataBaixa,
      money(item.ValorBaixa),
      choice.bank?.banco ?? null,
      choice.bank?.agencia ?? null,
      choice.bank?.conta ?? null,
      choice.noMovement ?? null,
    ],
  );
  if (!settlement) {
    if (launch.status !== PAID) throw conflict(inItem(index, `o lançamento ${launch.idLan} não está baixado.`));
    throw notFound(
      inItem(
        index,
        `baixa ativa de ${money(item.ValorBaixa)} em ${item.DataBaixa.split("-").reverse().join("/")} não encontrada no lançamento ${launch.idLan} (campos DataBaixa, ValorBaixa e conta caixa).`,
      ),
    );
  }
  if (settlement.tipo === "A") {
    throw conflict(
      inItem(
        index,
        `a baixa do lançamento ${launch.idLan} foi feita pelo acordo ${settlement.idAcordo}: cancele o acordo (Acordo/Cancelamento).`,
      ),
    );
  }
  await cancelSettlement(sql, launch.coligada, settlement.idBaixa, item.DataCancelamento);
  return launch.idLan;
}
