import { normalizeDocument } from "@/lib/br-documents";
import type { ContractSearchKind } from "./limits";

/** RM's default RA mask ("0000000000"): an RA typed without its leading zeros is padded to it. */
export const RA_LENGTH = 10;

/**
 * The values to look a typed search up by, as SGE stores them: an XNumPro without spaces and in
 * capitals ("sge3f20c100" → "SGE3F20C100"); an RA as typed and, when it is all digits, padded
 * with RM's leading zeros ("382" → "382", "0000000382"); a CPF/CNPJ by its digits and letters.
 */
export function contractSearchValues(kind: ContractSearchKind, typed: string): string[] {
  const value = typed.replace(/\s+/g, "").toUpperCase();
  if (kind === "cpfcnpj") return [normalizeDocument(value)];
  if (kind === "xnumpro" || !/^\d+$/.test(value) || value.length >= RA_LENGTH) return [value];
  return [value, value.padStart(RA_LENGTH, "0")];
}
