import { documentKind, formatDocument, normalizeDocument } from "@/lib/br-documents";

/**
 * Personal data shown (or logged) without giving it away (LGPD art. 6, minimisation): enough for a
 * rep to recognise the record with the customer — "is your e-mail j***@e***.com.br?" — and nothing
 * to copy. Empty in → empty out, so "nothing on record" stays visible as such.
 */

/** "joana.menezes@example.com.br" → "j***@e***.com.br": the first letter of the name and of the domain, the domain's suffix. */
export function maskEmail(value: string): string {
  const email = value.trim();
  if (!email) return "";
  const at = email.lastIndexOf("@");
  if (at <= 0) return `${email[0]}***`;
  const [host, ...suffix] = email.slice(at + 1).split(".");
  return `${email[0]}***@${host ? `${host[0]}***` : ""}${suffix.length ? `.${suffix.join(".")}` : ""}`;
}

/**
 * "85988776655" → "(85) *****-6655", "8532110000" → "(85) ****-0000": the area code and the last
 * four digits. With the country code (55…) it leads; any other length keeps only its last four.
 */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, "");
  if (!digits) return "";
  if ((digits.length === 12 || digits.length === 13) && digits.startsWith("55"))
    return `+55 ${maskPhone(digits.slice(2))}`;
  if (digits.length === 10 || digits.length === 11)
    return `(${digits.slice(0, 2)}) ${"*".repeat(digits.length - 6)}-${digits.slice(-4)}`;
  return digits.length <= 4 ? "*".repeat(digits.length) : `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/**
 * A CPF as the federal government's own services print it, "***.982.247-**"; a CNPJ identifies a
 * company, not a natural person, and stays whole (formatted).
 */
export function maskDocument(value: string): string {
  const doc = normalizeDocument(value);
  if (!doc) return "";
  if (documentKind(doc) === "cnpj") return formatDocument(doc);
  if (doc.length === 11) return `***.${doc.slice(3, 6)}.${doc.slice(6, 9)}-**`;
  return "*".repeat(doc.length);
}
