/**
 * Business validation of an order payload against the ERP data, run twice: by the route (→ 422
 * with field-level details) and again by the job right before writing (the data may have changed
 * while the item waited; then the item ends in error). Rules, with their MATA410/OMS sources:
 * - customer exists in the seller's portfolio (A1_VEND) and is not blocked (A1_MSBLQL = '1');
 * - payment condition exists and is not blocked (SE4, MATA360);
 * - price list (the order's, else the customer's A1_TABELA) is active (DA0_ATIVO = '1') and valid
 *   on the business date (DA0_DATDE ≤ date ≤ DA0_DATATE, blank = open-ended) — OMSA010;
 * - every product exists and is active (B1_MSBLQL), is in the price list, and its price is not
 *   below the list's minimum (DA1_PRCMIN, [defined here]);
 * - the operation type exists (SX5 'DJ') and resolves to a TES (SFM "TES inteligente", else B1_TS —
 *   tes.ts);
 * - the carrier, when given, exists (SA4).
 */
import { messageDate } from "./dates";
import type { FieldError, OrderPayload } from "./payload";
import { toCents, type Cents } from "./money";
import { orderTables, type Scope, type Sql } from "./tables";
import { loadTesRules, resolveTes } from "./tes";

type ResolvedItem = {
  product: string;
  description: string;
  unit: string;
  quantity: number;
  listPrice: Cents;
  price: Cents;
  operation: string;
  tes: string;
  warehouse: string;
};

export type ResolvedOrder = {
  customer: string;
  store: string;
  customerName: string;
  paymentCondition: string;
  priceList: string;
  carrier: string;
  items: ResolvedItem[];
};

type CustomerRow = { name: string; blocked: string; pricelist: string };
type ProductRow = {
  code: string;
  description: string;
  unit: string;
  warehouse: string;
  blocked: string;
  prv1: string;
  ts: string;
};
type ListItemRow = { product: string; price: string; minimum: string };

const money = (cents: Cents) => (cents / 100).toLocaleString("pt-BR", { style: "currency", currency: "BRL" });

export async function validateOrder(
  sql: Sql,
  scope: Scope,
  seller: string,
  order: OrderPayload,
  today: string,
  /** A buyer the caller has checked instead of an SA1 customer (a quotation's prospect, SUS): no A1_TABELA default. */
  checkedBuyer?: { name: string },
): Promise<{ errors: FieldError[]; resolved: ResolvedOrder }> {
  const t = orderTables(scope.company);
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  // A checked buyer is live and unblocked by then: the SA1 checks below pass it.
  const customer = checkedBuyer
    ? { name: checkedBuyer.name, blocked: "2", pricelist: "" }
    : (
        await sql.query<CustomerRow>(
          `SELECT A1_NOME AS name, A1_MSBLQL AS blocked, trim(A1_TABELA) AS pricelist FROM ${t.SA1}
        WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND A1_VEND = $4 AND D_E_L_E_T_ = ' '`,
          [scope.branch, order.customer, order.store, seller],
        )
      ).rows[0];
  if (!customer)
    fail("customer", `Cliente ${order.customer}/${order.store} não encontrado na carteira do vendedor ${seller}.`);
  else if (customer.blocked === "1")
    fail("customer", `Cliente ${order.customer}/${order.store} bloqueado para novas movimentações.`);

  const condition = (
    await sql.query<{ blocked: string }>(
      `SELECT E4_MSBLQL AS blocked FROM ${t.SE4} WHERE E4_CODIGO = $1 AND D_E_L_E_T_ = ' '`,
      [order.paymentcondition],
    )
  ).rows[0];
  if (!condition) fail("paymentcondition", `Condição de pagamento ${order.paymentcondition} não encontrada.`);
  else if (condition.blocked === "1")
    fail("paymentcondition", `Condição de pagamento ${order.paymentcondition} bloqueada.`);

  if (order.carrier) {
    const { rows } = await sql.query(`SELECT 1 FROM ${t.SA4} WHERE A4_COD = $1 AND D_E_L_E_T_ = ' '`, [order.carrier]);
    if (rows.length === 0) fail("carrier", `Transportadora ${order.carrier} não encontrada.`);
  }

  const priceList = order.pricelist ?? customer?.pricelist ?? "";
  const listPrices = new Map<string, ListItemRow>();
  if (priceList !== "") {
    const list = (
      await sql.query<{ active: string; from: string; to: string }>(
        `SELECT DA0_ATIVO AS active, DA0_DATDE AS "from", trim(DA0_DATATE) AS "to" FROM ${t.DA0} WHERE DA0_CODTAB = $1 AND D_E_L_E_T_ = ' '`,
        [priceList],
      )
    ).rows[0];
    const origin = order.pricelist ? "" : " (tabela do cliente)";
    if (!list) fail("pricelist", `Tabela de preço ${priceList}${origin} não encontrada.`);
    else if (list.active !== "1") fail("pricelist", `Tabela de preço ${priceList}${origin} inativa.`);
    else if (list.from > today || (list.to !== "" && list.to < today))
      fail("pricelist", `Tabela de preço ${priceList}${origin} fora da vigência na data ${messageDate(today)}.`);
    else {
      const { rows } = await sql.query<ListItemRow>(
        `SELECT trim(DA1_CODPRO) AS product, DA1_PRCVEN AS price, DA1_PRCMIN AS minimum FROM ${t.DA1}
          WHERE DA1_CODTAB = $1 AND DA1_CODPRO = ANY($2) AND DA1_ATIVO = '1' AND (trim(DA1_DATVIG) = '' OR DA1_DATVIG <= $3) AND D_E_L_E_T_ = ' '`,
        [priceList, order.items.map((i) => i.product), today],
      );
      for (const row of rows) listPrices.set(row.product, row);
    }
  }
  const priceListUsable = priceList !== "" && !errors.some((e) => e.field === "pricelist");

  const { rows: products } = await sql.query<ProductRow>(
    `SELECT trim(B1_COD) AS code, B1_DESC AS description, B1_UM AS unit, B1_LOCPAD AS warehouse, B1_MSBLQL AS blocked, B1_PRV1 AS prv1, trim(B1_TS) AS ts
       FROM ${t.SB1} WHERE B1_COD = ANY($1) AND D_E_L_E_T_ = ' '`,
    [order.items.map((i) => i.product)],
  );
  const { operations, rules: tesRules } = await loadTesRules(sql, t);

  const items: ResolvedItem[] = order.items.map((item, i) => {
    const field = (name: string) => `items.${i}.${name}`;
    const product = products.find((p) => p.code === item.product);
    const operation = item.operationtype ?? order.operationtype ?? "";
    if (!product) fail(field("product"), `Produto ${item.product} não encontrado.`);
    else if (product.blocked === "1") fail(field("product"), `Produto ${item.product} bloqueado (inativo).`);
    let listPrice = product ? toCents(product.prv1) : 0;
    if (product && product.blocked !== "1" && priceListUsable) {
      const entry = listPrices.get(item.product);
      if (!entry) fail(field("product"), `Produto ${item.product} não consta na tabela de preço ${priceList}.`);
      else {
        listPrice = toCents(entry.price);
        const minimum = toCents(entry.minimum);
        if (minimum > 0 && toCents(item.price) < minimum)
          fail(field("price"), `Preço abaixo do mínimo da tabela ${priceList} (${money(minimum)}).`);
      }
    }
    const tes = resolveTes(tesRules, {
      operation,
      customer: order.customer,
      store: order.store,
      product: item.product,
      productTes: product?.ts ?? "",
    });
    const operationField = item.operationtype ? field("operationtype") : "operationtype";
    if (!operations.has(operation)) fail(operationField, `Tipo de operação ${operation} não encontrado.`);
    else if (product && tes === "")
      fail(operationField, `Tipo de operação ${operation} sem TES para o produto ${item.product}.`);
    return {
      product: item.product,
      description: product?.description ?? "",
      unit: product?.unit ?? "",
      quantity: item.quantity,
      listPrice,
      price: toCents(item.price),
      operation,
      tes,
      warehouse: item.warehouse ?? product?.warehouse ?? "01",
    };
  });

  return {
    errors: dedupe(errors),
    resolved: {
      customer: order.customer,
      store: order.store,
      customerName: customer?.name.trim() ?? "",
      paymentCondition: order.paymentcondition,
      priceList: priceListUsable ? priceList : "",
      carrier: order.carrier ?? "",
      items,
    },
  };
}

/** A header-level operation type error would repeat once per item. */
function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\u0000${e.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
