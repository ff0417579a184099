/**
 * What the tax engine needs, read from the Protheus tables of one tenant: the SX6 parameters
 * (MV_ESTADO, MV_ESTICM, MV_NORTE, MV_ICMPAD), the buyer (customer SA1, or prospect SUS), the products (SB1), the TES
 * (SF4) and the ST exceptions (SF7). Parameters are read branch row first, then the blank X6_FIL
 * row, as SuperGetMV does; the branch UF falls back to SYS_COMPANY's M0_ESTENT.
 */
import { findBranch } from "../protheus/companies";
import { companyTable, type Database } from "../db";
import { toBasisPoints } from "../orders/money";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import type { StMargin, TaxCustomer, TaxParameters, TaxProduct, TaxTes } from "./engine";

/** `AC19AL20.5…` → AC → 1900, AL → 2050 (the MV_ESTICM layout: UF + rate, no separator). */
export function parseStateRates(value: string): Map<string, number> {
  return new Map([...value.matchAll(/([A-Z]{2})\s*(\d+(?:\.\d+)?)/g)].map((m) => [m[1]!, toBasisPoints(m[2]!)]));
}

/** `AC/AL/AM…` (any separator) → the set of UFs. */
export function parseUfList(value: string): Set<string> {
  return new Set(value.toUpperCase().match(/[A-Z]{2}/g) ?? []);
}

/** 18% when MV_ICMPAD is missing: the São Paulo rate Protheus ships as its default. */
const FALLBACK_DEFAULT_RATE = 1800;

export async function loadTaxParameters(db: Database, scope: Scope): Promise<TaxParameters> {
  const { rows } = await db.query<{ name: string; value: string }>(
    `SELECT DISTINCT ON (X6_VAR) trim(X6_VAR) AS name, trim(X6_CONTEUD) AS value FROM ${orderTables(scope.company).SX6}
      WHERE X6_VAR IN ('MV_ESTADO', 'MV_ESTICM', 'MV_NORTE', 'MV_ICMPAD') AND X6_FIL IN ($1, '') AND D_E_L_E_T_ = ' '
      ORDER BY X6_VAR, X6_FIL DESC`,
    [scope.branch],
  );
  const param = (name: string) => rows.find((r) => r.name === name)?.value ?? "";
  const branchUf = param("MV_ESTADO") || ((await findBranch(db, scope.company, scope.branch))?.uf.trim() ?? "");
  const defaultRate = param("MV_ICMPAD");
  return {
    branchUf,
    internalRates: parseStateRates(param("MV_ESTICM")),
    defaultRate: /^\d+(\.\d+)?$/.test(defaultRate) ? toBasisPoints(defaultRate) : FALLBACK_DEFAULT_RATE,
    northUfs: parseUfList(param("MV_NORTE")),
  };
}

/** The live customer of the branch, in the seller's portfolio unless `seller` is undefined (administrator). */
export async function loadTaxCustomer(
  sql: Sql,
  scope: Scope,
  customer: { code: string; store: string; seller?: string },
): Promise<TaxCustomer | undefined> {
  const { rows } = await sql.query<{ uf: string; type: string; contrib: string }>(
    `SELECT trim(A1_EST) AS uf, trim(A1_TIPO) AS type, trim(A1_CONTRIB) AS contrib FROM ${orderTables(scope.company).SA1}
      WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND ($4::text IS NULL OR A1_VEND = $4) AND D_E_L_E_T_ = ' '`,
    [scope.branch, customer.code, customer.store, customer.seller ?? null],
  );
  const row = rows[0];
  return row && { uf: row.uf, type: row.type, contributor: row.contrib !== "2" };
}

/**
 * The live prospect (SUS) of the branch, for a prospect's quotation, in the seller's portfolio
 * (US_VEND) unless `seller` is undefined (administrator): US_EST, US_TIPO and US_CONTRIB play
 * A1_EST, A1_TIPO and A1_CONTRIB, with the same rules.
 */
export async function loadTaxProspect(
  sql: Sql,
  scope: Scope,
  prospect: { code: string; store: string; seller?: string },
): Promise<TaxCustomer | undefined> {
  const { rows } = await sql.query<{ uf: string; type: string; contrib: string }>(
    `SELECT trim(US_EST) AS uf, trim(US_TIPO) AS type, trim(US_CONTRIB) AS contrib FROM ${companyTable("SUS", scope.company)}
      WHERE US_FILIAL = $1 AND US_COD = $2 AND US_LOJA = $3 AND ($4::text IS NULL OR US_VEND = $4) AND D_E_L_E_T_ = ' '`,
    [scope.branch, prospect.code, prospect.store, prospect.seller ?? null],
  );
  const row = rows[0];
  return row && { uf: row.uf, type: row.type, contributor: row.contrib !== "2" };
}

/** Live products by code (SB1 is shared: no branch filter). */
export async function loadTaxProducts(sql: Sql, scope: Scope, codes: readonly string[]) {
  const { rows } = await sql.query<{ code: string; ipi: string; origin: string; taxgroup: string; ts: string }>(
    `SELECT trim(B1_COD) AS code, B1_IPI AS ipi, trim(B1_ORIGEM) AS origin, trim(B1_GRTRIB) AS taxgroup, trim(B1_TS) AS ts
       FROM ${orderTables(scope.company).SB1} WHERE B1_COD = ANY($1) AND D_E_L_E_T_ = ' '`,
    [[...new Set(codes)]],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        product: { code: r.code, ipiRate: toBasisPoints(r.ipi), origin: r.origin, taxGroup: r.taxgroup } as TaxProduct,
        defaultTes: r.ts,
      },
    ]),
  );
}

/** Live TES by code with the flags MATXFIS reads. */
export async function loadTes(sql: Sql, scope: Scope, codes: readonly string[]): Promise<Map<string, TaxTes>> {
  const { rows } = await sql.query<{
    code: string;
    cfop: string;
    icm: string;
    ipi: string;
    incsol: string;
    incide: string;
    piscof: string;
  }>(
    `SELECT trim(F4_CODIGO) AS code, trim(F4_CF) AS cfop, F4_ICM AS icm, F4_IPI AS ipi, F4_INCSOL AS incsol, F4_INCIDE AS incide, trim(F4_PISCOF) AS piscof
       FROM ${orderTables(scope.company).SF4} WHERE F4_CODIGO = ANY($1) AND D_E_L_E_T_ = ' '`,
    [[...new Set(codes)]],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        cfop: r.cfop,
        icms: r.icm === "S",
        ipi: r.ipi === "S",
        st: r.incsol === "S",
        ipiInIcmsBase: r.incide === "S",
        pisCofins: r.piscof,
      },
    ]),
  );
}

/** SF7 rows of these tax groups for the destination UF (every customer group: F7_GRPCLI blank). */
export async function loadMargins(sql: Sql, scope: Scope, groups: readonly string[], uf: string): Promise<StMargin[]> {
  const wanted = [...new Set(groups.filter((g) => g !== ""))];
  if (wanted.length === 0) return [];
  const { rows } = await sql.query<{ taxgroup: string; uf: string; type: string; margin: string }>(
    `SELECT trim(F7_GRTRIB) AS taxgroup, trim(F7_EST) AS uf, trim(F7_TIPOCLI) AS type, F7_MARGEM AS margin
       FROM ${orderTables(scope.company).SF7}
      WHERE F7_GRTRIB = ANY($1) AND F7_EST = $2 AND trim(F7_GRPCLI) = '' AND D_E_L_E_T_ = ' ' ORDER BY F7_SEQUEN`,
    [wanted, uf],
  );
  return rows.map((r) => ({ taxGroup: r.taxgroup, uf: r.uf, customerType: r.type, margin: toBasisPoints(r.margin) }));
}
