/**
 * SCJ/SCK writes of the job (MATA415 through the PGV job). Items are numbered by Soma1 like an
 * order's (so MATA416 can link C6_ITEM to CK_ITEM one to one); CK_VALOR = quantity × price in
 * centavos; CK_PRUNIT the list price and CK_DESCONT the discount it implies — the order's rules
 * (orders/money.ts). Deleted rows are never removed: D_E_L_E_T_ = '*', so diffs report them.
 * A prospect's quotation names the prospect in CJ_PROSPE/CJ_LOJPRO and leaves CJ_CLIENTE/CJ_LOJA
 * (and CK_CLIENTE/CK_LOJA) blank until the prospect becomes a customer; the buyer never changes on
 * an edit.
 */
import { itemCodes } from "../orders/item-sequence";
import { centsToDecimal, discountPercent, lineTotal } from "../orders/money";
import { nextDocumentNumber } from "../orders/numbering";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import type { QuotationPayload } from "./payload";
import type { ResolvedQuotation } from "./validate-quotation";

function headerValues(payload: QuotationPayload, resolved: ResolvedQuotation) {
  return [
    resolved.paymentCondition,
    resolved.priceList,
    resolved.validity,
    payload.freighttype ?? "C",
    (payload.freightvalue ?? 0).toFixed(2),
  ];
}

async function insertItems(sql: Sql, scope: Scope, number: string, resolved: ResolvedQuotation): Promise<void> {
  const t = orderTables(scope.company);
  const codes = itemCodes(resolved.items.length);
  for (const [i, item] of resolved.items.entries()) {
    await sql.query(
      `INSERT INTO ${t.SCK} (CK_FILIAL, CK_NUM, CK_ITEM, CK_PRODUTO, CK_DESCRI, CK_UM, CK_QTDVEN, CK_PRUNIT, CK_PRCVEN, CK_DESCONT, CK_VALOR,
                             CK_OPER, CK_TES, CK_LOCAL, CK_CLIENTE, CK_LOJA)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
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
      ],
    );
  }
}

export async function insertQuotation(
  sql: Sql,
  scope: Scope,
  payload: QuotationPayload,
  resolved: ResolvedQuotation,
  header: { seller: string; externalid: string; today: string },
): Promise<string> {
  const t = orderTables(scope.company);
  const number = await nextDocumentNumber(sql, t.SCJ, { branch: "CJ_FILIAL", number: "CJ_NUM" }, scope.branch);
  await sql.query(
    `INSERT INTO ${t.SCJ} (CJ_FILIAL, CJ_NUM, CJ_CLIENTE, CJ_LOJA, CJ_PROSPE, CJ_LOJPRO, CJ_XVEND, CJ_EMISSAO, CJ_ORIGEM, CJ_XEXTID,
                           CJ_CONDPAG, CJ_TABELA, CJ_VALIDA, CJ_TPFRETE, CJ_FRETE)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'TGV.QUOTATION', $9, $10, $11, $12, $13, $14)`,
    [
      scope.branch,
      number,
      resolved.customer,
      resolved.store,
      resolved.prospect,
      resolved.prospectStore,
      header.seller,
      header.today,
      header.externalid,
      ...headerValues(payload, resolved),
    ],
  );
  await insertItems(sql, scope, number, resolved);
  return number;
}

/** Rewrites header fields and items (old items soft-deleted, new ones numbered from 01 again). */
export async function updateQuotation(
  sql: Sql,
  scope: Scope,
  number: string,
  payload: QuotationPayload,
  resolved: ResolvedQuotation,
): Promise<void> {
  const t = orderTables(scope.company);
  await sql.query(
    `UPDATE ${t.SCJ} SET CJ_CONDPAG = $3, CJ_TABELA = $4, CJ_VALIDA = $5, CJ_TPFRETE = $6, CJ_FRETE = $7
      WHERE CJ_FILIAL = $1 AND CJ_NUM = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, number, ...headerValues(payload, resolved)],
  );
  await softDeleteItems(sql, scope, number);
  await insertItems(sql, scope, number, resolved);
}

export async function deleteQuotation(sql: Sql, scope: Scope, number: string): Promise<void> {
  await softDeleteItems(sql, scope, number);
  await sql.query(
    `UPDATE ${orderTables(scope.company).SCJ} SET D_E_L_E_T_ = '*' WHERE CJ_FILIAL = $1 AND CJ_NUM = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, number],
  );
}

/** MATA416's link: every item points at the order (CK_NUMPV), the header is baixado (CJ_STATUS 'B'). */
export async function markConverted(sql: Sql, scope: Scope, number: string, order: string): Promise<void> {
  const t = orderTables(scope.company);
  await sql.query(`UPDATE ${t.SCK} SET CK_NUMPV = $3 WHERE CK_FILIAL = $1 AND CK_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
    order,
  ]);
  await sql.query(`UPDATE ${t.SCJ} SET CJ_STATUS = 'B' WHERE CJ_FILIAL = $1 AND CJ_NUM = $2 AND D_E_L_E_T_ = ' '`, [
    scope.branch,
    number,
  ]);
}

async function softDeleteItems(sql: Sql, scope: Scope, number: string): Promise<void> {
  await sql.query(
    `UPDATE ${orderTables(scope.company).SCK} SET D_E_L_E_T_ = '*' WHERE CK_FILIAL = $1 AND CK_NUM = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, number],
  );
}
