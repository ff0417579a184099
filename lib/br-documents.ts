import { formatCnpj, formatCpf, isValidCnpj, isValidCpf } from "@brazilian-utils/brazilian-utils";

/**
 * CPF (11 digits) and CNPJ (14 characters; alphanumeric since July 2026, IN RFB 2.229/2024)
 * through @brazilian-utils. Stored and sent to the ERP unmasked and upper-case; masked for display.
 */
export function normalizeDocument(value: string): string {
  return value.replace(/[\s./-]/g, "").toUpperCase();
}

export type DocumentKind = "cpf" | "cnpj";

export function documentKind(value: string): DocumentKind | null {
  const v = normalizeDocument(value);
  if (v.length === 11 && isValidCpf(v)) return "cpf";
  if (v.length === 14 && isValidCnpj(v, { version: 2 })) return "cnpj";
  return null;
}

export function isValidDocument(value: string): boolean {
  return documentKind(value) !== null;
}

/** "52998224725" → "529.982.247-25"; "12ABC34501DE35" → "12.ABC.345/01DE-35"; anything else as given. */
export function formatDocument(value: string): string {
  const v = normalizeDocument(value);
  const kind = documentKind(v);
  if (kind === "cpf") return formatCpf(v);
  if (kind === "cnpj") return formatCnpj(v, { version: /[A-Z]/.test(v) ? 2 : 1 });
  return value;
}

/**
 * Completes a base with its two check digits (9 digits → CPF; 12 characters → CNPJ), for
 * deterministic seed data: the library's generators use Math.random. The check digits are found
 * by asking the validator, so the rule lives in one place.
 */
export function withCheckDigits(base: string): string {
  const b = normalizeDocument(base);
  if (b.length !== 9 && b.length !== 12) throw new Error(`a CPF base has 9 digits, a CNPJ base 12 characters: ${base}`);
  for (let dv = 0; dv < 100; dv++) {
    const candidate = `${b}${String(dv).padStart(2, "0")}`;
    if (isValidDocument(candidate)) return candidate;
  }
  throw new Error(`no check digits make ${base} valid (reserved number)`);
}
