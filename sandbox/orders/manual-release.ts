/**
 * Release of blocked orders by hand (MATA450 "Liberação de crédito" / MATA455 "Liberação de
 * estoque"), for `POST /__admin/orders/{number}/release`:
 * - `credit`: credit-blocked items get C9_BLCRED blank and count in A1_SALPEDL; their stock,
 *   never analysed while credit was blocked, is checked now (short → C9_BLEST 02);
 * - `stock`: stock-blocked items (credit already released) get C9_BLEST blank and reserve B2;
 * - `all` (default): both, stock released regardless of the balance (a forced release).
 * The SC5 row is touched so its S_T_A_M_P_ moves and the order shows up in diffs.
 */
import { moveReserve, moveSalpedl } from "./analysis";
import { lineTotal, toCents } from "./money";
import { notifySeller } from "./notifications";
import { readOrder } from "./order-read";
import { orderId, orderTables, type Scope, type Sql } from "./tables";

type ReleaseKind = "credit" | "stock" | "all";

type Row = {
  recno: number;
  product: string;
  warehouse: string;
  quantity: string;
  price: string;
  blcred: string;
  blest: string;
  movesStock: boolean;
};

export class ReleaseRefused extends Error {}

export async function releaseByHand(
  sql: Sql,
  scope: Scope,
  number: string,
  kind: ReleaseKind,
  today: string,
  actingUser: string,
) {
  const t = orderTables(scope.company);
  const before = await readOrder(sql, scope, number);
  if (!before) throw new ReleaseRefused(`Pedido ${number} não encontrado.`);
  if (before.status === "invoiced") throw new ReleaseRefused(`Pedido ${number} já faturado.`);
  const { rows } = await sql.query<Row>(
    `SELECT c9.R_E_C_N_O_ AS recno, trim(c9.C9_PRODUTO) AS product, c9.C9_LOCAL AS warehouse, c9.C9_QTDLIB AS quantity, c9.C9_PRCVEN AS price,
            trim(c9.C9_BLCRED) AS blcred, trim(c9.C9_BLEST) AS blest, COALESCE(f4.F4_ESTOQUE, 'S') <> 'N' AS "movesStock"
       FROM ${t.SC9} c9
       LEFT JOIN ${t.SC6} c6 ON c6.C6_FILIAL = c9.C9_FILIAL AND c6.C6_NUM = c9.C9_PEDIDO AND c6.C6_ITEM = c9.C9_ITEM AND c6.D_E_L_E_T_ = ' '
       LEFT JOIN ${t.SF4} f4 ON f4.F4_CODIGO = c6.C6_TES AND f4.D_E_L_E_T_ = ' '
      WHERE c9.C9_FILIAL = $1 AND c9.C9_PEDIDO = $2 AND c9.D_E_L_E_T_ = ' ' ORDER BY c9.C9_ITEM`,
    [scope.branch, number],
  );
  const blocked = rows.filter(
    (r) => (kind !== "stock" && r.blcred !== "") || (kind !== "credit" && r.blcred === "" && r.blest !== ""),
  );
  const what = { credit: "bloqueio de crédito", stock: "bloqueio de estoque", all: "bloqueio" }[kind];
  if (blocked.length === 0) throw new ReleaseRefused(`Pedido ${number} não tem ${what} a liberar.`);

  let creditReleased = 0;
  const released: { product: string; credit: boolean; stock: boolean }[] = [];
  for (const row of blocked) {
    const credit = row.blcred !== "";
    if (credit) creditReleased += lineTotal(Number(row.quantity), toCents(row.price));
    let blest = row.blest;
    if (kind === "all" || !credit) blest = "";
    else if (row.movesStock) blest = (await available(sql, t, scope, row)) >= Number(row.quantity) ? "" : "02";
    else blest = "";
    if (blest === "" && row.movesStock)
      await moveReserve(sql, t, scope, row.product, row.warehouse, Number(row.quantity));
    await sql.query(`UPDATE ${t.SC9} SET C9_BLCRED = '', C9_BLEST = $2, C9_DATALIB = $3 WHERE R_E_C_N_O_ = $1`, [
      row.recno,
      blest,
      today,
    ]);
    released.push({ product: row.product, credit, stock: blest === "" });
  }
  if (creditReleased > 0) await moveSalpedl(sql, t, scope, before.customer, before.store, creditReleased);
  await sql.query(`UPDATE ${t.SC5} SET C5_LIBEROK = 'S' WHERE C5_FILIAL = $1 AND C5_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);

  const after = (await readOrder(sql, scope, number))!;
  await notifySeller(
    sql,
    scope,
    { seller: after.seller, fallbackUser: actingUser, orderKey: orderId(scope.branch, number), operation: "release" },
    { kind: "released", number, customerName: after.customername, status: after.status, reason: after.reason },
    today,
  );
  return {
    order: orderId(scope.branch, number),
    number,
    previousStatus: before.status,
    status: after.status,
    reason: after.reason,
    released,
  };
}

async function available(sql: Sql, t: ReturnType<typeof orderTables>, scope: Scope, row: Row): Promise<number> {
  const { rows } = await sql.query<{ available: string }>(
    `SELECT B2_QATU - B2_RESERVA AS available FROM ${t.SB2} WHERE B2_FILIAL = $1 AND B2_COD = $2 AND B2_LOCAL = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, row.product, row.warehouse],
  );
  return Number(rows[0]?.available ?? 0);
}
