import { documentKind, normalizeDocument } from "@/lib/br-documents";

/**
 * RM's CodCFO for a financial responsible (seed: "9 primeiros dígitos do CPF ou 8 primeiros
 * dígitos do CNPJ + código da loja", e.g. `0101251250001`): null while the document is invalid.
 * An alphanumeric CNPJ (since July 2026) gives its 8 first characters, its root, as a numeric one
 * gives its 8 first digits.
 */
export function codCfoOf(cpfCnpj: string, store: string): string | null {
  const doc = normalizeDocument(cpfCnpj);
  const kind = documentKind(doc);
  if (!kind || !/^\d{1,4}$/.test(store)) return null;
  return (kind === "cpf" ? doc.slice(0, 9) : doc.slice(0, 8)) + store.padStart(4, "0");
}
