/**
 * InclusaoLancamento (FLAN, SLAN, FBOLETO), CancelamentoLancamento (FLAN) and AlteracaoNossoNumero
 * (FLAN, FBOLETO). Array bodies are all-or-nothing: one transaction, the first failing item names
 * itself ("Item 2: ...") and nothing is written.
 */
import type { Hono } from "hono";
import type { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { centsToDecimal, toCents } from "../orders/money";
import { parseWith, readList, readObject } from "./body";
import { bankAccountOfBranch, bankTrio, type CashAccount } from "./cash-accounts";
import { nextId } from "./counters";
import { conflict, inItem, notFound, badRequest, sgeSuccess } from "./envelope";
import { brDate, coligada, optionalBrDate, optionalInteger, optionalText, record, text } from "./fields";
import {
  CANCELLED,
  findLaunch,
  insertLaunch,
  keyFields,
  keyText,
  launchColumns,
  PAID,
  titleKeyShape,
  toLaunch,
  type Launch,
} from "./launch-store";
import { branchByAnyCode, firstRow, insertRow, type Sql } from "./sql";

const PATH = "/api/TOTVSCustomizacao/CstIntegracaoProtheus";

const inclusionSchema = record({
  codColigada: coligada(),
  xnumpro: text(30),
  contaCaixaBanco: optionalText(3),
  contaCaixaAgencia: optionalText(10),
  contaCaixaContaCorrente: optionalText(20),
  parcela: record({
    pedidoVendaGerencial: text(20),
    nossoNumero: optionalText(30),
    dataEmissao: brDate(),
    dataVencimento: optionalBrDate(),
    dataPrevisaoBaixa: optionalBrDate(),
    Filial: text(10),
    Prefixo: text(3),
    Num: text(9),
    Parcela: text(3),
    Tipo: text(3),
  }),
});

const cancellationSchema = record({
  codColigada: coligada(),
  idLan: optionalInteger(),
  ...titleKeyShape,
  DataCancelamento: brDate(),
});

const nossoNumeroSchema = record({
  codColigada: coligada(),
  NossoNumero: text(30),
  Idlan: optionalInteger(),
  ...titleKeyShape,
  NumeroPedido: optionalText(20),
  CodFilial: optionalText(10),
});

export function registerLaunchRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(`${PATH}/InclusaoLancamento`, async (c) => {
    const items = (await readList(c)).map((v, i) => parseWith(inclusionSchema, v, i));
    const ids = await state.db.transaction(async (tx) => {
      const created: number[] = [];
      for (const [i, item] of items.entries()) created.push(await includeLaunch(tx, item, i));
      return created;
    });
    return sgeSuccess(c, ids.map((id) => `Sucesso ao incluir o Id. Lançamento ${id}.\r\n`).join(""), { IdLan: ids[0] });
  });

  rm.post(`${PATH}/CancelamentoLancamento`, async (c) => {
    const items = (await readList(c)).map((v, i) => parseWith(cancellationSchema, v, i));
    const ids = await state.db.transaction(async (tx) => {
      const cancelled: number[] = [];
      for (const [i, item] of items.entries()) cancelled.push(await cancelLaunch(tx, item, i));
      return cancelled;
    });
    return sgeSuccess(c, ids.map((id) => `Sucesso ao excluir o Id. Lançamento ${id}\r\n`).join(""));
  });

  rm.post(`${PATH}/AlteracaoNossoNumero`, async (c) => {
    const body = parseWith(nossoNumeroSchema, await readObject(c));
    const idLan = await state.db.transaction((tx) => changeNossoNumero(tx, body));
    // The seed's answer shows 172 for a request about 232: the sandbox names the launch it changed.
    return sgeSuccess(
      c,
      `Sucesso ao fazer a Alteração do Nosso Numero (IDLan/Numero Pedido : ${idLan}, NossoNumero: ${body.NossoNumero}).\r\n\r\n`,
    );
  });
}

type Inclusion = z.output<typeof inclusionSchema>;

async function includeLaunch(sql: Sql, item: Inclusion, index: number | null): Promise<number> {
  const col = item.codColigada;
  const p = item.parcela;
  const contract = await firstRow<{ cod: number; codColCfo: number; codCfo: string }>(
    sql,
    `SELECT CODCONTRATO AS cod, CODCOLCFO AS "codColCfo", CODCFO AS "codCfo" FROM SCONTRATO WHERE CODCOLIGADA = $1 AND XNUMPRO = $2 AND D_E_L_E_T_ = ' '`,
    [col, item.xnumpro],
  );
  if (!contract)
    throw notFound(inItem(index, `contrato ${item.xnumpro} não encontrado na coligada ${col} (campo xnumpro).`));
  const branch = await branchByAnyCode(sql, col, p.Filial);
  if (!branch)
    throw notFound(inItem(index, `filial ${p.Filial} não encontrada na coligada ${col} (campo parcela.Filial).`));
  const trio = bankTrio(index, {
    contaCaixaBanco: item.contaCaixaBanco,
    contaCaixaAgencia: item.contaCaixaAgencia,
    contaCaixaContaCorrente: item.contaCaixaContaCorrente,
  });
  let account: CashAccount | undefined;
  if (trio) {
    account = await bankAccountOfBranch(sql, col, branch.protheus, trio.banco, trio.agencia, trio.conta);
    if (!account)
      throw notFound(
        inItem(
          index,
          `conta caixa ${trio.banco}/${trio.agencia}/${trio.conta} não encontrada para a filial ${branch.protheus}.`,
        ),
      );
  }
  const key = { filial: branch.protheus, prefixo: p.Prefixo, num: p.Num, parcela: p.Parcela, tipo: p.Tipo };
  // The title key identifies one live launch of the contract (the seed itself reuses
  // 03CE0001/001/000804/1/P across contracts, so uniqueness is per contract: sandbox/docs/sge.md).
  const duplicate = await firstRow<{ idLan: number }>(
    sql,
    `SELECT IDLAN AS "idLan" FROM FLAN WHERE CODCOLIGADA = $1 AND CODCONTRATO = $2 AND FILIAL = $3 AND PREFIXO = $4 AND NUMERO = $5 AND PARCELA = $6 AND TIPO = $7
        AND STATUSLAN <> ${CANCELLED} AND D_E_L_E_T_ = ' '`,
    [col, contract.cod, key.filial, key.prefixo, key.num, key.parcela, key.tipo],
  );
  if (duplicate)
    throw conflict(
      inItem(
        index,
        `o título ${keyText(key)} já existe no contrato ${item.xnumpro} (Id. Lançamento ${duplicate.idLan}).`,
      ),
    );
  const instalment = await firstRow<{ parcela: number; due: string; value: string; bolsa: string }>(
    sql,
    `SELECT p.PARCELA AS parcela, p.DTVENCIMENTO AS due, p.VALOR AS value, p.VALORBOLSAINST + p.VALORBOLSAADIC AS bolsa FROM SPARCELA p
       LEFT JOIN FLAN l ON l.CODCOLIGADA = p.CODCOLIGADA AND l.IDLAN = p.IDLAN AND l.D_E_L_E_T_ = ' '
      WHERE p.CODCOLIGADA = $1 AND p.CODCONTRATO = $2 AND p.D_E_L_E_T_ = ' ' AND (p.IDLAN IS NULL OR l.STATUSLAN = ${CANCELLED}) ORDER BY p.PARCELA LIMIT 1`,
    [col, contract.cod],
  );
  if (!instalment) throw conflict(inItem(index, `todas as parcelas do contrato ${item.xnumpro} já têm lançamento.`));
  const vencimento = p.dataVencimento ?? instalment.due;
  const idLan = await insertLaunch(sql, {
    coligada: col,
    ...key,
    codContrato: contract.cod,
    parcelaContrato: instalment.parcela,
    codColCfo: contract.codColCfo,
    codCfo: contract.codCfo,
    pedido: p.pedidoVendaGerencial,
    nossoNumero: p.nossoNumero,
    dataEmissao: p.dataEmissao,
    vencimento,
    previsao: p.dataPrevisaoBaixa ?? vencimento,
    original: toCents(instalment.value),
    bolsa: toCents(instalment.bolsa),
    codCxa: account?.codCxa,
    historico: `Parcela ${instalment.parcela} do contrato ${item.xnumpro}`,
  });
  if (p.nossoNumero || account) {
    await insertRow(sql, "FBOLETO", {
      CODCOLIGADA: col,
      IDBOLETO: await nextId(sql, col, "IDBOLETO"),
      IDLAN: idLan,
      NOSSONUMERO: p.nossoNumero ?? "",
      CODCXA: account?.codCxa,
      VALOR: centsToDecimal(toCents(instalment.value) - toCents(instalment.bolsa)),
      DTVENCIMENTO: vencimento,
    });
  }
  return idLan;
}

/** Why a launch cannot be cancelled, or null when it can (only an open, non-agreement launch can). */
async function cancelRefusal(sql: Sql, launch: Launch): Promise<string | null> {
  if (launch.status === CANCELLED) return `o lançamento ${launch.idLan} já está cancelado.`;
  if (launch.status === PAID) {
    const byAgreement = await firstRow<{ idAcordo: number }>(
      sql,
      `SELECT IDACORDO AS "idAcordo" FROM FLANBAIXA WHERE CODCOLIGADA = $1 AND IDLAN = $2 AND STATUS = 0 AND TIPOBAIXA = 'A' AND D_E_L_E_T_ = ' '`,
      [launch.coligada, launch.idLan],
    );
    return byAgreement
      ? `o lançamento ${launch.idLan} foi baixado pelo acordo ${byAgreement.idAcordo}: cancele o acordo antes (Acordo/Cancelamento).`
      : `o lançamento ${launch.idLan} está baixado: cancele a baixa antes (CancelamentoBaixa).`;
  }
  if (launch.idAcordo !== null)
    return `o lançamento ${launch.idLan} foi gerado pelo acordo ${launch.idAcordo}: cancele o acordo (Acordo/Cancelamento).`;
  return null;
}

async function cancelLaunch(
  sql: Sql,
  item: z.output<typeof cancellationSchema>,
  index: number | null,
): Promise<number> {
  const launch = await findLaunch(sql, item.codColigada, keyFields("idLan", item.idLan, item), index);
  const refusal = await cancelRefusal(sql, launch);
  if (refusal) throw conflict(inItem(index, refusal));
  await sql.query("UPDATE FLAN SET STATUSLAN = $3, DATACANCELAMENTO = $4 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [
    launch.coligada,
    launch.idLan,
    CANCELLED,
    item.DataCancelamento,
  ]);
  await sql.query("UPDATE FBOLETO SET STATUS = 1 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [
    launch.coligada,
    launch.idLan,
  ]);
  return launch.idLan;
}

type NossoNumeroBody = z.output<typeof nossoNumeroSchema>;

/** IdLan, else the title key, else NumeroPedido + CodFilial (the seed's IDLan note). */
async function launchForNossoNumero(sql: Sql, b: NossoNumeroBody): Promise<Launch> {
  const keyGiven = [b.Filial, b.Prefixo, b.Num, b.Parcela, b.Tipo].some((v) => v !== undefined);
  if (b.Idlan !== undefined || keyGiven) return findLaunch(sql, b.codColigada, keyFields("Idlan", b.Idlan, b), null);
  if (!b.NumeroPedido || !b.CodFilial) {
    throw badRequest(
      "Informe o campo Idlan, a chave do título (Filial, Prefixo, Num, Parcela e Tipo) ou os campos NumeroPedido e CodFilial.",
    );
  }
  const branch = await branchByAnyCode(sql, b.codColigada, b.CodFilial);
  if (!branch) throw notFound(`Filial ${b.CodFilial} não encontrada na coligada ${b.codColigada} (campo CodFilial).`);
  const { rows } = await sql.query<Parameters<typeof toLaunch>[0]>(
    `SELECT ${launchColumns} FROM FLAN WHERE CODCOLIGADA = $1 AND PEDIDOVENDA = $2 AND FILIAL = $3 AND STATUSLAN <> ${CANCELLED} AND D_E_L_E_T_ = ' '`,
    [b.codColigada, b.NumeroPedido, branch.protheus],
  );
  if (rows.length > 1)
    throw conflict(
      `O pedido ${b.NumeroPedido} da filial ${branch.protheus} corresponde a ${rows.length} lançamentos (${rows.map((r) => r.idLan).join(", ")}): informe o campo Idlan.`,
    );
  if (!rows[0])
    throw notFound(
      `Nenhum lançamento do pedido ${b.NumeroPedido} na filial ${branch.protheus} (campos NumeroPedido e CodFilial).`,
    );
  return toLaunch(rows[0]);
}

async function changeNossoNumero(sql: Sql, b: NossoNumeroBody): Promise<number> {
  const launch = await launchForNossoNumero(sql, b);
  if (launch.status === CANCELLED)
    throw conflict(`O lançamento ${launch.idLan} está cancelado: o Nosso Número não pode ser alterado.`);
  await sql.query("UPDATE FLAN SET NOSSONUMERO = $3 WHERE CODCOLIGADA = $1 AND IDLAN = $2", [
    launch.coligada,
    launch.idLan,
    b.NossoNumero,
  ]);
  const { affectedRows } = await sql.query(
    "UPDATE FBOLETO SET NOSSONUMERO = $3 WHERE CODCOLIGADA = $1 AND IDLAN = $2 AND STATUS = 0 AND D_E_L_E_T_ = ' '",
    [launch.coligada, launch.idLan, b.NossoNumero],
  );
  if (!affectedRows) {
    await insertRow(sql, "FBOLETO", {
      CODCOLIGADA: launch.coligada,
      IDBOLETO: await nextId(sql, launch.coligada, "IDBOLETO"),
      IDLAN: launch.idLan,
      NOSSONUMERO: b.NossoNumero,
      CODCXA: launch.codCxa,
      VALOR: centsToDecimal(launch.original - launch.bolsa),
      DTVENCIMENTO: launch.vencimento,
    });
  }
  return launch.idLan;
}
