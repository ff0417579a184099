/**
 * The PGV order queue (ZTQ, [defined here]): what POST/PUT/DELETE `salesorders` write and the job
 * consumes. `externalid` is the client's idempotency key, unique per seller among insert items: a
 * partial unique index + `ON CONFLICT` make two concurrent POSTs with the same key end up on one
 * queue item (and so one order) — a check-then-insert would let both through.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "../db";
import { orderTables, type Scope, type Sql } from "./tables";

type QueueOperation = "insert" | "update" | "delete";
export type QueueStatus = "0" | "1" | "2" | "3";

export type QueueRow = {
  id: string;
  branch: string;
  operation: QueueOperation;
  number: string;
  payload: unknown;
  externalid: string;
  seller: string;
  userId: string;
  status: QueueStatus;
  message: string;
};

const queueColumns = `trim(ZTQ_ID) AS id, ZTQ_FILIAL AS branch, trim(ZTQ_OPER) AS operation, trim(ZTQ_PEDIDO) AS number,
  ZTQ_PAYLOAD AS payload, ZTQ_EXTID AS externalid, ZTQ_VEND AS seller, ZTQ_CODUSR AS "userId", ZTQ_STATUS AS status, ZTQ_MSG AS message`;

/** Condition of the idempotency index (ZTQ DDL, seed/schema-sales.ts); ON CONFLICT must repeat it to infer the partial index. */
const EXTID_PREDICATE = "ZTQ_EXTID <> '' AND ZTQ_OPER = 'insert' AND D_E_L_E_T_ = ' '";

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type EnqueueInput = {
  operation: QueueOperation;
  number: string;
  payload: unknown;
  externalid: string;
  seller: string;
  userId: string;
  /** ZTQ_DTREC: the ERP's clock (`businessNow`), so queue times agree with the business date. */
  receivedAt: Date;
};

type EnqueueResult = { queueId: string; duplicate: boolean; status: QueueStatus; number: string };

/**
 * Writes a queue item (status 0). An insert whose externalid the seller already used answers the
 * existing item instead (`duplicate`: this payload was not taken); if that item ended in error (no
 * order was created) it is queued again with the new payload (not a duplicate: this payload is the
 * one the job will process), so a client retry after a failure is not stuck on the old error.
 */
export async function enqueue(db: Database, scope: Scope, input: EnqueueInput): Promise<EnqueueResult> {
  const t = orderTables(scope.company);
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
  ];
  const insert = `INSERT INTO ${t.ZTQ} AS q (ZTQ_FILIAL, ZTQ_ID, ZTQ_OPER, ZTQ_PEDIDO, ZTQ_PAYLOAD, ZTQ_EXTID, ZTQ_VEND, ZTQ_CODUSR, ZTQ_DTREC)
    VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9::timestamptz)`;
  if (input.operation !== "insert" || input.externalid === "") {
    const { rows } = await db.query<{ id: string }>(`${insert} RETURNING trim(ZTQ_ID) AS id`, values);
    return { queueId: rows[0]!.id, duplicate: false, status: "0", number: input.number };
  }
  const { rows } = await db.query<{ id: string }>(
    `${insert}
     ON CONFLICT (ZTQ_FILIAL, ZTQ_VEND, ZTQ_EXTID) WHERE ${EXTID_PREDICATE}
     DO UPDATE SET ZTQ_STATUS = '0', ZTQ_PAYLOAD = EXCLUDED.ZTQ_PAYLOAD, ZTQ_MSG = '', ZTQ_CODUSR = EXCLUDED.ZTQ_CODUSR,
                   ZTQ_DTREC = EXCLUDED.ZTQ_DTREC, ZTQ_DTINI = NULL, ZTQ_DTFIM = NULL
       WHERE q.ZTQ_STATUS = '3'
     RETURNING trim(ZTQ_ID) AS id`,
    values,
  );
  if (rows[0]) return { queueId: rows[0].id, duplicate: false, status: "0", number: "" };
  const existing = await findByExternalId(db, scope, input.seller, input.externalid);
  if (!existing) throw new Error(`Queue item for externalid ${input.externalid} vanished after a conflict`);
  return { queueId: existing.id, duplicate: true, status: existing.status, number: existing.number };
}

export async function findByExternalId(
  sql: Sql,
  scope: Scope,
  seller: string,
  externalid: string,
): Promise<QueueRow | undefined> {
  const { rows } = await sql.query<QueueRow>(
    `SELECT ${queueColumns} FROM ${orderTables(scope.company).ZTQ}
      WHERE ZTQ_FILIAL = $1 AND ZTQ_VEND = $2 AND ZTQ_EXTID = $3 AND ${EXTID_PREDICATE}`,
    [scope.branch, seller, externalid],
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

/** A waiting or running update/delete of this order: a second one would act on a stale order. */
export async function pendingOperation(sql: Sql, scope: Scope, number: string): Promise<QueueRow | undefined> {
  const { rows } = await sql.query<QueueRow>(
    `SELECT ${queueColumns} FROM ${orderTables(scope.company).ZTQ}
      WHERE ZTQ_FILIAL = $1 AND ZTQ_PEDIDO = $2 AND ZTQ_STATUS IN ('0', '1') AND D_E_L_E_T_ = ' '
      ORDER BY ZTQ_DTREC LIMIT 1`,
    [scope.branch, number],
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
