/**
 * `salesorders` and `salesordersqueue` as PGV collections on the generic engine (paging, order,
 * fields, filter allow-list, both diff families — sandbox/docs/tgv-api.md). Sellers see their own
 * orders (C5_VEND1) and queue items (ZTQ_VEND); administrators see the whole branch.
 */
import { companyTable } from "../db";
import type { EntityDefinition, QueryContext } from "../protheus/tgv/entity";
import { orderStatusSql } from "./order-status";
import type { QueueEntity } from "./queue";
import { orderTables } from "./tables";

export const sellerScope = (column: string) => (ctx: QueryContext) =>
  ctx.viewer.isAdmin || ctx.viewer.sellerCode === null
    ? undefined
    : `${column} = ${ctx.params.add(ctx.viewer.sellerCode)}`;

/** Items are nested after the page is read: `items` selects the order key, afterFetch swaps it for the rows. */
const ITEMS_KEY = "(t.C5_FILIAL || t.C5_NUM)";

export type ItemsLoader = (company: string, keys: string[]) => Promise<Map<string, unknown[]>>;

/** The afterFetch of a header collection whose `items` field selected each row's key (orders, quotations). */
export const nestItems =
  (loadItems: ItemsLoader): NonNullable<EntityDefinition["afterFetch"]> =>
  async (rows, ctx) => {
    if (!ctx.fields.includes("items") || rows.length === 0) return rows;
    const items = await loadItems(
      ctx.viewer.tenant.company,
      rows.map((r) => String(r.items)),
    );
    return rows.map((r) => ({ ...r, items: items.get(String(r.items)) ?? [] }));
  };

/**
 * Status (order-status.ts) and total (Σ C6_VALOR of live items) come from a LATERAL subquery, so
 * they are filterable and orderable like plain columns (`filter=status eq 'credit_blocked'`).
 */
function salesOrdersFrom(ctx: QueryContext): string {
  const t = orderTables(ctx.viewer.tenant.company);
  return `${t.SC5} t CROSS JOIN LATERAL (
    SELECT ${orderStatusSql(t.SC9, "t")} AS status,
           (SELECT COALESCE(sum(c6.C6_VALOR), 0) FROM ${t.SC6} c6
             WHERE c6.C6_FILIAL = t.C5_FILIAL AND c6.C6_NUM = t.C5_NUM AND c6.D_E_L_E_T_ = ' ') AS total) x`;
}

export function salesOrdersEntity(loadItems: ItemsLoader): EntityDefinition {
  return {
    name: "salesorders",
    from: salesOrdersFrom,
    branch: { column: "t.C5_FILIAL" },
    pageByRecno: true,
    deleted: { field: "deleted", style: "boolean" },
    fields: {
      id: { sql: ITEMS_KEY, type: "string", filter: true },
      branch: { sql: "t.C5_FILIAL", type: "string" },
      number: { sql: "t.C5_NUM", type: "string", filter: true },
      customer: { sql: "t.C5_CLIENTE", type: "string", filter: true },
      store: { sql: "t.C5_LOJACLI", type: "string", filter: true },
      paymentcondition: { sql: "t.C5_CONDPAG", type: "string", filter: true },
      pricelist: { sql: "t.C5_TABELA", type: "string", filter: true },
      seller: { sql: "t.C5_VEND1", type: "string", filter: true },
      carrier: { sql: "t.C5_TRANSP", type: "string" },
      freighttype: { sql: "t.C5_TPFRETE", type: "string" },
      freightvalue: { sql: "t.C5_FRETE", type: "number" },
      customerordernumber: { sql: "t.C5_PEDCLI", type: "string", filter: true },
      message: { sql: "t.C5_MENNOTA", type: "string" },
      issuedate: { sql: "t.C5_EMISSAO", type: "date", filter: true },
      status: { sql: "x.status", type: "string", filter: true },
      total: { sql: "x.total", type: "number", filter: true },
      externalid: { sql: "t.C5_XEXTID", type: "string", filter: true },
      origin: { sql: "t.C5_ORIGEM", type: "string", filter: true },
      invoice: { sql: "t.C5_NOTA", type: "string", filter: true },
      invoiceseries: { sql: "t.C5_SERIE", type: "string" },
      stamp: { sql: "t.S_T_A_M_P_", type: "timestamp" },
      items: { sql: ITEMS_KEY, type: "string" },
    },
    defaultOrder: "-issuedate,-number",
    scope: sellerScope("t.C5_VEND1"),
    afterFetch: nestItems(loadItems),
  };
}

export const recordId = (column: string) => ({
  sql: `CASE WHEN trim(${column}) = '' THEN NULL ELSE t.ZTQ_FILIAL || ${column} END`,
  type: "string" as const,
  filter: true,
});

/**
 * One view of the PGV queue (ZTQ, shared by orders and quotations: ZTQ_ENTITY) as a collection:
 * `keys` are the record ids it names, between `operation` and `status`.
 */
export function queueEntity(name: string, entity: QueueEntity, keys: EntityDefinition["fields"]): EntityDefinition {
  return {
    name,
    from: ({ viewer }) => `${companyTable("ZTQ", viewer.tenant.company)} t`,
    branch: { column: "t.ZTQ_FILIAL" },
    where: () => `t.ZTQ_ENTITY = '${entity}'`,
    deleted: { field: "deleted", style: "boolean" },
    fields: {
      id: { sql: "t.ZTQ_ID", type: "string", filter: true },
      operation: { sql: "t.ZTQ_OPER", type: "string", filter: true },
      ...keys,
      status: { sql: "t.ZTQ_STATUS::int", type: "integer", filter: true },
      message: { sql: "t.ZTQ_MSG", type: "string" },
      received_at: { sql: "t.ZTQ_DTREC", type: "timestamp", filter: true },
      started_at: { sql: "t.ZTQ_DTINI", type: "timestamp" },
      finished_at: { sql: "t.ZTQ_DTFIM", type: "timestamp" },
      externalid: { sql: "t.ZTQ_EXTID", type: "string", filter: true },
      seller: { sql: "t.ZTQ_VEND", type: "string", filter: true },
    },
    defaultOrder: "-received_at",
    scope: sellerScope("t.ZTQ_VEND"),
  };
}

/** The order items of the queue; its quotation items are `quotationsqueue` (quotations/entities.ts). */
export const salesOrdersQueueEntity = queueEntity("salesordersqueue", "SC5", { orderid: recordId("t.ZTQ_PEDIDO") });

/** The quotation items of the queue; a convert item also names the order it created (MATA416). */
export const quotationsQueueEntity = queueEntity("quotationsqueue", "SCJ", {
  quotationid: recordId("t.ZTQ_ORCAM"),
  orderid: recordId("t.ZTQ_PEDIDO"),
});
