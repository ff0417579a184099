/** Small query helpers shared by the SGE routes and seed. */
import type { Sql } from "../orders/tables";

export type { Sql };

const column = /^[A-Z][A-Z0-9_]*$/;

/** INSERT of one row; keys are column names (upper case, as RM spells them). */
/** Inserts a row; a field not sent (undefined) takes the column's default, as RM's own inserts do. */
export async function insertRow(sql: Sql, table: string, row: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(row).filter((k) => row[k] !== undefined);
  if (!column.test(table) || keys.some((k) => !column.test(k))) throw new Error(`Invalid insert into ${table}`);
  const params = keys.map((_, i) => `$${i + 1}`).join(", ");
  await sql.query(
    `INSERT INTO ${table} (${keys.join(", ")}) VALUES (${params})`,
    keys.map((k) => row[k] ?? null),
  );
}

export async function firstRow<T>(sql: Sql, text: string, params: unknown[]): Promise<T | undefined> {
  return (await sql.query<T>(text, params)).rows[0];
}

export type Branch = {
  coligada: number;
  codFilial: number;
  sigla: string;
  nome: string;
  cidade: string;
  estado: string;
  protheus: string;
};

const branchColumns = `CODCOLIGADA AS coligada, CODFILIAL AS "codFilial", SIGLA AS sigla, NOME AS nome, CIDADE AS cidade, ESTADO AS estado, IDINTEGRACAO AS protheus`;

export const branchByCode = (sql: Sql, coligada: number, codFilial: number) =>
  firstRow<Branch>(
    sql,
    `SELECT ${branchColumns} FROM GFILIAL WHERE CODCOLIGADA = $1 AND CODFILIAL = $2 AND D_E_L_E_T_ = ' '`,
    [coligada, codFilial],
  );

/**
 * A branch named the ways the seed does: Protheus code (`03CE0001`, GFILIAL.IDINTEGRACAO), SGE
 * number (`20`) or with its prefix (`UN20`).
 */
export function branchByAnyCode(sql: Sql, coligada: number, code: string): Promise<Branch | undefined> {
  const number = /^(?:UN)?(\d{1,4})$/i.exec(code.trim());
  return firstRow<Branch>(
    sql,
    `SELECT ${branchColumns} FROM GFILIAL WHERE CODCOLIGADA = $1 AND D_E_L_E_T_ = ' ' AND (upper(IDINTEGRACAO) = upper($2) OR CODFILIAL = $3)`,
    [coligada, code.trim(), number ? Number(number[1]) : -1],
  );
}

/** UPDATE of the given columns (undefined ones are left as they are) on the rows matching `where`. */
export async function updateRow(
  sql: Sql,
  table: string,
  where: Record<string, unknown>,
  set: Record<string, unknown>,
): Promise<void> {
  const columns = Object.entries(set).filter(([, v]) => v !== undefined);
  const keys = Object.entries(where);
  if (!column.test(table) || [...columns, ...keys].some(([k]) => !column.test(k)))
    throw new Error(`Invalid update of ${table}`);
  if (columns.length === 0) return;
  const assignments = columns.map(([k], i) => `${k} = $${i + 1}`).join(", ");
  const conditions = keys.map(([k], i) => `${k} = $${columns.length + i + 1}`).join(" AND ");
  await sql.query(`UPDATE ${table} SET ${assignments} WHERE ${conditions} AND D_E_L_E_T_ = ' '`, [
    ...columns.map(([, v]) => v),
    ...keys.map(([, v]) => v),
  ]);
}
