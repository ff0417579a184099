/**
 * Launches (FLAN) and their settlements (FLANBAIXA), shared by the finance endpoints and the seed.
 * A launch is found by its IdLan or, when IdLan is empty, by the Protheus title key Filial +
 * Prefixo + Num + Parcela + Tipo ("Importante" note repeated throughout the seed). The cash
 * accounts (FCXA) a settlement goes to are in cash-accounts.ts.
 */
import { centsToDecimal, toCents, type Cents } from "../orders/money";
import type { CashAccount } from "./cash-accounts";
import { nextId } from "./counters";
import { badRequest, conflict, inItem, notFound } from "./envelope";
import { optionalText } from "./fields";
import { insertRow, type Sql } from "./sql";

const OPEN = 0;
export const PAID = 1;
export const CANCELLED = 2;

export type TitleKey = { filial: string; prefixo: string; num: string; parcela: string; tipo: string };

export type Launch = TitleKey & {
  coligada: number;
  idLan: number;
  codContrato: number | null;
  parcelaContrato: number | null;
  status: number;
  original: Cents;
  bolsa: Cents;
  baixado: Cents;
  idAcordo: number | null;
  pedido: string;
  nossoNumero: string;
  dataEmissao: string | null;
  vencimento: string | null;
  previsao: string | null;
  codCxa: string | null;
  /** Late charges of the plan: fine % and interest % a day (numeric text, as PGlite returns it). */
  percMulta: string | null;
  percJurosDia: string | null;
};

type LaunchRow = Omit<Launch, "original" | "bolsa" | "baixado"> & { original: string; bolsa: string; baixado: string };

export const launchColumns = `CODCOLIGADA AS coligada, IDLAN AS "idLan", FILIAL AS filial, PREFIXO AS prefixo, NUMERO AS num, PARCELA AS parcela, TIPO AS tipo,
  CODCONTRATO AS "codContrato", PARCELACONTRATO AS "parcelaContrato", STATUSLAN AS status, VALORORIGINAL AS original, VALORBOLSA AS bolsa, VALORBAIXADO AS baixado,
  IDACORDO AS "idAcordo", PEDIDOVENDA AS pedido, NOSSONUMERO AS "nossoNumero", DATAEMISSAO AS "dataEmissao", DTVENCIMENTO AS vencimento, DATAPREVBAIXA AS previsao, CODCXA AS "codCxa",
  PERCMULTA AS "percMulta", PERCJUROSDIA AS "percJurosDia"`;

export const toLaunch = (r: LaunchRow): Launch => ({
  ...r,
  original: toCents(r.original),
  bolsa: toCents(r.bolsa),
  baixado: toCents(r.baixado),
});

/** The Protheus title key every finance body carries (each endpoint adds its IdLan spelling). */
export const titleKeyShape = {
  Filial: optionalText(10),
  Prefixo: optionalText(3),
  Num: optionalText(9),
  Parcela: optionalText(3),
  Tipo: optionalText(3),
};

type TitleKeyBody = { Filial?: string; Prefixo?: string; Num?: string; Parcela?: string; Tipo?: string };

/** How a body points at a launch: its id (named as the endpoint spells it) and/or the title key. */
type KeyFields = TitleKeyBody & { id?: number; idName: string };

export const keyFields = (idName: string, id: number | undefined, body: TitleKeyBody): KeyFields => ({
  idName,
  id,
  Filial: body.Filial,
  Prefixo: body.Prefixo,
  Num: body.Num,
  Parcela: body.Parcela,
  Tipo: body.Tipo,
});

const keyNames = ["Filial", "Prefixo", "Num", "Parcela", "Tipo"] as const;

export const keyText = (k: TitleKey) => `${k.filial}/${k.prefixo}/${k.num}/${k.parcela}/${k.tipo}`;

/**
 * The launch a body points at. IdLan wins; without it the five key fields are required. Several
 * live (not cancelled) launches under one key → 409: RM cannot tell which one is meant.
 */
export async function findLaunch(sql: Sql, coligada: number, key: KeyFields, item: number | null): Promise<Launch> {
  if (key.id !== undefined) {
    const { rows } = await sql.query<LaunchRow>(
      `SELECT ${launchColumns} FROM FLAN WHERE CODCOLIGADA = $1 AND IDLAN = $2 AND D_E_L_E_T_ = ' '`,
      [coligada, key.id],
    );
    if (!rows[0]) throw notFound(inItem(item, `Lançamento ${key.id} não encontrado na coligada ${coligada}.`));
    return toLaunch(rows[0]);
  }
  const absent = keyNames.filter((n) => !key[n]);
  if (absent.length > 0) {
    throw badRequest(
      inItem(
        item,
        `informe o campo ${key.idName} ou a chave do título (Filial, Prefixo, Num, Parcela e Tipo): campo ${absent.join(", ")} não informado.`,
      ),
    );
  }
  const title: TitleKey = {
    filial: key.Filial!,
    prefixo: key.Prefixo!,
    num: key.Num!,
    parcela: key.Parcela!,
    tipo: key.Tipo!,
  };
  const { rows } = await sql.query<LaunchRow>(
    `SELECT ${launchColumns} FROM FLAN WHERE CODCOLIGADA = $1 AND FILIAL = $2 AND PREFIXO = $3 AND NUMERO = $4 AND PARCELA = $5 AND TIPO = $6 AND D_E_L_E_T_ = ' '
      ORDER BY IDLAN DESC`,
    [coligada, title.filial, title.prefixo, title.num, title.parcela, title.tipo],
  );
  const live = rows.filter((r) => r.status !== CANCELLED);
  if (live.length > 1) {
    throw conflict(
      inItem(
        item,
        `a chave do título ${keyText(title)} corresponde a ${live.length} lançamentos (${live.map((r) => r.idLan).join(", ")}): informe o campo ${key.idName}.`,
      ),
    );
  }
  const found = live[0] ?? rows[0];
  if (!found)
    throw notFound(
      inItem(item, `Lançamento com a chave do título ${keyText(title)} não encontrado na coligada ${coligada}.`),
    );
  return toLaunch(found);
}

type NewLaunch = TitleKey & {
  coligada: number;
  idLan?: number;
  codContrato?: number | null;
  parcelaContrato?: number | null;
  codColCfo?: number | null;
  codCfo?: string | null;
  pedido?: string;
  nossoNumero?: string;
  dataEmissao?: string | null;
  vencimento?: string | null;
  previsao?: string | null;
  original: Cents;
  bolsa?: Cents;
  codCxa?: string | null;
  idAcordo?: number | null;
  historico?: string;
};

export async function insertLaunch(sql: Sql, l: NewLaunch): Promise<number> {
  const idLan = l.idLan ?? (await nextId(sql, l.coligada, "IDLAN"));
  await insertRow(sql, "FLAN", {
    CODCOLIGADA: l.coligada,
    IDLAN: idLan,
    FILIAL: l.filial,
    PREFIXO: l.prefixo,
    NUMERO: l.num,
    PARCELA: l.parcela,
    TIPO: l.tipo,
    CODCONTRATO: l.codContrato,
    PARCELACONTRATO: l.parcelaContrato,
    CODCOLCFO: l.codColCfo,
    CODCFO: l.codCfo,
    PEDIDOVENDA: l.pedido ?? "",
    NOSSONUMERO: l.nossoNumero ?? "",
    DATAEMISSAO: l.dataEmissao,
    DTVENCIMENTO: l.vencimento,
    DATAPREVBAIXA: l.previsao,
    VALORORIGINAL: centsToDecimal(l.original),
    VALORBOLSA: centsToDecimal(l.bolsa ?? 0),
    STATUSLAN: OPEN,
    CODCXA: l.codCxa,
    IDACORDO: l.idAcordo,
    HISTORICO: l.historico ?? "",
  });
  if (l.codContrato != null && l.parcelaContrato != null) {
    await insertRow(sql, "SLAN", {
      CODCOLIGADA: l.coligada,
      IDLAN: idLan,
      CODCONTRATO: l.codContrato,
      PARCELA: l.parcelaContrato,
    });
    await sql.query("UPDATE SPARCELA SET IDLAN = $1 WHERE CODCOLIGADA = $2 AND CODCONTRATO = $3 AND PARCELA = $4", [
      idLan,
      l.coligada,
      l.codContrato,
      l.parcelaContrato,
    ]);
  }
  return idLan;
}

export type Settlement = {
  coligada: number;
  idLan: number;
  date: string;
  value: Cents;
  juros?: Cents;
  multa?: Cents;
  desconto?: Cents;
  account: CashAccount | null;
  acordo?: number;
};

/** FLANBAIXA row + FLAN baixado (status 1). A settlement "por acordo" carries the agreement id. */
export async function settleLaunch(sql: Sql, s: Settlement): Promise<number> {
  const idBaixa = await nextId(sql, s.coligada, "IDBAIXA");
  await insertRow(sql, "FLANBAIXA", {
    CODCOLIGADA: s.coligada,
    IDLAN: s.idLan,
    IDBAIXA: idBaixa,
    DATABAIXA: s.date,
    VALORBAIXA: centsToDecimal(s.value),
    VALORJUROS: centsToDecimal(s.juros ?? 0),
    VALORMULTA: centsToDecimal(s.multa ?? 0),
    VALORDESCONTO: centsToDecimal(s.desconto ?? 0),
    CODCXA: s.account?.codCxa,
    NUMBANCO: s.account?.banco,
    NUMAGENCIA: s.account?.agencia,
    NROCONTA: s.account?.conta,
    TIPOBAIXA: s.acordo ? "A" : "N",
    IDACORDO: s.acordo,
  });
  await sql.query(
    "UPDATE FLAN SET STATUSLAN = $3, VALORBAIXADO = VALORBAIXADO + $4 WHERE CODCOLIGADA = $1 AND IDLAN = $2",
    [s.coligada, s.idLan, PAID, centsToDecimal(s.value)],
  );
  return idBaixa;
}

/** Cancels an active settlement and reopens its launch (status 0). */
export async function cancelSettlement(sql: Sql, coligada: number, idBaixa: number, date: string): Promise<void> {
  const { rows } = await sql.query<{ idLan: number; value: string }>(
    `UPDATE FLANBAIXA SET STATUS = 1, DATACANCELAMENTO = $3 WHERE CODCOLIGADA = $1 AND IDBAIXA = $2 AND STATUS = 0 RETURNING IDLAN AS "idLan", VALORBAIXA AS value`,
    [coligada, idBaixa, date],
  );
  const row = rows[0];
  if (!row) return;
  await sql.query(
    "UPDATE FLAN SET STATUSLAN = $3, VALORBAIXADO = GREATEST(VALORBAIXADO - $4, 0) WHERE CODCOLIGADA = $1 AND IDLAN = $2",
    [coligada, row.idLan, OPEN, row.value],
  );
}
