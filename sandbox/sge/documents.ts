/**
 * CPF/CNPJ and CodCFO rules of the FIEC payloads (sge-enrolment-api.txt, GravarResponsavelFinanceiro).
 * A CNPJ may be alphanumeric (IN RFB 2.229/2024, issued since July 2026): 12 characters 0-9/A-Z
 * and 2 check digits; the check-digit rules are the portal's own (lib/br-documents).
 */
import { documentKind, normalizeDocument, type DocumentKind } from "../../lib/br-documents";
import { badRequest, inItem } from "./envelope";

/** Masks ("172.104.210/0001-40", "12.ABC.345/01DE-35") are accepted and stripped; letters upper-case. */
export const onlyDigits = normalizeDocument;

/** A valid CPF or CNPJ (check digits), else 400 naming the field. */
export function requireDocument(
  value: string,
  field: string,
  allowed: readonly DocumentKind[] = ["cpf", "cnpj"],
  item: number | null = null,
): string {
  const doc = onlyDigits(value);
  const kind = documentKind(doc);
  if (!kind || !allowed.includes(kind)) {
    const what =
      allowed.length === 2
        ? "CPF (11 dígitos) ou CNPJ (14 caracteres)"
        : allowed[0] === "cpf"
          ? "CPF (11 dígitos)"
          : "CNPJ (14 caracteres)";
    throw badRequest(
      inItem(item, `campo ${field} inválido: "${value}" não é um ${what} com dígitos verificadores corretos.`),
    );
  }
  return doc;
}

/** The 9-character prefix of a CodCFO: 9 CPF digits, or the 8 first CNPJ characters (its root) left-padded with 0. */
const cfoPrefix = (doc: string) => (doc.length === 11 ? doc.slice(0, 9) : `0${doc.slice(0, 8)}`);

/** CodCFO for a document and store code, stored left-padded to 13 characters. */
export const codCfoFor = (doc: string, store = "0001") => `${cfoPrefix(doc)}${store}`;

/**
 * A sent CodCFO normalised to 13 characters and checked against the document: the seed's example
 * sends 12 characters for a CNPJ ("172104210001") and answers 13 ("0172104210001").
 */
export function normaliseCodCfo(sent: string, doc: string): string {
  const code = sent.trim().toUpperCase().padStart(13, "0");
  if (!/^[0-9A-Z]{9}\d{4}$/.test(code) || code.slice(0, 9) !== cfoPrefix(doc)) {
    const rule =
      doc.length === 11
        ? "os 9 primeiros dígitos do CPF"
        : /[A-Z]/.test(doc)
          ? "os 8 primeiros caracteres do CNPJ"
          : "os 8 primeiros dígitos do CNPJ";
    throw badRequest(
      `Campo CodCFO inválido: "${sent}" deve ser ${rule} + o código da loja com 4 dígitos (ex.: ${codCfoFor(doc)}), coerente com o CPFCNPJ.`,
    );
  }
  return code;
}
