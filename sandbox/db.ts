import { PGlite } from "@electric-sql/pglite";
import { masterTables } from "./seed/schema-master";
import { privilegeTables } from "./seed/schema-privileges";
import { quotationTables } from "./seed/schema-quotations";
import { salesTables } from "./seed/schema-sales";
import { supportTables } from "./seed/schema-support";
import type { TableTemplate } from "./seed/table-template";

/**
 * The sandbox's own database, laid out like Protheus on PostgreSQL through DBAccess:
 * - identifiers are unquoted, so PostgreSQL folds them to lower case (`SA3010` is stored as
 *   `sa3010`, `A3_COD` as `a3_cod`), exactly what DBAccess does on PostgreSQL;
 * - every Protheus table carries R_E_C_N_O_ (record number), D_E_L_E_T_ (' ' live, '*' deleted:
 *   Protheus never deletes rows physically) and S_T_A_M_P_ (DBAccess UseRowStamp=1), which the
 *   PGV diff sync (`{entity}/diff/{date}`) compares against;
 * - company tables exist once per company group: alias + group + '0' (SA3 → SA3010, SA3020).
 */

export type Database = PGlite;

export async function openDatabase(dataDir: string): Promise<Database> {
  return dataDir === "memory" ? PGlite.create() : PGlite.create(dataDir);
}

/** True when the schema has been created already (a data dir from an earlier run). */
export async function hasSchema(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>("SELECT to_regclass('sys_company') IS NOT NULL AS found");
  return rows[0]?.found === true;
}

/** A table column the current schema defines: `[table, column]`, lower case as PostgreSQL stores them. */
export type SchemaColumn = readonly [table: string, column: string];

/** The columns of `definitions` (`"A1_COD char(6) NOT NULL"`, …) of table `name`. */
export function columnsOf(name: string, definitions: readonly string[]): SchemaColumn[] {
  return definitions.map((d) => [name.toLowerCase(), d.trim().split(/\s+/)[0]!.toLowerCase()] as const);
}

/** Every column of the company tables of these company groups. */
export function companySchemaColumns(companyGroups: readonly string[]): SchemaColumn[] {
  return companyGroups.flatMap((group) =>
    Object.entries(companyTableTemplates).flatMap(([alias, t]) => columnsOf(companyTable(alias, group), t.columns)),
  );
}

/**
 * Whether a data dir from an earlier version lacks a table or a column of the current schema (a
 * new table such as SUS or ZPP, a column such as ZTQ_CHAVE): its demo data cannot be brought up to
 * date in place faithfully, so the caller recreates it. One query, whatever the schema's size.
 */
export async function predatesCurrentSchema(db: Database, expected: readonly SchemaColumn[]): Promise<boolean> {
  const { rows } = await db.query<{ missing: number }>(
    `SELECT count(*)::int AS missing FROM unnest($1::text[], $2::text[]) AS e(t, c)
      WHERE NOT EXISTS (SELECT 1 FROM information_schema.columns i
                         WHERE i.table_schema = 'public' AND i.table_name = e.t AND i.column_name = e.c)`,
    [expected.map(([t]) => t), expected.map(([, c]) => c)],
  );
  return (rows[0]?.missing ?? 0) > 0;
}

// 62: PostgreSQL's limit (the RM table ZINTPROTHEUSITEMCONTABILPROTHEUS has 32 characters).
const identifier = /^[A-Z][A-Z0-9_]{1,62}$/;

export type TableOptions = Pick<TableTemplate, "indexes" | "unique" | "uniqueWhere">;

/**
 * Creates a Protheus-like table: the given columns plus the DBAccess control columns, and a trigger
 * that moves S_T_A_M_P_ on every UPDATE (a soft delete is an UPDATE of D_E_L_E_T_, so it moves too),
 * always forward: two updates inside one tick of PGlite's clock still give the second a later stamp.
 * Inserts take clock_timestamp() from the column default. S_T_A_M_P_ is indexed everywhere: every
 * `diff/{date}` query filters on it. The unique key (X2_UNICO) only binds live rows, like DBAccess,
 * whose unique index includes D_E_L_E_T_ and R_E_C_D_E_L_.
 */
export async function createProtheusTable(
  db: Database,
  name: string,
  columns: readonly string[],
  options: TableOptions = {},
): Promise<void> {
  await db.exec(`${protheusTableSql(name, columns)}\n${tableIndexesSql(name, options)}`);
}

function protheusTableSql(name: string, columns: readonly string[]): string {
  if (!identifier.test(name)) throw new Error(`Invalid table name ${name}`);
  return `
    CREATE TABLE IF NOT EXISTS ${name} (
      ${columns.join(",\n      ")},
      D_E_L_E_T_ char(1) NOT NULL DEFAULT ' ',
      R_E_C_N_O_ serial PRIMARY KEY,
      S_T_A_M_P_ timestamptz NOT NULL DEFAULT clock_timestamp()
    );
    CREATE OR REPLACE TRIGGER ${name}_stamp BEFORE UPDATE ON ${name}
      FOR EACH ROW EXECUTE FUNCTION protheus_row_stamp();`;
}

/** The indexes of a table; the seed creates them after its bulk inserts (several times faster). */
function tableIndexesSql(name: string, options: TableOptions): string {
  const indexes = (options.indexes ?? []).map(
    (cols, i) => `CREATE INDEX IF NOT EXISTS ${name}_${i + 1} ON ${name} (${cols});`,
  );
  const unique = options.unique
    ? `CREATE UNIQUE INDEX IF NOT EXISTS ${name}_unq ON ${name} (${options.unique}) WHERE D_E_L_E_T_ = ' ';`
    : "";
  const partial = (options.uniqueWhere ?? []).map(
    (u) => `CREATE UNIQUE INDEX IF NOT EXISTS ${name}_${u.suffix} ON ${name} (${u.columns}) WHERE ${u.where};`,
  );
  return [`CREATE INDEX IF NOT EXISTS ${name}_stamp ON ${name} (S_T_A_M_P_);`, ...indexes, unique, ...partial].join(
    "\n",
  );
}

/** Physical name of a company table: `companyTable("SA3", "01")` → `SA3010`. */
export function companyTable(alias: string, companyGroup: string): string {
  if (!/^[A-Z][A-Z0-9]{2}$/.test(alias) || !/^[0-9A-Z]{2}$/.test(companyGroup)) {
    throw new Error(`Invalid company table ${alias}/${companyGroup}`);
  }
  return `${alias}${companyGroup}0`;
}

/**
 * Templates of the company tables; every company group gets all of them. Which are shared (branch
 * field blank) and which exclusive is in each template and in sandbox/docs/data.md.
 */
export const companyTableTemplates: Readonly<Record<string, TableTemplate>> = {
  ...masterTables,
  ...supportTables,
  ...salesTables,
  ...quotationTables,
  ...privilegeTables,
};

/** Tables shared by every company (the SYS_* dictionary tables of Protheus 12). */
async function createSharedTables(db: Database): Promise<void> {
  await db.exec(`
    CREATE OR REPLACE FUNCTION protheus_row_stamp() RETURNS trigger AS $$
    BEGIN NEW.S_T_A_M_P_ := greatest(clock_timestamp(), OLD.S_T_A_M_P_ + interval '1 microsecond'); RETURN NEW; END $$ LANGUAGE plpgsql;
  `);
  // Company groups and branches (the SM0 of older releases, a database table since 12.1.17).
  await createProtheusTable(db, "SYS_COMPANY", [
    "M0_CODIGO char(2) NOT NULL",
    "M0_CODFIL char(2) NOT NULL",
    "M0_NOME varchar(40) NOT NULL",
    "M0_FILIAL varchar(40) NOT NULL",
    "M0_NOMECOM varchar(60) NOT NULL",
    "M0_CGC char(14) NOT NULL",
    "M0_CIDENT varchar(40) NOT NULL",
    "M0_ESTENT char(2) NOT NULL",
    "M0_ENDENT varchar(60) NOT NULL DEFAULT ''",
    "M0_BAIRENT varchar(35) NOT NULL DEFAULT ''",
    "M0_CEPENT char(8) NOT NULL DEFAULT ''",
  ]);
  await createProtheusTable(db, "SYS_USR", [
    "USR_ID char(6) NOT NULL UNIQUE",
    "USR_CODIGO varchar(25) NOT NULL",
    "USR_PSW varchar(200) NOT NULL",
    "USR_NOME varchar(40) NOT NULL",
    "USR_EMAIL varchar(100) NOT NULL DEFAULT ''",
    "USR_ADMIN char(1) NOT NULL DEFAULT '2'",
    "USR_MSBLQL char(1) NOT NULL DEFAULT '2'",
  ]);
  // Company/branch access of each user (Protheus: user configurator, "Empresas/Filiais" tab).
  await createProtheusTable(db, "SYS_USR_FILIAL", [
    "USR_ID char(6) NOT NULL",
    "USR_GRPEMP char(2) NOT NULL",
    "USR_FILIAL char(2) NOT NULL",
  ]);
  // Sandbox-only tables (no Protheus counterpart is visible to clients): tokens and Mingle.
  await db.exec(`
    CREATE TABLE IF NOT EXISTS sbx_token (
      token text PRIMARY KEY,
      realm text NOT NULL CHECK (realm IN ('protheus', 'mingle')),
      kind text NOT NULL CHECK (kind IN ('access', 'refresh')),
      user_id char(6) NOT NULL,
      set_id text,
      linked_token text,
      expires_at timestamptz NOT NULL
    );
    -- What the data was seeded from (seed number, scale, business date): start-up and docs read it.
    CREATE TABLE IF NOT EXISTS sbx_meta (key text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE IF NOT EXISTS mingle_client (client_id text PRIMARY KEY, name text NOT NULL);
    CREATE TABLE IF NOT EXISTS mingle_set (
      set_id text PRIMARY KEY,
      alias text NOT NULL UNIQUE,
      client_id text NOT NULL REFERENCES mingle_client,
      rest_url text NOT NULL,
      params_values jsonb NOT NULL
    );
  `);
}

/**
 * The whole schema in one statement batch (one round trip into PGlite). `deferIndexes`: the company
 * tables get their indexes later, from `createCompanyIndexes` — after the seed's bulk inserts.
 */
export async function createSchema(
  db: Database,
  companyGroups: readonly string[],
  options: { deferIndexes?: boolean } = {},
): Promise<void> {
  await createSharedTables(db);
  const tables = companyGroups.flatMap((group) =>
    Object.entries(companyTableTemplates).map(([alias, t]) => [companyTable(alias, group), t] as const),
  );
  await db.exec(tables.map(([name, t]) => protheusTableSql(name, t.columns)).join("\n"));
  if (!options.deferIndexes) await createCompanyIndexes(db, companyGroups);
}

export async function createCompanyIndexes(db: Database, companyGroups: readonly string[]): Promise<void> {
  const tables = companyGroups.flatMap((group) =>
    Object.entries(companyTableTemplates).map(([alias, t]) => [companyTable(alias, group), t] as const),
  );
  await db.exec(tables.map(([name, t]) => tableIndexesSql(name, t)).join("\n"));
}
