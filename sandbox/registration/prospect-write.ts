/**
 * SUS writes of the job (TMKA260 through the PGV job) [defined here, docs/registration.md
 * "Prospects (SUS)"], and the reads the routes and the job share:
 * - insert: what the critique resolved (CPF/CNPJ unmasked, US_CONTRIB, US_COD_MUN + US_MUN), status
 *   1 (classificado), the seller's (US_VEND), registered on the business date (US_DTCAD);
 * - update: every field a rep edits; never the seller, the status or the conversion;
 * - delete: soft (D_E_L_E_T_ = '*', so the diffs report it), with the prospect's contact links
 *   (AC8 'SUS') and the contacts left without any other live link (SU5 + their AGB phones: a live
 *   contact linked to nothing would stay in a synced copy for ever);
 * - convert: the customer row is customer-write.ts's `insertCustomer` (the MATA030 insert) plus
 *   A1_XPROSP; then US_STATUS 6 with US_CODCLI/US_LOJACLI/US_DTCONV, the prospect's contacts also
 *   linked to the customer (AC8 'SA1'; SU5/AGB touched so their S_T_A_M_P_ brings them to the next
 *   diff), and its open quotations (SCJ/SCK) given the customer, so they can become orders.
 */
import { companyTable } from "../db";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import type { RecordKey, ResolvedEntity } from "./critique";
import { insertCustomer } from "./customer-write";
import type { EntityPayload } from "./entity-payload";
import type { ProspectData } from "./prospect-payload";
import { insertRecord, recordQueueKey, sharedColumns, softDeleteRecord, updateRecord } from "./record-table";

/** US_STATUS of a prospect that became a customer (TMKA260 "cliente"). */
export const CONVERTED = "6";

/** A live prospect as the routes and the job check it; `stamp` as the wire sends it (ISO, ms). */
export type ProspectRecord = RecordKey &
  ProspectData & {
    seller: string;
    status: string;
    /** US_CODCLI/US_LOJACLI: the customer it became ("" until converted). */
    customer: string;
    customerstore: string;
    stamp: string;
  };

const SUS = (scope: Scope) => companyTable("SUS", scope.company);

export async function readProspectRecord(sql: Sql, scope: Scope, key: RecordKey): Promise<ProspectRecord | undefined> {
  const { rows } = await sql.query<ProspectRecord>(
    `SELECT US_COD AS code, US_LOJA AS store, trim(US_VEND) AS seller, US_STATUS AS status,
            trim(US_CODCLI) AS customer, trim(US_LOJACLI) AS customerstore,
            rtrim(US_NOME) AS name, rtrim(US_NREDUZ) AS fantasy, trim(US_PESSOA) AS "personType", trim(US_TIPO) AS customertype,
            rtrim(US_CGC) AS cgc, rtrim(US_INSCR) AS estadualregistration, trim(US_CEP) AS zipcode, rtrim(US_END) AS address,
            rtrim(US_COMPLEM) AS addresscomplement, rtrim(US_BAIRRO) AS neighborhood, trim(US_EST) AS uf,
            trim(US_COD_MUN) AS citycode, rtrim(US_DDD) AS ddd, rtrim(US_TEL) AS phone, rtrim(US_EMAIL) AS email,
            to_char(S_T_A_M_P_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS stamp
       FROM ${SUS(scope)}
      WHERE US_FILIAL = $1 AND US_COD = $2 AND US_LOJA = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, key.code, key.store],
  );
  return rows[0];
}

/** A live store of this code of the seller's (`newStoreOf`), with its CPF/CNPJ; undefined otherwise. */
export async function prospectCodeOfSeller(
  sql: Sql,
  scope: Scope,
  code: string,
  seller: string | undefined,
): Promise<{ code: string; cgc: string } | undefined> {
  const { rows } = await sql.query<{ code: string; cgc: string }>(
    `SELECT US_COD AS code, rtrim(US_CGC) AS cgc FROM ${SUS(scope)}
      WHERE US_FILIAL = $1 AND US_COD = $2 AND ($3::varchar IS NULL OR US_VEND = $3) AND D_E_L_E_T_ = ' '
      ORDER BY (length(rtrim(US_CGC)) = 14) DESC, US_LOJA LIMIT 1`,
    [scope.branch, code, seller ?? null],
  );
  return rows[0];
}

/** The numbers of the prospect's live quotations (any status): they keep it from being deleted. */
export async function prospectQuotations(sql: Sql, scope: Scope, key: RecordKey): Promise<string[]> {
  const { rows } = await sql.query<{ number: string }>(
    `SELECT CJ_NUM AS number FROM ${orderTables(scope.company).SCJ}
      WHERE CJ_FILIAL = $1 AND CJ_PROSPE = $2 AND CJ_LOJPRO = $3 AND D_E_L_E_T_ = ' ' ORDER BY CJ_NUM`,
    [scope.branch, key.code, key.store],
  );
  return rows.map((r) => r.number);
}

/** The columns a rep edits (INSERT and UPDATE): those SA1 has too, and the CPF/CNPJ a prospect may get later. */
const editable = (payload: EntityPayload, resolved: ResolvedEntity): [column: string, value: string][] => [
  ...sharedColumns("SUS", payload, resolved),
  ["US_PESSOA", resolved.personType],
  ["US_CGC", resolved.cgc],
];

export async function insertProspect(
  sql: Sql,
  scope: Scope,
  key: RecordKey,
  payload: EntityPayload,
  resolved: ResolvedEntity,
  header: { seller: string; externalid: string; today: string },
): Promise<void> {
  const columns: [string, string][] = [
    ["US_FILIAL", scope.branch],
    ["US_COD", key.code],
    ["US_LOJA", key.store],
    ...editable(payload, resolved),
    ["US_VEND", header.seller],
    ["US_STATUS", "1"],
    ["US_DTCAD", header.today],
    ["US_XEXTID", header.externalid],
  ];
  await insertRecord(sql, scope, "SUS", columns);
}

export async function updateProspect(
  sql: Sql,
  scope: Scope,
  key: RecordKey,
  payload: EntityPayload,
  resolved: ResolvedEntity,
): Promise<void> {
  await updateRecord(sql, scope, "SUS", key, editable(payload, resolved));
}

export async function deleteProspect(sql: Sql, scope: Scope, key: RecordKey): Promise<void> {
  const t = (alias: string) => companyTable(alias, scope.company);
  await softDeleteRecord(sql, scope, "SUS", key);
  const { rows } = await sql.query<{ contact: string }>(
    `UPDATE ${t("AC8")} SET D_E_L_E_T_ = '*'
      WHERE AC8_ENTIDA = 'SUS' AND AC8_FILENT = $1 AND AC8_CODENT = $2 AND D_E_L_E_T_ = ' '
      RETURNING AC8_CODCON AS contact`,
    [scope.branch, recordQueueKey(key)],
  );
  const contacts = rows.map((r) => r.contact);
  if (contacts.length === 0) return;
  const { rows: orphans } = await sql.query<{ contact: string }>(
    `UPDATE ${t("SU5")} u SET D_E_L_E_T_ = '*'
      WHERE u.U5_CODCONT = ANY($1::varchar[]) AND u.D_E_L_E_T_ = ' '
        AND NOT EXISTS (SELECT 1 FROM ${t("AC8")} l WHERE l.AC8_CODCON = u.U5_CODCONT AND l.D_E_L_E_T_ = ' ')
      RETURNING u.U5_CODCONT AS contact`,
    [contacts],
  );
  if (orphans.length > 0)
    await sql.query(
      `UPDATE ${t("AGB")} SET D_E_L_E_T_ = '*' WHERE AGB_ENTIDA = 'SU5' AND AGB_CODENT = ANY($1::varchar[]) AND D_E_L_E_T_ = ' '`,
      [orphans.map((o) => o.contact)],
    );
}

export type Conversion = {
  customer: RecordKey;
  /** Quotations (CJ_NUM) that now name the customer. */
  quotations: string[];
  /** Contacts (U5_CODCONT) now linked to the customer too. */
  contacts: string[];
};

/** Everything the conversion writes, after the critique passed; `customer` is the SA1 key to create. */
export async function convertProspect(
  sql: Sql,
  scope: Scope,
  prospect: ProspectRecord,
  customer: RecordKey,
  data: { payload: EntityPayload; resolved: ResolvedEntity; today: string },
): Promise<Conversion> {
  const t = (alias: string) => companyTable(alias, scope.company);
  const prospectKey = recordQueueKey(prospect);
  await insertCustomer(sql, scope, customer, data.payload, data.resolved, {
    seller: prospect.seller,
    externalid: "",
    today: data.today,
    prospect: prospectKey,
  });
  await updateRecord(sql, scope, "SUS", prospect, [
    ["US_STATUS", CONVERTED],
    ["US_CODCLI", customer.code],
    ["US_LOJACLI", customer.store],
    ["US_DTCONV", data.today],
  ]);

  const { rows: links } = await sql.query<{ contact: string }>(
    `INSERT INTO ${t("AC8")} (AC8_FILIAL, AC8_FILENT, AC8_ENTIDA, AC8_CODENT, AC8_CODCON)
     SELECT DISTINCT '', l.AC8_FILENT, 'SA1', $3, l.AC8_CODCON FROM ${t("AC8")} l
      WHERE l.AC8_ENTIDA = 'SUS' AND l.AC8_FILENT = $1 AND l.AC8_CODENT = $2 AND l.D_E_L_E_T_ = ' '
     RETURNING AC8_CODCON AS contact`,
    [scope.branch, prospectKey, recordQueueKey(customer)],
  );
  const contacts = links.map((l) => l.contact).sort();
  if (contacts.length > 0) {
    // A no-op UPDATE still fires the stamp trigger: the contacts and phones reach the next diff with their new entity.
    await sql.query(
      `UPDATE ${t("SU5")} SET U5_CODCONT = U5_CODCONT WHERE U5_CODCONT = ANY($1::varchar[]) AND D_E_L_E_T_ = ' '`,
      [contacts],
    );
    await sql.query(
      `UPDATE ${t("AGB")} SET AGB_CODENT = AGB_CODENT WHERE AGB_ENTIDA = 'SU5' AND AGB_CODENT = ANY($1::varchar[]) AND D_E_L_E_T_ = ' '`,
      [contacts],
    );
  }

  const q = orderTables(scope.company);
  const { rows: quotations } = await sql.query<{ number: string }>(
    `UPDATE ${q.SCJ} SET CJ_CLIENTE = $4, CJ_LOJA = $5
      WHERE CJ_FILIAL = $1 AND CJ_PROSPE = $2 AND CJ_LOJPRO = $3 AND CJ_STATUS = 'A' AND D_E_L_E_T_ = ' '
      RETURNING CJ_NUM AS number`,
    [scope.branch, prospect.code, prospect.store, customer.code, customer.store],
  );
  const numbers = quotations.map((r) => r.number).sort();
  if (numbers.length > 0)
    await sql.query(
      `UPDATE ${q.SCK} SET CK_CLIENTE = $2, CK_LOJA = $3 WHERE CK_FILIAL = $1 AND CK_NUM = ANY($4::varchar[]) AND D_E_L_E_T_ = ' '`,
      [scope.branch, customer.code, customer.store, numbers],
    );
  return { customer, quotations: numbers, contacts };
}
