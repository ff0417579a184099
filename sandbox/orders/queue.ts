/**
 * The PGV queue (ZTQ, [defined here]): what POST/PUT/DELETE `salesorders`, `quotations` (and
 * `quotations/{id}/convert`), `customers`, `prospects` (and `prospects/{code}/{store}/convert`) and
 * `contacts` write and the one job consumes. `ZTQ_ENTITY` says which record an item is about: SC5
 * (order), SCJ (quotation), SA1 (customer), SUS (prospect) or SU5 (contact). `externalid` is the client's idempotency key, unique
 * per seller and entity among insert items: a partial unique index + `ON CONFLICT` make two
 * concurrent POSTs with the same key end up on one queue item (and so one order or quotation) — a
 * check-then-insert would let both through.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "../db";
import { orderTables, type Scope, type Sql } from "./tables";

/** `convert` only for quotations (MATA416 efetivação) and prospects (prospect → customer). */
export type QueueOperation = "insert" | "update" | "delete" | "convert";
export type QueueStatus = "0" | "1" | "2" | "3";
/** SC5 sales order, SCJ quotation, SA1 customer, SUS prospect, SU5 contact. */
export type QueueEntity = "SC5" | "SCJ" | "SA1" | "SUS" | "SU5";
/** The registration entities: their record is named by ZTQ_CHAVE (code + store, or the contact code). */
export type RegistrationEntity = "SA1" | "SUS" | "SU5";

export type QueueRow = {
  id: string;
  branch: string;
  entity: QueueEntity;
  operation: QueueOperation;
  /** C5_NUM: the order, or the order a quotation became. */
  number: string;
  /** CJ_NUM of a quotation item (blank for orders). */
  quotation: string;
  /** The record of a registration item (SA1/SUS: code + store; SU5: U5_CODCONT); blank otherwise. */
  key: string;
  payload: unknown;
  externalid: string;
  seller: string;
  userId: string;
  status: QueueStatus;
  message: string;
};

const queueColumns = `trim(ZTQ_ID) AS id, ZTQ_FILIAL AS branch, ZTQ_ENTITY AS entity, trim(ZTQ_OPER) AS operation,
  trim(ZTQ_PEDIDO) AS number, trim(ZTQ_ORCAM) AS quotation, trim(ZTQ_CHAVE) AS key,
  ZTQ_PAYLOAD AS payload, ZTQ_EXTID AS externalid, ZTQ_VEND AS seller, ZTQ_CODUSR AS "userId", ZTQ_STATUS AS status, ZTQ_MSG AS message`;

/** Condition of the idempotency index (ZTQ DDL, seed/schema-sales.ts); ON CONFLICT must repeat it to infer the partial index. */
const EXTID_PREDICATE = "ZTQ_EXTID <> '' AND ZTQ_OPER = 'insert' AND D_E_L_E_T_ = ' '";

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type EnqueueInput = {
  /** Defaults to SC5 (a sales order). */
  entity?: QueueEntity;
  operation: QueueOperation;
  number: string;
  /** CJ_NUM, for an SCJ item about an existing quotation. */
  quotation?: string;
  /** ZTQ_CHAVE, for a registration item about an existing record. */
  key?: string;
  payload: unknown;
  externalid: string;
  seller: string;
  userId: string;
  /** ZTQ_DTREC: the ERP's clock (`businessNow`), so queue times agree with the business date. */
  receivedAt: Date;
};

type EnqueueResult = {
  queueId: string;
  duplicate: boolean;
  status: QueueStatus;
  number: string;
  quotation: string;
  key: string;
};

/**
 * Writes a queue item (status 0). An insert whose externalid the seller already used answers the
 * existing item instead (`duplicate`: this payload was not taken); if that item ended in error (no
 * order was created) it is queued again with the new payload (not a duplicate: this payload is the
 * one the job will process), so a client retry after a failure is not stuck on the old error.
 */
export async function enqueue(db: Database, scope: Scope, input: EnqueueInput): Promise<EnqueueResult> {
  const t = orderTables(scope.company);
  const entity = input.entity ?? "SC5";
  const quotation = input.quotation ?? "";
  const key = input.key ?? "";
  const values = [
    scope.branch,
    randomUUID(),
    input.operation,
    input.number,
    JSON.stringify(input.payload),
    input.externalid,
    input.seller,
    input.userId,
    input.receivedAt.toISOString(),
    entity,
    quotation,
    key,
  ];
  const insert = `INSERT INTO ${t.ZTQ} AS q (ZTQ_FILIAL, ZTQ_ID, ZTQ_OPER, ZTQ_PEDIDO, ZTQ_PAYLOAD, ZTQ_EXTID, ZTQ_VEND, ZTQ_CODUSR, ZTQ_DTREC, ZTQ_ENTITY, ZTQ_ORCAM, ZTQ_CHAVE)
    VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9::timestamptz, $10, $11, $12)`;
  if (input.operation !== "insert" || input.externalid === "") {
    const { rows } = await db.query<{ id: string }>(`${insert} RETURNING trim(ZTQ_ID) AS id`, values);
    return { queueId: rows[0]!.id, duplicate: false, status: "0", number: input.number, quotation, key };
  }
  const { rows } = await db.query<{ id: string }>(
    `${insert}
     ON CONFLICT (ZTQ_FILIAL, ZTQ_ENTITY, ZTQ_VEND, ZTQ_EXTID) WHERE ${EXTID_PREDICATE}
     DO UPDATE SET ZTQ_STATUS = '0', ZTQ_PAYLOAD = EXCLUDED.ZTQ_PAYLOAD, ZTQ_MSG = '', ZTQ_CODUSR = EXCLUDED.ZTQ_CODUSR,
                   ZTQ_DTREC = EXCLUDED.ZTQ_DTREC, ZTQ_DTINI = NULL, ZTQ_DTFIM = NULL
       WHERE q.ZTQ_STATUS = '3'
     RETURNING trim(ZTQ_ID) AS id`,
    values,
  );
  if (rows[0]) return { queueId: rows[0].id, duplicate: false, status: "0", number: "", quotation: "", key: "" };
  const existing = await findByExternalId(db, scope, input.seller, input.externalid, entity);
  if (!existing) throw new Error(`Queue item for externalid ${input.externalid} vanished after a conflict`);
  return {
    queueId: existing.id,
    duplicate: true,
    status: existing.status,
    number: existing.number,
    quotation: existing.quotation,
    key: existing.key,
  };
}

export async function findByExternalId(
  sql: Sql,
  scope: Scope,
  seller: string,
  externalid: string,
  entity: QueueEntity = "SC5",
): Promise<QueueRow | undefined> {
  const { rows } = await sql.query<QueueRow>(
    `SELECT ${queueColumns} FROM ${orderTables(scope.company).ZTQ}
      WHERE ZTQ_FILIAL = $1 AND ZTQ_ENTITY = $4 AND ZTQ_VEND = $2 AND ZTQ_EXTID = $3 AND ${EXTID_PREDICATE}`,
    [scope.branch, seller, externalid, entity],
  );
  return rows[0];
}

export async function findQueueItem(sql: Sql, company: string, id: string): Promise<QueueRow | undefined> {
  const { rows } = await sql.query<QueueRow>(
    `SELECT ${queueColumns} FROM ${orderTables(company).ZTQ} WHERE ZTQ_ID = $1 AND D_E_L_E_T_ = ' '`,
    [id],
  );
  return rows[0];
}

/**
 * A waiting or running operation on this order (SC5: by ZTQ_PEDIDO), quotation (SCJ: by
 * ZTQ_ORCAM) or registration record (SA1/SUS/SU5: by ZTQ_CHAVE): a second one would act on a
 * stale record.
 */
export async function pendingOperation(
  sql: Sql,
  scope: Scope,
  number: string,
  entity: QueueEntity = "SC5",
): Promise<QueueRow | undefined> {
  const column = entity === "SC5" ? "ZTQ_PEDIDO" : entity === "SCJ" ? "ZTQ_ORCAM" : "ZTQ_CHAVE";
  const { rows } = await sql.query<QueueRow>(
    `SELECT ${queueColumns} FROM ${orderTables(scope.company).ZTQ}
      WHERE ZTQ_FILIAL = $1 AND ZTQ_ENTITY = $3 AND ${column} = $2 AND ZTQ_STATUS IN ('0', '1') AND D_E_L_E_T_ = ' '
      ORDER BY ZTQ_DTREC LIMIT 1`,
    [scope.branch, number, entity],
  );
  return rows[0];
}

/** Every item, newest first (admin `GET /__admin/queue`). */
export async function listQueue(sql: Sql, company: string, limit = 200) {
  const { rows } = await sql.query<
    QueueRow & { receivedAt: string | null; startedAt: string | null; finishedAt: string | null }
  >(
    `SELECT ${queueColumns}, ${iso("ZTQ_DTREC")} AS "receivedAt", ${iso("ZTQ_DTINI")} AS "startedAt", ${iso("ZTQ_DTFIM")} AS "finishedAt"
       FROM ${orderTables(company).ZTQ} WHERE D_E_L_E_T_ = ' ' ORDER BY ZTQ_DTREC DESC, R_E_C_N_O_ DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ company, ...r }));
}
