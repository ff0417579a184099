import { isIsoDate } from "../../../lib/dates";
import { findField, type FieldMap, type FieldSpec } from "./fields";
import { FilterError, parseFilter, type CompareOp, type FilterLiteral, type FilterNode } from "./filter-parser";
import type { SqlParams } from "./sql-params";

/**
 * Turns a parsed filter into a parameterised SQL condition over the entity's allow-listed fields.
 * Values only ever travel as `$n` parameters. Types are checked here so a mismatched literal is a
 * 400, not a PostgreSQL cast error (a 500).
 */

const SQL_OPS: Record<CompareOp, string> = { eq: "=", ne: "<>", gt: ">", ge: ">=", lt: "<", le: "<=" };

const reject = (pt: string, en: string) => new FilterError(`Filtro inválido: ${pt}`, `Invalid filter: ${en}`);

function allowedField(fields: FieldMap, name: string): [string, FieldSpec] {
  const found = findField(fields, name);
  if (!found || !found[1].filter) {
    const allowed = Object.entries(fields)
      .filter(([, s]) => s.filter)
      .map(([n]) => n);
    throw reject(
      `o campo "${name}" não pode ser filtrado (permitidos: ${allowed.join(", ")})`,
      `field ${name} is not allow-listed`,
    );
  }
  return found;
}

/** `2026-11-22` or `20261122` → `20261122` (the YYYYMMDD Protheus keeps in char(8) columns). */
function protheusDateOf(value: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  return m && isIsoDate(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}${m[2]}${m[3]}` : undefined;
}

function literalParam(
  name: string,
  spec: FieldSpec,
  op: CompareOp,
  literal: FilterLiteral,
  params: SqlParams,
): [string, string] {
  const wrong = (expected: string) =>
    reject(`o campo "${name}" espera ${expected}`, `field ${name} (${spec.type}) got a ${literal.type} literal`);
  switch (spec.type) {
    case "string":
      if (literal.type !== "string") throw wrong("um texto entre aspas simples");
      return [spec.sql, params.add(literal.value)];
    case "number":
    case "integer":
      if (literal.type !== "number") throw wrong("um número");
      return [spec.sql, params.add(literal.value)];
    case "date": {
      const date = literal.type === "string" ? protheusDateOf(literal.value) : undefined;
      if (!date) throw wrong("uma data 'aaaa-mm-dd'");
      // A blank Protheus date compares as NULL, so `lastpurchase lt '2026-01-01'` skips "never".
      return [`NULLIF(${spec.sql}, '')`, params.add(date)];
    }
    case "timestamp": {
      const ok =
        literal.type === "string" &&
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(literal.value);
      if (!ok || Number.isNaN(Date.parse(literal.value))) throw wrong("uma data/hora ISO-8601");
      return [spec.sql, `${params.add(literal.value)}::timestamptz`];
    }
    case "boolean":
      if (literal.type !== "boolean") throw wrong("true ou false");
      if (op !== "eq" && op !== "ne")
        throw reject(`o campo "${name}" aceita apenas eq e ne`, `boolean field ${name} with ${op}`);
      return [`(${spec.sql})`, params.add(literal.value)];
  }
}

/** `%`, `_` and `\` typed by the user are literal characters, not LIKE wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function compile(node: FilterNode, fields: FieldMap, params: SqlParams): string {
  switch (node.kind) {
    case "and":
    case "or":
      return `(${compile(node.left, fields, params)} ${node.kind.toUpperCase()} ${compile(node.right, fields, params)})`;
    case "compare": {
      const [name, spec] = allowedField(fields, node.field);
      const [column, placeholder] = literalParam(name, spec, node.op, node.value, params);
      return `${column} ${SQL_OPS[node.op]} ${placeholder}`;
    }
    case "function": {
      const [name, spec] = allowedField(fields, node.field);
      if (spec.type !== "string")
        throw reject(
          `${node.name} só se aplica a campos de texto ("${name}" não é)`,
          `${node.name} on ${spec.type} field ${name}`,
        );
      const pattern = node.name === "contains" ? `%${escapeLike(node.value)}%` : `${escapeLike(node.value)}%`;
      // Case-insensitive, like the portal's search box expects (Protheus keeps names upper-case).
      return `upper(${spec.sql}) LIKE upper(${params.add(pattern)}) ESCAPE '\\'`;
    }
  }
}

/** Parses and compiles `filter`; throws FilterError (→ 400) on anything not allowed. */
export function filterToSql(filter: string, fields: FieldMap, params: SqlParams): string {
  return compile(parseFilter(filter), fields, params);
}
