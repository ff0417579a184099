/**
 * Release of a sales order (MATA440 "liberação" as the PGV job runs it): credit analysis, then the
 * stock check, written as one SC9 row per item, with the balances Protheus keeps in step:
 * - A1_SALPEDL (value of credit-released, not yet invoiced orders) grows by the items whose credit
 *   is released (C9_BLCRED blank);
 * - B2_RESERVA grows by the quantity of items released for stock (C9_BLEST blank).
 * The stock check only runs for credit-released orders: while credit is blocked the stock stays
 * unanalysed, which SC9 shows as C9_BLEST 02 too (as MATA440 leaves it until MATA450 releases
 * credit). `revertRelease` undoes exactly what the live SC9 rows account for (edit, delete).
 */
import { analyseCredit, type CreditDecision } from "./credit-rules";
import { lineTotal, toCents, centsToDecimal, type Cents } from "./money";
import { orderStatus, type StatusInfo } from "./order-status";
import { riskThresholds } from "./sx6";
import { orderTables, type OrderTables, type Scope, type Sql } from "./tables";

type LineRow = {
  item: string;
  product: string;
  quantity: string;
  price: string;
  warehouse: string;
  value: string;
  movesStock: boolean;
};
type CustomerCredit = {
  risk: string;
  limit: string;
  expiry: string;
  salpedl: string;
  saldup: string;
  overdue: number | null;
};

async function orderLines(sql: Sql, t: OrderTables, scope: Scope, number: string): Promise<LineRow[]> {
  const { rows } = await sql.query<LineRow>(
    `SELECT c6.C6_ITEM AS item, trim(c6.C6_PRODUTO) AS product, c6.C6_QTDVEN AS quantity, c6.C6_PRCVEN AS price, c6.C6_LOCAL AS warehouse,
            c6.C6_VALOR AS value, COALESCE(f4.F4_ESTOQUE, 'S') <> 'N' AS "movesStock"
       FROM ${t.SC6} c6 LEFT JOIN ${t.SF4} f4 ON f4.F4_CODIGO = c6.C6_TES AND f4.D_E_L_E_T_ = ' '
      WHERE c6.C6_FILIAL = $1 AND c6.C6_NUM = $2 AND c6.D_E_L_E_T_ = ' ' ORDER BY c6.C6_ITEM`,
    [scope.branch, number],
  );
  return rows;
}

/** Figures of the credit analysis; overdue days count from E1_VENCREA to the business date (FINA040). */
async function customerCredit(
  sql: Sql,
  t: OrderTables,
  scope: Scope,
  customer: string,
  store: string,
  today: string,
): Promise<CustomerCredit> {
  const { rows } = await sql.query<CustomerCredit>(
    `SELECT a1.A1_RISCO AS risk, a1.A1_LC AS limit, trim(a1.A1_VENCLC) AS expiry, a1.A1_SALPEDL AS salpedl, a1.A1_SALDUP AS saldup,
            (SELECT max(to_date($4, 'YYYYMMDD') - to_date(e1.E1_VENCREA, 'YYYYMMDD')) FROM ${t.SE1} e1
              WHERE e1.E1_FILIAL = a1.A1_FILIAL AND e1.E1_CLIENTE = a1.A1_COD AND e1.E1_LOJA = a1.A1_LOJA AND e1.D_E_L_E_T_ = ' '
                AND e1.E1_SALDO > 0 AND e1.E1_VENCREA < $4 AND e1.E1_TIPO NOT IN ('RA', 'NCC')) AS overdue
       FROM ${t.SA1} a1 WHERE a1.A1_FILIAL = $1 AND a1.A1_COD = $2 AND a1.A1_LOJA = $3 AND a1.D_E_L_E_T_ = ' '`,
    [scope.branch, customer, store, today],
  );
  const row = rows[0];
  if (!row) throw new Error(`Cliente ${customer}/${store} não encontrado.`);
  return row;
}

type ReleaseResult = StatusInfo & { credit: CreditDecision; total: Cents };

/** Writes the SC9 rows of an order that has none live, and moves the balances. */
export async function releaseOrder(sql: Sql, scope: Scope, number: string, today: string): Promise<ReleaseResult> {
  const t = orderTables(scope.company);
  const header = (
    await sql.query<{ customer: string; store: string }>(
      `SELECT C5_CLIENTE AS customer, C5_LOJACLI AS store FROM ${t.SC5} WHERE C5_FILIAL = $1 AND C5_NUM = $2 AND D_E_L_E_T_ = ' '`,
      [scope.branch, number],
    )
  ).rows[0];
  if (!header) throw new Error(`Pedido ${number} não encontrado.`);
  const lines = await orderLines(sql, t, scope, number);
  const total = lines.reduce((sum, l) => sum + toCents(l.value), 0);
  const figures = await customerCredit(sql, t, scope, header.customer, header.store, today);
  const credit = analyseCredit({
    risk: figures.risk,
    limit: toCents(figures.limit),
    openOrders: toCents(figures.salpedl),
    openTitles: toCents(figures.saldup),
    limitExpiry: figures.expiry,
    businessDate: today,
    maxOverdueDays: figures.overdue ?? 0,
    orderTotal: total,
    thresholds: await riskThresholds(sql, t, scope.branch),
  });

  const releases: { blcred: string; blest: string }[] = [];
  const reserved = new Map<string, number>();
  for (const line of lines) {
    let blest = "02";
    if (credit.code === "") {
      blest = line.movesStock ? await stockBlock(sql, t, scope, line, reserved) : "";
    }
    releases.push({ blcred: credit.code, blest });
    await sql.query(
      `INSERT INTO ${t.SC9} (C9_FILIAL, C9_PEDIDO, C9_ITEM, C9_SEQUEN, C9_CLIENTE, C9_LOJA, C9_PRODUTO, C9_LOCAL, C9_QTDLIB, C9_PRCVEN, C9_DATALIB, C9_BLCRED, C9_BLEST)
       VALUES ($1, $2, $3, '01', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        scope.branch,
        number,
        line.item,
        header.customer,
        header.store,
        line.product,
        line.warehouse,
        line.quantity,
        line.price,
        today,
        credit.code,
        blest,
      ],
    );
    if (credit.code === "" && blest === "" && line.movesStock)
      await moveReserve(sql, t, scope, line.product, line.warehouse, Number(line.quantity));
  }
  if (credit.code === "") await moveSalpedl(sql, t, scope, header.customer, header.store, total);
  await sql.query(`UPDATE ${t.SC5} SET C5_LIBEROK = 'S' WHERE C5_FILIAL = $1 AND C5_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);
  const status = orderStatus({ invoice: "", ruleBlock: "", releases });
  return { ...status, credit, total };
}

/** C9_BLEST 02 when B2_QATU − B2_RESERVA (minus what earlier lines of this order took) is short. */
async function stockBlock(
  sql: Sql,
  t: OrderTables,
  scope: Scope,
  line: LineRow,
  taken: Map<string, number>,
): Promise<string> {
  const key = `${line.product}\u0000${line.warehouse}`;
  const { rows } = await sql.query<{ available: string }>(
    `SELECT B2_QATU - B2_RESERVA AS available FROM ${t.SB2} WHERE B2_FILIAL = $1 AND B2_COD = $2 AND B2_LOCAL = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, line.product, line.warehouse],
  );
  const available = Number(rows[0]?.available ?? 0) - (taken.get(key) ?? 0);
  if (Number(line.quantity) > available + 1e-9) return "02";
  taken.set(key, (taken.get(key) ?? 0) + Number(line.quantity));
  return "";
}

export async function moveReserve(
  sql: Sql,
  t: OrderTables,
  scope: Scope,
  product: string,
  warehouse: string,
  quantity: number,
): Promise<void> {
  await sql.query(
    `UPDATE ${t.SB2} SET B2_RESERVA = GREATEST(B2_RESERVA + $4::numeric, 0) WHERE B2_FILIAL = $1 AND B2_COD = $2 AND B2_LOCAL = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, product, warehouse, quantity.toFixed(2)],
  );
}

export async function moveSalpedl(
  sql: Sql,
  t: OrderTables,
  scope: Scope,
  customer: string,
  store: string,
  delta: Cents,
): Promise<void> {
  if (delta === 0) return;
  await sql.query(
    `UPDATE ${t.SA1} SET A1_SALPEDL = GREATEST(A1_SALPEDL + $4::numeric, 0) WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, customer, store, centsToDecimal(delta)],
  );
}

/** Undoes the live SC9 rows of an order (before an edit re-releases it, or a delete). */
export async function revertRelease(sql: Sql, scope: Scope, number: string): Promise<void> {
  const t = orderTables(scope.company);
  const { rows } = await sql.query<{
    customer: string;
    store: string;
    product: string;
    warehouse: string;
    quantity: string;
    price: string;
    blcred: string;
    blest: string;
    movesStock: boolean;
  }>(
    `SELECT c9.C9_CLIENTE AS customer, c9.C9_LOJA AS store, trim(c9.C9_PRODUTO) AS product, c9.C9_LOCAL AS warehouse, c9.C9_QTDLIB AS quantity,
            c9.C9_PRCVEN AS price, trim(c9.C9_BLCRED) AS blcred, trim(c9.C9_BLEST) AS blest, COALESCE(f4.F4_ESTOQUE, 'S') <> 'N' AS "movesStock"
       FROM ${t.SC9} c9
       LEFT JOIN ${t.SC6} c6 ON c6.C6_FILIAL = c9.C9_FILIAL AND c6.C6_NUM = c9.C9_PEDIDO AND c6.C6_ITEM = c9.C9_ITEM AND c6.D_E_L_E_T_ = ' '
       LEFT JOIN ${t.SF4} f4 ON f4.F4_CODIGO = c6.C6_TES AND f4.D_E_L_E_T_ = ' '
      WHERE c9.C9_FILIAL = $1 AND c9.C9_PEDIDO = $2 AND c9.D_E_L_E_T_ = ' '`,
    [scope.branch, number],
  );
  let released: Cents = 0;
  for (const row of rows) {
    if (row.blcred !== "") continue;
    released += lineTotal(Number(row.quantity), toCents(row.price));
    if (row.blest === "" && row.movesStock)
      await moveReserve(sql, t, scope, row.product, row.warehouse, -Number(row.quantity));
  }
  const first = rows[0];
  if (first) await moveSalpedl(sql, t, scope, first.customer, first.store, -released);
  await sql.query(`UPDATE ${t.SC9} SET D_E_L_E_T_ = '*' WHERE C9_FILIAL = $1 AND C9_PEDIDO = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);
}
