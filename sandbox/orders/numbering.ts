/**
 * GetSXENum() as the PGV job uses it: the next 6-digit document number of a branch is max + 1 over
 * every row, deleted ones included, so a number is never reused (C5_NUM of orders, CJ_NUM of
 * quotations). Runs inside the job's transaction, and the job processes one item at a time.
 */
import type { Sql } from "./tables";

export async function nextDocumentNumber(
  sql: Sql,
  table: string,
  columns: { branch: string; number: string },
  branch: string,
): Promise<string> {
  const { rows } = await sql.query<{ next: string }>(
    `SELECT lpad((COALESCE(max(${columns.number}::int), 0) + 1)::text, 6, '0') AS next FROM ${table}
      WHERE ${columns.branch} = $1 AND ${columns.number} ~ '^[0-9]{6}$'`,
    [branch],
  );
  return rows[0]!.next;
}
