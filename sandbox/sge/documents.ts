/** CPF/CNPJ and CodCFO rules of the FIEC payloads (sge-enrolment-api.txt, GravarResponsavelFinanceiro). */
import { isValidCnpj, isValidCpf } from "@brazilian-utils/brazilian-utils";
import { badRequest, inItem } from "./envelope";

/** Digits only: masks ("172.104.210/0001-40") are accepted and stripped. */
export const onlyDigits = (v: string) => v.replace(/[\s./-]/g, "");

export type DocumentKind = "cpf" | "cnpj";

export function documentKind(doc: string): DocumentKind | null {
  if (/^\d{11}$/.test(doc) && isValidCpf(doc)) return "cpf";
  if (/^\d{14}$/.test(doc) && isValidCnpj(doc)) return "cnpj";
  return null;
}

/** A valid CPF or CNPJ (check digits), else 400 naming the field. */
export function requireDocument(value: string, field: string, allowed: readonly DocumentKind[] = ["cpf", "cnpj"], item: number | null = null): string {
  const doc = onlyDigits(value);
  const kind = documentKind(doc);
  if (!kind || !allowed.includes(kind)) {
    const what = allowed.length === 2 ? "CPF (11 dígitos) ou CNPJ (14 dígitos)" : allowed[0] === "cpf" ? "CPF (11 dígitos)" : "CNPJ (14 dígitos)";
    throw badRequest(inItem(item, `campo ${field} inválido: "${value}" não é um ${what} com dígitos verificadores corretos.`));
  }
  return doc;
}

/** The 9-character prefix of a CodCFO: 9 CPF digits, or 8 CNPJ digits left-padded with 0. */
const cfoPrefix = (doc: string) => (doc.length === 11 ? doc.slice(0, 9) : `0${doc.slice(0, 8)}`);

/** CodCFO for a document and store code, stored left-padded to 13 characters. */
export const codCfoFor = (doc: string, store = "0001") => `${cfoPrefix(doc)}${store}`;

/**
 * A sent CodCFO normalised to 13 characters and checked against the document: the seed's example
 * sends 12 characters for a CNPJ ("172104210001") and answers 13 ("0172104210001").
 */
export function normaliseCodCfo(sent: string, doc: string): string {
  const code = sent.trim().padStart(13, "0");
  if (!/^\d{13}$/.test(code) || code.slice(0, 9) !== cfoPrefix(doc)) {
    const rule = doc.length === 11 ? "os 9 primeiros dígitos do CPF" : "os 8 primeiros dígitos do CNPJ";
    throw badRequest(`Campo CodCFO inválido: "${sent}" deve ser ${rule} + o código da loja com 4 dígitos (ex.: ${codCfoFor(doc)}), coerente com o CPFCNPJ.`);
  }
  return code;
}
