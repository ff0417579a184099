/**
 * What every RealizaConsulta sentence of the stand-in shares (consulta-routes.ts serves them): where
 * it is registered (GCONSSQL's coligada and system), the parameters it declares, and how a row
 * leaves — RM's column names in upper case, dates `yyyy-mm-ddT00:00:00`, numbers as numbers.
 */
import { wireDate } from "./dates";
import { badRequest } from "./envelope";
import type { Sql } from "./sql";

export type Sentence = {
  coligada: number;
  system: string;
  parameters: readonly string[];
  run: (sql: Sql, p: Record<string, string>) => Promise<unknown[]>;
};

/** The portal's sentences are global (coligada 0) in the Educacional system (S). */
export const educational = (parameters: readonly string[], run: Sentence["run"]): Sentence => ({
  coligada: 0,
  system: "S",
  parameters,
  run,
});

export function integerParam(p: Record<string, string>, name: string): number {
  const value = p[name] ?? "";
  if (!/^\d+$/.test(value)) throw badRequest(`Parâmetro ${name} inválido: "${value}" não é um número.`);
  return Number(value);
}

/**
 * The rows of a query, with the named date columns as RM answers them and the named numeric ones
 * (PGlite reads numeric(14,2) as text) as JSON numbers.
 */
export async function rowsOf(
  sql: Sql,
  text: string,
  params: unknown[],
  shape: { dates?: readonly string[]; numbers?: readonly string[] } = {},
): Promise<Record<string, unknown>[]> {
  const { rows } = await sql.query<Record<string, unknown>>(text, params);
  return rows.map((row) => {
    const out = { ...row };
    for (const c of shape.dates ?? []) out[c] = wireDate(row[c] as string | null);
    for (const c of shape.numbers ?? []) out[c] = row[c] === null ? null : Number(row[c]);
    return out;
  });
}
