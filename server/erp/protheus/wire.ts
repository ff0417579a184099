import "server-only";
import { z } from "zod";

/**
 * Wire-level helpers shared by the tgv resource reshapers. Field names and flag values vary by
 * Protheus release (ERP-CONTRACT.md §4); these accept every variant seen.
 */

/** Deleted flag: `deleted` or `d_e_l_e_t_`, values true, 1, "1", "*" (and "true"). */
export function isDeletedRow(raw: Record<string, unknown>): boolean {
  const flag = raw.deleted ?? raw.d_e_l_e_t_ ?? raw.D_E_L_E_T_;
  return flag === true || flag === 1 || flag === "1" || flag === "*" || flag === "true";
}

/** The first present value among field-name variants (`creditLimit` / `creditlimit`). */
export function pick<T = unknown>(raw: Record<string, unknown>, ...names: string[]): T | undefined {
  for (const name of names) if (raw[name] !== undefined && raw[name] !== null) return raw[name] as T;
  return undefined;
}

export function text(raw: Record<string, unknown>, ...names: string[]): string {
  const value = pick(raw, ...names);
  return value === undefined ? "" : String(value).trim();
}

/** Codes keep their fixed-width padding in keys (ERP-CONTRACT.md §1); only trailing newlines go. */
export function code(raw: Record<string, unknown>, ...names: string[]): string {
  const value = pick(raw, ...names);
  return value === undefined ? "" : String(value).replace(/[\r\n]+$/, "");
}

export function num(raw: Record<string, unknown>, ...names: string[]): number {
  const value = pick(raw, ...names);
  const n = typeof value === "number" ? value : Number(String(value ?? "").replace(",", "."));
  return Number.isFinite(n) ? n : 0;
}

/** A page of a tgv collection (list or diff). */
export const pageSchema = z.object({
  items: z.array(z.record(z.string(), z.unknown())).default([]),
  hasNext: z
    .union([z.boolean(), z.string()])
    .transform((v) => v === true || v === "true")
    .default(false),
  remainingRecords: z.coerce.number().int().nonnegative().optional(),
  po_sync_date: z.string().optional(),
});

export type TgvPage = z.infer<typeof pageSchema>;
