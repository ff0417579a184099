/**
 * ERP texts carry identifiers meant for support, not for a rep: Protheus fields and parameters
 * (`B1_MSBLQL`, `MV_RISCOD`, `A1_RISCO`), usually in parentheses at the end of the sentence.
 * and form field paths (`items.1.product: …`). `plainWords` keeps the sentence and drops them; the full text stays available as the detail.
 */
/** A form field's path the ERP prefixes its message with ("items.1.product: …"). */
const FIELD_PATH = /(^|[;\n]\s*)[a-z][A-Za-z]*(?:\.\d+)?(?:\.[a-z][A-Za-z]*)*:\s+/g;
const CODE = /\b(?:MV_[A-Z0-9_]+|[A-Z][A-Z0-9]{1,2}_[A-Z0-9_]{2,})\b/;
const CODE_IN_PARENS = new RegExp(`\\s*\\((?:[^()]*?\\s)?${CODE.source}[^()]*\\)`, "g");

export function plainWords(text: string): string {
  return text
    .replace(FIELD_PATH, "$1")
    .replace(CODE_IN_PARENS, "")
    .replace(new RegExp(`\\s*${CODE.source}`, "g"), "")
    .replace(/\s+([.,;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** The text for a rep and, when it carried support detail, the original for a "detalhes" toggle. */
export function splitTechnical(text: string): { words: string; detail: string | null } {
  const words = plainWords(text);
  return { words: words || text, detail: words && words !== text.trim() ? text : null };
}
