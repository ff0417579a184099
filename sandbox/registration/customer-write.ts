/**
 * SA1 writes of the job (MATA030 through the PGV job) [defined here, docs/registration.md]. An
 * insert stores what the critique resolved (CPF/CNPJ unmasked, A1_CONTRIB, A1_COD_MUN + A1_MUN)
 * with the back office's defaults: no credit (A1_LC 0, A1_RISCO E: the customer's orders wait for a
 * manual credit release until the back office analyses it), active (A1_MSBLQL 2), the seller's
 * (A1_VEND), registered on the business date (A1_DTCAD). An update rewrites only what a rep may
 * change: never the CPF/CNPJ, the person type, the seller, the credit fields or the history. A
 * delete is soft (D_E_L_E_T_ = '*', so the diffs report it) and takes the customer's contact links
 * (AC8 'SA1') with it; the contacts themselves (SU5) stay, they may belong to other entities.
 */
import { companyTable } from "../db";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import type { RecordKey, ResolvedEntity } from "./critique";
import type { EntityPayload } from "./entity-payload";
import { insertRecord, recordQueueKey, sharedColumns, softDeleteRecord, updateRecord } from "./record-table";

/** What the job needs of a live customer: its owner, its fixed identity and its version. */
export type CustomerRecord = RecordKey & {
  seller: string;
  name: string;
  personType: "F" | "J";
  cgc: string;
  /** S_T_A_M_P_ as the wire sends it (ISO, milliseconds): what PUT/DELETE compare. */
  stamp: string;
};

export async function readCustomerRecord(sql: Sql, scope: Scope, key: RecordKey): Promise<CustomerRecord | undefined> {
  const { rows } = await sql.query<CustomerRecord>(
    `SELECT A1_COD AS code, A1_LOJA AS store, A1_VEND AS seller, rtrim(A1_NOME) AS name, A1_PESSOA AS "personType",
            rtrim(A1_CGC) AS cgc, to_char(S_T_A_M_P_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS stamp
       FROM ${orderTables(scope.company).SA1}
      WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, key.code, key.store],
  );
  return rows[0];
}

/** The columns a rep edits, in one order for the INSERT and the UPDATE: those SUS has too, then SA1's own. */
const editable = (payload: EntityPayload, resolved: ResolvedEntity): [column: string, value: string][] => [
  ...sharedColumns("SA1", payload, resolved),
  ["A1_INSCRM", payload.municipalregistration],
  ["A1_CNAE", payload.cnae],
  ["A1_CONTATO", payload.contact],
  ["A1_COND", payload.paymentconditions],
  ["A1_TABELA", payload.pricelist],
];

export async function insertCustomer(
  sql: Sql,
  scope: Scope,
  key: RecordKey,
  payload: EntityPayload,
  resolved: ResolvedEntity,
  /** `prospect`: A1_XPROSP (US_COD + US_LOJA) when a prospect's conversion makes the customer. */
  header: { seller: string; externalid: string; today: string; prospect?: string },
): Promise<void> {
  const columns: [string, string][] = [
    ["A1_FILIAL", scope.branch],
    ["A1_COD", key.code],
    ["A1_LOJA", key.store],
    ["A1_PESSOA", resolved.personType],
    ["A1_CGC", resolved.cgc],
    ...editable(payload, resolved),
    ["A1_VEND", header.seller],
    ["A1_RISCO", "E"],
    ["A1_LC", "0"],
    ["A1_MSBLQL", "2"],
    ["A1_DTCAD", header.today],
    ["A1_XEXTID", header.externalid],
    ["A1_XPROSP", header.prospect ?? ""],
  ];
  await insertRecord(sql, scope, "SA1", columns);
}

export async function updateCustomer(
  sql: Sql,
  scope: Scope,
  key: RecordKey,
  payload: EntityPayload,
  resolved: ResolvedEntity,
): Promise<void> {
  await updateRecord(sql, scope, "SA1", key, editable(payload, resolved));
}

export async function deleteCustomer(sql: Sql, scope: Scope, key: RecordKey): Promise<void> {
  await softDeleteRecord(sql, scope, "SA1", key);
  await sql.query(
    `UPDATE ${companyTable("AC8", scope.company)} SET D_E_L_E_T_ = '*'
      WHERE AC8_ENTIDA = 'SA1' AND AC8_FILENT = $1 AND AC8_CODENT = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, recordQueueKey(key)],
  );
}
