/**
 * Wires the order job to one sandbox instance: the queue on the database (every company group's
 * ZTQ), the business date, SANDBOX_ORDER_DELAY_MS. One job per sandbox state, created when the
 * order routes are registered; `/__admin/reset` pauses it around the restore, and a closed
 * database (shutdown) stops it. The same job runs the quotation items of the queue (ZTQ_ENTITY
 * 'SCJ', quotations/process-item.ts): one arrival order for everything the PGV sent, as one
 * TGVA002JOB schedule would process it.
 */
import { z } from "zod";
import { businessDate, businessNow, type SandboxState } from "../context";
import { OrderJob, STUCK_AFTER_MS, type JobQueue, type QueueRef } from "./job";
import { notifyQuotationFailure, processQuotationItem } from "../quotations/process-item";
import { notifyContactFailure, processContactItem } from "../registration/contact-process";
import { notifyCustomerFailure, processCustomerItem } from "../registration/customer-process";
import { notifyProspectFailure, processProspectItem } from "../registration/prospect-process";
import { processQueueItem, notifyFailure } from "./process-item";
import { findQueueItem, type QueueEntity, type QueueRow } from "./queue";
import { QueueItemError, type FailureNotice, type ItemProcess } from "./queue-item";
import { orderTables } from "./tables";

const delaySchema = z.coerce.number().int().min(0).max(3_600_000).default(1_000);

function orderDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = delaySchema.safeParse(env.SANDBOX_ORDER_DELAY_MS);
  if (!parsed.success) throw new Error(`Invalid SANDBOX_ORDER_DELAY_MS: ${env.SANDBOX_ORDER_DELAY_MS}`);
  return parsed.data;
}

async function companies(state: SandboxState): Promise<string[]> {
  const { rows } = await state.db.query<{ company: string }>(
    "SELECT DISTINCT M0_CODIGO AS company FROM SYS_COMPANY WHERE D_E_L_E_T_ = ' ' ORDER BY 1",
  );
  return rows.map((r) => r.company);
}

/** What the job does with the items of one entity: the work itself, and the notice of a failure. */
type QueueHandler = { process: ItemProcess; notifyFailure: FailureNotice };

/** Every entity of the queue has its own processing and error notice; one arrival order for all. */
const handlers: Partial<Record<QueueEntity, QueueHandler>> = {
  SC5: { process: processQueueItem, notifyFailure },
  SCJ: { process: processQuotationItem, notifyFailure: notifyQuotationFailure },
  SU5: { process: processContactItem, notifyFailure: notifyContactFailure },
  SA1: { process: processCustomerItem, notifyFailure: notifyCustomerFailure },
  SUS: { process: processProspectItem, notifyFailure: notifyProspectFailure },
};

function handlerOf(entity: QueueEntity): QueueHandler {
  const handler = handlers[entity];
  if (!handler) throw new QueueItemError(`Este ERP não processa itens ${entity} da fila.`);
  return handler;
}

const STUCK_MESSAGE = `Processamento excedeu ${STUCK_AFTER_MS / 3_600_000} hora: item encerrado com erro pelo job.`;

function databaseQueue(state: SandboxState): JobQueue {
  const db = state.db;
  const load = async (item: QueueRef): Promise<QueueRow> => {
    const row = await findQueueItem(db, item.company, item.id);
    if (!row) throw new QueueItemError(`Item ${item.id} não está mais na fila.`);
    return row;
  };
  return {
    isClosed: () => db.closed,
    async failStuck(olderThan) {
      let count = 0;
      for (const company of await companies(state)) {
        const { rows } = await db.query<{ id: string }>(
          `UPDATE ${orderTables(company).ZTQ} SET ZTQ_STATUS = '3', ZTQ_MSG = $2, ZTQ_DTFIM = $3::timestamptz
            WHERE ZTQ_STATUS = '1' AND ZTQ_DTINI < $1 AND D_E_L_E_T_ = ' ' RETURNING trim(ZTQ_ID) AS id`,
          [olderThan.toISOString(), STUCK_MESSAGE, businessNow(state).toISOString()],
        );
        for (const { id } of rows) {
          const row = await findQueueItem(db, company, id);
          if (row) await handlerOf(row.entity).notifyFailure(db, company, row, STUCK_MESSAGE, businessDate(state));
        }
        count += rows.length;
      }
      return count;
    },
    async nextWaiting(receivedBefore) {
      let best: (QueueRef & { at: string }) | undefined;
      for (const company of await companies(state)) {
        const { rows } = await db.query<{ id: string; at: string }>(
          `SELECT trim(ZTQ_ID) AS id, to_char(ZTQ_DTREC AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at FROM ${orderTables(company).ZTQ}
            WHERE ZTQ_STATUS = '0' AND D_E_L_E_T_ = ' ' AND ($1::timestamptz IS NULL OR ZTQ_DTREC <= $1::timestamptz)
            ORDER BY ZTQ_DTREC, R_E_C_N_O_ LIMIT 1`,
          [receivedBefore?.toISOString() ?? null],
        );
        const row = rows[0];
        if (row && (!best || row.at < best.at)) best = { company, id: row.id, at: row.at };
      }
      return best && { company: best.company, id: best.id };
    },
    async claim(item) {
      const { rows } = await db.query(
        `UPDATE ${orderTables(item.company).ZTQ} SET ZTQ_STATUS = '1', ZTQ_DTINI = $2::timestamptz WHERE ZTQ_ID = $1 AND ZTQ_STATUS = '0' RETURNING 1`,
        [item.id, businessNow(state).toISOString()],
      );
      return rows.length === 1;
    },
    async process(item) {
      const row = await load(item);
      return db.transaction((tx) => handlerOf(row.entity).process(tx, item.company, row, businessDate(state)));
    },
    async finish(item, outcome) {
      await db.query(
        `UPDATE ${orderTables(item.company).ZTQ} SET ZTQ_STATUS = $2, ZTQ_MSG = $3, ZTQ_DTFIM = $5::timestamptz,
                ZTQ_PEDIDO = CASE WHEN $4 = '' THEN ZTQ_PEDIDO ELSE $4 END,
                ZTQ_ORCAM = CASE WHEN $6 = '' THEN ZTQ_ORCAM ELSE $6 END,
                ZTQ_CHAVE = CASE WHEN $7 = '' THEN ZTQ_CHAVE ELSE $7 END
          WHERE ZTQ_ID = $1`,
        [
          item.id,
          outcome.status,
          outcome.message,
          outcome.orderNumber ?? "",
          businessNow(state).toISOString(),
          outcome.quotationNumber ?? "",
          outcome.key ?? "",
        ],
      );
      if (outcome.status === "3") {
        const row = await findQueueItem(db, item.company, item.id);
        if (row) await handlerOf(row.entity).notifyFailure(db, item.company, row, outcome.message, businessDate(state));
      }
    },
  };
}

const jobs = new WeakMap<SandboxState, OrderJob>();

/** The job of this sandbox (created and started on first use). */
export function orderJob(state: SandboxState): OrderJob {
  let job = jobs.get(state);
  if (!job) {
    job = new OrderJob(databaseQueue(state), orderDelayMs(), () => businessNow(state));
    jobs.set(state, job);
    job.start();
  }
  return job;
}
