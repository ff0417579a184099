/**
 * `quotations` as a PGV collection on the generic engine (paging, order, fields, filter allow-list,
 * both diff families — sandbox/docs/tgv-api.md), shaped like `salesorders`; its queue view is
 * `quotationsqueue` (orders/entities.ts `queueEntity`). Sellers see their own quotations
 * (CJ_XVEND); administrators see the whole branch.
 */
import type { EntityDefinition, QueryContext } from "../protheus/tgv/entity";
import { nestItems, sellerScope, type ItemsLoader } from "../orders/entities";
import { orderTables } from "../orders/tables";
import { quotationStatusSql } from "./status";

/** Items are nested after the page is read: `items` selects the quotation key, afterFetch swaps it for the rows. */
const ITEMS_KEY = "(t.CJ_FILIAL || t.CJ_NUM)";

/**
 * Status (status.ts, against the business date), total (Σ CK_VALOR of live items) and the order it
 * became (CK_NUMPV) come from a LATERAL subquery, so they filter and order like plain columns.
 */
function quotationsFrom(ctx: QueryContext): string {
  const t = orderTables(ctx.viewer.tenant.company);
  return `${t.SCJ} t CROSS JOIN LATERAL (
    SELECT ${quotationStatusSql(ctx.params.add(ctx.today))} AS status,
           COALESCE(sum(ck.CK_VALOR), 0) AS total, COALESCE(max(trim(ck.CK_NUMPV)), '') AS orderno
      FROM ${t.SCK} ck WHERE ck.CK_FILIAL = t.CJ_FILIAL AND ck.CK_NUM = t.CJ_NUM AND ck.D_E_L_E_T_ = ' ') x`;
}

export function quotationsEntity(loadItems: ItemsLoader): EntityDefinition {
  return {
    name: "quotations",
    from: quotationsFrom,
    branch: { column: "t.CJ_FILIAL" },
    pageByRecno: true,
    deleted: { field: "deleted", style: "boolean" },
    fields: {
      id: { sql: ITEMS_KEY, type: "string", filter: true },
      branch: { sql: "t.CJ_FILIAL", type: "string" },
      number: { sql: "t.CJ_NUM", type: "string", filter: true },
      customer: { sql: "t.CJ_CLIENTE", type: "string", filter: true },
      store: { sql: "t.CJ_LOJA", type: "string", filter: true },
      prospect: { sql: "t.CJ_PROSPE", type: "string", filter: true },
      prospectstore: { sql: "t.CJ_LOJPRO", type: "string", filter: true },
      paymentcondition: { sql: "t.CJ_CONDPAG", type: "string", filter: true },
      pricelist: { sql: "t.CJ_TABELA", type: "string", filter: true },
      seller: { sql: "t.CJ_XVEND", type: "string", filter: true },
      freighttype: { sql: "t.CJ_TPFRETE", type: "string" },
      freightvalue: { sql: "t.CJ_FRETE", type: "number" },
      issuedate: { sql: "t.CJ_EMISSAO", type: "date", filter: true },
      validity: { sql: "t.CJ_VALIDA", type: "date", filter: true },
      status: { sql: "x.status", type: "string", filter: true },
      total: { sql: "x.total", type: "number", filter: true },
      externalid: { sql: "t.CJ_XEXTID", type: "string", filter: true },
      origin: { sql: "t.CJ_ORIGEM", type: "string", filter: true },
      order: { sql: "x.orderno", type: "string", filter: true },
      stamp: { sql: "t.S_T_A_M_P_", type: "timestamp" },
      items: { sql: ITEMS_KEY, type: "string" },
    },
    defaultOrder: "-issuedate,-number",
    scope: sellerScope("t.CJ_XVEND"),
    afterFetch: nestItems(loadItems),
  };
}
