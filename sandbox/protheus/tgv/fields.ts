/**
 * Wire fields of a PGV entity: each maps a JSON name (as ERP-CONTRACT.md §4 spells it) to a SQL
 * expression over the entity's rows, with a type that decides how it is selected (Protheus keeps
 * dates as YYYYMMDD char(8) and pads char keys; the wire carries ISO dates, trimmed text and
 * numbers — ERP-CONTRACT.md §1) and how a filter literal is compared with it.
 */

type FieldType = "string" | "number" | "integer" | "date" | "timestamp" | "boolean";

export type FieldSpec = {
  /** SQL expression over the entity's FROM (alias `t` for the main table). Never user input. */
  sql: string;
  type: FieldType;
  /** Allow-listed for `filter` and `order`. */
  filter?: boolean;
  /** Overrides the derived select expression (e.g. a deleted flag in the entity's own style). */
  select?: string;
};

export type FieldMap = Readonly<Record<string, FieldSpec>>;

/** Values travel as numbers on the wire; numeric(14,2) columns are cast so PGlite returns numbers. */
export function selectExpression(spec: FieldSpec): string {
  if (spec.select) return spec.select;
  switch (spec.type) {
    case "string":
      return `rtrim(${spec.sql})`;
    case "number":
      return `(${spec.sql})::float8`;
    case "integer":
      return `(${spec.sql})::int`;
    case "date":
      return protheusDateToIso(spec.sql);
    case "timestamp":
      return `to_char((${spec.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "boolean":
      return `(${spec.sql})`;
  }
}

/** `20261122` → `2026-11-22`; a blank Protheus date (8 spaces) → null. */
function protheusDateToIso(column: string): string {
  return `CASE WHEN NULLIF(trim(${column}), '') IS NULL THEN NULL
    ELSE substr(${column}, 1, 4) || '-' || substr(${column}, 5, 2) || '-' || substr(${column}, 7, 2) END`;
}

/**
 * Deleted flag styles seen on real servers (ERP-CONTRACT.md §4: `true`, `1`, `"1"`, `"*"`). Each
 * entity answers in one style so the portal's reshapers are exercised against all of them.
 */
export type DeletedStyle = "boolean" | "number" | "string" | "star";

export function deletedField(column: string, style: DeletedStyle): FieldSpec {
  const isDeleted = `(${column} = '*')`;
  switch (style) {
    case "boolean":
      return { sql: isDeleted, type: "boolean" };
    case "number":
      return { sql: isDeleted, type: "boolean", select: `CASE WHEN ${isDeleted} THEN 1 ELSE 0 END` };
    case "string":
      return { sql: isDeleted, type: "boolean", select: `CASE WHEN ${isDeleted} THEN '1' ELSE '0' END` };
    case "star":
      // Raw D_E_L_E_T_: '*' deleted, ' ' live — what the old PGV adapters copy straight from the row.
      return { sql: isDeleted, type: "boolean", select: `CASE WHEN ${isDeleted} THEN '*' ELSE ' ' END` };
  }
}

/** Case-insensitive lookup (`creditlimit` finds `creditLimit`): releases differ in field case. */
export function findField(fields: FieldMap, name: string): [string, FieldSpec] | undefined {
  const lower = name.toLowerCase();
  for (const entry of Object.entries(fields)) if (entry[0].toLowerCase() === lower) return entry;
  return undefined;
}
