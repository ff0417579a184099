/**
 * SA1 (customers, MATA030) and SUS (prospects, TMKA260) as the registration writes address a record
 * [defined here, docs/registration.md]: the same key (branch + code + store), seller and externalid
 * under each table's prefix, so one lookup by externalid, one INSERT, one UPDATE of the edited
 * columns and one soft delete (D_E_L_E_T_ = '*', so the diffs report it) serve both. What each
 * table keeps, and what goes with a deleted record, stays in customer-write.ts / prospect-write.ts.
 */
import { companyTable } from "../db";
import type { Scope, Sql } from "../orders/tables";
import type { RecordKey, ResolvedEntity } from "./critique";
import type { EntityPayload } from "./entity-payload";

export const RECORD_COLUMNS = {
  SA1: {
    prefix: "A1",
    branch: "A1_FILIAL",
    code: "A1_COD",
    store: "A1_LOJA",
    cgc: "A1_CGC",
    seller: "A1_VEND",
    externalid: "A1_XEXTID",
  },
  SUS: {
    prefix: "US",
    branch: "US_FILIAL",
    code: "US_COD",
    store: "US_LOJA",
    cgc: "US_CGC",
    seller: "US_VEND",
    externalid: "US_XEXTID",
  },
} as const;

export type RecordTable = keyof typeof RECORD_COLUMNS;

/** ZTQ_CHAVE of a customer or prospect item: code + store (6 + 2 characters). */
export const recordQueueKey = (key: RecordKey): string => `${key.code}${key.store}`;

/** The record's wire id: branch + code + store (`customers` / `prospects` `id`, A1S_CHAVE). */
export const recordWireId = (branch: string, key: RecordKey): string => `${branch}${recordQueueKey(key)}`;

/** How messages write the record: "000123/01". */
export const recordLabel = (key: RecordKey): string => `${key.code}/${key.store}`;

/** The record a queue item names (ZTQ_CHAVE). */
export const keyOfQueue = (key: string): RecordKey => ({ code: key.slice(0, 6), store: key.slice(6, 8) });

/**
 * The columns a rep edits that SA1 and SUS both have (TMKA260 keeps SA1's names under its own
 * prefix: A1_NOME / US_NOME …), one order for the INSERT and the UPDATE. The trade name (NREDUZ,
 * required by MATA030) is the name's first 40 characters when blank.
 */
export function sharedColumns(
  table: RecordTable,
  payload: EntityPayload,
  resolved: ResolvedEntity,
): [column: string, value: string][] {
  const p = RECORD_COLUMNS[table].prefix;
  return [
    [`${p}_NOME`, payload.name],
    [`${p}_NREDUZ`, payload.fantasy || payload.name.slice(0, 40)],
    [`${p}_TIPO`, payload.customertype],
    [`${p}_INSCR`, resolved.estadualregistration],
    [`${p}_CONTRIB`, resolved.contributor],
    [`${p}_CEP`, payload.zipcode],
    [`${p}_END`, payload.address],
    [`${p}_COMPLEM`, payload.addresscomplement],
    [`${p}_BAIRRO`, payload.neighborhood],
    [`${p}_EST`, resolved.uf],
    [`${p}_COD_MUN`, resolved.citycode],
    [`${p}_MUN`, resolved.city],
    [`${p}_DDD`, payload.ddd],
    [`${p}_TEL`, payload.phone],
    [`${p}_EMAIL`, payload.email],
  ];
}

/** The live record a seller already registered with this externalid (the job's second line of idempotency). */
export async function recordByExternalId(
  sql: Sql,
  scope: Scope,
  table: RecordTable,
  seller: string,
  externalid: string,
): Promise<RecordKey | undefined> {
  const c = RECORD_COLUMNS[table];
  const { rows } = await sql.query<RecordKey>(
    `SELECT ${c.code} AS code, ${c.store} AS store FROM ${companyTable(table, scope.company)}
      WHERE ${c.branch} = $1 AND ${c.seller} = $2 AND ${c.externalid} = $3 AND D_E_L_E_T_ = ' '
      ORDER BY ${c.code}, ${c.store} LIMIT 1`,
    [scope.branch, seller, externalid],
  );
  return rows[0];
}

/** One new row: the columns in the order given. */
export async function insertRecord(
  sql: Sql,
  scope: Scope,
  table: RecordTable,
  columns: readonly [column: string, value: string][],
): Promise<void> {
  await sql.query(
    `INSERT INTO ${companyTable(table, scope.company)} (${columns.map(([c]) => c).join(", ")})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    columns.map(([, v]) => v),
  );
}

/** The live record's columns rewritten. */
export async function updateRecord(
  sql: Sql,
  scope: Scope,
  table: RecordTable,
  key: RecordKey,
  columns: readonly [column: string, value: string][],
): Promise<void> {
  const c = RECORD_COLUMNS[table];
  await sql.query(
    `UPDATE ${companyTable(table, scope.company)} SET ${columns.map(([column], i) => `${column} = $${i + 4}`).join(", ")}
      WHERE ${c.branch} = $1 AND ${c.code} = $2 AND ${c.store} = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, key.code, key.store, ...columns.map(([, v]) => v)],
  );
}

/** The live record soft-deleted. */
export async function softDeleteRecord(sql: Sql, scope: Scope, table: RecordTable, key: RecordKey): Promise<void> {
  const c = RECORD_COLUMNS[table];
  await sql.query(
    `UPDATE ${companyTable(table, scope.company)} SET D_E_L_E_T_ = '*'
      WHERE ${c.branch} = $1 AND ${c.code} = $2 AND ${c.store} = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, key.code, key.store],
  );
}
