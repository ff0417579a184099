/**
 * RM's GAUTOINC counters, one per coligada and name. New ids skip values already used (the seed
 * holds launches numbered above the counter, e.g. 143 while the counter gives 142 next), the way
 * RM's own generation would never hand out an id that exists.
 */
import type { Sql } from "../orders/tables";

type Counter = "IDLAN" | "IDACORDO" | "CODCONTRATO" | "RA" | "IDBAIXA" | "IDBOLETO" | "CODPESSOA" | "IDTURMADISC";

/** Which table/column an id of the counter lives in, to skip taken values. */
const takenIn: Partial<Record<Counter, { table: string; column: string; global?: boolean }>> = {
  IDLAN: { table: "FLAN", column: "IDLAN" },
  IDACORDO: { table: "FACORDO", column: "IDACORDO" },
  CODCONTRATO: { table: "SCONTRATO", column: "CODCONTRATO" },
  IDBAIXA: { table: "FLANBAIXA", column: "IDBAIXA" },
  IDBOLETO: { table: "FBOLETO", column: "IDBOLETO" },
  CODPESSOA: { table: "PPESSOA", column: "CODIGO", global: true },
};

/** RA: 10 digits, zero-padded ("0000000382"). */
export const formatRa = (n: number) => String(n).padStart(10, "0");

export async function nextId(sql: Sql, coligada: number, counter: Counter): Promise<number> {
  const { rows } = await sql.query<{ v: number }>(
    "SELECT VALAUTOINC AS v FROM GAUTOINC WHERE CODCOLIGADA = $1 AND CODAUTOINC = $2 AND D_E_L_E_T_ = ' '",
    [coligada, counter],
  );
  let value = (rows[0]?.v ?? 0) + 1;
  while (await isTaken(sql, coligada, counter, value)) value++;
  if (rows.length === 0)
    await sql.query("INSERT INTO GAUTOINC (CODCOLIGADA, CODAUTOINC, VALAUTOINC) VALUES ($1, $2, $3)", [
      coligada,
      counter,
      value,
    ]);
  else
    await sql.query(
      "UPDATE GAUTOINC SET VALAUTOINC = $3 WHERE CODCOLIGADA = $1 AND CODAUTOINC = $2 AND D_E_L_E_T_ = ' '",
      [coligada, counter, value],
    );
  return value;
}

async function isTaken(sql: Sql, coligada: number, counter: Counter, value: number): Promise<boolean> {
  if (counter === "RA") {
    const { rows } = await sql.query("SELECT 1 FROM SALUNO WHERE CODCOLIGADA = $1 AND RA = $2", [
      coligada,
      formatRa(value),
    ]);
    return rows.length > 0;
  }
  const where = takenIn[counter];
  if (!where) return false;
  const { rows } = await sql.query(
    `SELECT 1 FROM ${where.table} WHERE ${where.column} = $1${where.global ? "" : " AND CODCOLIGADA = $2"}`,
    where.global ? [value] : [value, coligada],
  );
  return rows.length > 0;
}

/** Seeds a counter's current value (the next id is value + 1, or the first free one above). */
export async function setCounter(sql: Sql, coligada: number, counter: Counter, value: number): Promise<void> {
  await sql.query(
    `INSERT INTO GAUTOINC (CODCOLIGADA, CODAUTOINC, VALAUTOINC) VALUES ($1, $2, $3)
     ON CONFLICT (CODCOLIGADA, CODAUTOINC) WHERE D_E_L_E_T_ = ' ' DO UPDATE SET VALAUTOINC = EXCLUDED.VALAUTOINC`,
    [coligada, counter, value],
  );
}
