/**
 * GETSXENUM for SA1 and SUS as MATA030/TMKA260 do it for the PGV: a company whose CNPJ root (the
 * first 8 characters) is already a live record of the branch becomes a **new store** of that code
 * (next A1_LOJA / US_LOJA, Soma1 over every row of the code, deleted ones included); anything else
 * gets the next code of the branch (max + 1 over every row, deleted ones included: a code is never
 * reused) with store 01. Runs inside the job's transaction; the job processes one item at a time.
 */
import { companyTable } from "../db";
import { nextItemCode } from "../orders/item-sequence";
import { nextDocumentNumber } from "../orders/numbering";
import type { Scope, Sql } from "../orders/tables";
import type { RecordKey } from "./critique";
import { RECORD_COLUMNS, type RecordTable } from "./record-table";

export async function newRecordKey(
  sql: Sql,
  scope: Scope,
  table: RecordTable,
  cgc: string,
  /** An explicit "new store of" this code (prospects: `newStoreOf`). */
  storeOf?: string,
): Promise<RecordKey> {
  const c = RECORD_COLUMNS[table];
  const name = companyTable(table, scope.company);
  let code = storeOf;
  if (!code && cgc.length === 14) {
    const { rows } = await sql.query<{ code: string }>(
      `SELECT ${c.code} AS code FROM ${name}
        WHERE ${c.branch} = $1 AND length(${c.cgc}) = 14 AND substr(${c.cgc}, 1, 8) = $2 AND D_E_L_E_T_ = ' '
        ORDER BY ${c.code} LIMIT 1`,
      [scope.branch, cgc.slice(0, 8)],
    );
    code = rows[0]?.code;
  }
  if (!code)
    return {
      code: await nextDocumentNumber(sql, name, { branch: c.branch, number: c.code }, scope.branch),
      store: "01",
    };
  const { rows } = await sql.query<{ store: string }>(
    `SELECT max(${c.store}) AS store FROM ${name} WHERE ${c.branch} = $1 AND ${c.code} = $2`,
    [scope.branch, code],
  );
  const last = rows[0]?.store;
  return { code, store: last ? nextItemCode(last) : "01" };
}
