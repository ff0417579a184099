/**
 * The RM SGE tables the FIEC customisation touches (sge-enrolment-api.txt "Tabela(s) Afetada(s)")
 * plus the reference tables they point at. RM runs on SQL Server with upper-case names; here, like
 * the Protheus tables, identifiers are unquoted (stored lower case) and every table gets the
 * D_E_L_E_T_/R_E_C_N_O_/S_T_A_M_P_ columns of `createProtheusTable`, which the reset snapshot
 * (seed/snapshot.ts) relies on. Dates are ISO `yyyy-mm-dd` text, money numeric(14,2).
 * Documented in sandbox/docs/sge.md.
 */
import { columnsOf, createProtheusTable, type Database, type SchemaColumn } from "../db";
import { enrolmentTables } from "./schema-enrolment";
import { financeTables } from "./schema-finance";
import { peopleTables, referenceTables } from "./schema-reference";
import type { Table } from "./schema-columns";

const sgeTables: Readonly<Record<string, Table>> = {
  ...referenceTables,
  ...peopleTables,
  ...enrolmentTables,
  ...financeTables,
};

/** Every column of the SGE tables (a data dir missing one is recreated: `predatesCurrentSchema`). */
export function sgeSchemaColumns(): SchemaColumn[] {
  return Object.entries(sgeTables).flatMap(([name, t]) => columnsOf(name, t.columns));
}

/** True when the data dir already holds the SGE tables (a data dir from before them has none). */
export async function hasSgeSchema(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>("SELECT to_regclass('gcoligada') IS NOT NULL AS found");
  return rows[0]?.found === true;
}

export async function createSgeSchema(db: Database): Promise<void> {
  for (const [name, table] of Object.entries(sgeTables))
    await createProtheusTable(db, name, table.columns, table.options);
}
