/**
 * One sales order as `GET salesorders/{id}` answers it [defined here, field names from
 * ERP-CONTRACT.md §4]: header, items, status (order-status.ts), S_T_A_M_P_ (the optimistic
 * concurrency token of PUT/DELETE) and, once invoiced, the invoice with its SE1 instalments.
 */
import { toCents, centsToNumber } from "./money";
import { orderStatus, type StatusInfo } from "./order-status";
import { orderId, orderTables, type Scope, type Sql } from "./tables";

const iso = (column: string) =>
  `CASE WHEN trim(${column}) = '' THEN NULL ELSE substr(${column}, 1, 4) || '-' || substr(${column}, 5, 2) || '-' || substr(${column}, 7, 2) END`;
const stampSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type HeaderRow = {
  branch: string;
  number: string;
  customer: string;
  store: string;
  customername: string;
  paymentcondition: string;
  pricelist: string;
  seller: string;
  carrier: string;
  freighttype: string;
  freightvalue: string;
  customerordernumber: string;
  message: string;
  issuedate: string | null;
  invoice: string;
  series: string;
  ruleblock: string;
  externalid: string;
  origin: string;
  stamp: string;
};
/** The columns an order item (SC6) and a quotation item (SCK) share, as read (numbers as text). */
export type SaleItemRow = {
  item: string;
  product: string;
  description: string;
  unit: string;
  quantity: string;
  listprice: string;
  price: string;
  discount: string;
  total: string;
  operationtype: string;
  tes: string;
  warehouse: string;
};

/** A sale item row in its wire shape (`items` of salesorders and quotations). */
export function toSaleItem(r: SaleItemRow) {
  return {
    item: r.item,
    product: r.product,
    description: r.description,
    unit: r.unit,
    quantity: Number(r.quantity),
    listprice: Number(r.listprice),
    price: Number(r.price),
    discount: Number(r.discount),
    total: Number(r.total),
    operationtype: r.operationtype,
    tes: r.tes,
    warehouse: r.warehouse,
  };
}

type ItemRow = SaleItemRow & {
  blcred: string | null;
  blest: string | null;
};

export type SalesOrder = Omit<HeaderRow, "invoice" | "series" | "ruleblock" | "freightvalue"> &
  StatusInfo & {
    id: string;
    freightvalue: number;
    total: number;
    items: ReturnType<typeof toItem>[];
    invoice: Awaited<ReturnType<typeof invoiceOf>>;
  };

function toItem(r: ItemRow) {
  return {
    ...toSaleItem(r),
    creditblock: r.blcred ?? "",
    stockblock: r.blest ?? "",
  };
}

/** The live order (`D_E_L_E_T_ = ' '`), or undefined. Seller scoping is the caller's (route) job. */
export async function readOrder(sql: Sql, scope: Scope, number: string): Promise<SalesOrder | undefined> {
  const t = orderTables(scope.company);
  const header = (
    await sql.query<HeaderRow>(
      `SELECT c5.C5_FILIAL AS branch, c5.C5_NUM AS number, c5.C5_CLIENTE AS customer, c5.C5_LOJACLI AS store, COALESCE(rtrim(a1.A1_NOME), '') AS customername,
              c5.C5_CONDPAG AS paymentcondition, trim(c5.C5_TABELA) AS pricelist, c5.C5_VEND1 AS seller, trim(c5.C5_TRANSP) AS carrier,
              c5.C5_TPFRETE AS freighttype, c5.C5_FRETE AS freightvalue, rtrim(c5.C5_PEDCLI) AS customerordernumber, rtrim(c5.C5_MENNOTA) AS message,
              ${iso("c5.C5_EMISSAO")} AS issuedate, trim(c5.C5_NOTA) AS invoice, trim(c5.C5_SERIE) AS series, trim(c5.C5_BLQ) AS ruleblock,
              rtrim(c5.C5_XEXTID) AS externalid, rtrim(c5.C5_ORIGEM) AS origin, ${stampSql("c5.S_T_A_M_P_")} AS stamp
         FROM ${t.SC5} c5
         LEFT JOIN ${t.SA1} a1 ON a1.A1_FILIAL = c5.C5_FILIAL AND a1.A1_COD = c5.C5_CLIENTE AND a1.A1_LOJA = c5.C5_LOJACLI AND a1.D_E_L_E_T_ = ' '
        WHERE c5.C5_FILIAL = $1 AND c5.C5_NUM = $2 AND c5.D_E_L_E_T_ = ' '`,
      [scope.branch, number],
    )
  ).rows[0];
  if (!header) return undefined;
  const items =
    (await itemRows(sql, scope.company, [orderId(scope.branch, number)])).get(orderId(scope.branch, number)) ?? [];
  const releases = items
    .filter((i) => i.blcred !== null)
    .map((i) => ({ blcred: i.blcred ?? "", blest: i.blest ?? "" }));
  const status = orderStatus({ invoice: header.invoice, ruleBlock: header.ruleblock, releases });
  const { invoice, series, ruleblock: _ruleblock, ...rest } = header;
  return {
    id: orderId(header.branch, header.number),
    ...rest,
    freightvalue: Number(header.freightvalue),
    total: centsToNumber(items.reduce((sum, i) => sum + toCents(i.total), 0)),
    ...status,
    items: items.map(toItem),
    invoice: invoice ? await invoiceOf(sql, scope, invoice, series) : null,
  };
}

/** Live items (with their SC9 codes) of several orders, by order id (C6_FILIAL + C6_NUM). */
async function itemRows(sql: Sql, company: string, keys: string[]): Promise<Map<string, ItemRow[]>> {
  const t = orderTables(company);
  const { rows } = await sql.query<ItemRow & { key: string }>(
    `SELECT c6.C6_FILIAL || c6.C6_NUM AS key, c6.C6_ITEM AS item, trim(c6.C6_PRODUTO) AS product, rtrim(c6.C6_DESCRI) AS description, trim(c6.C6_UM) AS unit,
            c6.C6_QTDVEN AS quantity, c6.C6_PRUNIT AS listprice, c6.C6_PRCVEN AS price, c6.C6_DESCONT AS discount, c6.C6_VALOR AS total,
            c6.C6_OPER AS operationtype, c6.C6_TES AS tes, c6.C6_LOCAL AS warehouse, trim(c9.C9_BLCRED) AS blcred, trim(c9.C9_BLEST) AS blest
       FROM ${t.SC6} c6
       LEFT JOIN ${t.SC9} c9 ON c9.C9_FILIAL = c6.C6_FILIAL AND c9.C9_PEDIDO = c6.C6_NUM AND c9.C9_ITEM = c6.C6_ITEM AND c9.D_E_L_E_T_ = ' '
      WHERE c6.C6_FILIAL = ANY($1) AND c6.C6_NUM = ANY($2) AND c6.D_E_L_E_T_ = ' ' ORDER BY c6.C6_NUM, c6.C6_ITEM`,
    // Keys are C6_FILIAL (2) + C6_NUM (6): two arrays keep the (C6_FILIAL, C6_NUM) index usable.
    [[...new Set(keys.map((k) => k.slice(0, 2)))], keys.map((k) => k.slice(2))],
  );
  const byOrder = new Map<string, ItemRow[]>();
  const wanted = new Set(keys);
  for (const { key, ...row } of rows) if (wanted.has(key)) byOrder.set(key, [...(byOrder.get(key) ?? []), row]);
  return byOrder;
}

/** Items of several orders in their wire shape (the `items` of `GET salesorders`). */
export async function itemsOfOrders(sql: Sql, company: string, keys: string[]): Promise<Map<string, unknown[]>> {
  const rows = await itemRows(sql, company, keys);
  return new Map([...rows].map(([key, items]) => [key, items.map(toItem)]));
}

async function invoiceOf(sql: Sql, scope: Scope, doc: string, series: string) {
  const t = orderTables(scope.company);
  const f2 = (
    await sql.query<{ issuedate: string; goods: string; freight: string; total: string; prefix: string; dupl: string }>(
      `SELECT ${iso("F2_EMISSAO")} AS issuedate, F2_VALMERC AS goods, F2_FRETE AS freight, F2_VALBRUT AS total, trim(F2_PREFIXO) AS prefix, trim(F2_DUPL) AS dupl
         FROM ${t.SF2} WHERE F2_FILIAL = $1 AND F2_DOC = $2 AND F2_SERIE = $3 AND D_E_L_E_T_ = ' '`,
      [scope.branch, doc, series],
    )
  ).rows[0];
  if (!f2) return null;
  const { rows } = await sql.query<{ installment: string; duedate: string; value: string; balance: string }>(
    `SELECT trim(E1_PARCELA) AS installment, ${iso("E1_VENCREA")} AS duedate, E1_VALOR AS value, E1_SALDO AS balance FROM ${t.SE1}
      WHERE E1_FILIAL = $1 AND E1_PREFIXO = $2 AND E1_NUM = $3 AND E1_TIPO = 'NF' AND D_E_L_E_T_ = ' ' ORDER BY E1_PARCELA`,
    [scope.branch, f2.prefix, f2.dupl],
  );
  return {
    number: doc,
    series,
    issuedate: f2.issuedate,
    goodsvalue: Number(f2.goods),
    freightvalue: Number(f2.freight),
    total: Number(f2.total),
    installments: f2.dupl
      ? rows.map((r) => ({
          installment: r.installment,
          duedate: r.duedate,
          value: Number(r.value),
          balance: Number(r.balance),
        }))
      : [],
  };
}
