/**
 * TES inteligente (MATA089): the outgoing TES of an order item comes from the SFM rule of its
 * operation type (SX5 'DJ'), the most specific one first (customer + product > product > customer
 * > generic), else the product's default TES (B1_TS). The order validation and the SalesTaxes
 * simulation resolve it here, so an order and its tax simulation can never disagree on the TES.
 */
import type { OrderTables, Sql } from "./tables";

export type TesRule = { type: string; tes: string; customer: string; store: string; product: string };

/** Live operation types (SX5 'DJ' keys) and every live SFM rule. */
export async function loadTesRules(sql: Sql, t: OrderTables): Promise<{ operations: Set<string>; rules: TesRule[] }> {
  const operations = new Set(
    (
      await sql.query<{ key: string }>(
        `SELECT trim(X5_CHAVE) AS key FROM ${t.SX5} WHERE X5_TABELA = 'DJ' AND D_E_L_E_T_ = ' '`,
      )
    ).rows.map((r) => r.key),
  );
  const { rows: rules } = await sql.query<TesRule>(
    `SELECT trim(FM_TIPO) AS type, trim(FM_TS) AS tes, trim(FM_CLIENTE) AS customer, trim(FM_LOJACLI) AS store, trim(FM_PRODUTO) AS product
       FROM ${t.SFM} WHERE D_E_L_E_T_ = ' '`,
  );
  return { operations, rules };
}

/** The TES of one item; `productTes` (B1_TS) when no rule applies, '' when there is neither. */
export function resolveTes(
  rules: readonly TesRule[],
  item: { operation: string; customer: string; store: string; product: string; productTes: string },
): string {
  const specificity = (r: TesRule) => Number(r.product !== "") * 2 + Number(r.customer !== "");
  const rule = rules
    .filter(
      (r) =>
        r.type === item.operation &&
        [item.customer, ""].includes(r.customer) &&
        [item.store, ""].includes(r.store) &&
        [item.product, ""].includes(r.product),
    )
    .sort((a, b) => specificity(b) - specificity(a))[0];
  return rule?.tes ?? item.productTes;
}
