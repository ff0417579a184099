/**
 * From order lines (a simulated order's, or a saved SC6's) to the engine's request: each line's
 * product (SB1), its TES — the saved C6_TES, or the operation type's through TES inteligente
 * exactly as an order resolves it (orders/tes.ts) — with its SF4 flags, and the SF7 margins of the
 * destination. What cannot be resolved comes back as field errors, never half a request.
 */
import type { Cents } from "../orders/money";
import type { FieldError } from "../orders/payload";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import { loadTesRules, resolveTes } from "../orders/tes";
import type { TaxCustomer, TaxLine, TaxParameters, TaxRequest } from "./engine";
import { loadMargins, loadTaxProducts, loadTes } from "./load";

export type SimulationLine = {
  item: string;
  product: string;
  quantity: number;
  price: Cents;
  listPrice?: Cents;
  /** Operation type (C6_OPER / the request's); resolves the TES when `tes` is absent. */
  operation: string;
  /** The saved C6_TES of an order's item. */
  tes?: string;
};

export type SimulationInput = {
  parameters: TaxParameters;
  /**
   * The buyer; `code`/`store` pick the customer-specific TES rules, so a prospect (SUS) comes with
   * them blank and gets the generic ones — as its quotation resolved the TES.
   */
  customer: TaxCustomer & { code: string; store: string };
  freight: Cents;
  lines: readonly SimulationLine[];
};

/** Field path of a line in messages and details: `items[0].product` / `items.0.product`. */
const path = (i: number, name: string) => ({ message: `items[${i}].${name}`, detail: `items.${i}.${name}` });

export async function taxRequestOf(
  sql: Sql,
  scope: Scope,
  input: SimulationInput,
): Promise<{ request: TaxRequest; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const products = await loadTaxProducts(
    sql,
    scope,
    input.lines.map((l) => l.product),
  );
  const needsRules = input.lines.some((l) => l.tes === undefined);
  const { operations, rules } = needsRules
    ? await loadTesRules(sql, orderTables(scope.company))
    : { operations: new Set<string>(), rules: [] };

  const tesCodes = input.lines.map((line, i) => {
    const found = products.get(line.product);
    if (!found) {
      errors.push({ field: path(i, "product").detail, message: `Produto ${line.product} não encontrado.` });
      return "";
    }
    if (line.tes !== undefined) return line.tes;
    const field = path(i, "operationtype");
    if (!operations.has(line.operation)) {
      errors.push({
        field: field.detail,
        message: `Campo ${field.message} inválido: tipo de operação ${line.operation} não encontrado.`,
      });
      return "";
    }
    const tes = resolveTes(rules, {
      operation: line.operation,
      customer: input.customer.code,
      store: input.customer.store,
      product: line.product,
      productTes: found.defaultTes,
    });
    if (tes === "")
      errors.push({
        field: field.detail,
        message: `Campo ${field.message} inválido: tipo de operação ${line.operation} sem TES para o produto ${line.product}.`,
      });
    return tes;
  });

  const tesByCode = await loadTes(
    sql,
    scope,
    tesCodes.filter((c) => c !== ""),
  );
  tesCodes.forEach((code, i) => {
    if (code !== "" && !tesByCode.has(code))
      errors.push({ field: path(i, "operationtype").detail, message: `TES ${code} não encontrada (SF4).` });
  });

  const lines: TaxLine[] = errors.length
    ? []
    : input.lines.map((line, i) => ({
        item: line.item,
        product: products.get(line.product)!.product,
        tes: tesByCode.get(tesCodes[i]!)!,
        quantity: line.quantity,
        price: line.price,
        listPrice: line.listPrice,
      }));
  const margins = errors.length
    ? []
    : await loadMargins(
        sql,
        scope,
        lines.map((l) => l.product.taxGroup),
        input.customer.uf,
      );
  return {
    request: { parameters: input.parameters, customer: input.customer, lines, freight: input.freight, margins },
    errors,
  };
}
