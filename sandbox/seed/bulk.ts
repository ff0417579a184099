import type { Database } from "../db";

/** One row: column → value; objects go to jsonb columns as JSON. */
export type Row = Record<string, string | number | null | Record<string, unknown>>;

const CHUNK = 20_000;

/**
 * Inserts many rows through `COPY … FROM '/dev/blob'` (PGlite's in-memory file), in CSV chunks:
 * several times faster than row-by-row INSERTs and ~1.5× faster than json_populate_recordset.
 * The first row's keys name the columns (Protheus names, any case); columns left out keep their
 * defaults (D_E_L_E_T_, S_T_A_M_P_...). Empty strings are quoted so CSV does not read them as NULL.
 */
export async function bulkInsert(db: Pick<Database, "query">, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const list = keys.map((k) => k.toLowerCase()).join(", ");
  for (let i = 0; i < rows.length; i += CHUNK) {
    const csv = rows
      .slice(i, i + CHUNK)
      .map((row) => keys.map((k) => csvField(row[k])).join(","))
      .join("\n");
    await db.query(`COPY ${table} (${list}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
  }
}

function csvField(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `"${text.replaceAll('"', '""')}"`;
}
