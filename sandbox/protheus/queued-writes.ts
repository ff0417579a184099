import type { Context } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { TotvsError } from "../errors";
import { OrderValidationError } from "../orders/http-errors";
import { pendingOperation, type QueueEntity } from "../orders/queue";
import { orderTables, type Scope } from "../orders/tables";
import type { Viewer } from "./tgv/viewer";

/**
 * What the queued writes of the PGV API share — sales orders (orders-routes.ts) and quotations
 * (quotations-routes.ts): who acts for which seller, the optimistic-concurrency stamp, and "one
 * pending operation per record". Messages name the record (`pedido` / `orçamento`: both masculine,
 * so the sentences stay the same).
 */

/** The record a route writes, as its messages name it. */
export type RecordNoun = { one: "pedido" | "orçamento"; many: "pedidos" | "orçamentos" };

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

/** 409 while an earlier operation on the same record is still waiting or running. */
export async function rejectPending(
  state: SandboxState,
  scope: Scope,
  number: string,
  entity: QueueEntity,
  noun: RecordNoun,
): Promise<void> {
  const pending = await pendingOperation(state.db, scope, number, entity);
  if (pending) {
    throw new TotvsError(
      409,
      `Já existe uma operação pendente para o ${noun.one} ${number}; aguarde o processamento.`,
      `queue item ${pending.id} (${pending.operation}) is ${pending.status}`,
    );
  }
}
