/**
 * One quotation as `GET quotations/{id}` answers it [defined here, shaped like the sales order]:
 * header, items, status (status.ts), the order it became (CK_NUMPV of its items, where MATA416
 * writes the link) and S_T_A_M_P_, the optimistic-concurrency token of PUT/DELETE/convert. The
 * buyer is the customer (CJ_CLIENTE/CJ_LOJA) or, on a prospect's quotation, the prospect
 * (CJ_PROSPE/CJ_LOJPRO) — both once the prospect became a customer.
 */
import { companyTable } from "../db";
import { centsToNumber, toCents } from "../orders/money";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import { toSaleItem, type SaleItemRow } from "../orders/order-read";
import { quotationStatus, type QuotationStatus } from "./status";

const iso = (column: string) =>
  `CASE WHEN trim(${column}) = '' THEN NULL ELSE substr(${column}, 1, 4) || '-' || substr(${column}, 5, 2) || '-' || substr(${column}, 7, 2) END`;

/** The quotation's wire id [defined here, like the order's]: CJ_FILIAL + CJ_NUM. */
export const quotationId = (branch: string, number: string) => `${branch}${number}`;

type HeaderRow = {
  branch: string;
  number: string;
  /** Blank on a prospect's quotation until the prospect becomes a customer. */
  customer: string;
  store: string;
  /** CJ_PROSPE/CJ_LOJPRO: the prospect (SUS) it was made for; blank for a customer's quotation. */
  prospect: string;
  prospectstore: string;
  /** A1_NOME; the prospect's US_NOME while the quotation has no customer. */
  customername: string;
  paymentcondition: string;
  pricelist: string;
  seller: string;
  freighttype: string;
  freightvalue: string;
  issuedate: string | null;
  validity: string | null;
  cjstatus: string;
  externalid: string;
  origin: string;
  stamp: string;
};

type ItemRow = SaleItemRow & { order: string };

export type Quotation = Omit<HeaderRow, "cjstatus" | "freightvalue"> & {
  id: string;
  freightvalue: number;
  status: QuotationStatus;
  total: number;
  order: string;
  items: ReturnType<typeof toSaleItem>[];
};

/** The live quotation (`D_E_L_E_T_ = ' '`), or undefined. Seller scoping is the caller's job. */
export async function readQuotation(
  sql: Sql,
  scope: Scope,
  number: string,
  today: string,
): Promise<Quotation | undefined> {
  const t = orderTables(scope.company);
  const header = (
    await sql.query<HeaderRow>(
      `SELECT cj.CJ_FILIAL AS branch, cj.CJ_NUM AS number, trim(cj.CJ_CLIENTE) AS customer, trim(cj.CJ_LOJA) AS store,
              trim(cj.CJ_PROSPE) AS prospect, trim(cj.CJ_LOJPRO) AS prospectstore,
              COALESCE(rtrim(a1.A1_NOME), rtrim(us.US_NOME), '') AS customername,
              cj.CJ_CONDPAG AS paymentcondition, trim(cj.CJ_TABELA) AS pricelist, cj.CJ_XVEND AS seller, cj.CJ_TPFRETE AS freighttype,
              cj.CJ_FRETE AS freightvalue, ${iso("cj.CJ_EMISSAO")} AS issuedate, ${iso("cj.CJ_VALIDA")} AS validity, cj.CJ_STATUS AS cjstatus,
              rtrim(cj.CJ_XEXTID) AS externalid, rtrim(cj.CJ_ORIGEM) AS origin,
              to_char(cj.S_T_A_M_P_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS stamp
         FROM ${t.SCJ} cj
         LEFT JOIN ${t.SA1} a1 ON a1.A1_FILIAL = cj.CJ_FILIAL AND a1.A1_COD = cj.CJ_CLIENTE AND a1.A1_LOJA = cj.CJ_LOJA AND a1.D_E_L_E_T_ = ' '
         LEFT JOIN ${companyTable("SUS", scope.company)} us ON trim(cj.CJ_CLIENTE) = '' AND trim(cj.CJ_PROSPE) <> ''
               AND us.US_FILIAL = cj.CJ_FILIAL AND us.US_COD = cj.CJ_PROSPE AND us.US_LOJA = cj.CJ_LOJPRO AND us.D_E_L_E_T_ = ' '
        WHERE cj.CJ_FILIAL = $1 AND cj.CJ_NUM = $2 AND cj.D_E_L_E_T_ = ' '`,
      [scope.branch, number],
    )
  ).rows[0];
  if (!header) return undefined;
  const id = quotationId(header.branch, header.number);
  const items = (await itemRows(sql, scope.company, [id])).get(id) ?? [];
  const { cjstatus, ...rest } = header;
  return {
    id,
    ...rest,
    freightvalue: Number(header.freightvalue),
    status: quotationStatus(cjstatus, (header.validity ?? "").replaceAll("-", ""), today),
    total: centsToNumber(items.reduce((sum, i) => sum + toCents(i.total), 0)),
    order: items.find((i) => i.order !== "")?.order ?? "",
    items: items.map(toSaleItem),
  };
}

/** Live items of several quotations, by quotation id (CK_FILIAL + CK_NUM). */
async function itemRows(sql: Sql, company: string, keys: string[]): Promise<Map<string, ItemRow[]>> {
  const t = orderTables(company);
  const { rows } = await sql.query<ItemRow & { key: string }>(
    `SELECT ck.CK_FILIAL || ck.CK_NUM AS key, ck.CK_ITEM AS item, trim(ck.CK_PRODUTO) AS product, rtrim(ck.CK_DESCRI) AS description, trim(ck.CK_UM) AS unit,
            ck.CK_QTDVEN AS quantity, ck.CK_PRUNIT AS listprice, ck.CK_PRCVEN AS price, ck.CK_DESCONT AS discount, ck.CK_VALOR AS total,
            ck.CK_OPER AS operationtype, ck.CK_TES AS tes, ck.CK_LOCAL AS warehouse, trim(ck.CK_NUMPV) AS "order"
       FROM ${t.SCK} ck
      WHERE ck.CK_FILIAL = ANY($1) AND ck.CK_NUM = ANY($2) AND ck.D_E_L_E_T_ = ' ' ORDER BY ck.CK_NUM, ck.CK_ITEM`,
    // Keys are CK_FILIAL (2) + CK_NUM (6): two arrays keep the (CK_FILIAL, CK_NUM) index usable.
    [[...new Set(keys.map((k) => k.slice(0, 2)))], keys.map((k) => k.slice(2))],
  );
  const byQuotation = new Map<string, ItemRow[]>();
  const wanted = new Set(keys);
  for (const { key, ...row } of rows) if (wanted.has(key)) byQuotation.set(key, [...(byQuotation.get(key) ?? []), row]);
  return byQuotation;
}

/** Items of several quotations in their wire shape (the `items` of `GET quotations`). */
export async function itemsOfQuotations(sql: Sql, company: string, keys: string[]): Promise<Map<string, unknown[]>> {
  const rows = await itemRows(sql, company, keys);
  return new Map([...rows].map(([key, items]) => [key, items.map(toSaleItem)]));
}
