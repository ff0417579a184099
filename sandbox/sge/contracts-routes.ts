/**
 * **Sandbox extension** (not in sge-enrolment-api.txt; shape documented in sandbox/docs/sge.md, the portal reads it):
 * `GET .../PGVSandbox/Contratos?codColigada=3&xnumpro=…|ra=…|cpfcnpj=…`, what a finance screen
 * shows of an educational contract: enrolment, instalments, launches with their settlements, and
 * the agreements its launches took part in.
 */
import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { centsToNumber, toCents } from "../orders/money";
import { queryParam } from "./contract-pj-routes";
import { wireDate } from "./dates";
import { onlyDigits } from "./documents";
import { badRequest, sgeSuccess } from "./envelope";
import { launchColumns, STATUS_TEXT, toLaunch, type Launch } from "./launch-store";
import { coligadaParam, EXTENSION_PATH } from "./offers-routes";
import type { Sql } from "./sql";

const money = (v: string | number | null) => centsToNumber(toCents(v));
const SITUACAO: Record<string, string> = { PM: "Pré-Matriculado", MT: "Matriculado", CA: "Cancelado" };

type ContractRow = {
  cod: number;
  xnumpro: string;
  col: number;
  sigla: string;
  protheus: string;
  ra: string;
  nomeAluno: string;
  cpfAluno: string;
  codCfo: string;
  nomeResp: string;
  docResp: string | null;
  codColCfo: number;
  idMatriz: number;
  idPerlet: number;
  codTurma: string;
  nomeCurso: string;
  status: string;
  start: string;
  end: string;
  meses: number;
  situacao: string | null;
  dataMatricula: string;
  total: string;
  inst: string;
  adic: string;
  qtd: number;
  formaPrimeira: string | null;
  formaDemais: string | null;
  ecommerce: string | null;
  dataVenda: string | null;
};

export function registerContractRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.get(`${EXTENSION_PATH}/Contratos`, async (c) => {
    const col = coligadaParam(queryParam(c, "codColigada"));
    const filter = { xnumpro: queryParam(c, "xnumpro"), ra: queryParam(c, "ra"), cpfcnpj: queryParam(c, "cpfcnpj") };
    if (!filter.xnumpro && !filter.ra && !filter.cpfcnpj)
      throw badRequest("Informe o parâmetro xnumpro, ra ou cpfcnpj.");
    const rows = await contracts(state.db, col, filter);
    const data = [];
    for (const row of rows) data.push(await contractView(state.db, row));
    return sgeSuccess(c, "", { Data: data });
  });
}

async function contracts(
  sql: Sql,
  col: number,
  f: { xnumpro?: string; ra?: string; cpfcnpj?: string },
): Promise<ContractRow[]> {
  const { rows } = await sql.query<ContractRow>(
    `SELECT c.CODCONTRATO AS cod, c.XNUMPRO AS xnumpro, c.CODCOLIGADA AS col, f.SIGLA AS sigla, f.IDINTEGRACAO AS protheus, c.RA AS ra, p.NOME AS "nomeAluno", p.CPF AS "cpfAluno",
            c.CODCOLCFO AS "codColCfo", c.CODCFO AS "codCfo", c.NOMERESPFIN AS "nomeResp", r.CGCCFO AS "docResp", c.IDMATRIZAPLICADA AS "idMatriz", c.IDPERLET AS "idPerlet", c.CODTURMA AS "codTurma",
            cu.NOME AS "nomeCurso", c.STATUS AS status, c.DTINICIO AS start, c.DTFIM AS "end", c.DURACAOMESES AS meses, m.CODSTATUS AS situacao, c.DTMATRICULA AS "dataMatricula",
            c.VALORTOTAL AS total, c.DESCONTOINSTITUCIONAL AS inst, c.DESCONTOADICIONAL AS adic, c.QTDPARCELAS AS qtd, z.FORMAPAGTOPRIMEIRAPARC AS "formaPrimeira",
            z.FORMAPAGTODEMAISPARC AS "formaDemais", z.ECOMMERCE AS ecommerce, z.DATAVENDA AS "dataVenda"
       FROM SCONTRATO c
       JOIN GFILIAL f ON f.CODCOLIGADA = c.CODCOLIGADA AND f.CODFILIAL = c.CODFILIAL AND f.D_E_L_E_T_ = ' '
       JOIN SALUNO a ON a.CODCOLIGADA = c.CODCOLIGADA AND a.RA = c.RA AND a.D_E_L_E_T_ = ' '
       JOIN PPESSOA p ON p.CODIGO = a.CODPESSOA AND p.D_E_L_E_T_ = ' '
       JOIN SMATRIZAPLICADA ma ON ma.CODCOLIGADA = c.CODCOLIGADA AND ma.IDMATRIZAPLICADA = c.IDMATRIZAPLICADA AND ma.D_E_L_E_T_ = ' '
       JOIN SCURSO cu ON cu.CODCOLIGADA = ma.CODCOLIGADA AND cu.CODCURSO = ma.CODCURSO AND cu.D_E_L_E_T_ = ' '
       LEFT JOIN FCFO r ON r.CODCOLIGADA = c.CODCOLCFO AND r.CODCFO = c.CODCFO AND r.D_E_L_E_T_ = ' '
       LEFT JOIN SMATRICPL m ON m.CODCOLIGADA = c.CODCOLIGADA AND m.CODCONTRATO = c.CODCONTRATO AND m.D_E_L_E_T_ = ' '
       LEFT JOIN ZINTSFDADOSCONTRATO z ON z.CODCOLIGADA = c.CODCOLIGADA AND z.CODCONTRATO = c.CODCONTRATO AND z.D_E_L_E_T_ = ' '
      WHERE c.CODCOLIGADA = $1 AND c.D_E_L_E_T_ = ' ' AND ($2::text IS NULL OR c.XNUMPRO = $2) AND ($3::text IS NULL OR c.RA = $3)
        AND ($4::text IS NULL OR p.CPF = $4 OR r.CGCCFO = $4)
      ORDER BY c.CODCONTRATO`,
    [col, f.xnumpro ?? null, f.ra ?? null, f.cpfcnpj ? onlyDigits(f.cpfcnpj) : null],
  );
  return rows;
}

async function contractView(sql: Sql, c: ContractRow) {
  const key = [c.col, c.cod];
  const disciplinas = (
    await sql.query<{ cod: string }>(
      "SELECT CODDISC AS cod FROM SMATRICULA WHERE CODCOLIGADA = $1 AND CODCONTRATO = $2 AND D_E_L_E_T_ = ' ' ORDER BY CODDISC",
      key,
    )
  ).rows;
  const launches = (
    await sql.query<Parameters<typeof toLaunch>[0]>(
      `SELECT ${launchColumns} FROM FLAN WHERE CODCOLIGADA = $1 AND CODCONTRATO = $2 AND D_E_L_E_T_ = ' ' ORDER BY IDLAN`,
      key,
    )
  ).rows.map(toLaunch);
  return {
    XNumPro: c.xnumpro,
    CodContrato: String(c.cod),
    CodColigada: c.col,
    CodFilial: c.sigla,
    FilialProtheus: c.protheus,
    RA: c.ra,
    NomeAluno: c.nomeAluno,
    CpfAluno: c.cpfAluno,
    CodColCfo: c.codColCfo,
    CodCFO: c.codCfo,
    NomeRespFin: c.nomeResp,
    CpfCnpjRespFin: c.docResp,
    IdMatrizAplicada: `${c.col}|${c.idMatriz}`,
    Turma: `${c.idPerlet}|${c.codTurma}`,
    NomeCurso: c.nomeCurso,
    StatusContrato: c.status,
    DataInicio: wireDate(c.start),
    DataFim: wireDate(c.end),
    DuracaoEmMeses: c.meses,
    SituacaoMatricula: SITUACAO[c.situacao ?? ""] ?? c.situacao,
    DataMatricula: wireDate(c.dataMatricula),
    DataVenda: wireDate(c.dataVenda),
    ValorTotal: money(c.total),
    DescontoInstitucional: money(c.inst),
    DescontoAdicional: money(c.adic),
    QuantidadeParc: c.qtd,
    FormaPagtoPrimeiraParc: c.formaPrimeira,
    FormaPagtoDemaisParc: c.formaDemais,
    Ecommerce: c.ecommerce === "S",
    Disciplinas: disciplinas.map((d) => d.cod),
    Parcelas: await instalments(sql, c.col, c.cod, launches),
    Lancamentos: await Promise.all(launches.map((l) => launchView(sql, l))),
    Acordos: await agreements(
      sql,
      c.col,
      launches.map((l) => l.idLan),
    ),
  };
}

async function instalments(sql: Sql, col: number, cod: number, launches: Launch[]) {
  const { rows } = await sql.query<{
    parcela: number;
    due: string;
    valor: string;
    inst: string;
    adic: string;
    idLan: number | null;
  }>(
    `SELECT PARCELA AS parcela, DTVENCIMENTO AS due, VALOR AS valor, VALORBOLSAINST AS inst, VALORBOLSAADIC AS adic, IDLAN AS "idLan"
       FROM SPARCELA WHERE CODCOLIGADA = $1 AND CODCONTRATO = $2 AND D_E_L_E_T_ = ' ' ORDER BY PARCELA`,
    [col, cod],
  );
  return rows.map((p) => {
    const discount = toCents(p.inst) + toCents(p.adic);
    // A cancelled launch frees its instalment: InclusaoLancamento may launch it again.
    const live = launches.find((l) => l.idLan === p.idLan && l.status !== 2);
    return {
      Parcela: p.parcela,
      DataVencimento: wireDate(p.due),
      Valor: money(p.valor),
      ValorDesconto: centsToNumber(discount),
      ValorLiquido: centsToNumber(toCents(p.valor) - discount),
      IdLan: live ? live.idLan : null,
    };
  });
}

async function launchView(sql: Sql, l: Launch) {
  const { rows } = await sql.query<{
    id: number;
    data: string;
    valor: string;
    juros: string;
    multa: string;
    desconto: string;
    codCxa: string | null;
    banco: string | null;
    agencia: string | null;
    conta: string | null;
    tipo: string;
    acordo: number | null;
    status: number;
    cancel: string | null;
  }>(
    `SELECT IDBAIXA AS id, DATABAIXA AS data, VALORBAIXA AS valor, VALORJUROS AS juros, VALORMULTA AS multa, VALORDESCONTO AS desconto, CODCXA AS "codCxa", NUMBANCO AS banco,
            NUMAGENCIA AS agencia, NROCONTA AS conta, TIPOBAIXA AS tipo, IDACORDO AS acordo, STATUS AS status, DATACANCELAMENTO AS cancel
       FROM FLANBAIXA WHERE CODCOLIGADA = $1 AND IDLAN = $2 AND D_E_L_E_T_ = ' ' ORDER BY IDBAIXA`,
    [l.coligada, l.idLan],
  );
  const byAgreement = rows.find((b) => b.tipo === "A" && b.status === 0);
  return {
    IdLan: l.idLan,
    Filial: l.filial,
    Prefixo: l.prefixo,
    Num: l.num,
    Parcela: l.parcela,
    Tipo: l.tipo,
    PedidoVendaGerencial: l.pedido,
    NossoNumero: l.nossoNumero,
    DataEmissao: wireDate(l.dataEmissao),
    DataVencimento: wireDate(l.vencimento),
    DataPrevisaoBaixa: wireDate(l.previsao),
    ValorOriginal: centsToNumber(l.original),
    ValorBolsa: centsToNumber(l.bolsa),
    ValorBaixado: centsToNumber(l.baixado),
    PercentualMulta: l.percMulta === null ? null : Number(l.percMulta),
    PercentualJurosDia: l.percJurosDia === null ? null : Number(l.percJurosDia),
    Status: l.status,
    StatusDescricao: STATUS_TEXT[l.status] ?? String(l.status),
    BaixadoPorAcordo: byAgreement !== undefined,
    IdAcordo: l.idAcordo ?? byAgreement?.acordo ?? null,
    Baixas: rows.map((b) => ({
      IdBaixa: b.id,
      DataBaixa: wireDate(b.data),
      ValorBaixa: money(b.valor),
      Juros: money(b.juros),
      Multa: money(b.multa),
      Desconto: money(b.desconto),
      Banco: b.banco,
      Agencia: b.agencia,
      ContaCorrente: b.conta,
      SemMovimentacao: b.banco === null && b.tipo === "N" ? b.codCxa : null,
      Tipo: b.tipo === "A" ? "Acordo" : "Normal",
      Cancelada: b.status === 1,
      DataCancelamento: wireDate(b.cancel),
    })),
  };
}

async function agreements(sql: Sql, col: number, idLans: number[]) {
  if (idLans.length === 0) return [];
  const { rows } = await sql.query<{
    id: number;
    obs: string;
    status: number;
    data: string;
    valor: string;
    desconto: string;
    acrescimo: string;
    parcelas: number;
    cancel: string | null;
    originais: number[];
    gerados: number[];
  }>(
    `SELECT a.IDACORDO AS id, a.OBSERVACAO AS obs, a.STATUS AS status, a.DATAACORDO AS data, a.VALORACORDO AS valor, a.VALORDESCONTO AS desconto, a.VALORACRESCIMO AS acrescimo,
            a.NUMPARCELAS AS parcelas, a.DATACANCELAMENTO AS cancel,
            COALESCE(array_agg(r.IDLAN ORDER BY r.IDLAN) FILTER (WHERE r.TIPO = 'O'), '{}') AS originais,
            COALESCE(array_agg(r.IDLAN ORDER BY r.IDLAN) FILTER (WHERE r.TIPO = 'G'), '{}') AS gerados
       FROM FACORDO a JOIN FACORDOREL r ON r.CODCOLIGADA = a.CODCOLIGADA AND r.IDACORDO = a.IDACORDO AND r.D_E_L_E_T_ = ' '
      WHERE a.CODCOLIGADA = $1 AND a.D_E_L_E_T_ = ' '
        AND a.IDACORDO IN (SELECT IDACORDO FROM FACORDOREL WHERE CODCOLIGADA = $1 AND IDLAN = ANY($2::int[]) AND D_E_L_E_T_ = ' ')
      GROUP BY a.IDACORDO, a.OBSERVACAO, a.STATUS, a.DATAACORDO, a.VALORACORDO, a.VALORDESCONTO, a.VALORACRESCIMO, a.NUMPARCELAS, a.DATACANCELAMENTO
      ORDER BY a.IDACORDO`,
    [col, idLans],
  );
  return rows.map((a) => ({
    IdAcordo: a.id,
    IdLiquidacao: a.obs,
    Status: a.status === 0 ? "Ativo" : "Cancelado",
    DataAcordo: wireDate(a.data),
    ValorAcordo: money(a.valor),
    ValorDesconto: money(a.desconto),
    ValorAcrescimo: money(a.acrescimo),
    NumParcelas: a.parcelas,
    Originais: a.originais,
    Gerados: a.gerados,
    DataCancelamento: wireDate(a.cancel),
  }));
}
