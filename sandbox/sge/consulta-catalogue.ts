/**
 * The catalogue a sales portal needs to build a valid RealizarMatricula, as RealizaConsulta
 * sentences (sandbox/docs/sge.md, "RealizaConsulta"): a coligada's branches, its offers (one row
 * per applied matrix × class, with vacancies), the classes' subjects and its cash accounts. Flat
 * rows named by RM's columns; the portal assembles them (server/erp/sge/catalogue-consulta.ts).
 */
import { classSubjectsOfColigada, seatsTaken } from "./catalog";
import { educational, integerParam, rowsOf, type Sentence } from "./consulta-sentence";

const COLIGADA = ["CODCOLIGADA"] as const;

export const catalogueSentences: Record<string, Sentence> = {
  "PGV.SGE.FILIAIS": educational(COLIGADA, (sql, p) =>
    rowsOf(
      sql,
      `SELECT CODCOLIGADA AS "CODCOLIGADA", CODFILIAL AS "CODFILIAL", SIGLA AS "SIGLA", NOME AS "NOME", CIDADE AS "CIDADE", ESTADO AS "ESTADO",
              IDINTEGRACAO AS "IDINTEGRACAO"
         FROM GFILIAL WHERE CODCOLIGADA = $1 AND D_E_L_E_T_ = ' ' ORDER BY CODFILIAL`,
      [integerParam(p, "CODCOLIGADA")],
    ),
  ),
  // Every applied matrix with each of its classes (a matrix without classes: one row, class columns null).
  "PGV.SGE.OFERTAS": educational(COLIGADA, (sql, p) =>
    rowsOf(
      sql,
      `SELECT m.CODCOLIGADA AS "CODCOLIGADA", m.IDMATRIZAPLICADA AS "IDMATRIZAPLICADA", m.CODCURSO AS "CODCURSO", c.NOME AS "NOMECURSO",
              m.CODFILIAL AS "CODFILIAL", f.SIGLA AS "SIGLA", m.IDPERLET AS "IDPERLET", pl.CODPERLET AS "CODPERLET", m.VALOR AS "VALOR",
              m.MAXPARCELAS AS "MAXPARCELAS", t.CODTURMA AS "CODTURMA", t.NOME AS "NOMETURMA", t.TURNO AS "TURNO", t.DTINICIAL AS "DTINICIAL",
              t.DTFINAL AS "DTFINAL", t.MAXALUNOS AS "MAXALUNOS", CASE WHEN t.CODTURMA IS NULL THEN NULL ELSE ${seatsTaken("t")} END AS "VAGASOCUPADAS"
         FROM SMATRIZAPLICADA m
         JOIN SCURSO c ON c.CODCOLIGADA = m.CODCOLIGADA AND c.CODCURSO = m.CODCURSO AND c.D_E_L_E_T_ = ' '
         JOIN SPLETIVO pl ON pl.CODCOLIGADA = m.CODCOLIGADA AND pl.IDPERLET = m.IDPERLET AND pl.D_E_L_E_T_ = ' '
         LEFT JOIN GFILIAL f ON f.CODCOLIGADA = m.CODCOLIGADA AND f.CODFILIAL = m.CODFILIAL AND f.D_E_L_E_T_ = ' '
         LEFT JOIN STURMA t ON t.CODCOLIGADA = m.CODCOLIGADA AND t.IDMATRIZAPLICADA = m.IDMATRIZAPLICADA AND t.IDPERLET = m.IDPERLET
                           AND t.D_E_L_E_T_ = ' '
        WHERE m.CODCOLIGADA = $1 AND m.D_E_L_E_T_ = ' '
        ORDER BY m.IDMATRIZAPLICADA, t.DTINICIAL, t.CODTURMA`,
      [integerParam(p, "CODCOLIGADA")],
      { dates: ["DTINICIAL", "DTFINAL"], numbers: ["VALOR"] },
    ),
  ),
  "PGV.SGE.DISCIPLINAS": educational(COLIGADA, (sql, p) =>
    rowsOf(
      sql,
      `SELECT t.CODCOLIGADA AS "CODCOLIGADA", t.IDPERLET AS "IDPERLET", t.CODTURMA AS "CODTURMA", t.CODDISC AS "CODDISC", d.NOME AS "NOME",
              d.CARGAHORARIA AS "CARGAHORARIA"
         ${classSubjectsOfColigada}
        ORDER BY t.IDPERLET, t.CODTURMA, t.CODDISC`,
      [integerParam(p, "CODCOLIGADA")],
    ),
  ),
  "PGV.SGE.CONTASCAIXA": educational(COLIGADA, (sql, p) =>
    rowsOf(
      sql,
      `SELECT x.CODCOLIGADA AS "CODCOLIGADA", x.CODCXA AS "CODCXA", x.DESCRICAO AS "DESCRICAO", x.CODFILIAL AS "CODFILIAL", f.SIGLA AS "SIGLA",
              f.IDINTEGRACAO AS "IDINTEGRACAO", x.NUMBANCO AS "NUMBANCO", x.NUMAGENCIA AS "NUMAGENCIA", x.NROCONTA AS "NROCONTA",
              x.SEMMOVIMENTACAO AS "SEMMOVIMENTACAO"
         FROM FCXA x
         LEFT JOIN GFILIAL f ON f.CODCOLIGADA = x.CODCOLIGADA AND f.CODFILIAL = x.CODFILIAL AND f.D_E_L_E_T_ = ' '
        WHERE x.CODCOLIGADA = $1 AND x.D_E_L_E_T_ = ' ' ORDER BY x.CODFILIAL, x.CODCXA`,
      [integerParam(p, "CODCOLIGADA")],
    ),
  ),
};
