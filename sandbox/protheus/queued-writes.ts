import type { Context } from "hono";
import { businessNow, type AppEnv, type SandboxState } from "../context";
import { readJsonBody, TotvsError } from "../errors";
import { OrderValidationError } from "../orders/http-errors";
import {
  enqueue,
  findByExternalId,
  pendingOperation,
  type QueueEntity,
  type QueueOperation,
  type QueueStatus,
} from "../orders/queue";
import { orderTables, type Scope } from "../orders/tables";
import type { Viewer } from "./tgv/viewer";

/**
 * What the queued writes of the PGV API share — sales orders (orders-routes.ts), quotations
 * (quotations-routes.ts), customers, prospects and contacts (customers-, prospects-,
 * contacts-routes.ts): who acts for which seller, the optimistic-concurrency stamp, "one
 * pending operation per record", and the queueing itself — a POST's externalid (a repeat answers
 * what it queued), the operations on an existing record, the 202 body. Messages name the record (`pedido`, `orçamento`, `cliente`,
 * `prospect`, `contato`: all masculine, so the sentences stay the same).
 */

/** The record a route writes, as its messages name it. */
export type RecordNoun = {
  one: "pedido" | "orçamento" | "cliente" | "prospect" | "contato";
  many: "pedidos" | "orçamentos" | "clientes" | "prospects" | "contatos";
};

export const scopeOf = (viewer: Viewer): Scope => ({
  company: viewer.tenant.company,
  branch: viewer.tenant.branch,
});

/**
 * Who the record is for: a seller always acts for themselves; an administrator (no seller of
 * their own) must name one — a live, unblocked SA3 row of the tenant's branch.
 */
export async function actingSeller(
  state: SandboxState,
  viewer: Viewer,
  requested: string | undefined,
  noun: RecordNoun,
): Promise<string> {
  if (!viewer.isAdmin || (viewer.sellerCode !== null && !requested)) {
    if (requested && requested !== viewer.sellerCode) {
      throw new TotvsError(
        403,
        `Um vendedor só pode incluir ${noun.many} em seu próprio nome.`,
        `seller ${requested} differs from the viewer's ${viewer.sellerCode ?? "(none)"}`,
      );
    }
    return viewer.sellerCode!;
  }
  if (!requested)
    throw new OrderValidationError(400, [
      { field: "seller", message: `Informe o vendedor do ${noun.one} (usuário administrador).` },
    ]);
  const { rows } = await state.db.query(
    `SELECT 1 FROM ${orderTables(viewer.tenant.company).SA3} WHERE A3_FILIAL = $1 AND A3_COD = $2 AND A3_MSBLQL <> '1' AND D_E_L_E_T_ = ' '`,
    [viewer.tenant.branch, requested],
  );
  if (rows.length === 0)
    throw new OrderValidationError(422, [
      { field: "seller", message: `Vendedor ${requested} não encontrado nesta filial.` },
    ]);
  return requested;
}

/** The stamp the caller sent (`If-Match`, quotes and `W/` tolerated, else body `stamp`); "" when none. */
export function sentStamp(c: Context<AppEnv>, bodyStamp: string | undefined): string {
  return (c.req.header("if-match") ?? bodyStamp ?? "")
    .trim()
    .replace(/^W\//, "")
    .replace(/^"(.*)"$/, "$1");
}

/**
 * Optimistic concurrency: the caller sends the S_T_A_M_P_ it read; a different one means someone
 * changed the record since (409). Missing → 428, unless `optional` (then "" is answered).
 */
export function checkStamp(
  c: Context<AppEnv>,
  current: string,
  bodyStamp: string | undefined,
  noun: RecordNoun,
  options: { optional?: boolean } = {},
): string {
  const raw = sentStamp(c, bodyStamp);
  if (raw === "") {
    if (options.optional) return "";
    throw new TotvsError(
      428,
      `Informe a versão do ${noun.one} (S_T_A_M_P_) no cabeçalho If-Match ou no campo stamp.`,
      `PUT/DELETE ${noun.many} requires If-Match or body.stamp`,
    );
  }
  const time = Date.parse(raw);
  if (Number.isNaN(time))
    throw new OrderValidationError(400, [
      { field: "stamp", message: `Versão do ${noun.one} inválida: use o stamp ISO-8601 recebido.` },
    ]);
  if (new Date(time).toISOString() !== current) {
    throw new TotvsError(
      409,
      `O ${noun.one} foi alterado por outra operação. Recarregue o ${noun.one} e tente novamente.`,
      `stale stamp ${raw}; current S_T_A_M_P_ is ${current}`,
    );
  }
  return current;
}

/**
 * The record a DELETE or a convert acts on (`find`: 404 out of scope) and the version the caller
 * sent — If-Match, or `stamp`, the body's only field — as `checkStamp` takes it.
 */
export async function recordAtStamp<R extends { stamp: string }>(
  c: Context<AppEnv>,
  noun: RecordNoun,
  find: () => Promise<R>,
  options: { optional?: boolean } = {},
): Promise<[record: R, stamp: string]> {
  const body = (await readJsonBody(c)) as { stamp?: unknown } | null;
  const record = await find();
  const sent = typeof body?.stamp === "string" ? body.stamp : undefined;
  return [record, checkStamp(c, record.stamp, sent, noun, options)];
}

/**
 * 409 while an earlier operation on the same record is still waiting or running. `number` is the
 * queue's key of the record (C5_NUM, CJ_NUM, ZTQ_CHAVE); `label` how the message writes it
 * (`000123/01` for a customer), the key itself by default.
 */
export async function rejectPending(
  state: SandboxState,
  scope: Scope,
  number: string,
  entity: QueueEntity,
  noun: RecordNoun,
  label = number,
): Promise<void> {
  const pending = await pendingOperation(state.db, scope, number, entity);
  if (pending) {
    throw new TotvsError(
      409,
      `Já existe uma operação pendente para o ${noun.one} ${label}; aguarde o processamento.`,
      `queue item ${pending.id} (${pending.operation}) is ${pending.status}`,
    );
  }
}

/**
 * What a 202 is made of: the queue item and the record it names (C5_NUM, CJ_NUM or ZTQ_CHAVE; blank
 * until the job made it) — the item just queued, or the one a repeated externalid found.
 */
export type QueuedItem = { queueId: string; status: QueueStatus; number: string; quotation: string; key: string };

/** A resource's 202 body. */
export type AcceptedBody = (scope: Scope, item: QueuedItem, duplicate: boolean) => Record<string, unknown>;

/**
 * The 202 body of every queued write [defined here]: `queueId`, `status`, the ids of the record the
 * item names (each resource's own; null until the job made it) and `duplicate`.
 */
export const acceptedWith =
  (ids: (scope: Scope, item: QueuedItem) => Record<string, string | null>): AcceptedBody =>
  (scope, item, duplicate) => ({ queueId: item.queueId, status: Number(item.status), ...ids(scope, item), duplicate });

/** Customers and prospects: `id` the record's wire id (branch + code + store). */
export const recordAccepted = acceptedWith((scope, item) => ({ id: item.key ? `${scope.branch}${item.key}` : null }));

/**
 * How a resource's writes are queued: its entity, how the queue names one of its records (C5_NUM
 * `number`, CJ_NUM `quotation` or ZTQ_CHAVE `key`) and whose record it is, and its 202 body.
 */
export type QueuedResource<R> = {
  entity: QueueEntity;
  recordOf: (record: R) => { number?: string; quotation?: string; key?: string; seller: string };
  accepted: AcceptedBody;
};

/**
 * A POST: an externalid its owner already used answers what that queued or made (`duplicate`:
 * never checked or queued again) unless the item ended in error; anything else passes `check`,
 * which answers what to queue, and is queued as an insert. 202 either way.
 */
export async function queueInsert(
  c: Context<AppEnv>,
  state: SandboxState,
  viewer: Viewer,
  resource: Omit<QueuedResource<never>, "recordOf">,
  insert: {
    externalid: string;
    /** The seller whose key the externalid is (unknown: nothing to look up). */
    owner: string | undefined;
  },
  check: () => Promise<{ payload: unknown; seller: string }>,
) {
  const scope = scopeOf(viewer);
  const { entity, accepted } = resource;
  const { externalid, owner } = insert;
  if (externalid && owner) {
    const known = await findByExternalId(state.db, scope, owner, externalid, entity);
    if (known && known.status !== "3") return c.json(accepted(scope, { ...known, queueId: known.id }, true), 202);
  }
  const { payload, seller } = await check();
  const result = await enqueue(state.db, scope, {
    entity,
    operation: "insert",
    number: "",
    payload,
    externalid,
    seller,
    userId: viewer.user.id,
    receivedAt: businessNow(state),
  });
  return c.json(accepted(scope, result, result.duplicate), 202);
}

/** A PUT, DELETE or convert: the operation queued on the existing record, for the record's seller. 202. */
export async function queueChange<R>(
  c: Context<AppEnv>,
  state: SandboxState,
  viewer: Viewer,
  resource: QueuedResource<R>,
  record: R,
  operation: Exclude<QueueOperation, "insert">,
  payload: Record<string, unknown>,
) {
  const scope = scopeOf(viewer);
  const result = await enqueue(state.db, scope, {
    entity: resource.entity,
    operation,
    number: "",
    ...resource.recordOf(record),
    payload,
    externalid: "",
    userId: viewer.user.id,
    receivedAt: businessNow(state),
  });
  return c.json(resource.accepted(scope, result, false), 202);
}
