/**
 * Acordo/Inclusao and Acordo/Cancelamento (FLAN, FLANBAIXA, FACORDO, FACORDOREL): agreements made
 * in Protheus, mirrored in the SGE. Dates here are ISO `yyyy-mm-dd` as the seed's example sends them,
 * except DataCancelamento (`dd/mm/yyyy`, as its example).
 */
import type { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { centsToDecimal } from "../orders/money";
import { agreementLaunches, cancelAgreement, createAgreement } from "./agreement-store";
import { parseWith, readObject } from "./body";
import { wireDate } from "./dates";
import { badRequest, conflict, inItem, notFound, sgeSuccess } from "./envelope";
import {
  brDate,
  cents,
  coligada,
  integer,
  intIn,
  isoDate,
  list,
  optional,
  optionalCents,
  optionalInteger,
  optionalIsoDate,
  optionalText,
  record,
  text,
} from "./fields";
import { CANCELLED, findLaunch, keyFields, PAID, titleKeyShape, type Launch } from "./launch-store";
import { branchByAnyCode, firstRow, type Sql } from "./sql";

const PATH = "/api/TOTVSCustomizacao/CstIntegracaoProtheusAcordo";

const rate = optional(
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
    z.number({ error: "deve ser um número" }).min(0, "não pode ser negativo"),
  ),
).transform((v) => v ?? 0);

const inclusionSchema = record({
  IdLiquidacao: text(200),
  codColigada: coligada(),
  NumParcelas: integer().refine((n) => n >= 1, "deve ser 1 ou mais"),
  CodCCusto: optionalText(30),
  TipoJuros: intIn([0, 1], "0 (taxa) ou 1 (valor)"),
  TaxaJuros: rate,
  ValorJurosDia: optionalCents(),
  DataAcordo: isoDate(),
  ValorAcordo: cents(),
  ValorDesconto: optionalCents(),
  ValorAcrescimo: optionalCents(),
  LancamentosOriginais: list(record({ Idlan: optionalInteger(), ...titleKeyShape })).min(
    1,
    "deve ter ao menos um lançamento",
  ),
  LancamentosAcordo: list(
    record({
      Identificador: text(40),
      Filial: text(10),
      Prefixo: text(3),
      Num: text(9),
      Parcela: text(3),
      Tipo: text(3),
      DataVencimento: isoDate(),
      DataPrevisaoBaixa: optionalIsoDate(),
      Valor: cents().refine((v) => v > 0, "deve ser maior que zero"),
    }),
  ).min(1, "deve ter ao menos uma parcela"),
});

const cancellationSchema = record({ codColigada: coligada(), idLiquidacao: text(200), DataCancelamento: brDate() });

type Inclusion = z.output<typeof inclusionSchema>;

export function registerAgreementRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(`${PATH}/Inclusao`, async (c) => {
    const body = parseWith(inclusionSchema, await readObject(c));
    checkTerms(body);
    const created = await state.db.transaction(async (tx) => {
      const originals = await originalLaunches(tx, body);
      await checkPlan(tx, body);
      return createAgreement(tx, {
        coligada: body.codColigada,
        observacao: body.IdLiquidacao,
        dataAcordo: body.DataAcordo,
        valorAcordo: body.ValorAcordo,
        valorDesconto: body.ValorDesconto,
        valorAcrescimo: body.ValorAcrescimo,
        codCCusto: body.CodCCusto ?? "",
        tipoJuros: body.TipoJuros,
        taxaJuros: body.TaxaJuros,
        valorJurosDia: body.ValorJurosDia,
        originals,
        instalments: body.LancamentosAcordo.map((p) => ({
          identificador: p.Identificador,
          filial: p.Filial,
          prefixo: p.Prefixo,
          num: p.Num,
          parcela: p.Parcela,
          tipo: p.Tipo,
          vencimento: p.DataVencimento,
          previsao: p.DataPrevisaoBaixa,
          valor: p.Valor,
        })),
      });
    });
    // `Data` is a JSON-encoded string, exactly as the seed's answer shows it.
    const data = JSON.stringify({
      IdAcordo: created.idAcordo,
      LancamentosAcordo: created.launches.map((l) => ({
        Identificador: l.identificador,
        Idlan: l.idLan,
        DataVencimento: wireDate(l.vencimento),
      })),
    });
    return sgeSuccess(c, `Acordo ${created.idAcordo} gerado com sucesso\r\n`, { Data: data });
  });

  rm.post(`${PATH}/Cancelamento`, async (c) => {
    const body = parseWith(cancellationSchema, await readObject(c));
    const agreement = await state.db.transaction((tx) => cancel(tx, body));
    return sgeSuccess(
      c,
      `Acordo ${agreement.idAcordo} (Liquidação Protheus: ${agreement.observacao}), cancelado com sucesso.\r\n`,
    );
  });
}

/** Rules that need no database: instalment count and sum, the interest kind, repeated keys. */
function checkTerms(b: Inclusion): void {
  if (b.LancamentosAcordo.length !== b.NumParcelas) {
    throw badRequest(
      `Campo LancamentosAcordo tem ${b.LancamentosAcordo.length} parcela(s), mas NumParcelas é ${b.NumParcelas}: devem ser iguais.`,
    );
  }
  const sum = b.LancamentosAcordo.reduce((total, p) => total + p.Valor, 0);
  if (sum !== b.ValorAcordo) {
    throw badRequest(
      `Campo ValorAcordo (${centsToDecimal(b.ValorAcordo)}) deve ser a soma dos valores de LancamentosAcordo (${centsToDecimal(sum)}).`,
    );
  }
  if (b.TipoJuros === 0 && b.ValorJurosDia > 0)
    throw badRequest("Campo ValorJurosDia não deve ser informado com TipoJuros 0 (taxa): informe apenas TaxaJuros.");
  if (b.TipoJuros === 1 && b.TaxaJuros > 0)
    throw badRequest("Campo TaxaJuros não deve ser informado com TipoJuros 1 (valor): informe apenas ValorJurosDia.");
  const ids = b.LancamentosAcordo.map((p) => p.Identificador);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw badRequest(`Campo LancamentosAcordo.Identificador repetido: ${repeated}.`);
}

async function originalLaunches(sql: Sql, b: Inclusion): Promise<Launch[]> {
  const launches: Launch[] = [];
  for (const [i, o] of b.LancamentosOriginais.entries()) {
    const launch = await findLaunch(sql, b.codColigada, keyFields("Idlan", o.Idlan, o), null).catch((err: unknown) => {
      if (err instanceof Error) err.message = `LancamentosOriginais, ${inItem(i, err.message)}`;
      throw err;
    });
    if (launches.some((l) => l.idLan === launch.idLan))
      throw badRequest(`LancamentosOriginais, ${inItem(i, `lançamento ${launch.idLan} repetido na lista.`)}`);
    if (launch.status === PAID)
      throw conflict(
        `LancamentosOriginais, ${inItem(i, `o lançamento ${launch.idLan} já está baixado e não pode entrar no acordo.`)}`,
      );
    if (launch.status === CANCELLED)
      throw conflict(
        `LancamentosOriginais, ${inItem(i, `o lançamento ${launch.idLan} está cancelado e não pode entrar no acordo.`)}`,
      );
    launches.push(launch);
  }
  return launches;
}

async function checkPlan(sql: Sql, b: Inclusion): Promise<void> {
  const active = await firstRow<{ id: number }>(
    sql,
    "SELECT IDACORDO AS id FROM FACORDO WHERE CODCOLIGADA = $1 AND OBSERVACAO = $2 AND STATUS = 0 AND D_E_L_E_T_ = ' '",
    [b.codColigada, b.IdLiquidacao],
  );
  if (active)
    throw conflict(`Já existe o acordo ${active.id} ativo para a liquidação ${b.IdLiquidacao} (campo IdLiquidacao).`);
  for (const [i, p] of b.LancamentosAcordo.entries()) {
    if (!(await branchByAnyCode(sql, b.codColigada, p.Filial))) {
      throw notFound(
        `LancamentosAcordo, ${inItem(i, `filial ${p.Filial} não encontrada na coligada ${b.codColigada}.`)}`,
      );
    }
  }
}

async function cancel(
  sql: Sql,
  b: z.output<typeof cancellationSchema>,
): Promise<{ idAcordo: number; observacao: string }> {
  const agreement = await firstRow<{ idAcordo: number; observacao: string; status: number }>(
    sql,
    `SELECT IDACORDO AS "idAcordo", OBSERVACAO AS observacao, STATUS AS status FROM FACORDO
      WHERE CODCOLIGADA = $1 AND OBSERVACAO = $2 AND D_E_L_E_T_ = ' ' ORDER BY STATUS, IDACORDO DESC LIMIT 1`,
    [b.codColigada, b.idLiquidacao],
  );
  if (!agreement)
    throw notFound(
      `Acordo da liquidação ${b.idLiquidacao} não encontrado na coligada ${b.codColigada} (campo idLiquidacao).`,
    );
  if (agreement.status !== 0)
    throw conflict(`O acordo ${agreement.idAcordo} (liquidação ${b.idLiquidacao}) já está cancelado.`);
  const paid = (await agreementLaunches(sql, b.codColigada, agreement.idAcordo)).filter(
    (l) => l.tipo === "G" && l.status === PAID,
  );
  if (paid.length > 0) {
    throw conflict(
      `O acordo ${agreement.idAcordo} tem parcela(s) paga(s) (Id. Lançamento ${paid.map((l) => l.idLan).join(", ")}): cancele a baixa antes (CancelamentoBaixa).`,
    );
  }
  await cancelAgreement(sql, b.codColigada, agreement.idAcordo, b.DataCancelamento);
  return agreement;
}
