/** Read side of the offer: classes, their subjects and vacancies, applied matrices. */
import type { ClassRow } from "./enrolment-store";
import { firstRow, type Sql } from "./sql";

const classColumns = `IDPERLET AS "idPerlet", CODTURMA AS "codTurma", NOME AS nome, CODFILIAL AS "codFilial", IDMATRIZAPLICADA AS "idMatriz",
  DTINICIAL AS start, DTFINAL AS "end", MAXALUNOS AS vagas, TURNO AS turno`;

export type ClassInfo = ClassRow & { turno: string };

export const findClass = (sql: Sql, coligada: number, idPerlet: number, codTurma: string) =>
  firstRow<ClassInfo>(
    sql,
    `SELECT ${classColumns} FROM STURMA WHERE CODCOLIGADA = $1 AND IDPERLET = $2 AND CODTURMA = $3 AND D_E_L_E_T_ = ' '`,
    [coligada, idPerlet, codTurma],
  );

export type ClassSubject = { idTurmaDisc: number; codDisc: string; nome: string; cargaHoraria: number };

export async function classSubjects(
  sql: Sql,
  coligada: number,
  idPerlet: number,
  codTurma: string,
): Promise<ClassSubject[]> {
  const { rows } = await sql.query<ClassSubject>(
    `SELECT t.IDTURMADISC AS "idTurmaDisc", t.CODDISC AS "codDisc", d.NOME AS nome, d.CARGAHORARIA AS "cargaHoraria"
       ${classSubjectsOfColigada} AND t.IDPERLET = $2 AND t.CODTURMA = $3 ORDER BY t.CODDISC`,
    [coligada, idPerlet, codTurma],
  );
  return rows;
}

/** The class subjects (`t`, STURMADISC) of coligada $1 with their subject (`d`, SDISCIPLINA); also PGV.SGE.DISCIPLINAS. */
export const classSubjectsOfColigada = `FROM STURMADISC t JOIN SDISCIPLINA d ON d.CODCOLIGADA = t.CODCOLIGADA AND d.CODDISC = t.CODDISC AND d.D_E_L_E_T_ = ' '
      WHERE t.CODCOLIGADA = $1 AND t.D_E_L_E_T_ = ' '`;

/**
 * Enrolments holding a seat of the class aliased `t` (STURMA): every enrolment of the class that is
 * not cancelled. A scalar subquery, so the offer sentence (PGV.SGE.OFERTAS) counts with the same rule.
 */
export const seatsTaken = (t: string) =>
  `(SELECT count(*)::int FROM SMATRICPL s WHERE s.CODCOLIGADA = ${t}.CODCOLIGADA AND s.IDPERLET = ${t}.IDPERLET AND s.CODTURMA = ${t}.CODTURMA
       AND s.CODSTATUS <> 'CA' AND s.D_E_L_E_T_ = ' ')`;

export async function occupiedSeats(sql: Sql, coligada: number, idPerlet: number, codTurma: string): Promise<number> {
  const row = await firstRow<{ n: number }>(
    sql,
    `SELECT ${seatsTaken("t")} AS n FROM STURMA t WHERE t.CODCOLIGADA = $1 AND t.IDPERLET = $2 AND t.CODTURMA = $3 AND t.D_E_L_E_T_ = ' '`,
    [coligada, idPerlet, codTurma],
  );
  return row?.n ?? 0;
}

type Matrix = {
  id: number;
  codCurso: string;
  nomeCurso: string;
  codFilial: number;
  idPerlet: number;
  codPerlet: string;
  valor: string;
  maxParcelas: number;
};

const matrixSelect = `SELECT m.IDMATRIZAPLICADA AS id, m.CODCURSO AS "codCurso", c.NOME AS "nomeCurso", m.CODFILIAL AS "codFilial", m.IDPERLET AS "idPerlet",
    p.CODPERLET AS "codPerlet", m.VALOR AS valor, m.MAXPARCELAS AS "maxParcelas"
  FROM SMATRIZAPLICADA m
  JOIN SCURSO c ON c.CODCOLIGADA = m.CODCOLIGADA AND c.CODCURSO = m.CODCURSO AND c.D_E_L_E_T_ = ' '
  JOIN SPLETIVO p ON p.CODCOLIGADA = m.CODCOLIGADA AND p.IDPERLET = m.IDPERLET AND p.D_E_L_E_T_ = ' '
 WHERE m.CODCOLIGADA = $1 AND m.D_E_L_E_T_ = ' '`;

export const findMatrix = (sql: Sql, coligada: number, id: number) =>
  firstRow<Matrix>(sql, `${matrixSelect} AND m.IDMATRIZAPLICADA = $2`, [coligada, id]);
