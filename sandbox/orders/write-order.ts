/**
 * SC5/SC6 writes of the order job (MATA410 through the PGV's TGVA002JOB). Items are numbered by
 * Soma1 (item-sequence.ts); C6_VALOR = quantity × price in centavos; C6_PRUNIT is the list price
 * (price list, else B1_PRV1) and C6_DESCONT the discount it implies. Deleted rows are never
 * removed: D_E_L_E_T_ = '*', so diffs report them.
 */
import { itemCodes } from "./item-sequence";
import { centsToDecimal, discountPercent, lineTotal } from "./money";
import { nextDocumentNumber } from "./numbering";
import type { OrderPayload } from "./payload";
import { orderTables, type Scope, type Sql } from "./tables";
import type { ResolvedOrder } from "./validate-order";

export type OrderHeader = {
  seller: string;
  externalid: string;
  today: string;
  /** C5_ORIGEM: 'TGV.SALESORDER' (default) or 'TGV.QUOTATION' for a converted quotation. */
  origin?: string;
  /** CJ_NUM of the quotation the order comes from: each line gets C6_NUMORC = CJ_NUM + its item. */
  quotation?: string;
};

/** Quotation line of an order line: items are numbered alike (Soma1 from 01), so C6_ITEM = CK_ITEM. */
const quotationItem = (quotation: string | undefined, item: string) => (quotation ? `${quotation}${item}` : "");

function headerValues(payload: OrderPayload, resolved: ResolvedOrder) {
  return [
    resolved.paymentCondition,
    resolved.priceList,
    resolved.carrier,
    payload.freighttype ?? "C",
    (payload.freightvalue ?? 0).toFixed(2),
    payload.customerordernumber ?? "",
    (payload.message ?? "").slice(0, 120),
  ];
}

async function insertItems(
  sql: Sql,
  scope: Scope,
  number: string,
  resolved: ResolvedOrder,
  today: string,
  quotation?: string,
): Promise<void> {
  const t = orderTables(scope.company);
  const codes = itemCodes(resolved.items.length);
  for (const [i, item] of resolved.items.entries()) {
    await sql.query(
      `INSERT INTO ${t.SC6} (C6_FILIAL, C6_NUM, C6_ITEM, C6_PRODUTO, C6_DESCRI, C6_UM, C6_QTDVEN, C6_PRUNIT, C6_PRCVEN, C6_DESCONT, C6_VALOR,
                             C6_OPER, C6_TES, C6_LOCAL, C6_CLI, C6_LOJA, C6_ENTREG, C6_NUMORC)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        scope.branch,
        number,
        codes[i],
        item.product,
        item.description.slice(0, 60),
        item.unit,
        item.quantity.toFixed(2),
        centsToDecimal(item.listPrice),
        centsToDecimal(item.price),
        discountPercent(item.listPrice, item.price).toFixed(2),
        centsToDecimal(lineTotal(item.quantity, item.price)),
        item.operation,
        item.tes,
        item.warehouse,
        resolved.customer,
        resolved.store,
        today,
        quotationItem(quotation, codes[i]!),
      ],
    );
  }
}

export async function insertOrder(
  sql: Sql,
  scope: Scope,
  payload: OrderPayload,
  resolved: ResolvedOrder,
  header: OrderHeader,
): Promise<string> {
  const t = orderTables(scope.company);
  const number = await nextDocumentNumber(sql, t.SC5, { branch: "C5_FILIAL", number: "C5_NUM" }, scope.branch);
  await sql.query(
    `INSERT INTO ${t.SC5} (C5_FILIAL, C5_NUM, C5_CLIENTE, C5_LOJACLI, C5_VEND1, C5_EMISSAO, C5_ORIGEM, C5_XEXTID,
                           C5_CONDPAG, C5_TABELA, C5_TRANSP, C5_TPFRETE, C5_FRETE, C5_PEDCLI, C5_MENNOTA)
     VALUES ($1, $2, $3, $4, $5, $6, $15, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      scope.branch,
      number,
      resolved.customer,
      resolved.store,
      header.seller,
      header.today,
      header.externalid,
      ...headerValues(payload, resolved),
      header.origin ?? "TGV.SALESORDER",
    ],
  );
  await insertItems(sql, scope, number, resolved, header.today, header.quotation);
  return number;
}

/** Rewrites header fields and items (old items soft-deleted, new ones numbered from 01 again). */
export async function updateOrder(
  sql: Sql,
  scope: Scope,
  number: string,
  payload: OrderPayload,
  resolved: ResolvedOrder,
  today: string,
): Promise<void> {
  const t = orderTables(scope.company);
  await sql.query(
    `UPDATE ${t.SC5} SET C5_CONDPAG = $3, C5_TABELA = $4, C5_TRANSP = $5, C5_TPFRETE = $6, C5_FRETE = $7, C5_PEDCLI = $8, C5_MENNOTA = $9, C5_LIBEROK = ''
      WHERE C5_FILIAL = $1 AND C5_NUM = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, number, ...headerValues(payload, resolved)],
  );
  await sql.query(`UPDATE ${t.SC6} SET D_E_L_E_T_ = '*' WHERE C6_FILIAL = $1 AND C6_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);
  await insertItems(sql, scope, number, resolved, today);
}

export async function deleteOrder(sql: Sql, scope: Scope, number: string): Promise<void> {
  const t = orderTables(scope.company);
  await sql.query(`UPDATE ${t.SC6} SET D_E_L_E_T_ = '*' WHERE C6_FILIAL = $1 AND C6_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);
  await sql.query(`UPDATE ${t.SC5} SET D_E_L_E_T_ = '*' WHERE C5_FILIAL = $1 AND C5_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);
}
