/**
 * What a finance screen shows of an educational contract, as RealizaConsulta sentences
 * (sandbox/docs/sge.md, "RealizaConsulta"): the contracts of an XNumPro, a student's RA or a
 * CPF/CNPJ (student's or responsible's), and a contract's instalments, launches (with the plan's
 * late charges), settlements and agreements. Flat rows named by RM's columns; the portal assembles
 * them (server/erp/sge/contracts-consulta.ts).
 */
import { educational, integerParam, rowsOf, type Sentence } from "./consulta-sentence";
import { onlyDigits } from "./documents";

const CONTRACT = ["CODCOLIGADA", "CODCONTRATO"] as const;
const MONEY = ["VALOR", "VALORBOLSAINST", "VALORBOLSAADIC"] as const;

export const contractSentences: Record<string, Sentence> = {
  // One parameter set: an empty value means "any"; all three empty match nothing (never the whole base).
  "PGV.SGE.CONTRATOS": educational(["CODCOLIGADA", "XNUMPRO", "RA", "CPFCNPJ"], (sql, p) =>
    rowsOf(
      sql,
      `SELECT c.CODCOLIGADA AS "CODCOLIGADA", c.CODCONTRATO AS "CODCONTRATO", c.XNUMPRO AS "XNUMPRO", c.CODFILIAL AS "CODFILIAL", f.SIGLA AS "SIGLA",
              f.IDINTEGRACAO AS "IDINTEGRACAO", c.RA AS "RA", pe.NOME AS "NOMEALUNO", pe.CPF AS "CPFALUNO", c.CODCOLCFO AS "CODCOLCFO", c.CODCFO AS "CODCFO",
              c.NOMERESPFIN AS "NOMERESPFIN", r.CGCCFO AS "CGCCFO", c.IDMATRIZAPLICADA AS "IDMATRIZAPLICADA", c.IDPERLET AS "IDPERLET",
              c.CODTURMA AS "CODTURMA", cu.NOME AS "NOMECURSO", c.STATUS AS "STATUS", c.DTINICIO AS "DTINICIO", c.DTFIM AS "DTFIM",
              c.DURACAOMESES AS "DURACAOMESES", m.CODSTATUS AS "CODSTATUS",
              CASE m.CODSTATUS WHEN 'PM' THEN 'Pré-Matriculado' WHEN 'MT' THEN 'Matriculado' WHEN 'CA' THEN 'Cancelado' ELSE m.CODSTATUS END
                AS "SITUACAOMATRICULA",
              c.DTMATRICULA AS "DTMATRICULA", z.DATAVENDA AS "DATAVENDA", c.VALORTOTAL AS "VALORTOTAL",
              c.DESCONTOINSTITUCIONAL AS "DESCONTOINSTITUCIONAL", c.DESCONTOADICIONAL AS "DESCONTOADICIONAL", c.QTDPARCELAS AS "QTDPARCELAS",
              z.FORMAPAGTOPRIMEIRAPARC AS "FORMAPAGTOPRIMEIRAPARC", z.FORMAPAGTODEMAISPARC AS "FORMAPAGTODEMAISPARC", z.ECOMMERCE AS "ECOMMERCE"
         FROM SCONTRATO c
         JOIN GFILIAL f ON f.CODCOLIGADA = c.CODCOLIGADA AND f.CODFILIAL = c.CODFILIAL AND f.D_E_L_E_T_ = ' '
         JOIN SALUNO a ON a.CODCOLIGADA = c.CODCOLIGADA AND a.RA = c.RA AND a.D_E_L_E_T_ = ' '
         JOIN PPESSOA pe ON pe.CODIGO = a.CODPESSOA AND pe.D_E_L_E_T_ = ' '
         JOIN SMATRIZAPLICADA ma ON ma.CODCOLIGADA = c.CODCOLIGADA AND ma.IDMATRIZAPLICADA = c.IDMATRIZAPLICADA AND ma.D_E_L_E_T_ = ' '
         JOIN SCURSO cu ON cu.CODCOLIGADA = ma.CODCOLIGADA AND cu.CODCURSO = ma.CODCURSO AND cu.D_E_L_E_T_ = ' '
         LEFT JOIN FCFO r ON r.CODCOLIGADA = c.CODCOLCFO AND r.CODCFO = c.CODCFO AND r.D_E_L_E_T_ = ' '
         LEFT JOIN SMATRICPL m ON m.CODCOLIGADA = c.CODCOLIGADA AND m.CODCONTRATO = c.CODCONTRATO AND m.D_E_L_E_T_ = ' '
         LEFT JOIN ZINTSFDADOSCONTRATO z ON z.CODCOLIGADA = c.CODCOLIGADA AND z.CODCONTRATO = c.CODCONTRATO AND z.D_E_L_E_T_ = ' '
        WHERE c.CODCOLIGADA = $1 AND c.D_E_L_E_T_ = ' '
          AND ($2 = '' OR c.XNUMPRO = $2) AND ($3 = '' OR c.RA = $3) AND ($4 = '' OR pe.CPF = $4 OR r.CGCCFO = $4)
          AND ($2 <> '' OR $3 <> '' OR $4 <> '')
        ORDER BY c.CODCONTRATO`,
      [integerParam(p, "CODCOLIGADA"), p.XNUMPRO!, p.RA!, onlyDigits(p.CPFCNPJ!)],
      {
        dates: ["DTINICIO", "DTFIM", "DTMATRICULA", "DATAVENDA"],
        numbers: ["VALORTOTAL", "DESCONTOINSTITUCIONAL", "DESCONTOADICIONAL"],
      },
    ),
  ),
  // IDLAN: the instalment's live launch (a cancelled one frees it: InclusaoLancamento may launch it again).
  "PGV.SGE.PARCELAS": educational(CONTRACT, (sql, p) =>
    rowsOf(
      sql,
      `SELECT pa.CODCOLIGADA AS "CODCOLIGADA", pa.CODCONTRATO AS "CODCONTRATO", pa.PARCELA AS "PARCELA", pa.DTVENCIMENTO AS "DTVENCIMENTO",
              pa.VALOR AS "VALOR", pa.VALORBOLSAINST AS "VALORBOLSAINST", pa.VALORBOLSAADIC AS "VALORBOLSAADIC", l.IDLAN AS "IDLAN"
         FROM SPARCELA pa
         LEFT JOIN FLAN l ON l.CODCOLIGADA = pa.CODCOLIGADA AND l.IDLAN = pa.IDLAN AND l.CODCONTRATO = pa.CODCONTRATO AND l.STATUSLAN <> 2
                         AND l.D_E_L_E_T_ = ' '
        WHERE pa.CODCOLIGADA = $1 AND pa.CODCONTRATO = $2 AND pa.D_E_L_E_T_ = ' '
        ORDER BY pa.PARCELA`,
      [integerParam(p, "CODCOLIGADA"), integerParam(p, "CODCONTRATO")],
      { dates: ["DTVENCIMENTO"], numbers: MONEY },
    ),
  ),
  "PGV.SGE.LANCAMENTOS": educational(CONTRACT, (sql, p) =>
    rowsOf(
      sql,
      `SELECT CODCOLIGADA AS "CODCOLIGADA", IDLAN AS "IDLAN", CODCONTRATO AS "CODCONTRATO", FILIAL AS "FILIAL", PREFIXO AS "PREFIXO", NUMERO AS "NUMERO",
              PARCELA AS "PARCELA", TIPO AS "TIPO", PEDIDOVENDA AS "PEDIDOVENDA", NOSSONUMERO AS "NOSSONUMERO", DATAEMISSAO AS "DATAEMISSAO",
              DTVENCIMENTO AS "DTVENCIMENTO", DATAPREVBAIXA AS "DATAPREVBAIXA", VALORORIGINAL AS "VALORORIGINAL", VALORBOLSA AS "VALORBOLSA",
              VALORBAIXADO AS "VALORBAIXADO", PERCMULTA AS "PERCMULTA", PERCJUROSDIA AS "PERCJUROSDIA", STATUSLAN AS "STATUSLAN", IDACORDO AS "IDACORDO"
         FROM FLAN WHERE CODCOLIGADA = $1 AND CODCONTRATO = $2 AND D_E_L_E_T_ = ' '
        ORDER BY IDLAN`,
      [integerParam(p, "CODCOLIGADA"), integerParam(p, "CODCONTRATO")],
      {
        dates: ["DATAEMISSAO", "DTVENCIMENTO", "DATAPREVBAIXA"],
        numbers: ["VALORORIGINAL", "VALORBOLSA", "VALORBAIXADO", "PERCMULTA", "PERCJUROSDIA"],
      },
    ),
  ),
  // The settlements of every launch of the contract (cancelled ones included: STATUS 1).
  "PGV.SGE.BAIXAS": educational(CONTRACT, (sql, p) =>
    rowsOf(
      sql,
      `SELECT b.CODCOLIGADA AS "CODCOLIGADA", b.IDLAN AS "IDLAN", b.IDBAIXA AS "IDBAIXA", b.DATABAIXA AS "DATABAIXA", b.VALORBAIXA AS "VALORBAIXA",
              b.VALORJUROS AS "VALORJUROS", b.VALORMULTA AS "VALORMULTA", b.VALORDESCONTO AS "VALORDESCONTO", b.CODCXA AS "CODCXA",
              b.NUMBANCO AS "NUMBANCO", b.NUMAGENCIA AS "NUMAGENCIA", b.NROCONTA AS "NROCONTA", b.TIPOBAIXA AS "TIPOBAIXA", b.IDACORDO AS "IDACORDO",
              b.STATUS AS "STATUS", b.DATACANCELAMENTO AS "DATACANCELAMENTO"
         FROM FLANBAIXA b
         JOIN FLAN l ON l.CODCOLIGADA = b.CODCOLIGADA AND l.IDLAN = b.IDLAN AND l.D_E_L_E_T_ = ' '
        WHERE b.CODCOLIGADA = $1 AND l.CODCONTRATO = $2 AND b.D_E_L_E_T_ = ' '
        ORDER BY b.IDLAN, b.IDBAIXA`,
      [integerParam(p, "CODCOLIGADA"), integerParam(p, "CODCONTRATO")],
      {
        dates: ["DATABAIXA", "DATACANCELAMENTO"],
        numbers: ["VALORBAIXA", "VALORJUROS", "VALORMULTA", "VALORDESCONTO"],
      },
    ),
  ),
  // One row per agreement × launch it relates (TIPO O original, G generated), for the agreements a launch of the contract took part in.
  "PGV.SGE.ACORDOS": educational(CONTRACT, (sql, p) =>
    rowsOf(
      sql,
      `SELECT a.CODCOLIGADA AS "CODCOLIGADA", a.IDACORDO AS "IDACORDO", a.OBSERVACAO AS "OBSERVACAO", a.STATUS AS "STATUS", a.DATAACORDO AS "DATAACORDO",
              a.VALORACORDO AS "VALORACORDO", a.VALORDESCONTO AS "VALORDESCONTO", a.VALORACRESCIMO AS "VALORACRESCIMO", a.NUMPARCELAS AS "NUMPARCELAS",
              a.DATACANCELAMENTO AS "DATACANCELAMENTO", r.IDLAN AS "IDLAN", r.TIPO AS "TIPO"
         FROM FACORDO a
         JOIN FACORDOREL r ON r.CODCOLIGADA = a.CODCOLIGADA AND r.IDACORDO = a.IDACORDO AND r.D_E_L_E_T_ = ' '
        WHERE a.CODCOLIGADA = $1 AND a.D_E_L_E_T_ = ' '
          AND a.IDACORDO IN (SELECT x.IDACORDO FROM FACORDOREL x JOIN FLAN l ON l.CODCOLIGADA = x.CODCOLIGADA AND l.IDLAN = x.IDLAN AND l.D_E_L_E_T_ = ' '
                              WHERE x.CODCOLIGADA = $1 AND l.CODCONTRATO = $2 AND x.D_E_L_E_T_ = ' ')
        ORDER BY a.IDACORDO, r.TIPO DESC, r.IDLAN`,
      [integerParam(p, "CODCOLIGADA"), integerParam(p, "CODCONTRATO")],
      {
        dates: ["DATAACORDO", "DATACANCELAMENTO"],
        numbers: ["VALORACORDO", "VALORDESCONTO", "VALORACRESCIMO"],
      },
    ),
  ),
};
